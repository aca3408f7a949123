/**
 * The report jobs behind `ci-ledger report`: read a branch's batch history or build timings and
 * return the models; the command picks the renderer (text, markdown or JSON).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_FAILURES_DIR, DEFAULT_METRICS_PATH } from '../batch/paths.js';
import { loadHistory, type LoadedHistory } from '../history/load.js';
import { historyOptions, type HistoryInputs } from '../history/options.js';
import { timingsReport, type TimingsReport } from '../timing/report.js';
import { DEFAULT_TIMINGS_BRANCH } from '../timing/row.js';
import { checkoutBranch, folderOf } from './branch-files.js';
import { withStore, type JobContext } from './context.js';

export interface BatchReportInputs extends HistoryInputs {
  metricsPath?: string;
  failuresDir?: string;
  branch?: string;
  readAll?: boolean;
}

export async function reportBatches(
  inputs: BatchReportInputs,
  context: JobContext,
): Promise<{ loaded: LoadedHistory; skipThreshold: number }> {
  const options = historyOptions(inputs);
  const paths = {
    metricsPath: inputs.metricsPath || DEFAULT_METRICS_PATH,
    failuresDir: inputs.failuresDir || DEFAULT_FAILURES_DIR,
  };
  return withStore(context, async (backend) => {
    const { root } = await checkoutBranch(backend, inputs.branch, [
      folderOf(paths.metricsPath),
      paths.failuresDir,
    ]);
    // A branch that does not exist reads as an empty history.
    const loaded = await loadHistory(
      root ?? join(context.cwd, '.ci-ledger-no-branch'),
      paths,
      options,
      { readAll: inputs.readAll },
    );
    return { loaded, skipThreshold: options.skipThreshold };
  });
}

export async function reportTimings(
  inputs: { last?: string; branch?: string },
  context: JobContext,
): Promise<{ report: TimingsReport; last: number }> {
  const last = inputs.last ? historyOptions({ last: inputs.last }).last : 0;
  return withStore(context, async (backend) => {
    const { root } = await checkoutBranch(backend, inputs.branch || DEFAULT_TIMINGS_BRANCH, [
      'environments',
    ]);
    return { report: timingsReport(root ? await timingFiles(root) : [], last), last };
  });
}

/** Every environments/<env>/latest/build_timings.csv under the checked-out branch. */
async function timingFiles(root: string): Promise<Array<{ file: string; content: string }>> {
  const envs = await readdir(join(root, 'environments')).catch(() => [] as string[]);
  const files: Array<{ file: string; content: string }> = [];
  for (const env of envs.sort()) {
    const file = `environments/${env}/latest/build_timings.csv`;
    const content = await readFile(join(root, file), 'utf8').catch(() => undefined);
    if (content !== undefined) files.push({ file, content });
  }
  return files;
}

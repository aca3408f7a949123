/**
 * The report jobs behind `ci-ledger report`: read a branch's batch history or build timings and
 * return the models; the command picks the renderer (text, markdown or JSON).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadedHistory } from '../history/load.js';
import { historyOptions, type HistoryInputs } from '../history/options.js';
import {
  parseLast,
  timingsReport,
  type TimingsReport,
  type TimingsSource,
} from '../timing/report.js';
import { DEFAULT_TIMINGS_BRANCH } from '../timing/row.js';
import { InputError } from '../vocabulary/index.js';
import { checkoutBranch, placeOf, readBatchHistory } from './branch-files.js';
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
  return withStore(context, async (backend) => {
    const { loaded } = await readBatchHistory(context.store, backend, inputs, options, 'report');
    return { loaded, skipThreshold: options.skipThreshold };
  });
}

export interface TimingsReportInputs {
  last?: string;
  env?: string;
  phase?: string;
  branch?: string;
}

/** `report timings`: every build_timings.csv on the branch, each run counted once (see timing/report.ts). */
export async function reportTimings(
  inputs: TimingsReportInputs,
  context: JobContext,
): Promise<{ report: TimingsReport; source: TimingsSource }> {
  const filter = {
    last: inputs.last === undefined ? 0 : parseLast(inputs.last),
    env: inputs.env,
    phase: inputs.phase,
  };
  return withStore(context, async (backend) => {
    const { root, branch } = await checkoutBranch(
      backend,
      inputs.branch || DEFAULT_TIMINGS_BRANCH,
      ['environments'],
    );
    const where = placeOf(context.store, backend, branch);
    const files = root ? await timingFiles(root) : [];
    if (files.length === 0) {
      // (A --data-dir that does not exist is refused by the store when it is read.)
      const why = root ? '' : ' (the branch does not exist)';
      throw new InputError(
        `No ${TIMINGS_GLOB} in ${where}${why}. ` +
          (context.store.kind === 'directory'
            ? 'Point --data-dir at the folder that holds environments/ (a checkout of the registry branch).'
            : `Name the registry branch with --branch (default ${DEFAULT_TIMINGS_BRANCH}).`),
      );
    }
    return { report: timingsReport(files, filter), source: { where } };
  });
}

export const TIMINGS_GLOB = 'environments/*/latest/build_timings.csv';

/** Every environments/<env>/latest/build_timings.csv under the checked-out branch. */
export async function timingFiles(root: string): Promise<Array<{ file: string; content: string }>> {
  const envs = await readdir(join(root, 'environments')).catch(() => [] as string[]);
  const files: Array<{ file: string; content: string }> = [];
  for (const env of envs.sort()) {
    const file = `environments/${env}/latest/build_timings.csv`;
    const content = await readFile(join(root, file), 'utf8').catch(() => undefined);
    if (content !== undefined) files.push({ file, content });
  }
  return files;
}

/** The batch-summary job, shared by the action and `ci-ledger summary`: read the history, render the summary. */
import { DEFAULT_FAILURES_DIR, DEFAULT_METRICS_PATH } from '../batch/paths.js';
import { loadHistory, type LoadedHistory } from '../history/load.js';
import { historyOptions, parseRatio, type HistoryInputs } from '../history/options.js';
import { batchSummary, type BatchSummary } from '../report/batch-summary.js';
import { InputError } from '../vocabulary/index.js';
import { checkoutBranch, folderOf, noHistoryError } from './branch-files.js';
import { withStore, type JobContext } from './context.js';

export interface SummaryInputs extends HistoryInputs {
  minPassRate?: string;
  metricsPath?: string;
  failuresDir?: string;
  branch?: string;
  /** Read every record, not only the newest ones the window needs. */
  readAll?: boolean;
  /** Whether batch-metrics already wrote this batch's table to the same job summary. */
  tableAlreadyShown?: (batchId: string, ecosystem: string) => boolean;
}

export async function summarizeBatch(
  inputs: SummaryInputs,
  context: JobContext,
): Promise<{ summary: BatchSummary; loaded: LoadedHistory; branch: string }> {
  const options = historyOptions(inputs);
  const minPassRate = inputs.minPassRate
    ? parseRatio('min-pass-rate', inputs.minPassRate)
    : undefined;
  const paths = {
    metricsPath: inputs.metricsPath || DEFAULT_METRICS_PATH,
    failuresDir: inputs.failuresDir || DEFAULT_FAILURES_DIR,
  };
  return withStore(context, async (backend) => {
    const { root, branch } = await checkoutBranch(backend, inputs.branch, [
      folderOf(paths.metricsPath),
      paths.failuresDir,
    ]);
    if (!root)
      throw new InputError(
        `Branch ${branch} does not exist in ${backend.description}: no batch history to summarize`,
      );
    const loaded = await loadHistory(root, paths, options, { readAll: inputs.readAll });
    if (loaded.files.metrics === 0)
      throw noHistoryError(backend.description, branch, paths.metricsPath);
    if (options.batchId && !loaded.report.focus) {
      throw new InputError(
        `No batch ${JSON.stringify(options.batchId)} in ${paths.metricsPath} on ${branch}${options.ecosystem ? ` for ${options.ecosystem}` : ''}`,
      );
    }
    return {
      summary: batchSummary(loaded.report, {
        minPassRate,
        skipThreshold: options.skipThreshold,
        batchTableAbove:
          loaded.report.focus !== undefined &&
          (inputs.tableAlreadyShown?.(loaded.report.focus.batchId, loaded.report.focus.ecosystem) ??
            false),
      }),
      loaded,
      branch,
    };
  });
}

/** The batch-summary job, shared by the action and `ci-ledger summary`: read the history, render the summary. */
import type { LoadedHistory } from '../history/load.js';
import { historyOptions, parseRatio, type HistoryInputs } from '../history/options.js';
import { batchSummary, type BatchSummary } from '../report/batch-summary.js';
import { InputError } from '../vocabulary/index.js';
import { readBatchHistory } from './branch-files.js';
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
  return withStore(context, async (backend) => {
    const { loaded, branch, paths } = await readBatchHistory(
      context.store,
      backend,
      inputs,
      options,
      'summarize',
    );
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

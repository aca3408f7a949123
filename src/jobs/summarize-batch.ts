/** The batch-summary job, shared by the action and `ci-ledger summary`: read the history, render the summary. */
import type { LoadedHistory } from '../history/load.js';
import { parseRatio, type HistoryInputs } from '../history/options.js';
import { batchInsight, type BatchInsight } from '../objectives/insight.js';
import { batchSummary, type BatchSummary } from '../report/batch-summary.js';
import { InputError } from '../vocabulary/index.js';
import { readBatchHistory } from './branch-files.js';
import { withStore, type JobContext } from './context.js';
import { objectiveHistoryOptions, readObjectives } from './objectives-file.js';

export interface SummaryInputs extends HistoryInputs {
  minPassRate?: string;
  metricsPath?: string;
  failuresDir?: string;
  branch?: string;
  /** Read every record, not only the newest ones the window needs. */
  readAll?: boolean;
  /** Whether batch-metrics already wrote this batch's table to the same job summary. */
  tableAlreadyShown?: (batchId: string, ecosystem: string) => boolean;
  /** The objectives file (default: .github/ci-ledger.yml under `root`, if there). */
  objectives?: string;
  /** The repository folder the objectives file is found in (default: the context's folder). */
  root?: string;
}

export async function summarizeBatch(
  inputs: SummaryInputs,
  context: JobContext,
): Promise<{
  summary: BatchSummary;
  loaded: LoadedHistory;
  branch: string;
  insight: BatchInsight;
}> {
  const objectives = await readObjectives(inputs.objectives, inputs.root ?? context.cwd);
  const options = objectiveHistoryOptions(inputs, objectives);
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
    const { report } = loaded;
    const insight = batchInsight(loaded.recent, loaded.weeks, report.focus, objectives);
    return {
      insight,
      summary: batchSummary(loaded.report, {
        insight,
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

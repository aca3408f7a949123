/**
 * The report jobs behind `ci-ledger report`: read a branch's batch history or build timings and
 * return the models; the command picks the renderer (text, markdown or JSON).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadedHistory } from '../history/load.js';
import type { HistoryInputs } from '../history/options.js';
import {
  batchInsight,
  timingsInsight,
  type BatchInsight,
  type TimingsInsight,
} from '../objectives/insight.js';
import {
  parseLast,
  selectedTimingRuns,
  timingsReport,
  type TimingsReport,
  type TimingsSource,
} from '../timing/report.js';
import { DEFAULT_TIMINGS_BRANCH } from '../timing/row.js';
import { InputError } from '../vocabulary/index.js';
import { checkoutBranch, placeOf, readBatchHistory } from './branch-files.js';
import { objectiveHistoryOptions, readObjectives } from './objectives-file.js';
import { withStore, type JobContext } from './context.js';
import { isMonthlyShard } from '../vocabulary/shards.js';

export interface BatchReportInputs extends HistoryInputs {
  metricsPath?: string;
  failuresDir?: string;
  branch?: string;
  readAll?: boolean;
  /** The objectives file (default: .github/ci-ledger.yml under the current folder, if there). */
  objectives?: string;
}

export async function reportBatches(
  inputs: BatchReportInputs,
  context: JobContext,
): Promise<{ loaded: LoadedHistory; skipThreshold: number; insight: BatchInsight }> {
  const objectives = await readObjectives(inputs.objectives, context.cwd);
  const options = objectiveHistoryOptions(inputs, objectives);
  return withStore(context, async (backend) => {
    const { loaded } = await readBatchHistory(context.store, backend, inputs, options, 'report');
    const insight = batchInsight(loaded.recent, loaded.weeks, loaded.report.focus, objectives);
    return { loaded, skipThreshold: options.skipThreshold, insight };
  });
}

export interface TimingsReportInputs {
  last?: string;
  env?: string;
  phase?: string;
  branch?: string;
  /** The objectives file (default: .github/ci-ledger.yml under the current folder, if there). */
  objectives?: string;
}

/** `report timings`: every build_timings.csv on the branch, each run counted once (see timing/report.ts). */
export async function reportTimings(
  inputs: TimingsReportInputs,
  context: JobContext,
): Promise<{ report: TimingsReport; source: TimingsSource; insight: TimingsInsight }> {
  const filter = {
    last: inputs.last === undefined ? 0 : parseLast(inputs.last),
    env: inputs.env,
    phase: inputs.phase,
  };
  // Read before the store is opened: a bad file is refused before anything else.
  const objectives = await readObjectives(inputs.objectives, context.cwd);
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
    const selected = selectedTimingRuns(files, filter);
    return {
      report: timingsReport(files, filter, selected),
      source: { where },
      insight: timingsInsight(selected.selected, objectives),
    };
  });
}

export const TIMINGS_GLOB = 'environments/*/latest/build_timings.csv';

/**
 * Every environments/<env>/latest/build_timings.csv under the checked-out branch, and its
 * monthly shards beside it (build_timings-2026-11.csv, what record-timing --shard monthly
 * writes): each file has its own header; runs are counted once across them by their key.
 */
export async function timingFiles(root: string): Promise<Array<{ file: string; content: string }>> {
  const envs = await readdir(join(root, 'environments')).catch(() => [] as string[]);
  const files: Array<{ file: string; content: string }> = [];
  for (const env of envs.sort()) {
    const configured = `environments/${env}/latest/build_timings.csv`;
    const names = await readdir(join(root, `environments/${env}/latest`)).catch(() => []);
    const shards = names
      .map((n) => `environments/${env}/latest/${n}`)
      .filter((f) => isMonthlyShard(configured, f))
      .sort();
    for (const file of [configured, ...shards]) {
      const content = await readFile(join(root, file), 'utf8').catch(() => undefined);
      if (content !== undefined) files.push({ file, content });
    }
  }
  return files;
}

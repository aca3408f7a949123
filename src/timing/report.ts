/**
 * `ci-ledger report timings`: per env and phase, over the last N runs of each: runs, success
 * rate, the median and p95 of the successful runs, the last run, and the changes in duration
 * that change-point detection finds over the phase's whole history (changes.ts), those that start
 * in the window shown. A phase with too few successful runs to test keeps the median rule: its
 * regressions are successful runs over 1.5× the median of the successful runs before them
 * (stats.ts). Pure: file contents in, numbers out.
 *
 * A run is counted once however many files hold it: registries copy rows between env folders
 * (the real goldenpath `main` folder repeats 37 rows of `development`), so rows are keyed by
 * env, build_id, phase and start_time_utc across every file, and the first copy read is kept.
 */
import { InputError } from '../vocabulary/index.js';
import { readTimingHistory, type UnmappedRow } from './history.js';
import type { TimingRow } from './row.js';
import { durationChanges, type DurationChange } from './changes.js';
import {
  durationOf,
  judgeRun,
  phaseStats,
  runKey,
  runsBefore,
  runsOf,
  type PhaseStats,
} from './stats.js';

export interface Regression {
  start: string;
  buildId: string;
  durationSeconds: number;
  /** Median of the successful runs of the phase that started before this one. */
  baselineSeconds: number;
  baselineRuns: number;
  ratio: number;
}

export interface PhaseReport extends PhaseStats {
  env: string;
  phase: string;
  /** 'change-points' when the phase has enough successful runs to test, else 'median'. */
  regressionRule: 'change-points' | 'median';
  /** Changes in duration that start in the window (change-point detection over all the phase's runs). */
  changes: DurationChange[];
  /** Runs over 1.5× the median before them: only under the median rule, else empty. */
  regressions: Regression[];
}

export interface TimingFileRead {
  file: string;
  rows: number;
  unmapped: UnmappedRow[];
  /** Rows whose run (same key) was already read, from an earlier file or line: counted once. */
  repeated: number;
  /** Of those, rows that differ from the copy kept in some other column. */
  conflicting: number;
  /** The env values of its rows (a folder can hold rows of another env: goldenpath's main). */
  envs: string[];
}

export interface TimingsFilter {
  /** The last N runs of each phase; 0 = all. */
  last: number;
  /** The row's env (what record-timing was given as --env), not the registry folder. */
  env?: string;
  phase?: string;
}

export interface TimingsReport {
  filter: TimingsFilter;
  /** Distinct runs read from every file, before the filters. */
  runs: number;
  phases: PhaseReport[];
  files: TimingFileRead[];
}

/** Where the files were read from, as the job says it (the store, and the branch). */
export interface TimingsSource {
  where: string;
}

/** --last: a whole number of runs per phase, 0 for all of them. */
export function parseLast(value: string): number {
  const n = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n))
    throw new InputError(
      `last ${JSON.stringify(value)} is not a whole number of runs (0 or leave it out for every run)`,
    );
  return n;
}

/** The distinct runs the filters pick (each run once), for the report and the objectives. */
export function selectedTimingRuns(
  files: Array<{ file: string; content: string }>,
  filter: TimingsFilter,
): { selected: TimingRow[]; distinct: number; read: TimingFileRead[] } {
  const { runs, read } = distinctRuns(files);
  return { selected: select(runs, filter, read), distinct: runs.length, read };
}

export function timingsReport(
  files: Array<{ file: string; content: string }>,
  filter: TimingsFilter,
  { selected, distinct, read } = selectedTimingRuns(files, filter),
): TimingsReport {
  const keys = [...new Set(selected.map((r) => `${r.env}\0${r.phase}`))].sort();
  const phases = keys.map((key) => {
    const [env, phase] = key.split('\0') as [string, string];
    const all = runsOf(selected, env, phase);
    const window = filter.last > 0 ? all.slice(-filter.last) : all;
    // Changes are found over the whole history and shown when they start in the window.
    const durations = durationChanges(all);
    const windowStart = window[0]?.start_time_utc ?? '';
    const changes = durations.changes.filter((c) => c.start >= windowStart);
    // Under the median rule each run is judged against the whole history before it.
    const judged = durations.rule === 'median' ? window : [];
    const regressions = judged.flatMap((row): Regression[] => {
      const before = phaseStats(runsBefore(all, row));
      const judged = judgeRun(row, before);
      return judged.regression
        ? [
            {
              start: row.start_time_utc,
              buildId: row.build_id,
              durationSeconds: durationOf(row)!,
              baselineSeconds: before.medianSeconds!,
              baselineRuns: before.successes,
              ratio: judged.ratio!,
            },
          ]
        : [];
    });
    return {
      env,
      phase,
      ...phaseStats(window),
      regressionRule: durations.rule,
      changes,
      regressions,
    };
  });
  return { filter, runs: distinct, phases, files: read };
}

/** Every run once (the first copy read), and what each file held. */
export function distinctRuns(files: Array<{ file: string; content: string }>): {
  runs: TimingRow[];
  read: TimingFileRead[];
} {
  const kept = new Map<string, TimingRow>();
  const read: TimingFileRead[] = [];
  for (const { file, content } of files) {
    const history = readTimingHistory(content, file);
    let repeated = 0;
    let conflicting = 0;
    for (const row of history.rows) {
      const key = runKey(row);
      const first = kept.get(key);
      if (!first) {
        kept.set(key, row);
        continue;
      }
      repeated += 1;
      if (JSON.stringify(first) !== JSON.stringify(row)) conflicting += 1;
    }
    read.push({
      file,
      rows: history.rows.length,
      unmapped: history.unmapped,
      repeated,
      conflicting,
      envs: [...new Set(history.rows.map((r) => r.env))].sort(),
    });
  }
  return { runs: [...kept.values()], read };
}

/** The runs the filters pick; a filter that picks nothing is an error naming what there is. */
function select(runs: TimingRow[], filter: TimingsFilter, read: TimingFileRead[]): TimingRow[] {
  let selected = runs;
  if (filter.env !== undefined) {
    selected = selected.filter((r) => r.env === filter.env);
    if (selected.length === 0) {
      const folder = read.find((f) => f.file.split('/')[1] === filter.env);
      throw new InputError(
        `No run has env ${JSON.stringify(filter.env)}. ${listOf(
          'Envs recorded',
          runs.map((r) => r.env),
        )}` +
          (folder
            ? ` --env is the env column (what record-timing was given as --env), not the folder: ${folder.file} holds rows of env ${folder.envs.join(', ') || '(none)'}.`
            : ''),
      );
    }
  }
  if (filter.phase !== undefined) {
    const inEnv = selected;
    selected = selected.filter((r) => r.phase === filter.phase);
    if (selected.length === 0) {
      throw new InputError(
        `No run has phase ${JSON.stringify(filter.phase)}${filter.env !== undefined ? ` in env ${JSON.stringify(filter.env)}` : ''}. ` +
          listOf(
            'Phases recorded',
            inEnv.map((r) => r.phase),
          ),
      );
    }
  }
  return selected;
}

function listOf(what: string, values: string[]): string {
  const distinct = [...new Set(values)].sort();
  return distinct.length === 0 ? `${what}: none.` : `${what}: ${distinct.join(', ')}.`;
}

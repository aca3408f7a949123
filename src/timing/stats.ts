/**
 * Statistics of a phase's runs, with one definition used everywhere (the record-timing summary,
 * its terminal line and `report timings`): the median and p95 are of the *successful* runs'
 * durations (exit code 0). A failed run often stops early (or hangs until a timeout), so its
 * duration says nothing about how long the phase takes; failed runs are counted in the run
 * count and the success rate, and are never judged as regressions.
 */
import { TIMING_KEY, type TimingRow } from './row.js';

/** A run slower than this many times the median of the successful runs before it is a regression. */
export const REGRESSION_FACTOR = 1.5;

export const succeeded = (row: TimingRow): boolean => row.exit_code.trim() === '0';

/**
 * Persistent clusters are recorded with build id `persistent` and `*-persistent` phases
 * (`bootstrap-persistent`, `teardown-persistent`); every other build is an ephemeral CI build.
 */
export const buildKind = (
  row: Pick<TimingRow, 'build_id' | 'phase'>,
): 'persistent' | 'ephemeral' =>
  row.build_id === 'persistent' || row.phase.endsWith('-persistent') ? 'persistent' : 'ephemeral';

/** A row's duration in seconds; undefined when the field is empty or not a number. */
export function durationOf(row: TimingRow): number | undefined {
  const text = row.duration_seconds.trim();
  const seconds = Number(text);
  return text === '' || !Number.isFinite(seconds) ? undefined : seconds;
}

/** The identity of a run (DESIGN §3.1): env, build_id, phase, start_time_utc. */
export function runKey(row: TimingRow): string {
  return TIMING_KEY.map((column) => row[column as keyof TimingRow]).join('\0');
}

const byStart = (a: TimingRow, b: TimingRow) =>
  a.start_time_utc < b.start_time_utc ? -1 : a.start_time_utc > b.start_time_utc ? 1 : 0;

/** Runs of one env + phase, oldest first. */
export function runsOf(rows: readonly TimingRow[], env: string, phase: string): TimingRow[] {
  return rows.filter((r) => r.env === env && r.phase === phase).sort(byStart);
}

export interface PhaseStats {
  runs: number;
  successes: number;
  successRate: number;
  /** Median duration of the successful runs; undefined when none succeeded. */
  medianSeconds?: number;
  /**
   * p95 duration of the successful runs, interpolated like the median: the definition of
   * Prometheus' quantile_over_time (and numpy's default), so an engine fed by `ci-ledger export`
   * gives the same figure for the same window.
   */
  p95Seconds?: number;
  /** The newest run. */
  last?: TimingRow;
}

/** Statistics of a set of runs of one phase, given oldest first. */
export function phaseStats(runs: readonly TimingRow[]): PhaseStats {
  const successful = runs.filter(succeeded);
  const durations = successful.map(durationOf).filter((d): d is number => d !== undefined);
  return {
    runs: runs.length,
    successes: successful.length,
    successRate: runs.length ? successful.length / runs.length : 0,
    medianSeconds: quantile(durations, 0.5),
    p95Seconds: quantile(durations, 0.95),
    last: runs[runs.length - 1],
  };
}

/** The runs that started before `current` (its history at the time it ran), oldest first. */
export function runsBefore(runs: readonly TimingRow[], current: TimingRow): TimingRow[] {
  const key = runKey(current);
  return runs
    .filter((r) => r.start_time_utc < current.start_time_utc && runKey(r) !== key)
    .sort(byStart);
}

export interface RunJudgement {
  /** This run's duration divided by the median of the successful runs before it. */
  ratio?: number;
  /** Only a successful run can be a regression: a failed run's duration is not the phase's. */
  regression: boolean;
}

/** A run against `before`, the statistics of the runs that started before it. */
export function judgeRun(run: TimingRow, before: PhaseStats): RunJudgement {
  const seconds = durationOf(run);
  const median = before.medianSeconds;
  const ratio =
    seconds !== undefined && median !== undefined && median > 0 ? seconds / median : undefined;
  return {
    ratio,
    regression: succeeded(run) && ratio !== undefined && ratio > REGRESSION_FACTOR,
  };
}

/**
 * A quantile, interpolated between neighbours (the median of an even count is the mean of the
 * middle two): position q × (n − 1) in the sorted values, as Prometheus' quantile_over_time.
 */
export function quantile(values: readonly number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  const weight = pos - lo;
  // Written as Prometheus writes it (promql/quantile.go), so both give the same float.
  return sorted[lo]! * (1 - weight) + sorted[hi]! * weight;
}

/**
 * The objectives of build phases over their recorded runs: the success objective (the share of
 * runs with exit code 0) and the duration objective (the share of *successful* runs within the
 * limit: a failed run's duration is not the phase's, as in timing/stats.ts). Pure.
 */
import { durationOf, quantile, succeeded } from '../timing/stats.js';
import type { TimingRow } from '../timing/row.js';
import { burnWindows, errorBudget, type ErrorBudget, type Outcome } from './budget.js';
import { timingObjectiveFor, type BurnSettings, type Objectives, type RunWindow } from './spec.js';

export interface WindowedBudget extends ErrorBudget {
  over: RunWindow;
  /** Start of the oldest and newest run in the window. */
  from?: string;
  to?: string;
}

export interface PhaseObjectives {
  env: string;
  phase: string;
  /** The objective's ENV/PHASE glob. */
  match: string;
  success?: WindowedBudget;
  duration?: WindowedBudget & {
    percentile: number;
    maxSeconds: number;
    /** The percentile of the window's successful runs (nearest rank), for comparison with maxSeconds. */
    observedSeconds?: number;
  };
}

/** Runs in the window: the last N, or those that started in the N days up to the newest run. */
export function inWindow(runs: readonly TimingRow[], over: RunWindow): TimingRow[] {
  if (over.unit === 'runs') return runs.slice(-over.count);
  const newest = runs[runs.length - 1];
  if (!newest) return [];
  const from = Date.parse(newest.start_time_utc) - over.count * 86_400_000;
  return runs.filter((r) => Date.parse(r.start_time_utc) > from);
}

function windowed(
  runs: readonly TimingRow[],
  outcomes: Outcome[],
  objective: number,
  over: RunWindow,
  burn: BurnSettings,
): WindowedBudget {
  return {
    // Windows of runs keep their size; a window of days holds however many runs it held.
    ...errorBudget(
      outcomes,
      objective,
      burnWindows(over.unit === 'runs' ? over.count : outcomes.length, burn),
      burn.fast,
    ),
    over,
    from: runs[0]?.start_time_utc,
    to: runs[runs.length - 1]?.start_time_utc,
  };
}

/** One phase's objectives over its distinct runs, oldest first. */
export function phaseObjectives(
  runs: readonly TimingRow[],
  env: string,
  phase: string,
  objectives: Objectives,
): PhaseObjectives | undefined {
  const spec = timingObjectiveFor(objectives, env, phase);
  if (!spec || (!spec.success && !spec.duration)) return undefined;
  const out: PhaseObjectives = { env, phase, match: spec.match };
  if (spec.success) {
    const window = inWindow(runs, spec.success.over);
    const outcomes = window.map((r) => ({ good: succeeded(r) ? 1 : 0, total: 1 }));
    out.success = windowed(
      window,
      outcomes,
      spec.success.objective,
      spec.success.over,
      objectives.burn,
    );
  }
  if (spec.duration) {
    const { percentile, maxSeconds, over } = spec.duration;
    const timed = runs.filter((r) => succeeded(r) && durationOf(r) !== undefined);
    const window = inWindow(timed, over);
    const outcomes = window.map((r) => ({ good: durationOf(r)! <= maxSeconds ? 1 : 0, total: 1 }));
    out.duration = {
      ...windowed(window, outcomes, percentile / 100, over, objectives.burn),
      percentile,
      maxSeconds,
      observedSeconds: quantile(
        window.map((r) => durationOf(r)!),
        percentile / 100,
      ),
    };
  }
  return out;
}

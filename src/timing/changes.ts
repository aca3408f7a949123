/**
 * Changes in how long a phase takes, found by change-point detection (src/changepoint/) over the
 * durations of its successful runs, oldest first: the primary regression signal of the
 * record-timing summary and `report timings`. A regression is a change to slower runs — a level
 * that held for at least three runs, not one slow run. Series under MIN_RUNS_FOR_CHANGES
 * successful runs are too short to test, and keep the median rule (stats.ts). Pure.
 */
import { changePoints, CHANGE_POINT_DEFAULTS } from '../changepoint/detect.js';
import type { TimingRow } from './row.js';
import {
  durationOf,
  judgeRun,
  phaseStats,
  succeeded,
  type PhaseStats,
  type RunJudgement,
} from './stats.js';

/** Fewer successful runs than this: the median rule judges the runs instead. */
export const MIN_RUNS_FOR_CHANGES = 8;

/** A slowdown warns (summary, annotation) for this many successful runs at the new level. */
export const NEW_CHANGE_RUNS = 10;

export interface DurationChange {
  /** The first run at the new level. */
  start: string;
  buildId: string;
  meanBeforeSeconds: number;
  meanAfterSeconds: number;
  /** Successful runs in the level before and after (each up to the neighbouring change). */
  runsBefore: number;
  runsAfter: number;
  /** after / before − 1. */
  relativeChange: number;
  pValue: number;
  /** Slower: a regression. Faster is a change too, and reported, but not a regression. */
  regression: boolean;
}

export interface DurationChanges {
  /** 'change-points' when the series is long enough, else 'median' (judged run by run). */
  rule: 'change-points' | 'median';
  /** Successful runs with a duration: the series tested. */
  runs: number;
  changes: DurationChange[];
}

/** The successful runs of one env + phase (given oldest first) with a duration. */
function series(runs: readonly TimingRow[]): Array<{ row: TimingRow; seconds: number }> {
  return runs.flatMap((row) => {
    const seconds = succeeded(row) ? durationOf(row) : undefined;
    return seconds === undefined ? [] : [{ row, seconds }];
  });
}

/** Change points of the durations of the successful runs among `runs` (one env + phase, oldest first). */
export function durationChanges(runs: readonly TimingRow[]): DurationChanges {
  const points = series(runs);
  if (points.length < MIN_RUNS_FOR_CHANGES)
    return { rule: 'median', runs: points.length, changes: [] };
  const found = changePoints(points.map((p) => p.seconds));
  return {
    rule: 'change-points',
    runs: points.length,
    changes: found.map((c) => ({
      start: points[c.index]!.row.start_time_utc,
      buildId: points[c.index]!.row.build_id,
      meanBeforeSeconds: c.meanBefore,
      meanAfterSeconds: c.meanAfter,
      runsBefore: c.pointsBefore,
      runsAfter: c.pointsAfter,
      relativeChange: c.relativeChange,
      pValue: c.pValue,
      regression: c.meanAfter > c.meanBefore,
    })),
  };
}

/**
 * For the run just recorded (the newest of `runs`): the latest change, when this run is at its
 * level and the level is still new (at most NEW_CHANGE_RUNS successful runs), so the summary
 * warns while it is news, not forever after.
 */
export function currentChange(changes: DurationChanges): DurationChange | undefined {
  const latest = changes.changes[changes.changes.length - 1];
  return latest && latest.runsAfter <= NEW_CHANGE_RUNS ? latest : undefined;
}

export interface RunVerdict {
  before: PhaseStats;
  judgement: RunJudgement;
  durations: DurationChanges;
  change?: DurationChange;
  regression: boolean;
}

/**
 * A run just recorded, against `earlier` (the runs of its env + phase that started before it,
 * oldest first): the statistics before it, the median comparison, change-point detection over
 * the successful runs up to and including it, and the verdict — a regression when this successful
 * run is at a new, slower level (still news: currentChange), or, for a phase with too few
 * successful runs to test, over 1.5× the median before it.
 */
export function runVerdict(earlier: readonly TimingRow[], run: TimingRow): RunVerdict {
  const before = phaseStats(earlier);
  const judgement = judgeRun(run, before);
  const durations = durationChanges([...earlier, run]);
  const change = succeeded(run) ? currentChange(durations) : undefined;
  const regression =
    durations.rule === 'median' ? judgement.regression : change?.regression === true;
  return { before, judgement, durations, change, regression };
}

/** What the detector needs said once, wherever its results are shown. */
export const CHANGE_RULE = {
  minRuns: MIN_RUNS_FOR_CHANGES,
  minSegment: CHANGE_POINT_DEFAULTS.minSegment,
  maxPValue: CHANGE_POINT_DEFAULTS.maxPValue,
  minMagnitude: CHANGE_POINT_DEFAULTS.minMagnitude,
  windowLength: CHANGE_POINT_DEFAULTS.windowLength,
};

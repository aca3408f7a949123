/**
 * Pass-rate objectives of a batch pipeline's platforms over the pipeline's last N batches: each
 * batch in which the platform tested anything is one unit, its tests the events (passed of
 * tested); a platform that tested nothing in them has no data. Pure.
 */
import type { BatchRun } from '../history/records.js';
import { burnWindows, errorBudget, type ErrorBudget } from './budget.js';
import { platformObjectiveFor, type Objectives } from './spec.js';

export interface PlatformObjectiveResult extends ErrorBudget {
  platform: string;
  match: string;
  /** The objective's window in batches (units says how many the history had). */
  overBatches: number;
  from?: string;
  to?: string;
}

/** `runs`: the history's latest batches up to the one summarised, oldest first. */
export function platformObjectives(
  runs: readonly BatchRun[],
  objectives: Objectives,
): PlatformObjectiveResult[] {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.platforms)))].sort();
  return names.flatMap((platform) => {
    const spec = platformObjectiveFor(objectives, platform);
    if (!spec) return [];
    const { objective, overBatches } = spec.passRate;
    // The last N batches of the pipeline; those in which the platform tested nothing hold no events.
    const tested = runs.slice(-overBatches).filter((r) => (r.platforms[platform]?.tested ?? 0) > 0);
    const outcomes = tested.map((r) => ({
      good: r.platforms[platform]!.passed,
      total: r.platforms[platform]!.tested,
    }));
    return [
      {
        platform,
        match: spec.match,
        overBatches,
        from: tested[0]?.timestamp,
        to: tested[tested.length - 1]?.timestamp,
        ...errorBudget(
          outcomes,
          objective,
          burnWindows(overBatches, objectives.burn),
          objectives.burn.fast,
        ),
      },
    ];
  });
}

/** The most batches any platform objective looks back: what the history reader must keep. */
export function batchesNeeded(objectives: Objectives): number {
  return Math.max(0, ...objectives.platforms.map((p) => p.passRate.overBatches));
}

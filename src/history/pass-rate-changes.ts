/**
 * Changes in a platform's pass rate, found by change-point detection (src/changepoint/) over the
 * pass rates (passed / tested) of the batches that tested it, oldest first: the primary signal of
 * a falling platform in batch-summary and `ci-ledger report`. The series is the window and the N
 * batches before it (what the history model keeps; for the whole history, every batch), and a
 * change is reported when its first batch is in the window. A platform with fewer than MIN_BATCHES_FOR_CHANGES such batches is too
 * short a series: the older-half/newer-half rule (fallingPlatforms) judges it instead. Pure.
 */
import { changePoints } from '../changepoint/detect.js';

/** Fewer batches with results on a platform than this: the halves rule instead. */
export const MIN_BATCHES_FOR_CHANGES = 8;

/** What the detection needs of a batch. */
export interface PassCounts {
  batchId: string;
  timestamp: string;
  platforms: Record<string, { passed: number; tested: number }>;
}

export interface PassRateChange {
  platform: string;
  /** The first batch at the new level. */
  batchId: string;
  timestamp: string;
  /** Mean of the per-batch pass rates before and after (each up to the neighbouring change). */
  before: number;
  after: number;
  batchesBefore: number;
  batchesAfter: number;
  /** after / before − 1 (0 when before is 0). */
  relativeChange: number;
  pValue: number;
  /** Lower: the platform got worse. */
  falling: boolean;
}

export interface PassRateChanges {
  /** Platforms whose series was long enough to test. */
  tested: string[];
  /** Platforms judged by the halves rule instead (too few batches with results). */
  tooShort: string[];
  /** Changes whose first batch is in the window, by platform order then time. */
  changes: PassRateChange[];
}

/**
 * `runs`: the batches the model keeps (the N before the window, then the window; for the whole
 * history, every batch), oldest first; `windowStart`: how many of them come before the window.
 */
export function passRateChanges(
  runs: readonly PassCounts[],
  windowStart: number,
  names: readonly string[],
): PassRateChanges {
  const out: PassRateChanges = { tested: [], tooShort: [], changes: [] };
  const inWindow = new Set(runs.slice(windowStart));
  for (const platform of names) {
    const points = runs.filter((r) => (r.platforms[platform]?.tested ?? 0) > 0);
    if (!points.some((r) => inWindow.has(r))) continue;
    if (points.length < MIN_BATCHES_FOR_CHANGES) {
      out.tooShort.push(platform);
      continue;
    }
    out.tested.push(platform);
    const rates = points.map((r) => r.platforms[platform]!.passed / r.platforms[platform]!.tested);
    for (const c of changePoints(rates)) {
      const first = points[c.index]!;
      if (!inWindow.has(first)) continue;
      out.changes.push({
        platform,
        batchId: first.batchId,
        timestamp: first.timestamp,
        before: c.meanBefore,
        after: c.meanAfter,
        batchesBefore: c.pointsBefore,
        batchesAfter: c.pointsAfter,
        relativeChange: c.relativeChange,
        pValue: c.pValue,
        falling: c.meanAfter < c.meanBefore,
      });
    }
  }
  return out;
}

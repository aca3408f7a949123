/** Pass rates per platform: counts summed over batches, the change against the batches before, and the trend. Pure. */
import { dictFrom, emptyDict } from '../vocabulary/index.js';
import { platformOrder } from '../batch/maps.js';
import type { HistoryReport, PlatformSummary } from './model.js';
import type { BatchRun, PlatformCounts } from './records.js';

export const passRate = (passed: number, tested: number) => (tested > 0 ? passed / tested : null);

export function addCounts(totals: Map<string, PlatformCounts>, name: string, c: PlatformCounts) {
  const t = totals.get(name) ?? { tested: 0, passed: 0, failed: 0, skipped: 0 };
  t.tested += c.tested;
  t.passed += c.passed;
  t.failed += c.failed;
  t.skipped = (t.skipped ?? 0) + (c.skipped ?? 0);
  totals.set(name, t);
}

/** Per platform, the counts of `runs` summed (platforms `keep` refuses are left out). */
export function sumPlatforms(
  runs: BatchRun[],
  keep: (platform: string) => boolean,
): Map<string, PlatformCounts> {
  const totals = new Map<string, PlatformCounts>();
  for (const run of runs)
    for (const [name, c] of Object.entries(run.platforms))
      if (keep(name)) addCounts(totals, name, c);
  return totals;
}

/** Each platform's counts and pass rate, with the pass rate of the batches before for the change. */
export function platformSummaries(
  current: Map<string, PlatformCounts>,
  before: Map<string, PlatformCounts>,
): Record<string, PlatformSummary> {
  const platforms = emptyDict<PlatformSummary>();
  for (const name of [...current.keys()].sort(platformOrder)) {
    const c = current.get(name)!;
    const p = before.get(name);
    platforms[name] = {
      tested: c.tested,
      passed: c.passed,
      failed: c.failed,
      skipped: c.skipped ?? 0,
      passRate: passRate(c.passed, c.tested),
      previousPassRate: p ? passRate(p.passed, p.tested) : null,
    };
  }
  return platforms;
}

/** Pass rate per platform for each batch, oldest first; null where the batch has no such platform. */
export function passRateTrend(window: BatchRun[], names: string[]): HistoryReport['trend'] {
  return window.map((run) => ({
    batchId: run.batchId,
    ecosystem: run.ecosystem,
    timestamp: run.timestamp,
    passRates: dictFrom(
      names.map((n) => [
        n,
        run.platforms[n] ? passRate(run.platforms[n].passed, run.platforms[n].tested) : null,
      ]),
    ),
  }));
}

/**
 * Platforms whose pass rate fell by more than `threshold` from the older half of the window to
 * the newer half (each half's passed/tested summed), among batches that tested the platform.
 */
export function fallingPlatforms(
  window: BatchRun[],
  names: string[],
  threshold: number,
): Array<{ platform: string; from: number; to: number; batches: number }> {
  const out: Array<{ platform: string; from: number; to: number; batches: number }> = [];
  for (const name of names) {
    const tested = window.filter((r) => (r.platforms[name]?.tested ?? 0) > 0);
    if (tested.length < 4) continue; // two batches a half at least: one bad batch is not a trend
    const half = Math.floor(tested.length / 2);
    const rateOf = (runs: BatchRun[]) => {
      const c = sumPlatforms(runs, (n) => n === name).get(name)!;
      return c.passed / c.tested;
    };
    const from = rateOf(tested.slice(0, half));
    const to = rateOf(tested.slice(tested.length - half));
    if (from - to > threshold) out.push({ platform: name, from, to, batches: tested.length });
  }
  return out;
}

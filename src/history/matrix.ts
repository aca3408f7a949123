/** The ecosystem × platform failure matrix, and the cells worth skipping. Pure. */
import { emptyDict } from '../vocabulary/index.js';
import type { HistoryReport } from './model.js';
import { MIXED, type BatchRun } from './records.js';

export type FailureMatrix = HistoryReport['matrix'];

/** Adds a run's tested platforms to the matrix (platforms `keep` refuses are left out). */
export function addToMatrix(
  matrix: FailureMatrix,
  run: BatchRun,
  keep: (platform: string) => boolean = () => true,
): void {
  for (const [name, c] of Object.entries(run.platforms)) {
    if (!keep(name) || c.tested === 0) continue;
    const cell = ((matrix[run.ecosystem] ??= emptyDict())[name] ??= {
      batches: 0,
      tested: 0,
      failed: 0,
      failureRate: null,
    });
    cell.batches++;
    cell.tested += c.tested;
    cell.failed += c.failed;
    cell.failureRate = cell.failed / cell.tested;
  }
}

/** Cells failing above `threshold` over at least `minRuns` batches ("mixed" records excluded). */
export function cellsWorthSkipping(
  matrix: FailureMatrix,
  threshold: number,
  minRuns: number,
): HistoryReport['insights']['considerSkipping'] {
  return Object.entries(matrix).flatMap(([ecosystem, row]) =>
    Object.entries(row)
      .filter(
        ([, c]) => ecosystem !== MIXED && c.batches >= minRuns && (c.failureRate ?? 0) > threshold,
      )
      .map(([platform, c]) => ({
        ecosystem,
        platform,
        failureRate: c.failureRate!,
        batches: c.batches,
      })),
  );
}

/**
 * The latest batches that tested anything, listed with their failure records: which runs are
 * kept (bounded, whatever the history's length) and which kept batch a failure belongs to — by
 * the rules of placement.ts, as the summary places failures in its focus batch. Pure.
 */
import { platformOrder } from '../batch/maps.js';
import { inSpan, spanOf, type BatchSpan } from './placement.js';
import type { BatchRun, Failure } from './records.js';

export interface ListedFailure {
  recipe: string;
  /** The platform the environment is folded onto (as the reports count it). */
  platform: string;
  /** The failure record's own environment, when it differs. */
  environment?: string;
  category: string;
  exitCode?: number;
}

export interface ListedBatch {
  batchId: string;
  ecosystem: string;
  timestamp: string;
  platforms: Record<string, { tested: number; passed: number; failed: number; batches: number }>;
  macosMinutes?: number;
  failures: ListedFailure[];
  /** Failure records placed in this batch (failures lists the first failuresPerBatch). */
  failureCount: number;
}

/** A run as the series remember every run: enough to order them and to bound a batch's span. */
export interface RunInOrder {
  batchId: string;
  timestamp: string;
  tested: boolean;
  /** The order it was read in: the later record is the newer of two at one time. */
  position: number;
}

export const inTimeOrder = (runs: RunInOrder[]): RunInOrder[] =>
  [...runs].sort((a, b) =>
    a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : a.position - b.position,
  );

export class LatestBatches {
  /** The latest runs that tested anything, oldest first, at most `limit`. */
  private readonly kept: Array<{ run: BatchRun; position: number }> = [];

  constructor(private readonly limit: number) {}

  /** Inserted by time (ties: the later record is the newer), the oldest dropped beyond the limit. */
  keep(run: BatchRun, position: number): void {
    const kept = this.kept;
    const newer = (a: { run: BatchRun; position: number }) =>
      a.run.timestamp > run.timestamp ||
      (a.run.timestamp === run.timestamp && a.position > position);
    let at = kept.length;
    while (at > 0 && newer(kept[at - 1]!)) at--;
    if (kept.length >= this.limit && at === 0) return;
    kept.splice(at, 0, { run, position });
    if (kept.length > this.limit) kept.shift();
  }

  /**
   * Once every run is in (`sorted`: all of them in time order; `idCount`: records per id): each
   * kept batch's span, from the run before it to the run after it, whether kept or not.
   */
  place(sorted: RunInOrder[], idCount: ReadonlyMap<string, number>): PlacedBatches {
    const indexOf = new Map(sorted.map((r, i) => [r.position, i]));
    const spans: Array<{ span: BatchSpan; batch: ListedBatch; at: number }> = [];
    const batches: ListedBatch[] = [];
    for (const { run, position } of [...this.kept].reverse()) {
      const at = indexOf.get(position)!;
      const before = sorted[at - 1];
      const span = spanOf(
        run,
        before ? ({ timestamp: before.timestamp } as BatchRun) : undefined,
        sorted[at + 1]?.timestamp,
        (idCount.get(run.batchId) ?? 0) > 1,
      );
      const batch: ListedBatch = {
        batchId: run.batchId,
        ecosystem: run.ecosystem,
        timestamp: run.timestamp,
        platforms: Object.fromEntries(
          Object.entries(run.platforms)
            .sort(([a], [b]) => platformOrder(a, b))
            .map(([n, c]) => [
              n,
              { tested: c.tested, passed: c.passed, failed: c.failed, batches: 1 },
            ]),
        ),
        ...(run.macosMinutes !== undefined ? { macosMinutes: run.macosMinutes } : {}),
        failures: [],
        failureCount: 0,
      };
      batches.push(batch);
      spans.push({ span, batch, at });
    }
    return new PlacedBatches(
      batches,
      spans.sort((a, b) => a.at - b.at),
    );
  }
}

export class PlacedBatches {
  private readonly byId = new Map<string, number[]>();

  constructor(
    /** Newest first. */
    readonly batches: ListedBatch[],
    /** Oldest first. */
    private readonly spans: Array<{ span: BatchSpan; batch: ListedBatch }>,
  ) {
    spans.forEach((s, i) =>
      this.byId.set(s.span.batchId, [...(this.byId.get(s.span.batchId) ?? []), i]),
    );
  }

  /**
   * The listed batch a failure belongs to (placement.ts): by its batch id, or by time — the
   * newest span that holds it, as the summary prefers the focus batch over the one before it.
   */
  ownerOf(failure: Failure): ListedBatch | undefined {
    const spans = this.spans;
    let candidates: number[];
    if (failure.batchId !== undefined) candidates = [...(this.byId.get(failure.batchId) ?? [])];
    else {
      const t = failure.timestamp;
      if (t === undefined || spans.length === 0) return undefined;
      // The first listed span whose batch is at or after t, and the one before it.
      let lo = 0;
      let hi = spans.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (spans[mid]!.batch.timestamp < t) lo = mid + 1;
        else hi = mid;
      }
      candidates = [lo, lo - 1].filter((i) => i >= 0 && i < spans.length);
    }
    for (const i of candidates.sort((a, b) => b - a))
      if (inSpan(failure, spans[i]!.span)) return spans[i]!.batch;
    return undefined;
  }
}

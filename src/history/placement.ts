/**
 * Which batch a failure record belongs to. Records that carry a batch id belong to the batch
 * with that id — unless several batches share it (pipelines that name batches by day), when
 * time decides among them as it does for records without an id: a batch owns the failures
 * stamped after the batch before it and up to an hour past its own record (failures are
 * written first), never into the next batch. Pure.
 */
import type { BatchRun, Failure } from './records.js';
import { hourAfter } from './time.js';

export interface BatchSpan {
  batchId: string;
  /** Failures stamped after this time… ('' when no batch came before) */
  after: string;
  /** …and up to this one (inclusive). */
  upTo: string;
  /** Several records carry this id: the id alone does not place a failure. */
  sharedId: boolean;
}

export function spanOf(
  run: BatchRun,
  before: BatchRun | undefined,
  next: string | undefined,
  sharedId: boolean,
): BatchSpan {
  const hour = hourAfter(run.timestamp);
  // Up to an hour past the batch, but not into the next one (which owns what precedes it).
  const upTo = next !== undefined && next <= hour ? justBefore(next, run.timestamp) : hour;
  return { batchId: run.batchId, after: before?.timestamp ?? '', upTo, sharedId };
}

/** A span covering several consecutive batches (a window): from the first's to the last's. */
export function spanOver(first: BatchSpan, last: BatchSpan): Omit<BatchSpan, 'batchId'> {
  return { after: first.after, upTo: last.upTo, sharedId: true };
}

export function inSpan(failure: Failure, span: BatchSpan): boolean {
  if (failure.batchId !== undefined) {
    if (failure.batchId !== span.batchId) return false;
    if (!span.sharedId || failure.timestamp === undefined) return true;
  }
  return inTimes(failure.timestamp, span);
}

export function inTimes(t: string | undefined, span: Pick<BatchSpan, 'after' | 'upTo'>): boolean {
  return t !== undefined && t > span.after && t <= span.upTo;
}

/** The latest second-precision time before `next` (and not before `floor`). */
function justBefore(next: string, floor: string): string {
  const t = Date.parse(next);
  if (Number.isNaN(t)) return floor;
  const before = new Date(t - 1000).toISOString().slice(0, 19) + 'Z';
  return before < floor ? floor : before;
}

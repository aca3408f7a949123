/**
 * Where an append's records go under a shard layout (pure): with `monthly`, each record goes to
 * the shard of its own month beside the configured file (`batch-runs.jsonl` →
 * `batch-runs-2026-11.jsonl`); with `none`, to the configured file. Either way each file is
 * told which other files can already hold its keys, so that a key stays unique across every
 * shard without reading the whole history:
 *
 * - a record's time is fixed by its inputs (a batch's latest artifact `finished_at`, a phase's
 *   start), so a re-run of a job computes the same month and meets its record in that shard;
 * - where the time is the moment of recording (artifacts without `finished_at`), a re-run comes
 *   at most 30 days later (GitHub keeps runs re-runnable for 30 days): the previous month's
 *   shard covers it;
 * - the configured file itself (a history not yet re-laid, or one written with `none`).
 *
 * So an append reads at most three files per history, whatever its length.
 */
import { monthOf, previousMonth, shardPath, type ShardLayout } from '../vocabulary/shards.js';
import type { AppendRequest, FileAppend } from './types.js';

/** The field holding a record's time, per file (e.g. "timestamp", "start_time_utc"). */
export type TimeFieldOf = (file: FileAppend) => string;

export const defaultTimeField: TimeFieldOf = (file) =>
  file.format === 'csv' ? 'start_time_utc' : 'timestamp';

export function shardRequest(
  request: AppendRequest,
  layout: ShardLayout,
  timeFieldOf: TimeFieldOf = defaultTimeField,
): AppendRequest {
  const files: FileAppend[] = [];
  const anchors: string[] = [];
  const anchorPaths = request.anchor === undefined ? [] : [request.anchor].flat();
  // A file with no records of its own (a batch without failures) is placed in the request's
  // month, so that what is read beside it (the previous batch's failures) is where they are.
  const requestMonths = request.files.flatMap((f) =>
    f.records.map((r) => monthOf((r as Record<string, unknown>)[timeFieldOf(f)])),
  );
  const requestMonth = requestMonths
    .filter((m): m is string => m !== undefined)
    .sort()
    .pop();
  for (const file of request.files) {
    const field = timeFieldOf(file);
    const byPath = new Map<string, { records: FileAppend['records']; months: Set<string> }>();
    for (const record of file.records) {
      const month = monthOf((record as Record<string, unknown>)[field]);
      // A record without a time cannot be placed in a month: it stays in the configured file.
      const path = layout === 'monthly' && month ? shardPath(file.path, month) : file.path;
      let group = byPath.get(path);
      if (!group) byPath.set(path, (group = { records: [], months: new Set() }));
      (group.records as unknown[]).push(record);
      if (month) group.months.add(month);
    }
    // An append with no records still names its file (the anchor's outcome, the contents read).
    if (byPath.size === 0) {
      const months = new Set(requestMonth ? [requestMonth] : []);
      const path =
        layout === 'monthly' && requestMonth ? shardPath(file.path, requestMonth) : file.path;
      byPath.set(path, { records: [], months });
    }
    for (const [path, group] of byPath) {
      const seenIn = new Set<string>([file.path]);
      for (const month of group.months) {
        seenIn.add(shardPath(file.path, month));
        seenIn.add(shardPath(file.path, previousMonth(month)));
      }
      seenIn.delete(path);
      files.push({ ...file, path, records: group.records, seenIn: [...seenIn] } as FileAppend);
      if (anchorPaths.includes(file.path)) anchors.push(path);
    }
  }
  const sharded: AppendRequest = { ...request, files };
  if (anchors.length > 0) sharded.anchor = anchors.length === 1 ? anchors[0]! : anchors;
  return sharded;
}

/** Every file an append reads for `file` after sharding: its own and the ones beside it. */
export function filesRead(file: FileAppend): string[] {
  return [file.path, ...(file.seenIn ?? [])];
}

/**
 * Time shards of a history file (DESIGN §7): `data/metrics/batch-runs.jsonl` may be split into
 * `data/metrics/batch-runs-<YYYY-MM>.jsonl` beside it, one file per month of the records' own
 * time. The writer (which shard a record goes to, which shards can already hold its key) and
 * the readers (which shards a window needs) share these names, so they live here.
 */
import { InputError } from './errors.js';

/** How a history is laid out: one file, or one file per month beside it. */
export type ShardLayout = 'none' | 'monthly';

export function parseShardLayout(value: string | undefined, name = '--shard'): ShardLayout {
  const layout = (value ?? '').trim().toLowerCase() || 'none';
  if (layout === 'none' || layout === 'monthly') return layout;
  throw new InputError(`${name} must be "none" or "monthly", not ${JSON.stringify(value)}`);
}

/** "data/metrics/batch-runs.jsonl" → { stem: "data/metrics/batch-runs", ext: ".jsonl" }. */
export function splitExtension(path: string): { stem: string; ext: string } {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash + 1
    ? { stem: path.slice(0, dot), ext: path.slice(dot) }
    : { stem: path, ext: '' };
}

/** The month ("2026-11") of an ISO 8601 time, or undefined when it does not start with one. */
export function monthOf(time: unknown): string | undefined {
  if (typeof time !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-\d{2}T/.exec(time);
  if (!match) return undefined;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? `${match[1]}-${match[2]}` : undefined;
}

/** "2026-01" → "2025-12". */
export function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

/** The shard of `path` for `month`: data/metrics/batch-runs.jsonl, 2026-11 → …/batch-runs-2026-11.jsonl */
export function shardPath(path: string, month: string): string {
  const { stem, ext } = splitExtension(path);
  return `${stem}-${month}${ext}`;
}

/**
 * The latest time a record in `file` can carry, judged by its name: a monthly shard
 * (`…-2026-11.jsonl`) ends with its month; a timestamped sibling real pipelines write
 * (`…-2026-05-27T08-07-06Z.jsonl`) was written at that time, so it holds nothing newer (a day
 * of margin for clocks). Undefined when the name carries no time (a configured file): such a
 * file can hold anything and is always read.
 */
export function latestTimeIn(file: string): string | undefined {
  const month = /-(\d{4})-(\d{2})\.[A-Za-z0-9]+$/.exec(file);
  if (month) {
    const [year, m] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) return undefined;
    // The first instant of the next month: every record of the month is before it.
    return m === 12
      ? `${year + 1}-01-01T00:00:00Z`
      : `${year}-${String(m + 1).padStart(2, '0')}-01T00:00:00Z`;
  }
  const stamp = /-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.[A-Za-z0-9]+$/.exec(file);
  if (stamp) {
    const written = Date.parse(`${stamp[1]}T${stamp[2]}:${stamp[3]}:${stamp[4]}Z`);
    if (Number.isNaN(written)) return undefined;
    return new Date(written + 24 * 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return undefined;
}

/** Whether `file` is a monthly shard of `path` (what `ci-ledger shard` and --shard monthly write). */
export function isMonthlyShard(path: string, file: string): boolean {
  const { stem, ext } = splitExtension(path);
  return (
    file.startsWith(`${stem}-`) &&
    file.endsWith(ext) &&
    /^\d{4}-(0[1-9]|1[0-2])$/.test(file.slice(stem.length + 1, file.length - ext.length))
  );
}

/** Whether a file name carries a time (a monthly shard or a timestamped sibling): not a
 * configured history file, whatever its stem. */
export function isTimeShardName(file: string): boolean {
  return latestTimeIn(file) !== undefined;
}

/**
 * Reading build_timings.csv as real registries wrote it: besides rows that match the file's
 * header, older and newer writers left 12-column rows under a 9-column header and 11-column
 * rows (the 12 without flags). Each row is matched to the first known shape of its length
 * whose values make sense; the rest are reported, never guessed.
 */
import { parse } from 'csv-parse/sync';
import { InputError } from '../vocabulary/index.js';
import { TIMING_COLUMNS, type TimingRow } from './row.js';

export interface UnmappedRow {
  line: number;
  fields: string[];
  reason: string;
}

export interface TimingHistory {
  header: string[];
  rows: TimingRow[];
  unmapped: UnmappedRow[];
}

const WITHOUT_FLAGS = TIMING_COLUMNS.filter((c) => c !== 'flags');
const REQUIRED = ['start_time_utc', 'phase', 'env', 'build_id'] as const;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const INT = /^-?\d+$/;

export function readTimingHistory(text: string, file = 'build_timings.csv'): TimingHistory {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new InputError(
      `${file}${e.lines ? ` line ${e.lines}` : ''}: not valid CSV (${e.message})`,
    );
  }
  const [first, ...body] = records;
  const header = (first?.record ?? []).map((h) => h.trim());
  const shapes = [header, [...TIMING_COLUMNS], WITHOUT_FLAGS];
  const rows: TimingRow[] = [];
  const unmapped: UnmappedRow[] = [];
  for (const { record, info } of body) {
    const shape = shapes.find((s) => s.length === record.length && plausible(s, record));
    if (!shape) {
      unmapped.push({
        line: info.lines,
        fields: record,
        reason: reasonFor(record.length, header.length),
      });
      continue;
    }
    const missing = REQUIRED.filter((c) => !shape.includes(c));
    if (missing.length > 0) {
      unmapped.push({
        line: info.lines,
        fields: record,
        reason: `no ${missing.join(', ')} column`,
      });
      continue;
    }
    const row = Object.fromEntries(TIMING_COLUMNS.map((c) => [c, ''])) as TimingRow;
    shape.forEach((column, i) => {
      if ((TIMING_COLUMNS as readonly string[]).includes(column))
        row[column as keyof TimingRow] = record[i] ?? '';
    });
    rows.push(row);
  }
  return { header, rows, unmapped };
}

/** Values that fit the shape: times are times, counts are integers (or empty). */
function plausible(shape: readonly string[], record: readonly string[]): boolean {
  return shape.every((column, i) => {
    const v = (record[i] ?? '').trim();
    switch (column) {
      case 'start_time_utc':
        return ISO.test(v);
      case 'end_time_utc':
        return v === '' || ISO.test(v);
      case 'duration_seconds':
      case 'exit_code':
        return v === '' || INT.test(v);
      case 'resources_added':
      case 'resources_changed':
      case 'resources_destroyed':
        return v === '' || INT.test(v);
      case 'phase':
      case 'env':
        return v !== '' && !ISO.test(v) && !INT.test(v);
      case 'build_id':
        return v !== '' && !ISO.test(v);
      default:
        return true;
    }
  });
}

function reasonFor(length: number, headerLength: number): string {
  const known = [...new Set([headerLength, TIMING_COLUMNS.length, WITHOUT_FLAGS.length])].join(
    ', ',
  );
  return `${length} fields fit none of the known row shapes (${known} fields with matching values)`;
}

export interface PhaseStats {
  runs: number;
  successRate: number;
  medianSeconds?: number;
  p95Seconds?: number;
  last?: TimingRow;
  /** Median over the previous successful runs: the baseline a new run is compared with. */
  baselineSeconds?: number;
  baselineRuns: number;
}

/** Runs of one env + phase, oldest first. */
export function runsOf(rows: readonly TimingRow[], env: string, phase: string): TimingRow[] {
  return rows
    .filter((r) => r.env === env && r.phase === phase)
    .sort((a, b) =>
      a.start_time_utc < b.start_time_utc ? -1 : a.start_time_utc > b.start_time_utc ? 1 : 0,
    );
}

/**
 * Statistics of a phase's runs, and the baseline for `current`: the median duration of the
 * successful runs that started before it (failed runs often stop early and would drag it down).
 */
export function phaseStats(runs: readonly TimingRow[], current?: TimingRow): PhaseStats {
  const durations = runs.map((r) => Number(r.duration_seconds)).filter((d) => Number.isFinite(d));
  const successes = runs.filter((r) => r.exit_code === '0').length;
  const previous = current
    ? runs
        .filter((r) => r.start_time_utc < current.start_time_utc && r.exit_code === '0')
        .map((r) => Number(r.duration_seconds))
        .filter((d) => Number.isFinite(d))
    : [];
  return {
    runs: runs.length,
    successRate: runs.length ? successes / runs.length : 0,
    medianSeconds: quantile(durations, 0.5),
    p95Seconds: percentileNearestRank(durations, 0.95),
    last: runs[runs.length - 1],
    baselineSeconds: quantile(previous, 0.5),
    baselineRuns: previous.length,
  };
}

export const REGRESSION_FACTOR = 1.5;

export function isRegression(durationSeconds: number, stats: PhaseStats): boolean {
  return (
    stats.baselineSeconds !== undefined &&
    stats.baselineSeconds > 0 &&
    durationSeconds > REGRESSION_FACTOR * stats.baselineSeconds
  );
}

/** The median (interpolated between the two middle values for an even count). */
export function quantile(values: readonly number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** p95 by nearest rank: a duration that actually occurred. */
export function percentileNearestRank(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

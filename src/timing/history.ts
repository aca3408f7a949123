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

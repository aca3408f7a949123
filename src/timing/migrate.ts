/**
 * migrate-csv: rewrite a build_timings.csv written under an older header to the 12-column
 * header, mapping columns by name (see history.ts for the row shapes understood). Rows that
 * fit no shape are returned separately, so the caller can keep them: nothing is dropped.
 */
import { stringify } from 'csv-stringify/sync';
import { InputError } from '../vocabulary/index.js';
import { readTimingHistory, type UnmappedRow } from './history.js';
import { TIMING_COLUMNS } from './row.js';

export interface Migration {
  content: string;
  rows: number;
  unmapped: UnmappedRow[];
  /** The unmapped rows as CSV (their original fields), for a side file. */
  unmappedContent: string;
}

export function migrateTimings(text: string, file: string): Migration {
  const history = readTimingHistory(text, file);
  if (history.header.join(',') === TIMING_COLUMNS.join(',') && history.unmapped.length === 0) {
    throw new InputError(`${file} already has the current 12-column header; nothing to migrate`);
  }
  if (!history.header.includes('start_time_utc')) {
    throw new InputError(
      `${file}: its first line (${history.header.join(',')}) is not a build_timings header`,
    );
  }
  const content = stringify([
    [...TIMING_COLUMNS],
    ...history.rows.map((row) => TIMING_COLUMNS.map((c) => row[c])),
  ]);
  const unmappedContent = history.unmapped.length
    ? stringify([
        ['line', 'reason', 'fields...'],
        ...history.unmapped.map((u) => [String(u.line), u.reason, ...u.fields]),
      ])
    : '';
  return { content, rows: history.rows.length, unmapped: history.unmapped, unmappedContent };
}

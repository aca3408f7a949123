/**
 * The pure heart of every append: given the files as they are at the branch head, decide
 * which records are new and what each file's content becomes. No I/O, so the same function
 * serves all backends, every retry (it always runs against a freshly read head), and tests.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { InputError } from '../vocabulary/index.js';
import { existingJsonObjects } from './existing-records.js';
import type { CsvAppend, FileAppend, FileOutcome, JsonlAppend } from './types.js';

export interface AppendPlan {
  /** path → full new content, only for files that gain records. */
  changes: Map<string, string>;
  files: FileOutcome[];
}

export function planAppend(
  current: ReadonlyMap<string, string | null>,
  appends: readonly FileAppend[],
  anchor?: string | string[],
): AppendPlan {
  const changes = new Map<string, string>();
  const files: FileOutcome[] = [];
  for (const append of appends) {
    const existing = current.get(append.path) ?? null;
    // The other shards that can hold these keys: what they hold is never added again.
    const elsewhere = (append.seenIn ?? [])
      .filter((p) => p !== append.path)
      .map((p) => ({ path: p, text: current.get(p) ?? null }));
    const { content, appended, duplicates } =
      append.format === 'csv'
        ? planCsv(existing, append, elsewhere)
        : planJsonl(existing, append, elsewhere);
    if (appended > 0) changes.set(append.path, content);
    files.push({ path: append.path, appended, duplicates });
  }
  const anchors = anchor === undefined ? [] : [anchor].flat();
  const anchored = files.filter((f) => anchors.includes(f.path));
  if (anchored.length > 0 && anchored.every((f) => f.appended === 0)) {
    // The request as a whole is already recorded: its other records count as duplicates too.
    return {
      changes: new Map(),
      files: files.map((f, i) => ({
        path: f.path,
        appended: 0,
        duplicates: appends[i]!.records.length,
      })),
    };
  }
  return { changes, files };
}

const keyOf = (values: readonly unknown[]): string => JSON.stringify(values);

type OtherFile = { path: string; text: string | null };

function planCsv(existing: string | null, append: CsvAppend, elsewhere: OtherFile[] = []) {
  const expected = append.columns;
  const seen = new Set<string>();
  for (const other of elsewhere) {
    if (other.text === null || other.text.trim() === '') continue;
    const [header = [], ...rows] = parseCsv(other.text, other.path);
    const keyIndexes = append.key.map((k) => header.findIndex((h) => h.trim() === k));
    // A shard with other columns cannot hold these keys in a comparable form: left to migrate-csv.
    if (keyIndexes.some((i) => i < 0)) continue;
    for (const row of rows) seen.add(keyOf(keyIndexes.map((i) => row[i] ?? '')));
  }
  let content: string;
  if (existing === null || existing.trim() === '') {
    content = stringify([expected]);
  } else {
    const rows = parseCsv(existing, append.path);
    const header = rows[0] ?? [];
    if (!sameColumns(header, expected)) throw headerMismatch(append.path, header, expected);
    const keyIndexes = append.key.map((k) => expected.indexOf(k));
    for (const row of rows.slice(1)) seen.add(keyOf(keyIndexes.map((i) => row[i] ?? '')));
    content = withFinalNewline(existing);
  }
  const eol = lineEndingOf(existing);
  const fresh: string[][] = [];
  let duplicates = 0;
  for (const record of append.records) {
    const key = keyOf(append.key.map((k) => record[k] ?? ''));
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    fresh.push(expected.map((column) => record[column] ?? ''));
  }
  if (fresh.length > 0)
    content += stringify(fresh, { record_delimiter: eol === '\r\n' ? 'windows' : 'unix' });
  return { content, appended: fresh.length, duplicates };
}

function parseCsv(text: string, path: string): string[][] {
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    const e = error as Error & { lines?: number };
    const where = e.lines ? ` line ${e.lines}` : '';
    throw new InputError(`${path}${where}: not valid CSV (${e.message}). Nothing was written.`);
  }
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v.trim() === b[i]);
}

function headerMismatch(path: string, found: readonly string[], expected: readonly string[]) {
  return new InputError(
    `${path}: its header has ${found.length} columns (${found.join(',')}), ` +
      `not the ${expected.length} this file needs (${expected.join(',')}). Nothing was written. ` +
      `Convert the file with: ci-ledger migrate-csv ${path}`,
  );
}

function planJsonl(existing: string | null, append: JsonlAppend, elsewhere: OtherFile[] = []) {
  const seen = new Set<string>();
  for (const other of elsewhere) {
    if (!other.text) continue;
    for (const record of existingJsonObjects(other.text))
      seen.add(keyOf(append.key.map((k) => record[k])));
  }
  let content = '';
  if (existing !== null && existing !== '') {
    // Every layout the readers accept (pretty-printed, a BOM): what they count is never added twice.
    for (const record of existingJsonObjects(existing))
      seen.add(keyOf(append.key.map((k) => record[k])));
    content = withFinalNewline(existing);
  }
  let appended = 0;
  let duplicates = 0;
  for (const record of append.records) {
    const key = keyOf(append.key.map((k) => record[k]));
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    content += JSON.stringify(record) + lineEndingOf(existing);
    appended++;
  }
  return { content, appended, duplicates };
}

/**
 * A file's own line ending, kept by what is appended (a CRLF file must not get LF rows): the
 * ending of its first line. A new file gets LF.
 */
function lineEndingOf(text: string | null): '\n' | '\r\n' {
  const end = text?.indexOf('\n') ?? -1;
  return end > 0 && text!.charCodeAt(end - 1) === 13 ? '\r\n' : '\n';
}

/** Appends start on a line of their own: a last line cut short (no line end) gets one first, so
 * the record after it is not glued to it (the readers resync at the next line). */
function withFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : text + lineEndingOf(text);
}

/**
 * The shape an append request must have. Requests built in code always have it; spooled ones
 * come back from files that anybody could have edited, so every one is checked before use.
 */
import {
  InputError,
  assertSafeBranch,
  assertSafeRelativePath,
  isFiniteNumber,
  nonFiniteNumberAt,
} from '../vocabulary/index.js';
import type { AppendRequest } from './types.js';

const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');

/** What is wrong with a request, or undefined. */
function requestProblem(request: unknown): string | undefined {
  if (!request || typeof request !== 'object') return 'the request is not an object';
  const r = request as Partial<AppendRequest>;
  if (typeof r.message !== 'string') return '/message must be a string';
  if (r.branch !== undefined && typeof r.branch !== 'string') return '/branch must be a string';
  if (!Array.isArray(r.files) || r.files.length === 0) return '/files must be a non-empty array';
  for (const [i, f] of r.files.entries()) {
    const at = `/files/${i}`;
    if (!f || typeof f !== 'object') return `${at} must be an object`;
    if (f.format !== 'csv' && f.format !== 'jsonl') return `${at}/format must be "csv" or "jsonl"`;
    if (typeof f.path !== 'string') return `${at}/path must be a string`;
    if (!isStrings(f.key) || f.key.length === 0)
      return `${at}/key must be a non-empty array of field names`;
    if (!Array.isArray(f.records)) return `${at}/records must be an array`;
    if (f.records.some((x: unknown) => !x || typeof x !== 'object' || Array.isArray(x))) {
      return `${at}/records must hold objects`;
    }
    if (f.format === 'csv') {
      if (!isStrings(f.columns) || f.columns.length === 0)
        return `${at}/columns must be a non-empty array`;
      const missing = f.key.filter((k) => !f.columns.includes(k));
      if (missing.length > 0) return `${at}/key: ${missing.join(', ')} not in the columns`;
    }
    for (const [j, record] of (f.records as Array<Record<string, unknown>>).entries()) {
      const problem = recordProblem(record, f.key, f.format === 'csv' ? f.columns : undefined);
      if (problem) return `${at}/records/${j}${problem}`;
    }
  }
  for (const anchor of r.anchor === undefined ? [] : [r.anchor].flat()) {
    if (typeof anchor !== 'string' || !r.files.some((f) => f.path === anchor))
      return `/anchor ${String(anchor)} is not one of the files`;
  }
  for (const [i, f] of r.files.entries()) {
    if (f.seenIn !== undefined && !isStrings(f.seenIn))
      return `/files/${i}/seenIn must be an array of paths`;
  }
  return undefined;
}

/**
 * A record must carry its key (an empty key is how a row of empty fields, or a batch line with
 * no batch id, would get written), a CSV record only its file's columns, as text or numbers, and
 * no number JSON could not hold (1e400 reads as Infinity and would be written as null).
 */
function recordProblem(
  record: Record<string, unknown>,
  key: string[],
  columns: string[] | undefined,
): string | undefined {
  for (const k of key) {
    const v = record[k];
    if (!((typeof v === 'string' && v.trim() !== '') || isFiniteNumber(v)))
      return `/${k} is ${v === undefined ? 'missing' : `empty or not a value (${JSON.stringify(v)})`}: every record needs its key (${key.join(', ')})`;
  }
  if (columns) {
    for (const [name, v] of Object.entries(record)) {
      if (!columns.includes(name)) return `/${name} is not one of the file's columns`;
      if (typeof v !== 'string' && !isFiniteNumber(v))
        return `/${name} must be text or a number in a CSV record`;
    }
  }
  const infinite = nonFiniteNumberAt(record);
  return infinite && `${infinite} is a number too large to hold`;
}

/** Throws one InputError (prefixed with `where`, e.g. a spool file) when the request is malformed or unsafe. */
export function assertValidRequest(
  request: unknown,
  where = 'append request',
): asserts request is AppendRequest {
  const problem = requestProblem(request);
  if (problem) throw new InputError(`${where}: ${problem}`);
  const r = request as AppendRequest;
  if (r.branch !== undefined) assertSafeBranch(r.branch);
  const seen = new Set<string>();
  for (const file of r.files) {
    assertSafeRelativePath(file.path);
    if (seen.has(file.path))
      throw new InputError(`${where}: ${file.path} appears twice in one append`);
    seen.add(file.path);
    for (const other of file.seenIn ?? []) assertSafeRelativePath(other);
  }
}

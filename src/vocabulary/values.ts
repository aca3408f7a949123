/**
 * One strict reading of numbers and times, for every reader of user input, artifacts and CLI
 * flags. JavaScript's own readers are generous in ways that write wrong records: `Number('0x10')`
 * is 16, `Number('1e2')` is 100, `JSON.parse('1e400')` is Infinity (which JSON.stringify then
 * writes as null), `new Date('2026-02-30')` is March 2nd, and an offset can carry a time past
 * year 9999 or before year 0 (which toISOString writes as `+010000-…` / `-000001-…`).
 */
import { InputError } from './errors.js';

/** A whole number written in plain decimal digits (no sign, exponent, hex or spaces). */
export function parseWholeNumber(
  what: string,
  value: string,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const n = /^\d{1,16}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n > max) {
    throw new InputError(
      `${what} ${JSON.stringify(value)} is not a whole number written in decimal digits${
        max < Number.MAX_SAFE_INTEGER ? ` from 0 to ${max}` : ''
      }`,
    );
  }
  return n;
}

/** An exit status: decimal digits, 0–255. */
export function parseExitStatus(what: string, value: string): number {
  if (/^\d{1,3}$/.test(value) && Number(value) <= 255) return Number(value);
  throw new InputError(`${what} ${JSON.stringify(value)} is not an exit status (an integer 0–255)`);
}

/** A finite number: what JSON can hold and write back (Infinity and NaN are not). */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A count in a record: a finite, non-negative number. */
export function isCount(value: unknown): value is number {
  return isFiniteNumber(value) && value >= 0;
}

/** The JSON pointer of the first number in a parsed value that is not finite (1e400 parses to
 * Infinity). Iterative: an artifact nested 200,000 levels deep must get its schema error, not a
 * stack overflow. */
export function nonFiniteNumberAt(value: unknown): string | undefined {
  const stack: Array<[unknown, string]> = [[value, '']];
  while (stack.length > 0) {
    const [item, pointer] = stack.pop()!;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return pointer || '/';
    } else if (item && typeof item === 'object') {
      // Pushed last first, so the first key is looked at first.
      const entries = Object.entries(item);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        stack.push([child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
      }
    }
  }
  return undefined;
}

const TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|([+-])(\d{2}):?(\d{2}))$/i;

function readUtcTime(value: string): { at: Date } | { problem: string } {
  const m = TIME.exec(value);
  if (!m) return { problem: 'not an ISO 8601 time with a zone, e.g. 2026-01-24T08:00:00Z' };
  const [year, month, day, hour, minute] = m.slice(1, 6).map(Number) as number[] as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = Number(m[6] ?? 0);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12) return { problem: `month ${m[2]} does not exist` };
  const lastDay = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day < 1 || day > lastDay) return { problem: `${m[1]}-${m[2]} has no day ${m[3]}` };
  if (hour > 23 || minute > 59 || second > 59)
    return { problem: `${m[4]}:${m[5]}:${m[6] ?? '00'} is not a time of day` };
  const zulu = m[8]!.toUpperCase() === 'Z';
  if (!zulu && (Number(m[10]) > 23 || Number(m[11]) > 59))
    return { problem: `${m[8]} is not a UTC offset` };
  const fraction = (m[7] ?? '').slice(0, 4); // milliseconds: what a Date holds
  const at = new Date(
    `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${fraction}${zulu ? 'Z' : `${m[9]}${m[10]}:${m[11]}`}`,
  );
  const utcYear = at.getUTCFullYear();
  if (Number.isNaN(at.getTime()) || utcYear < 0 || utcYear > 9999)
    return { problem: 'in UTC it falls outside the years 0000–9999' };
  return { at };
}

/**
 * Why a text is not an ISO 8601 time with a zone on the calendar, or undefined when it is.
 * Every field is checked against the calendar (February 30th is refused, not moved to March),
 * and the instant, in UTC, must fall in years 0000–9999 (what the records' format can write).
 */
export function utcTimeProblem(value: string): string | undefined {
  const read = readUtcTime(value);
  return 'problem' in read ? read.problem : undefined;
}

/** A time given by a user or an artifact: strict (see utcTimeProblem); anything else is an error. */
export function parseUtcTime(what: string, value: string): Date {
  const read = readUtcTime(value.trim());
  if ('problem' in read)
    throw new InputError(`${what} ${JSON.stringify(value)} is ${problemText(read.problem)}`);
  return read.at;
}

const problemText = (problem: string) =>
  problem.startsWith('not ') ? problem : `not a valid time: ${problem}`;

/** For messages about a time found in a file: "not a valid time: …". */
export function utcTimeProblemText(value: string): string | undefined {
  const problem = utcTimeProblem(value);
  return problem && problemText(problem);
}

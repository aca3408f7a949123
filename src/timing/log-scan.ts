/**
 * What a build log tells us: its first and last UTC timestamps, and Terraform/OpenTofu's
 * resource summaries, summed over the log. The scanner is pure and incremental (feed it
 * chunks, in order) so a log of any size is read in constant memory; `scanLogFile` is the
 * I/O edge that streams a file through it. The log never decides the exit code.
 *
 * It works on bytes, never decoding a chunk: every marker and timestamp is ASCII, so native
 * `Buffer#indexOf` (memchr where the needle starts with a rare byte) finds the few candidate
 * lines, and only those are decoded (latin1, which never fails on a log that is not UTF-8).
 */
import { open } from 'node:fs/promises';

export interface Resources {
  added: number;
  changed: number;
  destroyed: number;
}

export interface LogFacts {
  firstTimestamp?: string;
  lastTimestamp?: string;
  /** undefined when the log holds no apply/destroy summary and no "No changes." */
  resources?: Resources;
  /** How many summaries were summed (text lines and -json change_summary records). */
  summaries: number;
}

// eslint-disable-next-line no-control-regex -- ANSI escape sequences start with ESC
export const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\-_]/g;
const APPLY =
  /Apply complete! Resources: (?:(\d+) imported, )?(\d+) added, (\d+) changed, (\d+) destroyed\./;
const DESTROY = /Destroy complete! Resources: (\d+) destroyed\./;

/**
 * A line holding one of these is a candidate summary. The native search skips the marker's first
 * `skip` bytes (compared here) to start on a rare byte, '!' rather than 'c': memchr speed. A -json
 * record holds "change_summary" in quotes, and '"' is rarer than 'c' in text output (5× faster).
 */
interface Marker {
  head: Buffer;
  tail: Buffer;
}
const marker = (text: string, skip: number): Marker => ({
  head: Buffer.from(text.slice(0, skip), 'latin1'),
  tail: Buffer.from(text.slice(skip), 'latin1'),
});
const MARKERS = [
  marker('complete! Resources:', 8),
  marker('"change_summary"', 0),
  marker('No changes.', 0),
];

const NL = 0x0a;
const T = 0x54;
/** Lines up to this long are assembled whole (summaries are a few hundred bytes at most). */
const MAX_LINE = 64 * 1024;
// A longer line (a base64 blob, minified JSON) is never held whole: it is read in windows of
// this many bytes before and after each marker, and its timestamps are searched piece by piece.
const BEFORE = 256;
const AFTER = 1024;

/** The summaries found so far in a line too long to hold (at most one counts, as for a short line). */
interface LongLine {
  /** Starts with '{': -json output this long is no change_summary record, so nothing counts. */
  json: boolean;
  /** The line offset of the held buffer's first byte. */
  base: number;
  /** Held bytes before this offset have been searched. */
  searched: number;
  apply?: Resources;
  destroyed?: number;
  noChanges: boolean;
}

export class LogScanner {
  /** The unfinished last line (or, for a long line, its unsearched tail and some context). */
  private line = Buffer.allocUnsafe(MAX_LINE);
  private lineLength = 0;
  private long: LongLine | undefined;
  private facts: LogFacts = { summaries: 0 };
  private sawNoChanges = false;
  private sum: Resources = { added: 0, changed: 0, destroyed: 0 };

  /** Feed the next piece of the log (any split, even mid-line). A string is taken as latin1. */
  push(chunk: Buffer | string): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    let from = 0;
    if (this.lineLength > 0 || this.long) {
      const newline = bytes.indexOf(NL);
      if (newline === -1) return this.extendLine(bytes);
      this.extendLine(bytes.subarray(0, newline));
      this.endLine();
      from = newline + 1;
    }
    const last = bytes.lastIndexOf(NL);
    // Whole lines are scanned where they lie; only the unfinished one is copied.
    if (last > from) this.scanLines(bytes.subarray(from, last));
    this.extendLine(bytes.subarray(Math.max(from, last + 1)));
  }

  finish(): LogFacts {
    this.endLine();
    const found = this.facts.summaries > 0 || this.sawNoChanges;
    return { ...this.facts, resources: found ? { ...this.sum } : undefined };
  }

  private extendLine(part: Buffer): void {
    for (let at = 0; at < part.length;) {
      if (this.lineLength === this.line.length) this.overflow();
      const copied = part.copy(this.line, this.lineLength, at);
      this.lineLength += copied;
      at += copied;
    }
  }

  /** The held line is full: it is a long line. Search what has a whole window, keep the rest. */
  private overflow(): void {
    const long = (this.long ??= longLine(this.line));
    const held = this.line.subarray(0, this.lineLength);
    const until = held.length - AFTER;
    this.timestamps(held, long.searched, until);
    this.scanLongLine(held, long, until);
    const keep = until - BEFORE;
    this.line.copy(this.line, 0, keep, held.length);
    this.lineLength -= keep;
    long.base += keep;
    long.searched = until - keep;
  }

  private endLine(): void {
    const held = this.line.subarray(0, this.lineLength);
    this.lineLength = 0;
    const long = this.long;
    if (!long) {
      if (held.length > 0) this.scanLines(held);
      return;
    }
    this.long = undefined;
    this.timestamps(held, long.searched, held.length);
    this.scanLongLine(held, long, held.length);
    this.endLongLine(long);
  }

  /** A block of whole lines. */
  private scanLines(block: Buffer): void {
    this.timestamps(block, 0, block.length);
    // One line can hold several markers (a -json record quotes the text summary): scan it once.
    const nextHit = markerHits(block);
    for (let hit = nextHit(0); hit !== -1;) {
      const start = block.lastIndexOf(NL, hit) + 1;
      let end = block.indexOf(NL, hit);
      if (end === -1) end = block.length;
      if (end - start <= MAX_LINE) {
        this.scanSummaryLine(block.toString('latin1', start, end));
      } else {
        const line = block.subarray(start, end);
        const long = longLine(line.subarray(0, MAX_LINE));
        this.scanLongLine(line, long, line.length);
        this.endLongLine(long);
      }
      hit = nextHit(end + 1);
    }
  }

  /** Timestamps whose 'T' lies in bytes [from, until) of `bytes`, which follow in log order. */
  private timestamps(bytes: Buffer, from: number, until: number): void {
    let lowest = from;
    if (this.facts.firstTimestamp === undefined) {
      let t = bytes.indexOf(T, from);
      while (t !== -1 && t < until && !isTimestamp(bytes, t)) t = bytes.indexOf(T, t + 1);
      if (t === -1 || t >= until) return;
      this.facts.firstTimestamp = stamp(bytes, t);
      lowest = t;
    }
    // The last one: from the end, so usually only the last line is looked at.
    for (let t = until - 1; t >= lowest; t--) {
      t = bytes.lastIndexOf(T, t);
      if (t < lowest) return;
      if (isTimestamp(bytes, t)) {
        this.facts.lastTimestamp = stamp(bytes, t);
        return;
      }
    }
  }

  /** The markers at [long.searched, until) of a long line's held bytes, each in its window. */
  private scanLongLine(held: Buffer, long: LongLine, until: number): void {
    if (long.json || long.apply) return; // nothing counts, or the first apply summary already does
    const nextHit = markerHits(held);
    for (let hit = nextHit(long.searched); hit !== -1 && hit < until; hit = nextHit(hit + 1)) {
      const from = Math.max(0, hit - BEFORE);
      const window = held.toString('latin1', from, Math.min(held.length, hit + AFTER));
      const text = window.replace(ANSI, '');
      const apply = APPLY.exec(text);
      if (apply) {
        long.apply = resources(apply); // the first apply summary: nothing else in the line counts
        return;
      }
      const destroy = DESTROY.exec(text);
      if (destroy && long.destroyed === undefined) long.destroyed = Number(destroy[1]);
      if ((long.base + from === 0 ? /(^|\s)No changes\./ : /\sNo changes\./).test(text))
        long.noChanges = true;
    }
  }

  private endLongLine(long: LongLine): void {
    if (long.apply) this.add(long.apply.added, long.apply.changed, long.apply.destroyed);
    else if (long.destroyed !== undefined) this.add(0, 0, long.destroyed);
    else if (long.noChanges) this.sawNoChanges = true;
  }

  private scanSummaryLine(raw: string): void {
    const line = raw.replace(ANSI, '').replace(/\r$/, '').trim();
    if (line.startsWith('{')) return this.scanJsonLine(line);
    const apply = APPLY.exec(line);
    if (apply) {
      const r = resources(apply);
      return this.add(r.added, r.changed, r.destroyed);
    }
    const destroy = DESTROY.exec(line);
    if (destroy) return this.add(0, 0, Number(destroy[1]));
    if (/(^|\s)No changes\./.test(line)) this.sawNoChanges = true;
  }

  /** `terraform apply -json`: {"type":"change_summary","changes":{"add":1,"change":0,"remove":0,"operation":"apply"}} */
  private scanJsonLine(line: string): void {
    let record: { type?: unknown; changes?: Record<string, unknown>; '@message'?: unknown };
    try {
      record = JSON.parse(line) as typeof record;
    } catch {
      return;
    }
    if (record.type !== 'change_summary' || !record.changes) {
      // A plain "No changes." message in JSON form (e.g. a plan's @message).
      if (typeof record['@message'] === 'string' && /^No changes\./.test(record['@message']))
        this.sawNoChanges = true;
      return;
    }
    const { add, change, remove, operation } = record.changes;
    if (operation !== 'apply' && operation !== 'destroy') return; // a plan's summary is not a change
    this.add(count(add), count(change), count(remove));
  }

  private add(added: number, changed: number, destroyed: number): void {
    this.sum.added += added;
    this.sum.changed += changed;
    this.sum.destroyed += destroyed;
    this.facts.summaries++;
  }
}

const count = (v: unknown): number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;

const resources = (apply: RegExpExecArray): Resources => ({
  added: Number(apply[2]),
  changed: Number(apply[3]),
  destroyed: Number(apply[4]),
});

/** A long line's state, from its first MAX_LINE bytes. */
function longLine(head: Buffer): LongLine {
  const json = head.toString('latin1').replace(ANSI, '').trimStart().startsWith('{');
  return { json, base: 0, searched: 0, noChanges: false };
}

/** The start of the next marker at or after `from` (calls in increasing `from`), or -1. */
function markerHits(bytes: Buffer): (from: number) => number {
  const next = MARKERS.map(() => -2); // -2: not searched yet
  return (from) => {
    let hit = -1;
    MARKERS.forEach((m, i) => {
      let at = next[i] ?? -1;
      if (at === -2 || (at !== -1 && at < from)) at = next[i] = find(bytes, m, from);
      if (at !== -1 && (hit === -1 || at < hit)) hit = at;
    });
    return hit;
  };
}

/** Where the next `m` starts at or after `from`, or -1. */
function find(bytes: Buffer, m: Marker, from: number): number {
  const skip = m.head.length;
  for (let at = bytes.indexOf(m.tail, from + skip); at !== -1; at = bytes.indexOf(m.tail, at + 1)) {
    let i = 0;
    while (i < skip && bytes[at - skip + i] === m.head[i]) i++;
    if (i === skip) return at - skip;
  }
  return -1;
}

/** Where a timestamp has digits, relative to its 'T'. */
const DIGITS = [-10, -9, -8, -7, -5, -4, -2, -1, 1, 2, 4, 5, 7, 8];
const isDigit = (b: number | undefined): boolean => b !== undefined && b >= 0x30 && b <= 0x39;

/**
 * Whether a timestamp has its 'T' at `t`: what /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[.,]\d+)?
 * (?:Z|[+-]00:?00)/ matches (2026-01-24T08:00:00Z, a fraction, or an explicit +00:00 offset).
 */
function isTimestamp(b: Buffer, t: number): boolean {
  if (t < 10) return false;
  for (const i of DIGITS) if (!isDigit(b[t + i])) return false;
  if (b[t - 6] !== 0x2d || b[t - 3] !== 0x2d || b[t + 3] !== 0x3a || b[t + 6] !== 0x3a)
    return false;
  let end = t + 9;
  if ((b[end] === 0x2e || b[end] === 0x2c) && isDigit(b[end + 1])) {
    end += 2;
    while (isDigit(b[end])) end++;
  }
  if (b[end] === 0x5a) return true; // Z
  if ((b[end] !== 0x2b && b[end] !== 0x2d) || b[end + 1] !== 0x30 || b[end + 2] !== 0x30)
    return false;
  const rest = b[end + 3] === 0x3a ? end + 4 : end + 3; // +00:00 or +0000
  return b[rest] === 0x30 && b[rest + 1] === 0x30;
}

/** To the CSV's form: seconds precision, Z. */
function stamp(b: Buffer, t: number): string {
  return `${b.toString('latin1', t - 10, t + 9)}Z`;
}

const CHUNK = 1 << 20;

/** Streams a log file through the scanner: two reused buffers, the next read under way while
 * the last is scanned. */
export async function scanLogFile(path: string): Promise<LogFacts> {
  const scanner = new LogScanner();
  const handle = await open(path, 'r');
  let [current, spare] = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
  let reading = handle.read(current, 0, CHUNK, null);
  try {
    for (;;) {
      const { bytesRead } = await reading;
      if (bytesRead === 0) break;
      reading = handle.read(spare, 0, CHUNK, null);
      scanner.push(current.subarray(0, bytesRead));
      [current, spare] = [spare, current];
    }
  } finally {
    await reading.catch(() => undefined);
    await handle.close();
  }
  return scanner.finish();
}

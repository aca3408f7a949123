/**
 * What a build log tells us: its first and last UTC timestamps, and Terraform/OpenTofu's
 * resource summaries, summed over the log. The scanner is pure and incremental (feed it
 * chunks, in order) so a log of any size is read in constant memory; `scanLogFile` is the
 * I/O edge that streams a file through it. The log never decides the exit code.
 */
import { createReadStream } from 'node:fs';

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

// 2026-01-24T08:00:00Z, with optional fraction, or an explicit +00:00 offset.
const TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]00:?00)/;
// eslint-disable-next-line no-control-regex -- ANSI escape sequences start with ESC
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\-_]/g;
const APPLY =
  /Apply complete! Resources: (?:(\d+) imported, )?(\d+) added, (\d+) changed, (\d+) destroyed\./;
const DESTROY = /Destroy complete! Resources: (\d+) destroyed\./;
const MARKERS = ['complete! Resources:', 'change_summary', 'No changes.'];

export class LogScanner {
  private carry = '';
  private facts: LogFacts = { summaries: 0 };
  private sawNoChanges = false;
  private sum: Resources = { added: 0, changed: 0, destroyed: 0 };

  /** Feed the next piece of the log (any split, even mid-line). */
  push(chunk: string): void {
    const text = this.carry + chunk;
    const lastNewline = text.lastIndexOf('\n');
    if (lastNewline === -1) {
      this.carry = text;
      return;
    }
    this.carry = text.slice(lastNewline + 1);
    this.scanBlock(text.slice(0, lastNewline));
  }

  finish(): LogFacts {
    if (this.carry) this.scanBlock(this.carry);
    this.carry = '';
    const found = this.facts.summaries > 0 || this.sawNoChanges;
    return { ...this.facts, resources: found ? { ...this.sum } : undefined };
  }

  /** A block of whole lines. Cheap substring checks first; regexes only on candidate lines. */
  private scanBlock(block: string): void {
    if (this.facts.firstTimestamp === undefined) {
      const first = TIMESTAMP.exec(block);
      if (first) this.facts.firstTimestamp = normalize(first[0]);
    }
    const last = lastTimestampIn(block);
    if (last) this.facts.lastTimestamp = normalize(last);
    // One line can hold several markers (a -json record quotes the text summary): scan it once.
    const lineStarts = new Set<number>();
    for (const marker of MARKERS) {
      for (
        let at = block.indexOf(marker);
        at !== -1;
        at = block.indexOf(marker, lineEnd(block, at))
      ) {
        lineStarts.add(block.lastIndexOf('\n', at) + 1);
      }
    }
    for (const start of [...lineStarts].sort((a, b) => a - b))
      this.scanSummaryLine(lineAt(block, start));
  }

  private scanSummaryLine(raw: string): void {
    const line = raw.replace(ANSI, '').replace(/\r$/, '').trim();
    if (line.startsWith('{')) return this.scanJsonLine(line);
    const apply = APPLY.exec(line);
    if (apply) return this.add(Number(apply[2]), Number(apply[3]), Number(apply[4]));
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

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end + 1;
}

function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end);
}

/** The last timestamp in a block: walk lines from the end, so usually only the last is tested. */
function lastTimestampIn(block: string): string | undefined {
  let end = block.length;
  while (end > 0) {
    const start = block.lastIndexOf('\n', end - 1) + 1;
    const line = block.slice(start, end);
    if (line.includes('T')) {
      const all = line.match(new RegExp(TIMESTAMP.source, 'g'));
      if (all) return all[all.length - 1];
    }
    end = start - 1;
  }
  return undefined;
}

/** To the CSV's form: seconds precision, Z. */
export function normalize(timestamp: string): string {
  return `${timestamp.slice(0, 19)}Z`;
}

/** Streams a log file through the scanner. Bytes are read as latin1: every marker and
 * timestamp is ASCII, and latin1 never fails on a log that is not valid UTF-8. */
export async function scanLogFile(path: string): Promise<LogFacts> {
  const scanner = new LogScanner();
  const stream = createReadStream(path, { encoding: 'latin1', highWaterMark: 1 << 20 });
  for await (const chunk of stream) scanner.push(chunk as string);
  return scanner.finish();
}

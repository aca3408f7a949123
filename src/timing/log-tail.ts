/**
 * The last lines of a log, for a failed run's summary: where it failed is nearly always at the
 * end. Bounded both ways (a number of lines and a number of bytes read from the end), so a
 * 1 GiB log or one enormous line costs the same few kilobytes.
 */
import { open } from 'node:fs/promises';
import { ANSI } from './log-scan.js';

export const LOG_TAIL_LINES = 30;
export const LOG_TAIL_BYTES = 8 * 1024;

export interface LogTail {
  /** The last lines, oldest first, without colour codes or line ends. */
  lines: string[];
  /** True when the log has more before these lines (or the first line shown is cut). */
  truncated: boolean;
}

export async function readLogTail(
  file: string,
  maxLines = LOG_TAIL_LINES,
  maxBytes = LOG_TAIL_BYTES,
): Promise<LogTail> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const from = Math.max(0, size - maxBytes);
    const buffer = Buffer.alloc(size - from);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
    return tailOf(buffer.subarray(0, bytesRead), from > 0, maxLines);
  } finally {
    await handle.close();
  }
}

/** The lines of the end of a log; `cut` when the bytes start inside the log, not at its start. */
export function tailOf(bytes: Uint8Array, cut: boolean, maxLines: number): LogTail {
  // Not fatal: a log is not always UTF-8, and a cut can split a character.
  const text = new TextDecoder('utf-8').decode(bytes);
  let lines = text.split('\n').map(asShown);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let truncated = cut;
  // The first line of a cut read is a fragment; keep it only when it is all there is.
  if (cut && lines.length > 1) lines = lines.slice(1);
  else if (cut && lines.length === 1) lines = [`…${lines[0]}`];
  if (lines.length > maxLines) {
    lines = lines.slice(-maxLines);
    truncated = true;
  }
  return { lines, truncated };
}

/** A line as a terminal shows it: no colour codes; a carriage return (progress output) overwrites. */
function asShown(line: string): string {
  const plain = line.replace(ANSI, '').replace(/\r$/, '');
  const overwritten = plain.lastIndexOf('\r');
  return overwritten === -1 ? plain : plain.slice(overwritten + 1);
}

/**
 * Reads a file's lines newest first, one block at a time from its end: a report over the
 * latest batches reads only the tail of an append-only history, however long it grew.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const NEWLINE = 0x0a;

/**
 * Yields each non-blank line (without its line ending), the last line of the file first. Blocks
 * start small and double up to `maxBlock`: a reader that stops early reads little.
 */
export function* linesFromEnd(
  file: string,
  maxBlock = 1 << 20,
  firstBlock = Math.min(maxBlock, 64 << 10),
): Generator<string> {
  // Synchronous reads: the few blocks a report needs cost less than a trip through the event loop each.
  const fd = openSync(file, 'r');
  try {
    let position = fstatSync(fd).size;
    // The start of a line whose beginning lies in an earlier block.
    let carry = Buffer.alloc(0);
    for (let blockSize = firstBlock; position > 0; blockSize = Math.min(maxBlock, blockSize * 2)) {
      const length = Math.min(blockSize, position);
      position -= length;
      const block = Buffer.allocUnsafe(length);
      for (let read = 0; read < length;) {
        const bytesRead = readSync(fd, block, read, length - read, position + read);
        if (bytesRead === 0) throw new Error(`${file} shrank while it was read`);
        read += bytesRead;
      }
      const bytes = carry.length ? Buffer.concat([block, carry]) : block;
      let end = bytes.length;
      // Every line after the block's first newline is whole (a newline byte never occurs inside
      // a UTF-8 sequence, so decoding line by line is safe).
      for (let nl = end > 0 ? bytes.lastIndexOf(NEWLINE, end - 1) : -1; nl !== -1;) {
        const line = lineText(bytes, nl + 1, end);
        if (line) yield line;
        end = nl;
        nl = end > 0 ? bytes.lastIndexOf(NEWLINE, end - 1) : -1;
      }
      carry = bytes.subarray(0, end);
    }
    const first = lineText(carry, 0, carry.length);
    if (first) yield first;
  } finally {
    closeSync(fd);
  }
}

function lineText(bytes: Buffer, start: number, end: number): string {
  return bytes.toString('utf8', start, end).trim();
}

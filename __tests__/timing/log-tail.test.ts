/** The end of a failed run's log: bounded in lines and bytes, as a terminal would show it. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLogTail } from '../../src/timing/log-tail.js';

const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-tail-'));
async function log(name: string, content: string | Buffer): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, content);
  return file;
}

describe('readLogTail', () => {
  test('a short log is shown whole', async () => {
    const file = await log('short.log', 'one\ntwo\nthree\n');
    expect(await readLogTail(file)).toEqual({ lines: ['one', 'two', 'three'], truncated: false });
  });

  test('the last 30 lines of a long log', async () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`);
    const tail = await readLogTail(await log('long.log', lines.join('\n') + '\n'));
    expect(tail).toEqual({ lines: lines.slice(70), truncated: true });
  });

  test('at most 8 KiB from the end: the cut first line is dropped', async () => {
    // 20 lines of 1000 bytes (999 + newline): 8192 bytes from the end start inside line 12
    // (20000 − 8192 = 11808 = 11 full lines + 808 bytes), so lines 13–20 are whole: 8 lines.
    const lines = Array.from({ length: 20 }, (_, i) => String(i + 1).padEnd(999, '.'));
    const tail = await readLogTail(await log('wide.log', lines.join('\n') + '\n'));
    expect(tail.lines).toEqual(lines.slice(12));
    expect(tail.truncated).toBe(true);
  });

  test('one line longer than the bound: its end, marked as cut', async () => {
    const tail = await readLogTail(await log('blob.log', 'x'.repeat(20_000) + 'END\n'));
    expect(tail.lines).toHaveLength(1);
    expect(tail.lines[0]).toBe(`…${'x'.repeat(8192 - 4)}END`);
    expect(tail.truncated).toBe(true);
  });

  test('colour codes removed, CRLF and progress overwrites as a terminal shows them', async () => {
    const file = await log(
      'color.log',
      '\x1b[31mError:\x1b[0m boom\r\nprogress 10%\rprogress 50%\rprogress 100%\n\x1b[1m\x1b[32mdone\x1b[0m\n',
    );
    expect((await readLogTail(file)).lines).toEqual(['Error: boom', 'progress 100%', 'done']);
  });

  test('an empty log, and bytes that are not UTF-8', async () => {
    expect(await readLogTail(await log('empty.log', ''))).toEqual({ lines: [], truncated: false });
    const latin1 = await readLogTail(
      await log('latin1.log', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])),
    );
    expect(latin1.lines).toEqual(['caf\ufffd']);
  });
});

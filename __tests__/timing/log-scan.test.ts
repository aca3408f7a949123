import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogScanner, scanLogFile, type LogFacts } from '../../src/timing/log-scan.js';

const fixture = (name: string) => new URL(`../fixtures/logs/${name}`, import.meta.url).pathname;

describe('scanLogFile on real-shaped Terraform/OpenTofu logs', () => {
  test('coloured text: ANSI codes ignored, every apply summary summed, first/last timestamps', async () => {
    const facts = await scanLogFile(fixture('terraform-apply-color.log'));
    expect(facts).toMatchObject({
      firstTimestamp: '2026-01-24T08:00:00Z',
      lastTimestamp: '2026-01-24T08:16:40Z',
      resources: { added: 5, changed: 1, destroyed: 1 },
      summaries: 2,
    });
  });

  test('CRLF line ends and Started:/Finished: stamps', async () => {
    expect(await scanLogFile(fixture('tofu-apply-crlf.log'))).toMatchObject({
      firstTimestamp: '2026-01-26T18:05:58Z',
      lastTimestamp: '2026-01-26T18:13:23Z',
      resources: { added: 0, changed: 2, destroyed: 0 },
    });
  });

  test('-json output: only apply/destroy change_summary records count, never the plan or the quoted text', async () => {
    expect(await scanLogFile(fixture('terraform-apply-json.log'))).toMatchObject({
      firstTimestamp: '2026-01-27T09:07:58Z',
      lastTimestamp: '2026-01-27T09:24:56Z',
      resources: { added: 2, changed: 0, destroyed: 1 },
      summaries: 1,
    });
  });

  test('"N imported," and a destroy summary', async () => {
    expect((await scanLogFile(fixture('tofu-destroy-import.log'))).resources).toEqual({
      added: 1,
      changed: 0,
      destroyed: 12,
    });
  });

  test('"No changes." counts as zeros', async () => {
    expect((await scanLogFile(fixture('no-changes.log'))).resources).toEqual({
      added: 0,
      changed: 0,
      destroyed: 0,
    });
  });

  test('a log of several reads: a summary and a timestamp across the 1 MiB read boundaries', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-scan-'));
    try {
      const MiB = 1 << 20;
      let text = '[2026-01-24T08:00:00Z] start\n';
      /** Lines of 80 bytes up to `offset`. */
      const fillTo = (offset: number) => {
        const bytes = offset - text.length;
        text += `${'x'.repeat(79)}\n`.repeat(Math.floor(bytes / 80));
        if (bytes % 80) text += `${'x'.repeat((bytes % 80) - 1)}\n`;
      };
      fillTo(MiB - 20);
      text += 'Apply complete! Resources: 1 added, 2 changed, 3 destroyed.\n';
      fillTo(2 * MiB - 10);
      text += '[2026-01-24T08:20:00Z] Destroy complete! Resources: 4 destroyed.\n';
      fillTo(3 * MiB + 5);
      const file = join(dir, 'big.log');
      await writeFile(file, text, 'latin1');
      expect(await scanLogFile(file)).toEqual({
        firstTimestamp: '2026-01-24T08:00:00Z',
        lastTimestamp: '2026-01-24T08:20:00Z',
        resources: { added: 1, changed: 2, destroyed: 7 },
        summaries: 2,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('no summary and no timestamps: empty, never a wrong number', async () => {
    const facts = await scanLogFile(fixture('no-timestamps.log'));
    expect(facts.resources).toBeUndefined();
    expect(facts.firstTimestamp).toBeUndefined();
    expect(facts.lastTimestamp).toBeUndefined();
  });
});

describe('LogScanner', () => {
  test('gives the same answer however the log is split into chunks', async () => {
    const text = await readFile(fixture('terraform-apply-color.log'), 'latin1');
    const whole = new LogScanner();
    whole.push(text);
    const expected = whole.finish();
    for (const size of [1, 7, 64]) {
      const scanner = new LogScanner();
      for (let i = 0; i < text.length; i += size) scanner.push(text.slice(i, i + size));
      expect(scanner.finish()).toEqual(expected);
    }
  });

  const scan = (...chunks: Buffer[]): LogFacts => {
    const scanner = new LogScanner();
    for (const chunk of chunks) scanner.push(chunk);
    return scanner.finish();
  };

  test('a marker cut between two chunks is still found', () => {
    const text = [
      '\x1b[0m\x1b[1m\x1b[32mApply complete! Resources: 1 added, 2 changed, 3 destroyed.\x1b[0m',
      'Destroy complete! Resources: 4 destroyed.\r',
      '{"type":"change_summary","changes":{"add":5,"change":0,"remove":0,"operation":"apply"}}',
      '{"type":"change_summary","changes":{"add":9,"change":9,"remove":9,"operation":"plan"}}',
      'No changes. Your infrastructure matches the configuration.',
    ].join('\n');
    const log = Buffer.from(text, 'latin1');
    for (let cut = 0; cut <= log.length; cut++)
      expect(scan(log.subarray(0, cut), log.subarray(cut))).toEqual({
        resources: { added: 6, changed: 2, destroyed: 7 },
        summaries: 3,
      });
  });

  test('a timestamp cut between chunks, even three, is still found', () => {
    const log = Buffer.from(
      'x 2026-01-24T08:00:00.123Z a\n2026-01-24T07:00:00+09:00\nb 2026-01-24T08:09:59+0000 c',
      'latin1',
    );
    const expected = {
      firstTimestamp: '2026-01-24T08:00:00Z',
      lastTimestamp: '2026-01-24T08:09:59Z',
    };
    for (let cut = 0; cut <= log.length; cut++) {
      expect(scan(log.subarray(0, cut), log.subarray(cut))).toMatchObject(expected);
      const third = Math.min(log.length, cut + 7);
      expect(
        scan(log.subarray(0, cut), log.subarray(cut, third), log.subarray(third)),
      ).toMatchObject(expected);
    }
  });

  test('a 5 MiB line without a newline is read in bounded memory, its summary counted once', () => {
    const blob = Buffer.alloc(5 << 20, 'QUJD'); // base64-ish output, no newline
    const log = Buffer.concat([
      Buffer.from('[2026-01-24T08:00:00Z] terraform output\n'),
      blob,
      Buffer.from(
        ' [2026-01-24T08:05:00Z] Apply complete! Resources: 1 added, 0 changed, 0 destroyed.',
      ),
      blob,
      Buffer.from(' Apply complete! Resources: 7 added, 7 changed, 7 destroyed.'), // one per line
      Buffer.from('\nDestroy complete! Resources: 2 destroyed.\n[2026-01-24T08:10:00Z] done\n'),
    ]);
    const expected = {
      firstTimestamp: '2026-01-24T08:00:00Z',
      lastTimestamp: '2026-01-24T08:10:00Z',
      resources: { added: 1, changed: 0, destroyed: 2 },
      summaries: 2,
    };
    expect(scan(log)).toEqual(expected);
    for (const size of [4093, 1 << 16, (1 << 20) + 1]) {
      const before = process.memoryUsage().arrayBuffers;
      const scanner = new LogScanner();
      let held = 0;
      for (let at = 0; at < log.length; at += size) {
        scanner.push(log.subarray(at, at + size));
        held = Math.max(held, process.memoryUsage().arrayBuffers - before);
      }
      expect(scanner.finish()).toEqual(expected);
      expect(held).toBeLessThan(1 << 20); // never the line: a 64 KiB piece of it at most
    }
  });

  test('bytes that are not UTF-8 around a summary or in a -json record', () => {
    const log = Buffer.concat([
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x20]),
      Buffer.from('Apply complete! Resources: 2 added, 0 changed, 1 destroyed.'),
      Buffer.from([0xe9, 0x80, 0x0a]),
      Buffer.from('{"@message":"caf'),
      Buffer.from([0xe9, 0xc0]),
      Buffer.from('","type":"change_summary","changes":{"add":3,"operation":"destroy"}}\n'),
      Buffer.from([0xa0, 0xf0, 0x9f]),
      Buffer.from('2026-01-24T08:00:00Z'),
      Buffer.from([0x92]),
    ]);
    expect(scan(log)).toEqual({
      firstTimestamp: '2026-01-24T08:00:00Z',
      lastTimestamp: '2026-01-24T08:00:00Z',
      resources: { added: 5, changed: 0, destroyed: 1 },
      summaries: 2,
    });
  });

  test('a last line without a newline is still read', () => {
    const scanner = new LogScanner();
    scanner.push('2026-01-01T00:00:00Z start\nDestroy complete! Resources: 4 destroyed.');
    expect(scanner.finish()).toMatchObject({
      resources: { added: 0, changed: 0, destroyed: 4 },
      lastTimestamp: '2026-01-01T00:00:00Z',
    });
  });

  test('timestamps with an offset other than UTC are not taken as UTC', () => {
    const scanner = new LogScanner();
    scanner.push('2026-01-01T09:00:00+09:00 local time\n2026-01-01T00:00:05+00:00 utc\n');
    expect(scanner.finish()).toMatchObject({
      firstTimestamp: '2026-01-01T00:00:05Z',
      lastTimestamp: '2026-01-01T00:00:05Z',
    });
  });
});

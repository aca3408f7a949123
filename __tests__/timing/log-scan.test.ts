import { readFile } from 'node:fs/promises';
import { LogScanner, scanLogFile } from '../../src/timing/log-scan.js';

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

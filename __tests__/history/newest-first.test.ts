/**
 * Reports over the latest batches read files newest first and stop early. The check that
 * matters: the report is the same as reading every record, on histories shaped like real ones
 * (appends a little out of time order, a window that tested nothing, a focus batch far back).
 */
import { appendFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultHistoryOptions, type HistoryOptions } from '../../src/history/options.js';
import { linesFromEnd } from '../../src/history/lines-from-end.js';
import { loadHistory, TAIL_MARGIN } from '../../src/history/load.js';
import { mulberry32 } from '../support/github-api-server.js';

const paths = { metricsPath: 'data/metrics/batch-runs.jsonl', failuresDir: 'data/failures' };
const PLATFORMS = ['linux-glibc-x86_64', 'linux-glibc-arm64', 'darwin-arm64'];
const ECOSYSTEMS = ['cargo', 'npm', 'pypi'];

async function collect(file: string, blockSize?: number): Promise<string[]> {
  const lines: string[] = [];
  for (const line of linesFromEnd(file, blockSize)) lines.push(line);
  return lines;
}

describe('linesFromEnd', () => {
  test('gives every line, newest first, whatever the block size', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-lines-'));
    const random = mulberry32(7);
    const lines = Array.from(
      { length: 80 },
      (_, i) =>
        // multi-byte characters, long and short lines, so blocks split inside both
        `{"i":${i},"s":"${'ü€😀x'.repeat(Math.floor(random() * 40))}"}`,
    );
    const file = join(dir, 'h.jsonl');
    // CRLF and blank lines, no newline at the end
    await writeFile(file, lines.join('\r\n') + '\n\n' + '{"last":1}');
    const expected = ['{"last":1}', ...[...lines].reverse()];
    for (const size of [1, 3, 7, 64, 1000, 1 << 20])
      expect(await collect(file, size)).toEqual(expected);
  });

  test('an empty file and a file of one line without a newline', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-lines-'));
    await writeFile(join(dir, 'empty'), '');
    await writeFile(join(dir, 'one'), '{"a":1}');
    expect(await collect(join(dir, 'empty'))).toEqual([]);
    expect(await collect(join(dir, 'one'), 3)).toEqual(['{"a":1}']);
  });
});

interface Shape {
  runs: number;
  /** Batches (from the end) whose platforms tested nothing. */
  untestedAtEnd?: number;
  /** How far (in positions) an append may land from its time order. */
  jitter?: number;
  /** Batches share their timestamp in pairs (two ecosystems' batches of one run). */
  tied?: boolean;
}

/** A JSONL history as batch-metrics writes it: one batch every 10 minutes, 0–4 failures each. */
async function history({
  runs,
  untestedAtEnd = 0,
  jitter = 3,
  tied = false,
}: Shape): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'ci-ledger-newest-'));
  await mkdir(join(root, 'data/metrics'), { recursive: true });
  await mkdir(join(root, 'data/failures'), { recursive: true });
  const random = mulberry32(runs + untestedAtEnd);
  const at = (i: number) =>
    new Date(Date.parse('2026-01-01T00:00:00Z') + (tied ? Math.floor(i / 2) : i) * 600_000)
      .toISOString()
      .slice(0, 19) + 'Z';
  const order = Array.from({ length: runs }, (_, i) => i);
  // Concurrent batches finish out of order: swap neighbours within `jitter` places.
  for (let i = 0; i + jitter < runs; i += jitter + 1) {
    const j = i + Math.floor(random() * (jitter + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const metrics: string[] = [];
  const failures = new Map<string, string[]>();
  for (const i of order) {
    const ecosystem = ECOSYSTEMS[i % ECOSYSTEMS.length]!;
    const platforms: Record<string, object> = {};
    const untested = i >= runs - untestedAtEnd;
    for (const p of PLATFORMS) {
      const tested = untested ? 0 : 5 + Math.floor(random() * 10);
      const failed = Math.min(tested, Math.floor(random() * 4));
      platforms[p] = { tested, passed: tested - failed, failed, skipped: 0 };
      for (let f = 0; f < failed; f++) {
        const lines = failures.get(ecosystem) ?? [];
        lines.push(
          JSON.stringify({
            schema_version: 1,
            batch_id: `b${i}`,
            ecosystem,
            recipe: `r${Math.floor(random() * 60)}`,
            environment: p,
            category: ['install_failed', 'verify_failed', 'missing_dep'][f % 3],
            message: 'exit 1',
            timestamp: at(i),
          }),
        );
        failures.set(ecosystem, lines);
      }
    }
    metrics.push(
      JSON.stringify({
        schema_version: 1,
        batch_id: `b${i}`,
        ecosystem,
        total: 10,
        merged: 8,
        platforms,
        macos_minutes_used: 3 + (i % 5),
        timestamp: at(i),
      }),
    );
  }
  await writeFile(join(root, paths.metricsPath), metrics.join('\n') + '\n');
  for (const [ecosystem, lines] of failures)
    await writeFile(join(root, `data/failures/${ecosystem}.jsonl`), lines.join('\n') + '\n');
  return root;
}

async function bothWays(root: string, options: Partial<HistoryOptions>) {
  const o = { ...defaultHistoryOptions, ...options };
  const fast = await loadHistory(root, paths, o);
  const whole = await loadHistory(root, paths, o, { readAll: true });
  // Counts say how much was read; everything else must be identical.
  const { counts: fastCounts, ...fastReport } = fast.report;
  const { counts: wholeCounts, ...wholeReport } = whole.report;
  return { fast, whole, fastReport, wholeReport, fastCounts, wholeCounts };
}

describe('a report over the latest batches', () => {
  test('reads the tail of a long history and reports exactly what the whole read reports', async () => {
    const root = await history({ runs: 6000 });
    const { fast, whole, fastReport, wholeReport, fastCounts, wholeCounts } = await bothWays(root, {
      last: 10,
    });
    expect(fastReport).toEqual(wholeReport);
    expect(fast.readFromEnd).toBe(true);
    expect(whole.readFromEnd).toBe(false);
    expect(wholeCounts.runs).toBe(6000);
    // The window, the N before it and the focus week (≤ 1,008 batches) plus the margin.
    expect(fastCounts.runs).toBeLessThan(1008 + TAIL_MARGIN + 50);
    expect(fastCounts.failuresInWindow).toBe(wholeCounts.failuresInWindow);
    expect(fastReport.window.batches).toBe(10);
    expect(fastReport.categories).not.toEqual({});
  });

  test('per ecosystem, per platform, and a larger window', async () => {
    const root = await history({ runs: 4000, jitter: 8 });
    for (const options of [
      { last: 25, ecosystem: 'npm' },
      { last: 10, platform: 'darwin-arm64' },
      { last: 400 },
    ]) {
      const { fastReport, wholeReport, fast } = await bothWays(root, options);
      expect(fast.readFromEnd).toBe(true);
      expect(fastReport).toEqual(wholeReport);
    }
  });

  test('a window that tested nothing still finds the latest batch with results, far back', async () => {
    const root = await history({ runs: 5000, untestedAtEnd: 3000 });
    const { fastReport, wholeReport } = await bothWays(root, { last: 10 });
    expect(fastReport).toEqual(wholeReport);
    expect(fastReport.lastTested?.batchId).toBe('b1999');
  });

  test('batches with the same timestamp: the later line is the newer, as when read forward', async () => {
    const root = await history({ runs: 3000, tied: true, jitter: 0 });
    for (const last of [1, 10]) {
      const { fastReport, wholeReport } = await bothWays(root, { last });
      expect(fastReport).toEqual(wholeReport);
      expect(fastReport.focus?.batchId).toBe('b2999');
    }
  });

  test('a focus batch far back is found', async () => {
    const root = await history({ runs: 5000 });
    const { fastReport, wholeReport } = await bothWays(root, { last: 10, batchId: 'b120' });
    expect(fastReport).toEqual(wholeReport);
    expect(fastReport.focus?.batchId).toBe('b120');
  });

  test('files that are not one record per line, or hold an unreadable line, are read whole', async () => {
    const root = await history({ runs: 3000 });
    const pretty = join(root, 'data/metrics/batch-runs-archive.json');
    await writeFile(pretty, JSON.stringify(JSON.parse(await firstLine(root)), null, 2) + '\n');
    const a = await bothWays(root, { last: 10 });
    expect(a.fast.readFromEnd).toBe(false);
    expect(a.fastReport).toEqual(a.wholeReport);

    const root2 = await history({ runs: 3000 });
    await appendFile(join(root2, 'data/failures/npm.jsonl'), '{"recipe": "x", truncated\n');
    const b = await bothWays(root2, { last: 10 });
    expect(b.fast.readFromEnd).toBe(false);
    expect(b.fast.skipped).toEqual([
      expect.objectContaining({ file: 'data/failures/npm.jsonl', line: expect.any(Number) }),
    ]);
    expect(b.fastReport).toEqual(b.wholeReport);
  });
});

async function firstLine(root: string): Promise<string> {
  return (await readFile(join(root, paths.metricsPath), 'utf8')).split('\n')[0]!;
}

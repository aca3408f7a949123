/**
 * `report` over the real batch pipeline archive (tsuku): 1,671 metrics files (pretty-printed
 * objects, an older concatenated file, `ecosystems` maps, platform keys without libc) and
 * 5,785 failure files (per-ecosystem `failures` arrays and per-recipe lines). The expected
 * numbers were computed independently, with a Python script over the same files.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultHistoryOptions } from '../../src/history/options.js';
import { loadHistory } from '../../src/history/load.js';
import { runCli } from '../support/cli.js';

const paths = { metricsPath: 'data/metrics/batch-runs.jsonl', failuresDir: 'data/failures' };
let archive: string;

beforeAll(async () => {
  archive = await mkdtemp(join(tmpdir(), 'ci-ledger-tsuku-'));
  const tarball = new URL('../fixtures/real/tsuku-data.tar.gz', import.meta.url).pathname;
  execFileSync('tar', ['-xzf', tarball, '-C', archive]);
});

describe('the real tsuku archive', () => {
  test('whole history: every record read, per-platform counts as summed independently', async () => {
    const { report, files, skipped } = await loadHistory(archive, paths, {
      ...defaultHistoryOptions,
      last: 0,
    });
    expect(files).toEqual({ metrics: 1671, failures: 5785 });
    expect(skipped).toEqual([]);
    expect(report.counts).toMatchObject({ runs: 1710, duplicateRuns: 0, failures: 6631 });
    expect(
      Object.fromEntries(
        Object.entries(report.platforms).map(([p, c]) => [p, [c.passed, c.tested]]),
      ),
    ).toEqual({
      'linux-x86_64': [822, 1060],
      'linux-arm64': [623, 848],
      'darwin-arm64': [193, 212],
      'darwin-x86_64': [190, 212],
    });
    expect(report.insights.weakestPlatform).toBe('linux-arm64'); // 73.5%
    // Categories over every failure record: install_failed dominates linux-glibc-x86_64.
    expect(report.categories['linux-glibc-x86_64']?.[0]).toMatchObject({
      category: 'install_failed',
      count: 5026,
    });
  });

  test('last 10 homebrew batches: the window and its counts', async () => {
    const { report } = await loadHistory(archive, paths, {
      ...defaultHistoryOptions,
      ecosystem: 'homebrew',
    });
    expect(report.counts.runs).toBe(402);
    expect(report.window).toMatchObject({
      batches: 10,
      from: '2026-03-02T14:55:57Z',
      to: '2026-03-03T08:42:21Z',
    });
    expect(
      Object.fromEntries(
        Object.entries(report.platforms).map(([p, c]) => [p, [c.passed, c.tested]]),
      ),
    ).toEqual({
      'linux-x86_64': [5, 5],
      'linux-arm64': [4, 4],
      'darwin-arm64': [1, 1],
      'darwin-x86_64': [1, 1],
    });
  });

  test('the last 10 batches read newest first report what reading every record reports', async () => {
    for (const ecosystem of [undefined, 'homebrew']) {
      const options = { ...defaultHistoryOptions, ecosystem };
      const fast = await loadHistory(archive, paths, options);
      const whole = await loadHistory(archive, paths, options, { readAll: true });
      expect({ ...fast.report, counts: undefined }).toEqual({ ...whole.report, counts: undefined });
      expect(fast.skipped).toEqual(whole.skipped);
    }
  });

  test('the latest 10 batches tested nothing: the report says so and points at the last batch with results', async () => {
    const run = await runCli(['report', '--data-dir', archive]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'No recipe was tested in these batches; the latest batch with results is',
    );
    expect(run.stdout).toContain('2026-05-07T14:08:53Z');
    const json = JSON.parse(
      (await runCli(['report', '--data-dir', archive, '--last', '0', '--format', 'json'])).stdout,
    ) as {
      platforms: Record<string, { passRate: number }>;
    };
    expect(json.platforms['darwin-arm64']!.passRate).toBeCloseTo(193 / 212, 10);
  });
});

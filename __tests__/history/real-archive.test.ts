/**
 * `report` over the real batch pipeline archive (tsuku): 1,671 metrics files (pretty-printed
 * objects, an older concatenated file, `ecosystems` maps, platform keys without libc) and
 * 5,785 failure files (per-ecosystem `failures` arrays and per-recipe lines). The expected
 * numbers were computed independently, with a Python script over the same files
 * (__tests__/fixtures/real/tsuku-figures.py prints them).
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
    // Categories over every failure record, each environment folded onto the platform names the
    // batch records use (linux-*-x86_64 → linux-x86_64). Independent figures (Python, see
    // scripts note in the file header): linux-x86_64 install_failed 5026, generation_failed 1065.
    expect(report.categories['linux-x86_64']?.slice(0, 2)).toMatchObject([
      { category: 'install_failed', count: 5026 },
      { category: 'generation_failed', count: 1065 },
    ]);
    expect(Object.keys(report.categories).sort()).toEqual(
      ['darwin-arm64', 'darwin-x86_64', 'linux-arm64', 'linux-x86_64'].sort(),
    );
    expect(report.folded).toContainEqual({ from: 'linux-glibc-x86_64', to: 'linux-x86_64' });
    expect(report.folded).toContainEqual({ from: 'linux-alpine-musl-arm64', to: 'linux-arm64' });
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

  test('--batch-id 2026-05-07: its own failure records, its window, the records sharing its id', async () => {
    // Independently (Python over the same files): five records carry the id 2026-05-07; the
    // latest is 2026-05-07T14:08:53Z, the record before it 11:15:56Z, the next 2026-05-09T02:43:58Z.
    // Failures stamped after 11:15:56Z and up to 14:08:53Z: 15 — the 10 lines of
    // failures/batch-2026-05-07T14-08-47Z.jsonl and 5 in the *-2026-05-07T14-05-30Z files. None
    // lies in the hour after the batch. Folded onto the records' platforms:
    // linux-x86_64 generation_failed 6, install_failed 4; linux-arm64 generation_failed 4;
    // darwin-arm64 generation_failed 1.
    const { report } = await loadHistory(archive, paths, {
      ...defaultHistoryOptions,
      batchId: '2026-05-07',
    });
    expect(report.focus?.timestamp).toBe('2026-05-07T14:08:53Z');
    const counts = Object.fromEntries(
      Object.entries(report.focusCategories).map(([p, cats]) => [
        p,
        Object.fromEntries(cats.map((c) => [c.category, c.count])),
      ]),
    );
    expect(counts).toEqual({
      'linux-x86_64': { generation_failed: 6, install_failed: 4 },
      'linux-arm64': { generation_failed: 4 },
      'darwin-arm64': { generation_failed: 1 },
    });
    // Listed once per (recipe, platform) after folding: solargraph failed on ten detailed
    // environments (five fold onto linux-x86_64, four onto linux-arm64, darwin-arm64) plus
    // azion, bindgen-cli, github/hub, go-task, lib3mf on linux-x86_64: 8 rows.
    expect(report.focusDetail?.failureCount).toBe(8);
    expect(
      report.focusDetail?.failures
        .filter((f) => f.platform === 'linux-x86_64')
        .map((f) => f.recipe),
    ).toEqual(['azion', 'bindgen-cli', 'github/hub', 'go-task', 'lib3mf', 'solargraph']);
    expect(report.focusDetail?.sameId).toEqual([
      '2026-05-07T02:43:54Z',
      '2026-05-07T06:06:05Z',
      '2026-05-07T08:51:26Z',
      '2026-05-07T11:15:56Z',
      '2026-05-07T14:08:53Z',
    ]);
    // The window ends at the focus, not at the newest batch of the archive.
    expect(report.window.to).toBe('2026-05-07T14:08:53Z');
    expect(report.trend.at(-1)?.timestamp).toBe('2026-05-07T14:08:53Z');
    expect(report.idle.batches).toBe(0);

    // Another of the five, picked by its time.
    const earlier = await loadHistory(archive, paths, {
      ...defaultHistoryOptions,
      batchId: '2026-05-07',
      batchAt: '2026-05-07T11:15:56Z',
    });
    expect(earlier.report.focus?.timestamp).toBe('2026-05-07T11:15:56Z');
    expect(earlier.report.window.to).toBe('2026-05-07T11:15:56Z');
  });

  test('the idle span: no recipe tested since 2026-05-07T14:08:53Z, 436 batches', async () => {
    // Independently: the latest record with any tested > 0 is 2026-05-07T14:08:53Z; 436 records
    // come after it, up to 2026-06-26T20:51:08Z.
    for (const readAll of [false, true]) {
      const { report } = await loadHistory(archive, paths, defaultHistoryOptions, { readAll });
      expect(report.idle).toEqual({ batches: 436, since: '2026-05-07T14:08:53Z' });
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

/**
 * The dashboard's series are the reports' figures spread over time: over the real archive, the
 * per-day counts sum to `report --last 0`'s per-platform totals, the weekly failure categories to
 * its category counts, and the matrix is its matrix — one set of rules, whatever the view.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadHistory, loadHistorySeries } from '../../src/history/load.js';
import { defaultHistoryOptions } from '../../src/history/options.js';
import {
  ALL_ECOSYSTEMS,
  defaultSeriesOptions,
  HistorySeriesBuilder,
} from '../../src/history/series.js';
import type { BatchRun } from '../../src/history/records.js';

const paths = { metricsPath: 'data/metrics/batch-runs.jsonl', failuresDir: 'data/failures' };
let archive: string;
beforeAll(async () => {
  archive = await mkdtemp(join(tmpdir(), 'ci-ledger-series-'));
  const tarball = new URL('../fixtures/real/tsuku-data.tar.gz', import.meta.url).pathname;
  execFileSync('tar', ['-xzf', tarball, '-C', archive]);
});
afterAll(() => rm(archive, { recursive: true, force: true }));

test('over the real archive the series sum to the whole-history report', async () => {
  const [{ series }, { report }] = await Promise.all([
    loadHistorySeries(archive, paths, defaultSeriesOptions),
    loadHistory(archive, paths, { ...defaultHistoryOptions, last: 0 }),
  ]);
  expect(series.runs).toBe(report.counts.runs);
  expect(series.failures).toBe(report.counts.failures);
  const all = series.passRates[ALL_ECOSYSTEMS]!;
  for (const [platform, summary] of Object.entries(report.platforms)) {
    const days = all.platforms[platform] ?? [];
    const sum = (k: 'tested' | 'passed' | 'failed') => days.reduce((n, d) => n + (d?.[k] ?? 0), 0);
    expect([platform, sum('tested'), sum('passed'), sum('failed')]).toEqual([
      platform,
      summary.tested,
      summary.passed,
      summary.failed,
    ]);
  }
  for (const [platform, counts] of Object.entries(report.categories)) {
    const weekly = series.categories[ALL_ECOSYSTEMS]![platform]!.categories;
    expect(
      Object.fromEntries(Object.entries(weekly).map(([c, v]) => [c, v.reduce((a, b) => a + b, 0)])),
    ).toEqual(Object.fromEntries(counts.map((c) => [c.category, c.count])));
  }
  expect(series.matrix).toEqual(report.matrix);
});

test('failures are placed in the latest batches by id, or by time when ids are shared or absent', () => {
  const run = (batchId: string, timestamp: string, tested = 2): BatchRun => ({
    batchId,
    ecosystem: 'cargo',
    timestamp,
    platforms: { 'linux-x86_64': { tested, passed: tested - 1, failed: 1 } },
  });
  const b = new HistorySeriesBuilder({ ...defaultSeriesOptions, latestBatches: 2 });
  b.addRun(run('a', '2026-01-01T10:00:00Z'));
  b.addRun(run('day', '2026-01-02T10:00:00Z'));
  b.addRun(run('day', '2026-01-02T12:00:00Z'));
  b.addRun(run('idle', '2026-01-03T10:00:00Z', 0));
  const fail = (recipe: string, timestamp: string, batchId?: string) =>
    b.addFailure({ recipe, environment: 'linux-x86_64', category: 'x', timestamp, batchId });
  fail('by-time-first', '2026-01-02T09:59:00Z'); // before the 10:00 batch, after "a"
  fail('by-time-second', '2026-01-02T11:00:00Z'); // between the two "day" batches
  fail('shared-id', '2026-01-02T12:00:00Z', 'day'); // the id is shared: time decides
  fail('old', '2026-01-01T09:00:00Z', 'a'); // not among the latest two listed
  const { latest, idleSince } = b.series();
  expect(latest.map((l) => [l.timestamp, l.failures.map((f) => f.recipe)])).toEqual([
    ['2026-01-02T12:00:00Z', ['by-time-second', 'shared-id']],
    ['2026-01-02T10:00:00Z', ['by-time-first']],
  ]);
  expect(idleSince).toBe(1);
});

test('the series skip what the report skips: a record with a count that is not a number', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-series-bad-'));
  const { mkdir, writeFile } = await import('node:fs/promises');
  await mkdir(join(dir, 'data/metrics'), { recursive: true });
  const record = (id: string, tested: unknown) =>
    JSON.stringify({
      batch_id: id,
      ecosystem: 'npm',
      timestamp: '2026-03-02T10:00:00Z',
      platforms: { 'linux-x86_64': { tested, passed: 3, failed: 1 } },
    });
  await writeFile(join(dir, paths.metricsPath), `${record('good', 4)}\n${record('bad', 'four')}\n`);
  const [loaded, whole] = await Promise.all([
    loadHistorySeries(dir, paths, defaultSeriesOptions),
    loadHistory(dir, paths, { ...defaultHistoryOptions, last: 0 }),
  ]);
  // By hand: only the good record counts (one batch, 4 tested, 3 passed); line 2 is skipped and
  // named as the report names it. (Counted as before, the day would hold 2 batches, 6 passed.)
  const reason = '/platforms/linux-x86_64/tested is "four", not a count';
  expect(loaded.series.runs).toBe(1);
  expect(loaded.series.passRates[ALL_ECOSYSTEMS]!.platforms['linux-x86_64']).toEqual([
    expect.objectContaining({ batches: 1, tested: 4, passed: 3, failed: 1 }),
  ]);
  expect(loaded.skipped).toEqual([{ file: paths.metricsPath, line: 2, reason }]);
  expect(whole.skipped).toEqual(loaded.skipped);
  await rm(dir, { recursive: true, force: true });
});

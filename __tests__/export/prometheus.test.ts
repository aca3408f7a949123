/**
 * `ci-ledger export` into a real Prometheus, queried back with the shipped Grafana dashboard's
 * PromQL: the per-platform pass rates (the real tsuku archive) and the per-phase runs, success
 * rates, medians and p95s (the real goldenpath timings) equal what `ci-ledger report` prints
 * for the same window. The expected figures are the report's own (JSON), which other tests
 * check against independent scripts; the claim under test here is that the engine, fed by
 * the export, says the same — to the bit: the same sums divided, the same quantile formula.
 */
import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { METRICS } from '../../src/export/samples.js';
import {
  cli,
  failureCategories,
  passRates,
  phaseFigures,
  sameRates,
} from '../support/export-compare.js';
import { startPrometheus, type Prometheus } from '../support/prometheus.js';

jest.setTimeout(180_000);

const fixtures = new URL('../fixtures/real/', import.meta.url).pathname;
const goldenpath = join(fixtures, 'goldenpath/governance-registry');

let prom: Prometheus;
let tsuku: string;
beforeAll(async () => {
  prom = await startPrometheus();
  tsuku = await mkdtemp(join(tmpdir(), 'ci-ledger-tsuku-'));
  execFileSync('tar', ['xzf', join(fixtures, 'tsuku-data.tar.gz'), '-C', tsuku]);
});
afterAll(async () => prom?.stop());

describe('the real tsuku archive', () => {
  test('pass rates per platform over the last 0 (all), 1000 and 300 batches equal the report; a re-send stores nothing twice', async () => {
    const store = ['--data-dir', tsuku];
    const url = ['--url', prom.writeUrl, '--label', 'source=tsuku'];
    const first = await cli(['export', '--from-history', 'batches', ...store, ...url]);
    expect(first).toMatch(/^Read 1710 batch record\(s\) and 6631 failure record\(s\)/m);
    const sent = Number(/^(\d+) samples in/m.exec(first)![1]);
    await cli(['export', '--from-history', 'batches', ...store, ...url]); // the same samples again
    let stored = 0;
    for (const name of Object.values(METRICS).filter((n) => n.startsWith('cicd_batch_'))) {
      const [count] = await prom.query(
        `sum(count_over_time(${name}{source="tsuku"}[3650d] @ 1800000000))`,
      );
      stored += count?.value ?? 0;
    }
    expect(stored).toBe(sent);
    // Each of the 1710 records has the four platforms (tested 0 in most): 4 × 1710 samples.
    const [perPlatform] = await prom.query(
      'sum(count_over_time(cicd_batch_platform_tested_recipes{source="tsuku"}[3650d] @ 1800000000))',
    );
    expect(perPlatform!.value).toBe(4 * 1710);

    for (const last of [0, 1000, 300]) {
      const { report, engine, tested } = await passRates(prom, store, last);
      expect(sameRates(report.platforms, engine)).toEqual(
        Object.fromEntries(
          Object.entries(report.platforms)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([p, s]) => [p, s.passRate]),
        ),
      );
      expect(tested).toEqual(
        Object.fromEntries(Object.entries(report.platforms).map(([p, s]) => [p, s.tested])),
      );
    }
    // Failure categories per platform over the whole history, detailed environments folded
    // onto the records' platforms as the report folds them (linux-alpine-musl-arm64 →
    // linux-arm64). Over a window they can differ at its edges: the report places a failure by
    // its batch id, the engine by the failure's own time (last 1000: 5046 vs 5040 failures).
    const { report, engine } = await failureCategories(prom, store, 0);
    expect(engine).toEqual(report);
  });
});

describe('the real goldenpath timings', () => {
  test('per phase: runs, success rate, median and p95 of the successful runs equal report timings (all runs, and the last 3)', async () => {
    const store = ['--data-dir', goldenpath];
    const out = await cli([
      'export',
      '--from-history',
      'timings',
      ...store,
      '--url',
      prom.writeUrl,
    ]);
    expect(out).toContain('53 samples in'); // 90 rows, 53 distinct runs (report-timings.test.ts)
    // Start times per env/phase straight from the CSV (every run of main/ repeats one of development/).
    const csv = await readFile(
      join(goldenpath, 'environments/development/latest/build_timings.csv'),
      'utf8',
    );
    const starts = new Map<string, string[]>();
    for (const f of csv
      .split('\n')
      .slice(1)
      .map((l) => l.split(','))
      .filter((f) => f.length >= 9))
      starts.set(`${f[3]}/${f[2]}`, [...(starts.get(`${f[3]}/${f[2]}`) ?? []), f[0]!]);
    for (const last of [0, 3]) {
      const { report, engine } = await phaseFigures(prom, store, last, starts);
      expect(engine).toEqual(report);
    }
  });
});

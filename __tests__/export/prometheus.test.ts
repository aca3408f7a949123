/**
 * `ci-ledger export` into a real Prometheus, queried back with PromQL: the per-platform pass
 * rates and the per-phase success rates, medians and p95s equal what `ci-ledger report` prints
 * for the same window — on the real tsuku archive, the real goldenpath timings and generated
 * histories. The expected figures are the report's own (JSON), which other tests check against
 * independent scripts; here the claim under test is that the engine says the same.
 *
 * The queries are the README's (and the Grafana dashboard's): a window of whole-second record
 * times [from, to] is `[to − from + 999ms] @ to.999`.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { METRICS } from '../../src/export/samples.js';
import { runCli } from '../support/cli.js';
import { startPrometheus, windowOf, type Prometheus } from '../support/prometheus.js';

jest.setTimeout(120_000);

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

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = await runCli(args, { env });
  if (run.code !== 0) throw new Error(`ci-ledger ${args.join(' ')}: ${run.code}\n${run.stderr}`);
  return run.stdout;
}

const byLabel = (rows: Array<{ metric: Record<string, string>; value: number }>, label: string) =>
  Object.fromEntries(rows.map((r) => [r.metric[label]!, r.value]));

/** The report's pass rate per platform, and PromQL's over the same window. */
async function passRates(store: string[], last: number, labels = '') {
  const report = JSON.parse(
    await cli(['report', '--last', String(last), '--format', 'json', ...store]),
  ) as {
    window: { from: string; to: string; batches: number };
    platforms: Record<string, { tested: number; passRate: number | null }>;
  };
  const { window, platforms } = report;
  const { range, at } = windowOf(window.from, window.to);
  const sum = (metric: string) =>
    `sum by (platform) (sum_over_time(${metric}{${labels}}[${range}] ${at}))`;
  const engine = byLabel(
    await prom.query(
      `${sum('cicd_batch_platform_passed_recipes')} / ${sum('cicd_batch_platform_tested_recipes')}`,
    ),
    'platform',
  );
  const batches = (
    await prom.query(
      `count(count_over_time({__name__="cicd_batch_platform_tested_recipes",${labels}}[${range}] ${at}) > 0)`,
    )
  )[0];
  return { report, platforms, engine, batches };
}

function expectSameRates(
  platforms: Record<string, { tested: number; passRate: number | null }>,
  engine: Record<string, number>,
) {
  expect(Object.keys(engine).sort()).toEqual(Object.keys(platforms).sort());
  for (const [name, p] of Object.entries(platforms))
    if (p.passRate === null)
      expect(engine[name]).toBeNaN(); // 0 / 0: nothing tested
    else expect(engine[name]).toBe(p.passRate); // same sums, same division: equal to the bit
}

describe('the real tsuku archive', () => {
  test('pass rates per platform over the last 0 (all), 1000 and 300 batches equal the report; a re-send counts nothing twice', async () => {
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
    for (const last of [0, 1000, 300]) {
      const { platforms, engine } = await passRates(store, last, 'source="tsuku"');
      expectSameRates(platforms, engine);
    }
    // Every record of the archive's 1710 tested four platforms (a tested count, if 0): 4 × 1710.
    const [perPlatform] = await prom.query(
      'sum(count_over_time(cicd_batch_platform_tested_recipes{source="tsuku"}[3650d] @ 1800000000))',
    );
    expect(perPlatform!.value).toBe(4 * 1710);
  });
});

interface PhaseJson {
  env: string;
  phase: string;
  runs: number;
  successes: number;
  successRate: number;
  medianSeconds?: number;
  p95Seconds?: number;
}

/** Per env and phase: success rate, median and p95 from the engine, over each phase's window. */
async function phasesFromEngine(
  phases: PhaseJson[],
  labels: string,
  windows: Map<string, [string, string]>,
) {
  const out: PhaseJson[] = [];
  for (const p of phases) {
    const [from, to] = windows.get(`${p.env}/${p.phase}`)!;
    const { range, at } = windowOf(from, to);
    const sel = `env="${p.env}",phase="${p.phase}",${labels}`;
    const one = async (q: string) => (await prom.query(q))[0]?.value;
    const runs = await one(
      `sum(count_over_time(cicd_pipeline_run_duration_seconds{${sel}}[${range}] ${at}))`,
    );
    const successes =
      (await one(
        `sum(count_over_time(cicd_pipeline_run_duration_seconds{${sel},cicd_pipeline_result="success"}[${range}] ${at}))`,
      )) ?? 0;
    const q = (phi: number) =>
      one(
        `quantile_over_time(${phi}, cicd_pipeline_run_duration_seconds{${sel},cicd_pipeline_result="success"}[${range}] ${at})`,
      );
    out.push({
      env: p.env,
      phase: p.phase,
      runs: runs!,
      successes,
      successRate: successes / runs!,
      medianSeconds: await q(0.5),
      p95Seconds: await q(0.95),
    });
  }
  return out;
}

async function timingsCompared(
  store: string[],
  labels: string,
  last: number,
  csvRows: Array<{ env: string; phase: string; start: string }>,
) {
  const report = JSON.parse(
    await cli(['report', 'timings', '--last', String(last), '--format', 'json', ...store]),
  ) as { phases: PhaseJson[] };
  // Each phase's window: its last N runs by start (all for 0), from the rows themselves.
  const windows = new Map<string, [string, string]>();
  for (const p of report.phases) {
    const starts = [
      ...new Set(csvRows.filter((r) => r.env === p.env && r.phase === p.phase).map((r) => r.start)),
    ].sort();
    const kept = last > 0 ? starts.slice(-last) : starts;
    windows.set(`${p.env}/${p.phase}`, [kept[0]!, kept[kept.length - 1]!]);
  }
  const pick = ({
    env,
    phase,
    runs,
    successes,
    successRate,
    medianSeconds,
    p95Seconds,
  }: PhaseJson) => ({
    env,
    phase,
    runs,
    successes,
    successRate,
    medianSeconds,
    p95Seconds,
  });
  return {
    report: report.phases.map(pick),
    engine: await phasesFromEngine(report.phases, labels, windows),
  };
}

describe('the real goldenpath timings', () => {
  test('per phase: runs, success rate, median and p95 of the successful runs equal report timings (all runs, and the last 3)', async () => {
    const store = ['--data-dir', goldenpath];
    await cli([
      'export',
      '--from-history',
      'timings',
      ...store,
      '--url',
      prom.writeUrl,
      '--label',
      'source=goldenpath',
    ]);
    const rows = (await import('node:fs'))
      .readFileSync(join(goldenpath, 'environments/development/latest/build_timings.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(','))
      .filter((f) => f.length >= 9)
      .map((f) => ({ env: f[3]!, phase: f[2]!, start: f[0]! }));
    // (every run of main/ repeats one of development/: the same starts)
    for (const last of [0, 3]) {
      const { report, engine } = await timingsCompared(store, 'source="goldenpath"', last, rows);
      expect(engine).toEqual(report);
    }
  });
});

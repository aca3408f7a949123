/**
 * Generated histories (seeded: batches of three ecosystems, platforms missing from some
 * batches, two batches of one ecosystem in the same second, repeated lines; timing runs with
 * every result — success, failure, timeout 124, cancellation 130/143 —
 * and rows repeated in a second env folder) exported two ways, each into its own real
 * Prometheus: by remote write, and as OpenMetrics text turned into TSDB blocks by
 * `promtool tsdb create-blocks-from openmetrics` (the backfill path for history older than an
 * engine accepts). Both answer the dashboard's queries with what `ci-ledger report` prints.
 */
import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cli,
  failureCategories,
  passRates,
  phaseFigures,
  sameRates,
} from '../support/export-compare.js';
import { startPrometheus, type Prometheus } from '../support/prometheus.js';

jest.setTimeout(180_000);

/** mulberry32: a small seeded generator, so a failure reproduces. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const PLATFORMS = [
  'linux-glibc-x86_64',
  'linux-glibc-arm64',
  'linux-musl-x86_64',
  'darwin-arm64',
  'darwin-x86_64',
];
const CATEGORIES = ['missing_dep', 'build_failed', 'verify_failed', 'network'];

async function generate(dir: string, seed: number) {
  const r = random(seed);
  const int = (n: number) => Math.floor(r() * n);
  const metrics: string[] = [];
  const failures: Record<string, string[]> = {};
  let t = Date.parse('2025-09-01T00:00:00Z');
  for (let i = 0; i < 240; i++) {
    t += (1 + int(6)) * 3_600_000 + int(3600) * 1000;
    const ecosystem = ['cargo', 'npm', 'pypi'][int(3)]!;
    const sameSecond = i % 37 === 5; // a second batch of the same ecosystem in the same second
    for (const copy of sameSecond ? [0, 1] : [0]) {
      const platforms: Record<string, object> = {};
      for (const p of PLATFORMS) {
        if (r() < 0.15) continue; // this batch did not run the platform
        const tested = int(30);
        const failed = tested === 0 ? 0 : int(tested + 1);
        platforms[p] = {
          tested,
          passed: tested - failed,
          failed,
          skipped: int(5),
          duration_seconds: 60 + int(900),
        };
        for (let k = 0; k < failed; k++)
          (failures[ecosystem] ??= []).push(
            JSON.stringify({
              schema_version: 1,
              batch_id: `b${i}-${copy}`,
              ecosystem,
              recipe: `r${int(500)}`,
              platform: p,
              category: CATEGORIES[int(4)],
              exit_code: 1,
              timestamp: iso(t),
            }),
          );
      }
      const line = JSON.stringify({
        schema_version: 1,
        batch_id: `b${i}-${copy}`,
        ecosystem,
        total: 30,
        merged: int(30),
        platforms,
        macos_minutes_used: int(120),
        duration_seconds: 600 + int(3000),
        timestamp: iso(t),
      });
      metrics.push(line);
      if (i % 53 === 7) metrics.push(line); // a repeated line: one batch
    }
  }
  await mkdir(join(dir, 'data/metrics'), { recursive: true });
  await mkdir(join(dir, 'data/failures'), { recursive: true });
  await writeFile(join(dir, 'data/metrics/batch-runs.jsonl'), metrics.join('\n') + '\n');
  for (const [e, lines] of Object.entries(failures))
    await writeFile(join(dir, `data/failures/${e}.jsonl`), lines.join('\n') + '\n');

  const header =
    'start_time_utc,end_time_utc,phase,env,build_id,duration_seconds,exit_code,flags,resources_added,resources_changed,resources_destroyed,log_path';
  const rows: string[] = [];
  const starts = new Map<string, string[]>();
  let s = Date.parse('2025-10-01T00:00:00Z');
  for (let i = 0; i < 300; i++) {
    s += int(7200) * 1000 + 60_000;
    const env = ['dev', 'prod'][int(2)]!;
    const phase = ['apply', 'destroy', 'bootstrap'][int(3)]!;
    const exit = ['0', '0', '0', '0', '1', '124', '130', '143', '255', '2'][int(10)]!;
    const duration = int(2000);
    rows.push(
      `${iso(s)},${iso(s + duration * 1000)},${phase},${env},${20250000 + i},${duration},${exit},,,,,logs/${i}.log`,
    );
    starts.set(`${env}/${phase}`, [...(starts.get(`${env}/${phase}`) ?? []), iso(s)]);
  }
  for (const folder of ['development', 'copy']) {
    await mkdir(join(dir, `environments/${folder}/latest`), { recursive: true });
    // The copy repeats every third row of development (registries copy rows between folders).
    const kept = folder === 'copy' ? rows.filter((_, i) => i % 3 === 0) : rows;
    await writeFile(
      join(dir, `environments/${folder}/latest/build_timings.csv`),
      `${header}\n${kept.join('\n')}\n`,
    );
  }
  return starts;
}

let dir: string;
let starts: Map<string, string[]>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ci-ledger-generated-'));
  starts = await generate(dir, 16);
});

async function expectSameAsReport(prom: Prometheus) {
  const store = ['--data-dir', dir];
  for (const last of [0, 10, 57]) {
    const { report, engine, tested } = await passRates(prom, store, last);
    expect(sameRates(report.platforms, engine)).toEqual(
      Object.fromEntries(
        Object.entries(report.platforms)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([p, v]) => [p, v.passRate]),
      ),
    );
    expect(tested).toEqual(
      Object.fromEntries(Object.entries(report.platforms).map(([p, v]) => [p, v.tested])),
    );
  }
  for (const last of [0, 10, 57]) {
    // Failure records carry their batch's time and id here: placed alike by both.
    const { report, engine } = await failureCategories(prom, store, last);
    expect(engine).toEqual(report);
  }
  for (const last of [0, 7]) {
    const { report, engine } = await phaseFigures(prom, store, last, starts);
    expect(engine).toEqual(report);
  }
}

test('remote write: pass rates, success rates, medians and p95s equal the report; a repeat sends the same samples', async () => {
  const prom = await startPrometheus();
  try {
    const out = await cli(['export', '--from-history', '--data-dir', dir, '--url', prom.writeUrl]);
    // 240 batch times, 7 with a second batch in the same second (i % 37 === 5), 5 repeated lines.
    expect(out).toMatch(/^Read 247 batch record\(s\)/m);
    expect(out).toMatch(/sample\(s\) shared a series and time with another/);
    expect(out).toMatch(
      /^Read environments\/copy\/latest\/build_timings.csv, environments\/development\/latest\/build_timings.csv \(400 rows\)/m,
    );
    await cli(['export', '--from-history', '--data-dir', dir, '--url', prom.writeUrl]);
    const [runs] = await prom.query(
      'sum(count_over_time(cicd_pipeline_run_duration_seconds[3650d] @ 1800000000))',
    );
    expect(runs!.value).toBe(300);
    await expectSameAsReport(prom);
  } finally {
    await prom.stop();
  }
});

test('backfill: OpenMetrics → promtool tsdb create-blocks-from openmetrics → Prometheus on those blocks answers the same', async () => {
  const file = join(dir, 'history.om');
  const out = await cli(['export', '--from-history', '--data-dir', dir, '--openmetrics', file]);
  expect(out).toContain(`Wrote OpenMetrics text to ${file}.`);
  expect(out).not.toContain('Sent');
  const text = await readFile(file, 'utf8');
  expect(text.endsWith('# EOF\n')).toBe(true);
  const data = await mkdtemp(join(tmpdir(), 'ci-ledger-blocks-'));
  execFileSync('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', file, data], {
    stdio: 'pipe',
  });
  const prom = await startPrometheus(data);
  try {
    const [runs] = await prom.query(
      'sum(count_over_time(cicd_pipeline_run_duration_seconds[3650d] @ 1800000000))',
    );
    expect(runs!.value).toBe(300);
    await expectSameAsReport(prom);
  } finally {
    await prom.stop();
  }
});

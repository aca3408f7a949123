/** Cost figures against hand-computed ones (each computation written beside its assertion). */
import { HistoryAccumulator } from '../../src/history/aggregate.js';
import { defaultHistoryOptions } from '../../src/history/options.js';
import type { BatchRun } from '../../src/history/records.js';
import { weekStart } from '../../src/history/time.js';
import {
  batchCost,
  costTrend,
  dollarBudget,
  phaseCost,
  timingRunCost,
  weeklyCost,
} from '../../src/cost/cost.js';
import { DEFAULT_PRICES, runnerOfPlatform, type PriceTable } from '../../src/cost/prices.js';
import type { TimingRow } from '../../src/timing/row.js';

const prices: PriceTable = {
  ...DEFAULT_PRICES,
  infrastructurePerHour: [
    ['prod', 4.5],
    ['*', 1.2],
  ],
};

const row = (start: string, seconds: string, env = 'prod', exit = '0'): TimingRow => ({
  start_time_utc: start,
  end_time_utc: start,
  phase: 'bootstrap',
  env,
  build_id: start,
  duration_seconds: seconds,
  exit_code: exit,
  flags: '',
  resources_added: '',
  resources_changed: '',
  resources_destroyed: '',
  log_path: '',
});

test('the runners of platform names', () => {
  expect(
    [
      'linux-glibc-x86_64',
      'linux-alpine-arm64',
      'linux-glibc-aarch64',
      'darwin-arm64',
      'darwin-x86_64',
      'windows-x86_64',
      'macos-14',
    ].map(runnerOfPlatform),
  ).toEqual(['linux', 'linux-arm64', 'linux-arm64', 'macos', 'macos', 'windows', 'macos']);
});

test('a phase run: runner minutes plus the env infrastructure rate while it runs', () => {
  // 1500 s on Linux: 25 min × $0.006 = $0.15; prod at $4.50/h: 1500/3600 × 4.5 = $1.875; total $2.025.
  const c = timingRunCost(row('2026-01-05T10:00:00Z', '1500'), 'linux', prices)!;
  expect(c.runner).toBeCloseTo(0.15, 10);
  expect(c.infrastructure).toBeCloseTo(1.875, 10);
  expect(c.total).toBeCloseTo(2.025, 10);
  // Self-hosted in dev ($1.20/h by the "*" glob): 1500/3600 × 1.2 = $0.50, no runner cost.
  expect(
    timingRunCost(row('2026-01-05T10:00:00Z', '1500', 'dev'), 'none', prices)!.total,
  ).toBeCloseTo(0.5, 10);
  expect(timingRunCost(row('2026-01-05T10:00:00Z', ''), 'linux', prices)).toBeUndefined();
});

test('a phase: every run paid for (failed ones too), per run and per week', () => {
  const runs = [
    row('2026-01-05T10:00:00Z', '600'), // 10 min: 0.06 + 0.75 = 0.81
    row('2026-01-07T10:00:00Z', '1200', 'prod', '1'), // 20 min: 0.12 + 1.5 = 1.62 (failed, still paid)
    row('2026-01-13T10:00:00Z', '3600'), // 60 min: 0.36 + 4.5 = 4.86 (next week)
    row('2026-01-14T10:00:00Z', ''), // no duration: not priced
  ];
  const c = phaseCost(runs, 'linux', prices, (t) => weekStart(t, 1));
  expect([c.runs, c.unpriced]).toEqual([3, 1]);
  expect(c.total).toBeCloseTo(0.81 + 1.62 + 4.86, 10);
  expect(c.perRun).toBeCloseTo((0.81 + 1.62 + 4.86) / 3, 10);
  expect(c.weeks.map((w) => [w.weekStart, w.runs, Number(w.dollars.toFixed(6))])).toEqual([
    ['2026-01-05T00:00:00Z', 2, 2.43],
    ['2026-01-12T00:00:00Z', 1, 4.86],
  ]);
});

const batch = (timestamp: string, macos?: number): BatchRun => ({
  batchId: timestamp,
  ecosystem: 'cargo',
  timestamp,
  macosMinutes: macos,
  platforms: {
    'linux-glibc-x86_64': { tested: 10, passed: 10, failed: 0, duration_seconds: 600 },
    'linux-alpine-arm64': { tested: 10, passed: 10, failed: 0, duration_seconds: 1200 },
    'darwin-arm64': { tested: 10, passed: 10, failed: 0, duration_seconds: 900 },
    'darwin-x86_64': { tested: 10, passed: 10, failed: 0, duration_seconds: 300 },
    'windows-x86_64': { tested: 5, passed: 5, failed: 0 },
  },
});

test('a batch per platform: macOS minutes shared by duration, unknown minutes not counted as free', () => {
  const c = batchCost(batch('2026-01-05T10:00:00Z', 40), DEFAULT_PRICES);
  // glibc 10 min × 0.006 = 0.06; alpine-arm64 20 min × 0.005 = 0.10;
  // macOS 40 min shared 900:300 → 30 and 10 min × 0.062 = 1.86 and 0.62; windows: no duration.
  expect(c.platforms['linux-glibc-x86_64']!.dollars).toBeCloseTo(0.06, 10);
  expect(c.platforms['linux-alpine-arm64']!).toMatchObject({ runner: 'linux-arm64', minutes: 20 });
  expect(c.platforms['linux-alpine-arm64']!.dollars).toBeCloseTo(0.1, 10);
  expect(c.platforms['darwin-arm64']!.minutes).toBeCloseTo(30, 10);
  expect(c.platforms['darwin-arm64']!.dollars).toBeCloseTo(1.86, 10);
  expect(c.platforms['darwin-x86_64']!.dollars).toBeCloseTo(0.62, 10);
  expect(c.platforms['windows-x86_64']).toMatchObject({
    minutes: 0,
    dollars: 0,
    unknownBatches: 1,
  });
  expect(c.total).toBeCloseTo(0.06 + 0.1 + 1.86 + 0.62, 10);
  // Without macos_minutes_used the darwin durations are the minutes: 15 + 5 = 20 min × 0.062 = 1.24.
  const plain = batchCost(batch('2026-01-05T10:00:00Z'), DEFAULT_PRICES);
  expect(
    plain.platforms['darwin-arm64']!.dollars + plain.platforms['darwin-x86_64']!.dollars,
  ).toBeCloseTo(1.24, 10);
});

test('per week through the history model, the dollar budget and the trend', () => {
  const acc = new HistoryAccumulator({ ...defaultHistoryOptions, last: 10 });
  // Week of Mon 2026-01-05: two batches (40 and 20 macOS minutes); week of 2026-01-12: one by Wednesday noon.
  acc.addRun(batch('2026-01-05T10:00:00Z', 40));
  acc.addRun(batch('2026-01-07T10:00:00Z', 20));
  acc.addRun(batch('2026-01-14T12:00:00Z', 40));
  const weeks = weeklyCost(acc.weeklyMinutes(), DEFAULT_PRICES);
  // Week 1: linux 2 × 0.06 + arm 2 × 0.10 + macOS 60 min × 0.062 = 0.12 + 0.20 + 3.72 = 4.04.
  // Week 2: 0.06 + 0.10 + 40 × 0.062 = 2.64.
  expect(weeks.map((w) => [w.weekStart, w.batches, Number(w.dollars.toFixed(6))])).toEqual([
    ['2026-01-05T00:00:00Z', 2, 4.04],
    ['2026-01-12T00:00:00Z', 1, 2.64],
  ]);
  expect(weeks[0]!.platforms['windows-x86_64']!.unknownBatches).toBe(2);
  // Budget $5/week, at Wed 12:00 (2.5 days in): 2.64/2.5 = 1.056 a day, projected 7.392 > 5.
  const b = dollarBudget(weeks[1]!, '2026-01-14T12:00:00Z', 5);
  expect(b.perDay).toBeCloseTo(1.056, 10);
  expect(b.projected).toBeCloseTo(7.392, 10);
  expect(b.overBudget).toBe(true);
  // Trend: the week so far projected (7.392) against the week before (4.04): +82.97%.
  const t = costTrend(weeks, '2026-01-14T12:00:00Z')!;
  expect(t.change).toBeCloseTo(7.392 / 4.04 - 1, 10);
  expect(costTrend(weeks.slice(1), '2026-01-14T12:00:00Z')).toBeUndefined();
});

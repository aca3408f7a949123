/**
 * Error budgets, burn rates and statuses on generated histories, against figures computed by
 * hand (each written out beside its assertion). Pure functions: no mocks.
 */
import { HistoryAccumulator } from '../../src/history/aggregate.js';
import { defaultHistoryOptions } from '../../src/history/options.js';
import type { BatchRun } from '../../src/history/records.js';
import { burnWindows, errorBudget, failsOn, worstStatus } from '../../src/objectives/budget.js';
import { platformObjectives } from '../../src/objectives/platforms.js';
import { DEFAULT_OBJECTIVES, type Objectives } from '../../src/objectives/spec.js';
import { phaseObjectives } from '../../src/objectives/timings.js';
import type { TimingRow } from '../../src/timing/row.js';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19) + 'Z';

/** Run i (1…30) starts i hours after 2026-01-01T00:00Z and takes 1000 + 10·i s; runs 25 and 29 fail. */
function generatedRuns(): TimingRow[] {
  return Array.from({ length: 30 }, (_, k) => {
    const i = k + 1;
    const start = Date.UTC(2026, 0, 1) + i * 3_600_000;
    const seconds = 1000 + 10 * i;
    return {
      start_time_utc: iso(start),
      end_time_utc: iso(start + seconds * 1000),
      phase: 'bootstrap',
      env: 'dev',
      build_id: `b${i}`,
      duration_seconds: String(seconds),
      exit_code: i === 25 || i === 29 ? '1' : '0',
      flags: '',
      resources_added: '',
      resources_changed: '',
      resources_destroyed: '',
      log_path: '',
    };
  });
}

const objectives = (o: Partial<Objectives>): Objectives => ({ ...DEFAULT_OBJECTIVES, ...o });

test('burn windows: a quarter of the window (at least 2), and a quarter of that (at least 1)', () => {
  expect(burnWindows(30, {})).toEqual({ long: 8, short: 2 }); // ceil(30/4) = 8, ceil(8/4) = 2
  expect(burnWindows(10, {})).toEqual({ long: 3, short: 1 }); // ceil(10/4) = 3, ceil(3/4) = 1
  expect(burnWindows(3, {})).toEqual({ long: 2, short: 1 });
  expect(burnWindows(30, { long: 12, short: 4 })).toEqual({ long: 12, short: 4 });
});

test('success objective, 90% over the last 30 runs', () => {
  const o = objectives({
    timings: [
      {
        match: 'dev/*',
        success: { objective: 0.9, over: { count: 30, unit: 'runs' } },
        runner: 'linux',
      },
    ],
  });
  const s = phaseObjectives(generatedRuns(), 'dev', 'bootstrap', o)!.success!;
  // 30 runs, 2 failed; allowed = (1 − 0.9) × 30 = 3; left = 1 − 2/3 = 0.3333.
  expect(s.events).toBe(30);
  expect(s.bad).toBe(2);
  expect(s.allowed).toBeCloseTo(3, 10);
  expect(s.budgetLeft).toBeCloseTo(1 / 3, 10);
  // Long window: runs 23…30 (8) hold both failures: (2/8)/0.1 = 2.5.
  expect(s.long).toEqual({ units: 8, events: 8, bad: 2, rate: expect.closeTo(2.5, 10) });
  // Short window: runs 29, 30: (1/2)/0.1 = 5. Both ≥ 2: at risk, budget not yet spent.
  expect(s.short).toEqual({ units: 2, events: 2, bad: 1, rate: expect.closeTo(5, 10) });
  expect(s.status).toBe('at-risk');
  expect([s.from, s.to]).toEqual(['2026-01-01T01:00:00Z', '2026-01-02T06:00:00Z']);
});

test('the same objective over the last day (a window of time, not of runs)', () => {
  const o = objectives({
    timings: [
      {
        match: 'dev/*',
        success: { objective: 0.9, over: { count: 1, unit: 'days' } },
        runner: 'linux',
      },
    ],
  });
  const s = phaseObjectives(generatedRuns(), 'dev', 'bootstrap', o)!.success!;
  // Newest run starts 2026-01-02T06:00Z; the day before it: runs starting after 2026-01-01T06:00Z,
  // i.e. runs 7…30 = 24 runs, 2 failed. allowed 2.4; left 1 − 2/2.4 = 0.1667.
  expect([s.units, s.bad]).toEqual([24, 2]);
  expect(s.budgetLeft).toBeCloseTo(1 - 2 / 2.4, 10);
  // Windows from the 24 runs it held: long ceil(24/4) = 6 (runs 25…30: 2 bad → 3.333), short 2 (→ 5).
  expect(s.long.units).toBe(6);
  expect(s.long.rate).toBeCloseTo(2 / 6 / 0.1, 10);
  expect(s.short.rate).toBeCloseTo(5, 10);
  expect(s.status).toBe('at-risk');
});

test('duration objective, p90 ≤ 1250 s: counted over the successful runs only', () => {
  const o = objectives({
    timings: [
      {
        match: 'dev/bootstrap',
        duration: { percentile: 90, maxSeconds: 1250, over: { count: 30, unit: 'runs' } },
        runner: 'linux',
      },
    ],
  });
  const d = phaseObjectives(generatedRuns(), 'dev', 'bootstrap', o)!.duration!;
  // 28 successful runs (25 and 29 failed); over 1250 s: runs 26 (1260), 27, 28, 30 → 4.
  // allowed (1 − 0.9) × 28 = 2.8; left 1 − 4/2.8 = −0.4286: exhausted.
  expect([d.events, d.bad]).toEqual([28, 4]);
  expect(d.budgetLeft).toBeCloseTo(1 - 4 / 2.8, 10);
  expect(d.status).toBe('exhausted');
  // p90 interpolated as the report and Prometheus do: position 0.9 × (28 − 1) = 24.3 in the sorted
  // durations 1010…1240 (24 of them, indices 0–23), 1260, 1270, 1280, 1300 → 1260 + 0.3 × 10 = 1263.
  expect(d.observedSeconds).toBeCloseTo(1263, 9);
  // Long: the last 8 successful runs 21–24, 26–28, 30 hold 4 slow ones: (4/8)/0.1 = 5; short: 28, 30 → 10.
  expect(d.long.rate).toBeCloseTo(5, 10);
  expect(d.short.rate).toBeCloseTo(10, 10);
});

test('met, no data, and which objectives cover which phases', () => {
  const good = generatedRuns().map((r) => ({ ...r, exit_code: '0' }));
  const o = objectives({
    timings: [
      {
        match: 'dev/*',
        success: { objective: 0.9, over: { count: 30, unit: 'runs' } },
        runner: 'linux',
      },
    ],
  });
  const s = phaseObjectives(good, 'dev', 'bootstrap', o)!.success!;
  expect([s.status, s.budgetLeft, s.long.rate]).toEqual(['met', 1, 0]);
  expect(phaseObjectives([], 'dev', 'bootstrap', o)!.success!.status).toBe('no-data');
  expect(phaseObjectives(good, 'prod', 'bootstrap', o)).toBeUndefined();
});

test('one failure among 40 runs: at risk while it is recent, met once it is 15 runs old', () => {
  // 40 runs, objective 95% over 40: allowed 2; one failure, the newest. left 0.5.
  // long ceil(40/4) = 10: (1/10)/0.05 = 2 ≥ 2; short ceil(10/4) = 3: (1/3)/0.05 = 6.67 → at risk.
  const outcomes = Array.from({ length: 40 }, (_, i) => ({ good: i === 39 ? 0 : 1, total: 1 }));
  const b = errorBudget(outcomes, 0.95, burnWindows(40, {}), 2);
  expect(b.budgetLeft).toBeCloseTo(0.5, 10);
  expect(b.long.rate).toBeCloseTo(2, 10);
  expect(b.status).toBe('at-risk');
  // The same failure 15 runs ago is outside both windows: met.
  const older = Array.from({ length: 40 }, (_, i) => ({ good: i === 24 ? 0 : 1, total: 1 }));
  expect(errorBudget(older, 0.95, burnWindows(40, {}), 2).status).toBe('met');
});

function batch(i: number, platforms: BatchRun['platforms']): BatchRun {
  return {
    batchId: `b${i}`,
    ecosystem: 'cargo',
    timestamp: iso(Date.UTC(2026, 0, 5) + i * 3_600_000),
    platforms,
  };
}

test('platform pass-rate objectives over the last 10 batches', () => {
  // darwin-arm64 tests 20 a batch: passes 19 in batches 1–8, 15 in batch 9, 10 in batch 10.
  // linux-glibc-x86_64 tests 10: all pass but 2 in batch 10. linux-arm64 tests only from batch 6.
  const runs = Array.from({ length: 12 }, (_, k) => {
    const i = k - 1; // batches −1 and 0 are older than the window of 10
    return batch(i, {
      'darwin-arm64': {
        tested: 20,
        passed: i === 10 ? 10 : i === 9 ? 15 : i < 1 ? 0 : 19,
        failed: 0,
      },
      'linux-glibc-x86_64': { tested: 10, passed: i === 10 ? 8 : 10, failed: 0 },
      'linux-arm64': { tested: i >= 6 ? 5 : 0, passed: i >= 6 ? 5 : 0, failed: 0 },
    });
  });
  const o = objectives({
    platforms: [{ match: '*', passRate: { objective: 0.9, overBatches: 10 } }],
  });
  const [darwin, arm, glibc] = platformObjectives(runs, o);
  // darwin: 200 tests, 8×1 + 5 + 10 = 23 failed; allowed 20; left 1 − 23/20 = −0.15: exhausted.
  expect(darwin!.platform).toBe('darwin-arm64');
  expect([darwin!.units, darwin!.events, darwin!.bad]).toEqual([10, 200, 23]);
  expect(darwin!.budgetLeft).toBeCloseTo(-0.15, 10);
  expect(darwin!.status).toBe('exhausted');
  // long ceil(10/4) = 3 batches (8, 9, 10): 16 of 60 failed → 0.2667/0.1 = 2.667; short 1 batch: 10/20 → 5.
  expect(darwin!.long.rate).toBeCloseTo(16 / 60 / 0.1, 10);
  expect(darwin!.short.rate).toBeCloseTo(5, 10);
  // glibc: 100 tests, 2 failed, allowed 10, left 0.8; long 2/30 → 0.667: met.
  expect(glibc!.budgetLeft).toBeCloseTo(0.8, 10);
  expect(glibc!.status).toBe('met');
  // linux-arm64 tested in batches 6–10 only: 5 units, nothing failed.
  expect([arm!.platform, arm!.units, arm!.status]).toEqual(['linux-arm64', 5, 'met']);
});

test('the history keeps as many batches as the objectives need, beyond the report window', () => {
  const acc = new HistoryAccumulator({ ...defaultHistoryOptions, last: 3, keepRuns: 10 });
  for (let i = 1; i <= 15; i++) acc.addRun(batch(i, { x: { tested: 1, passed: 1, failed: 0 } }));
  expect(acc.recentRuns().map((r) => r.batchId)).toEqual([
    'b6',
    'b7',
    'b8',
    'b9',
    'b10',
    'b11',
    'b12',
    'b13',
    'b14',
    'b15',
  ]);
  expect(acc.report().window.batches).toBe(3);
});

test('worst status and fail-on', () => {
  expect(worstStatus(['met', 'no-data', 'at-risk'])).toBe('at-risk');
  expect(worstStatus(['met', 'exhausted', 'at-risk'])).toBe('exhausted');
  expect(worstStatus([])).toBe('no-data');
  expect(failsOn('at-risk', 'exhausted')).toBe(false);
  expect(failsOn('exhausted', 'exhausted')).toBe(true);
  expect(failsOn('at-risk', 'at-risk')).toBe(true);
  expect(failsOn('exhausted', 'never')).toBe(false);
});

/**
 * The default objectives on the real goldenpath registry (53 distinct runs). The runs and
 * successes per phase are the hand-checked ones of __tests__/timing/report-timings.test.ts; the
 * budgets follow from them by the formulas written out below.
 */
import { readFile } from 'node:fs/promises';
import { timingsInsight } from '../../src/objectives/insight.js';
import { DEFAULT_OBJECTIVES } from '../../src/objectives/spec.js';
import { selectedTimingRuns } from '../../src/timing/report.js';

const registry = new URL('../fixtures/real/goldenpath/governance-registry/', import.meta.url)
  .pathname;
const FILES = [
  'environments/development/latest/build_timings.csv',
  'environments/main/latest/build_timings.csv',
];

// [phase, runs, successes] (report-timings.test.ts), all fewer than the default 30-run window.
const PHASES: Array<[string, number, number]> = [
  ['bootstrap', 9, 0],
  ['bootstrap-persistent', 2, 2],
  ['rds-apply', 5, 5],
  ['rds-deploy', 3, 0],
  ['teardown', 20, 12],
  ['teardown-persistent', 5, 0],
  ['terraform-apply', 9, 7],
];

test('default success objective (90% over the last 30 runs) on every real phase', async () => {
  const files = await Promise.all(
    FILES.map(async (file) => ({ file, content: await readFile(registry + file, 'utf8') })),
  );
  const insight = timingsInsight(
    selectedTimingRuns(files, { last: 0 }).selected,
    DEFAULT_OBJECTIVES,
  );
  const got = insight.phases.map((p) => {
    const s = p.objectives!.success!;
    return [p.phase, s.events, s.bad, Number(s.budgetLeft.toFixed(6)), s.status];
  });
  // allowed = 0.1 × runs; left = 1 − (runs − successes) / allowed; exhausted when ≤ 0.
  // e.g. teardown: 8 failed of 20, allowed 2, left 1 − 8/2 = −3.
  expect(got).toEqual(
    PHASES.map(([phase, runs, ok]) => {
      const left = 1 - (runs - ok) / (0.1 * runs);
      return [phase, runs, runs - ok, Number(left.toFixed(6)), left <= 0 ? 'exhausted' : 'met'];
    }),
  );
  expect(insight.status).toBe('exhausted');
  // teardown's long window, the last ceil(30/4) = 8 of its runs, and short, the last 2: the
  // burn rates say whether it is still failing now (bad / runs / 0.1).
  const teardown = insight.phases.find((p) => p.phase === 'teardown')!.objectives!.success!;
  expect([teardown.long.units, teardown.short.units]).toEqual([8, 2]);
  // By hand (Python over both CSVs, each run once by env, build, phase and start, in start
  // order): teardown's exit codes end 0 0 1 1 1 1 0 1 — 5 failed of the last 8, 1 of the last 2.
  expect([teardown.long.bad, teardown.short.bad]).toEqual([5, 1]);
  expect(teardown.long.rate).toBeCloseTo(5 / 8 / 0.1, 10);
  expect(teardown.short.rate).toBeCloseTo(1 / 2 / 0.1, 10);
});

test('cost per phase on the real registry: seconds summed independently, priced by hand', async () => {
  const files = await Promise.all(
    FILES.map(async (file) => ({ file, content: await readFile(registry + file, 'utf8') })),
  );
  const priced = {
    ...DEFAULT_OBJECTIVES,
    prices: {
      ...DEFAULT_OBJECTIVES.prices,
      infrastructurePerHour: [['dev', 2.5]] as Array<[string, number]>,
    },
  };
  const insight = timingsInsight(selectedTimingRuns(files, { last: 0 }).selected, priced);
  // Python over both CSVs, each run once (53): the sum of duration_seconds per phase.
  const seconds: Record<string, number> = {
    bootstrap: 1259,
    'bootstrap-persistent': 2013,
    'rds-apply': 0,
    'rds-deploy': 0,
    teardown: 3640,
    'teardown-persistent': 12577,
    'terraform-apply': 4827,
  };
  // Linux at $0.006/min plus dev at $2.50/h: seconds × (0.006/60 + 2.5/3600). teardown: 3640 s → $2.8918.
  for (const p of insight.phases)
    expect([p.phase, p.cost.total]).toEqual([
      p.phase,
      expect.closeTo(seconds[p.phase]! * (0.006 / 60 + 2.5 / 3600), 9),
    ]);
  expect(insight.phases.map((p) => p.cost.runs)).toEqual(PHASES.map(([, runs]) => runs));
});

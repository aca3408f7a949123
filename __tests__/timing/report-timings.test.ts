/**
 * `report timings` over the real goldenpath registry (its `main` folder repeats 37 rows of
 * `development`): each run counted once, regressions listed once, --env / --phase filters.
 *
 * Expected figures come from an independent pass over the two CSVs with Python's csv module
 * (no ci-ledger code), reproduced here so it can be re-run:
 *
 *   import csv, statistics, math
 *   seen = {}
 *   for f in ['development', 'main']:
 *       for r in list(csv.reader(open(f'{f}/latest/build_timings.csv', newline='')))[1:]:
 *           if len(r) >= 9:                    # line 2 of each file has 7 fields and no phase
 *               seen.setdefault((r[3], r[4], r[2], r[0]), r)   # env, build, phase, start
 *   # 90 rows with >= 9 fields, 53 distinct keys (every row of main repeats one of development)
 *   for each (env, phase), runs sorted by start:
 *       ok = durations (col 5) of runs with exit (col 6) == '0'
 *       median = statistics.median(ok)
 *       p95 = statistics.quantiles(ok, n=20, method='inclusive')[18]   # (n − 1) × 0.95, interpolated:
 *                                                   # Prometheus' quantile_over_time, numpy's default
 *       regression: exit 0 and duration > 1.5 * median(durations of successful runs started before)
 *
 *   dev bootstrap             9 runs, 0 ok
 *   dev bootstrap-persistent  2 runs, 2 ok, median 1006.5, p95 1015.95
 *   dev rds-apply             5 runs, 5 ok, median 0, p95 0
 *   dev rds-deploy            3 runs, 0 ok
 *   dev teardown             20 runs, 12 ok, median 37.5, p95 621.35
 *     (the median rule would say: 2025-12-25T15:48:42Z 131 s vs 34.5 (8 runs), 2025-12-26T07:42:03Z
 *      549 vs 35 (9), 2025-12-26T13:33:01Z 557 vs 35 (10), 2026-01-01T04:01:57Z 700 vs 35 (11);
 *      12 successful runs are enough for change-point detection, which finds one change:)
 *     ok = 470 34 34 34 35 35 4 40 131 | 549 557 700: a new level from 2025-12-26T07:42:03Z
 *     (build 26-12-25-03); mean before sum/9 = 817/9 = 90.78 s, after 1806/3 = 602 s, +563.2 %;
 *     scipy.stats.ttest_ind_from_stats(90.78, np.std(before), 9, 602, np.std(after), 3) → p 0.000128.
 *     A person reading the series agrees: nine teardowns of build 20250115-04 that mostly had nothing
 *     to destroy (~35 s), then teardowns that destroy a cluster (9–12 min).
 *   dev teardown-persistent   5 runs, 0 ok
 *   dev terraform-apply       9 runs, 7 ok, median 920, p95 1022.7 (under 8 ok: the median rule)
 *     regressions 2025-12-25T22:30:18Z 973 vs 463 (2), 2025-12-26T04:47:38Z 896 vs 463.5 (4)
 *
 * Before the fix the report counted 90 runs (teardown 39, terraform-apply 18, …) and listed 13
 * regressions: each of these six twice, and the failed teardown of 2026-01-23 (exit 1).
 */
import { readFile } from 'node:fs/promises';
import { timingsReport, type TimingsReport } from '../../src/timing/report.js';
import { runCli } from '../support/cli.js';
import { renderGfm, tablesOf, tagsOf } from '../support/gfm.js';

const registry = new URL('../fixtures/real/goldenpath/governance-registry', import.meta.url)
  .pathname;
const FILES = ['development', 'main'].map((env) => `environments/${env}/latest/build_timings.csv`);
const realFiles = () =>
  Promise.all(
    FILES.map(async (file) => ({ file, content: await readFile(`${registry}/${file}`, 'utf8') })),
  );

const EXPECTED_PHASES = [
  { phase: 'bootstrap', runs: 9, successes: 0, medianSeconds: undefined, p95Seconds: undefined },
  {
    phase: 'bootstrap-persistent',
    runs: 2,
    successes: 2,
    medianSeconds: 1006.5,
    p95Seconds: 1015.95,
  },
  { phase: 'rds-apply', runs: 5, successes: 5, medianSeconds: 0, p95Seconds: 0 },
  { phase: 'rds-deploy', runs: 3, successes: 0, medianSeconds: undefined, p95Seconds: undefined },
  {
    phase: 'teardown',
    runs: 20,
    successes: 12,
    medianSeconds: 37.5,
    p95Seconds: 621.3499999999999,
  } /* 621.35 as doubles round it, in Python and Prometheus alike */,
  {
    phase: 'teardown-persistent',
    runs: 5,
    successes: 0,
    medianSeconds: undefined,
    p95Seconds: undefined,
  },
  { phase: 'terraform-apply', runs: 9, successes: 7, medianSeconds: 920, p95Seconds: 1022.7 },
];
const EXPECTED_REGRESSIONS = [
  ['terraform-apply', '2025-12-25T22:30:18Z', 973, 463, 2],
  ['terraform-apply', '2025-12-26T04:47:38Z', 896, 463.5, 4],
];

const EXPECTED_CHANGES = [
  ['teardown', '2025-12-26T07:42:03Z', '26-12-25-03', 90.78, 602, 9, 3, 5.632],
];
const changesOf = (report: TimingsReport) =>
  report.phases.flatMap((p) =>
    p.changes.map((c) => {
      expect(c.pValue).toBeCloseTo(0.000128, 6);
      return [
        p.phase,
        c.start,
        c.buildId,
        Math.round(c.meanBeforeSeconds * 100) / 100,
        c.meanAfterSeconds,
        c.runsBefore,
        c.runsAfter,
        Math.round(c.relativeChange * 1000) / 1000,
      ];
    }),
  );

const regressionsOf = (report: TimingsReport) =>
  report.phases.flatMap((p) =>
    p.regressions.map((g) => [
      p.phase,
      g.start,
      g.durationSeconds,
      g.baselineSeconds,
      g.baselineRuns,
    ]),
  );

describe('the real goldenpath registry: each run once', () => {
  test('53 distinct runs from 90 rows; per-phase figures and regressions as computed independently', async () => {
    const report = timingsReport(await realFiles(), { last: 0 });
    expect(report.runs).toBe(53);
    expect(report.files.map((f) => [f.file, f.rows, f.repeated, f.conflicting, f.envs])).toEqual([
      [FILES[0], 53, 0, 0, ['dev']],
      [FILES[1], 37, 37, 0, ['dev']],
    ]);
    expect(report.phases.map((p) => p.env)).toEqual(Array(7).fill('dev'));
    expect(
      report.phases.map(({ phase, runs, successes, medianSeconds, p95Seconds }) => ({
        phase,
        runs,
        successes,
        medianSeconds,
        p95Seconds,
      })),
    ).toEqual(EXPECTED_PHASES);
    expect(report.phases.reduce((n, p) => n + p.runs, 0)).toBe(53);
    expect(regressionsOf(report)).toEqual(EXPECTED_REGRESSIONS);
    expect(changesOf(report)).toEqual(EXPECTED_CHANGES);
    expect(report.phases.map((p) => p.regressionRule)).toEqual([
      'median', // no successful run
      'median',
      'median',
      'median',
      'change-points', // teardown: 12 successful runs
      'median',
      'median', // terraform-apply: 7
    ]);
  });

  test('the same answer whichever file is read first, and from one file alone', async () => {
    const [development, main] = await realFiles();
    const reversed = timingsReport([main!, development!], { last: 0 });
    expect(reversed.runs).toBe(53);
    // main's 37 rows are read first; then 37 of development's 53 rows repeat them.
    expect(reversed.files.map((f) => f.repeated)).toEqual([0, 37]);
    expect(regressionsOf(reversed)).toEqual(EXPECTED_REGRESSIONS);
    expect(changesOf(reversed)).toEqual(EXPECTED_CHANGES);
    expect(timingsReport([development!], { last: 0 }).runs).toBe(53);
  });

  test('--env and --phase pick runs; --last keeps the judgement against the whole history', async () => {
    const report = timingsReport(await realFiles(), {
      last: 3,
      env: 'dev',
      phase: 'terraform-apply',
    });
    expect(report.phases).toHaveLength(1);
    // The last three terraform-apply runs by start (python pass): 896, 965, 1044 s, all exit 0.
    expect(report.phases[0]).toMatchObject({
      phase: 'terraform-apply',
      runs: 3,
      successes: 3,
      medianSeconds: 965,
    });
    expect(regressionsOf(report)).toEqual([EXPECTED_REGRESSIONS[1]]);
  });

  test('a filter that matches nothing names what there is', async () => {
    const files = await realFiles();
    expect(() => timingsReport(files, { last: 0, env: 'main' })).toThrow(
      'No run has env "main". Envs recorded: dev. --env is the env column (what record-timing was given as --env), not the folder: environments/main/latest/build_timings.csv holds rows of env dev.',
    );
    expect(() => timingsReport(files, { last: 0, env: 'dev', phase: 'apply' })).toThrow(
      'No run has phase "apply" in env "dev". Phases recorded: bootstrap, bootstrap-persistent, rds-apply, rds-deploy, teardown, teardown-persistent, terraform-apply.',
    );
  });
});

describe('repeated rows that disagree', () => {
  const HEADER =
    'start_time_utc,end_time_utc,phase,env,build_id,duration_seconds,exit_code,flags,resources_added,resources_changed,resources_destroyed,log_path';
  test('the first copy is kept, and the disagreement is counted and said', () => {
    const a = `${HEADER}\n2026-01-01T00:00:00Z,2026-01-01T00:10:00Z,apply,dev,b1,600,0,,1,0,0,a.log\n`;
    const b = `${HEADER}\n2026-01-01T00:00:00Z,2026-01-01T00:20:00Z,apply,dev,b1,1200,1,,1,0,0,b.log\n2026-01-01T00:00:00Z,2026-01-01T00:10:00Z,apply,dev,b1,600,0,,1,0,0,a.log\n`;
    const report = timingsReport(
      [
        { file: 'environments/development/latest/build_timings.csv', content: a },
        { file: 'environments/copy/latest/build_timings.csv', content: b },
      ],
      { last: 0 },
    );
    expect(report.runs).toBe(1);
    expect(report.phases[0]).toMatchObject({ runs: 1, successes: 1, medianSeconds: 600 });
    expect(report.files[1]).toMatchObject({ rows: 2, repeated: 2, conflicting: 1 });
  });
});

describe('ci-ledger report timings (the built CLI) on the real registry', () => {
  test('text: one line per phase, each regression once, and what was read', async () => {
    const run = await runCli(['report', 'timings', '--data-dir', registry]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^ {2}dev teardown\s+runs\s+20\s+success\s+60%\s+median\s+38s\s+p95\s+10m 21s/m,
    );
    expect(run.stdout).toMatch(
      /^ {2}dev teardown-persistent\s+runs\s+5\s+success\s+0%\s+median\s+–/m,
    );
    // One change for teardown, two median-rule regressions for terraform-apply (7 successful runs).
    expect(run.stdout.match(/regression: /g)).toHaveLength(3);
    expect(run.stdout).toContain(
      'regression: from 2025-12-26T07:42:03Z build 26-12-25-03, mean 1m 31s → 10m 02s (+563%, slower) over 9 → 3 successful runs, p 0.00013',
    );
    expect(run.stdout).toContain(
      'regression: 2025-12-26T04:47:38Z build 26-12-25-03 took 14m 56s, 1.9× the median 7m 44s of 4 successful run(s) before it',
    );
    expect(run.stdout.match(/too few successful runs for change-point detection/g)).toHaveLength(3);
    expect(run.stdout).toContain('90 rows, 53 distinct runs.');
    expect(run.stdout).toContain('37 row(s) repeat a run already read');
    expect(run.stdout).toContain('environments/main/latest/build_timings.csv (37 rows, env dev)');
  });

  test('markdown: tables intact through cmark-gfm, one row per change and per regression, data text inert', async () => {
    const run = await runCli(['report', 'timings', '--data-dir', registry, '--format', 'markdown']);
    expect(run.code).toBe(0);
    const html = renderGfm(run.stdout);
    const [phases, changes, regressions] = tablesOf(html);
    expect(phases![0]).toEqual([
      'Env',
      'Phase',
      'Runs',
      'Success',
      'Median (successful)',
      'p95 (successful)',
      'Last run',
      'Changes',
      'Regressions',
    ]);
    expect(phases!.slice(1).map((r) => [r[1], r[2], r[7], r[8]])).toEqual(
      EXPECTED_PHASES.map((p) => [
        p.phase,
        String(p.runs),
        p.phase === 'teardown' ? '1' : '– (too few runs)',
        String(
          p.phase === 'teardown' ? 1 : EXPECTED_REGRESSIONS.filter((g) => g[0] === p.phase).length,
        ),
      ]),
    );
    expect(changes).toEqual([
      [
        'Env',
        'Phase',
        'From (UTC)',
        'First build',
        'Mean before (runs)',
        'Mean after (runs)',
        'Change',
        'Significance',
      ],
      [
        'dev',
        'teardown',
        '2025-12-26T07:42:03Z',
        '26-12-25-03',
        '1m 31s (9)',
        '10m 02s (3)',
        '+563% ⚠️ slower',
        'p 0.00013',
      ],
    ]);
    expect(regressions!.slice(1).map((r) => [r[1], r[2], r[3]])).toEqual([
      // A real build id full of '#': shown as written, not as a heading or anything else.
      ['terraform-apply', '2025-12-25T22:30:18Z', '20250115-06#####NEEDTOUPDATE###'],
      ['terraform-apply', '2025-12-26T04:47:38Z', '26-12-25-03'],
    ]);
    // strong: the objectives' line that opens their section when one is at risk or exhausted.
    expect([...tagsOf(html)].sort()).toEqual(
      ['h2', 'h3', 'p', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr'].sort(),
    );
  });

  test('json with filters; bad filters and a wrong folder get one clear error', async () => {
    const json = await runCli([
      'report',
      'timings',
      '--data-dir',
      registry,
      '--env',
      'dev',
      '--phase',
      'teardown',
      '--format',
      'json',
    ]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as TimingsReport & { source: { where: string } };
    expect(report.source.where).toBe(`directory ${registry}`);
    expect(report.filter).toEqual({ last: 0, env: 'dev', phase: 'teardown' });
    expect(
      report.phases.map((p) => [p.phase, p.runs, p.regressionRule, p.regressions.length]),
    ).toEqual([['teardown', 20, 'change-points', 0]]);
    expect(report.phases[0]!.changes).toEqual([
      expect.objectContaining({
        start: '2025-12-26T07:42:03Z',
        buildId: '26-12-25-03',
        meanAfterSeconds: 602,
        runsBefore: 9,
        runsAfter: 3,
        regression: true,
      }),
    ]);

    const cases: Array<[string[], number, RegExp]> = [
      [
        ['--env', 'development'],
        1,
        /^ci-ledger report: No run has env "development"\. Envs recorded: dev\. --env is the env column .* not the folder: environments\/development\/latest\/build_timings\.csv holds rows of env dev\.$/,
      ],
      [['--phase', 'apply'], 1, /No run has phase "apply"\. Phases recorded: bootstrap, /],
      [['--last', 'x'], 1, /last "x" is not a whole number of runs/],
      [
        ['--ecosystem', 'cargo'],
        2,
        /--ecosystem applies to `ci-ledger report`, not to `ci-ledger report timings`/,
      ],
    ];
    for (const [args, code, message] of cases) {
      const run = await runCli(['report', 'timings', '--data-dir', registry, ...args]);
      expect({ args, code: run.code }).toEqual({ args, code });
      expect(run.stderr.trim().split('\n')[0]).toMatch(message);
    }
    const wrong = await runCli(['report', 'timings', '--data-dir', `${registry}/environments`]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim()).toBe(
      `ci-ledger report: No environments/*/latest/build_timings.csv in directory ${registry}/environments. Point --data-dir at the folder that holds environments/ (a checkout of the registry branch).`,
    );
  });
});

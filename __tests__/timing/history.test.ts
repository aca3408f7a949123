import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { readTimingHistory } from '../../src/timing/history.js';
import { migrateTimings } from '../../src/timing/migrate.js';
import { TIMING_COLUMNS, timingRow, timingRowLine } from '../../src/timing/row.js';
import { judgeRun, phaseStats, quantile, runsBefore, runsOf } from '../../src/timing/stats.js';

const registry = (env: string) =>
  readFile(
    new URL(
      `../fixtures/real/goldenpath/governance-registry/environments/${env}/latest/build_timings.csv`,
      import.meta.url,
    ),
    'utf8',
  );

describe('reading the real goldenpath registry (9-, 11- and 12-column rows under a 9-column header)', () => {
  test('every row is either mapped by its shape or reported with its line', async () => {
    const text = await registry('development');
    const history = readTimingHistory(text);
    const dataRows = (parse(text, { relax_column_count: true }) as string[][]).length - 1;
    expect(history.rows.length + history.unmapped.length).toBe(dataRows);
    // The one 7-field row has no phase: it is reported, not guessed.
    expect(history.unmapped).toEqual([
      expect.objectContaining({ line: 2, fields: expect.arrayContaining(['20250115-03', '780']) }),
    ]);
  });

  test('12-column rows keep their resources; 11-column rows are the 12 without flags', async () => {
    const { rows } = readTimingHistory(await registry('development'));
    const teardown11 = rows.find((r) => r.build_id === '23-01-26-01');
    expect(teardown11).toMatchObject({
      phase: 'teardown',
      duration_seconds: '1003',
      exit_code: '1',
      flags: '',
      resources_added: '0',
      log_path: 'https://github.com/mikeybeezy/goldenpath-idp-infra/actions/runs/21282298220',
    });
    const bootstrap = rows.find((r) => r.start_time_utc === '2026-01-24T14:43:27Z');
    expect(bootstrap).toMatchObject({
      phase: 'bootstrap-persistent',
      build_id: 'persistent',
      duration_seconds: '996',
      exit_code: '0',
    });
    const nineColumn = rows.find((r) => r.build_id === '20250115-02');
    expect(nineColumn).toMatchObject({ phase: 'bootstrap', exit_code: '255', resources_added: '' });
    expect(nineColumn?.flags).toContain('SCALE_DOWN_AFTER_BOOTSTRAP=true');
  });

  test('phase statistics over the real runs, checked by hand: median and p95 of successful runs only', async () => {
    const rows = readTimingHistory(await registry('development')).rows;
    const teardown = runsOf(rows, 'dev', 'teardown-persistent');
    // Durations in the file: 3309, 3050, 3075, 58, 3085 — all exit 1: no successful run, no median.
    expect(teardown.map((r) => Number(r.duration_seconds))).toEqual([3309, 3050, 3075, 58, 3085]);
    expect(phaseStats(teardown)).toMatchObject({
      runs: 5,
      successes: 0,
      successRate: 0,
      medianSeconds: undefined,
      p95Seconds: undefined,
    });
    // bootstrap-persistent: 996 and 1017 s, both exit 0 → median (996 + 1017) / 2 = 1006.5,
    // p95 at position 0.95 × (2 − 1): 996 × 0.05 + 1017 × 0.95 = 1015.95.
    expect(phaseStats(runsOf(rows, 'dev', 'bootstrap-persistent'))).toMatchObject({
      runs: 2,
      successes: 2,
      medianSeconds: 1006.5,
      p95Seconds: 1015.95,
    });
  });
});

describe('statistics', () => {
  test("median and p95 interpolate, as Prometheus' quantile_over_time does", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([], 0.5)).toBeUndefined();
    // 1..20: position 0.95 × 19 = 18.05 → 19 × 0.95 + 20 × 0.05 = 19.05 (numpy.percentile: 19.05).
    expect(
      quantile(
        [...Array(20).keys()].map((i) => i + 1),
        0.95,
      ),
    ).toBeCloseTo(19.05, 12);
    expect(quantile([7], 0.95)).toBe(7);
  });

  const make = (start: string, seconds: number, exit = 0) =>
    timingRow({
      env: 'dev',
      buildId: 'persistent',
      phase: 'bootstrap',
      start: new Date(start),
      end: new Date(Date.parse(start) + seconds * 1000),
      exitCode: exit,
      flags: '',
      logPath: 'l',
    });
  const history = [
    make('2026-01-01T00:00:00Z', 1000),
    make('2026-01-02T00:00:00Z', 1100),
    make('2026-01-03T00:00:00Z', 5, 1), // a failed run that stopped early is not a baseline
    make('2026-01-04T00:00:00Z', 1000),
  ];

  test('a successful run over 1.5x the median of the successful runs before it is a regression', () => {
    const slow = make('2026-01-05T00:00:00Z', 1501);
    const later = make('2026-01-06T00:00:00Z', 900);
    // Before `slow`: the successful 1000, 1100, 1000 → median 1000; the later run is not before it.
    const before = phaseStats(runsBefore([...history, slow, later], slow));
    expect(before).toMatchObject({ runs: 4, successes: 3, medianSeconds: 1000 });
    expect(judgeRun(slow, before)).toEqual({ ratio: 1.501, regression: true });
    expect(judgeRun(make('2026-01-05T00:00:00Z', 1500), before).regression).toBe(false);
  });

  test('a failed run is never a regression, however long it took', () => {
    const hung = make('2026-01-05T00:00:00Z', 3600, 1);
    const before = phaseStats(runsBefore([...history, hung], hung));
    expect(judgeRun(hung, before)).toEqual({ ratio: 3.6, regression: false });
  });

  test('without a successful run before it, a run is not judged', () => {
    const first = make('2026-01-01T00:00:00Z', 5000);
    expect(judgeRun(first, phaseStats(runsBefore([first], first)))).toEqual({
      ratio: undefined,
      regression: false,
    });
  });
});

describe('migrateTimings', () => {
  test('rewrites the real file to the 12-column header and keeps what it cannot map', async () => {
    const text = await registry('development');
    const migration = migrateTimings(text, 'build_timings.csv');
    const [header, ...rows] = parse(migration.content) as string[][];
    expect(header).toEqual([...TIMING_COLUMNS]);
    expect(rows).toHaveLength(migration.rows);
    expect(rows.every((r) => r.length === 12)).toBe(true);
    expect(migration.unmapped.map((u) => u.line)).toEqual([2]);
    expect(migration.unmappedContent).toContain('20250115-03');
    // A 9-column row's fields land under their names.
    const old = rows.find((r) => r[4] === '20250115-04')!;
    expect(old.slice(0, 7)).toEqual([
      '2025-12-25T13:37:56Z',
      '2025-12-25T13:37:56Z',
      'bootstrap',
      'dev',
      '20250115-04',
      '0',
      '255',
    ]);
    expect(old[11]).toBe('logs/build-timings/bootstrap-dev-20250115-04-20251225T133756Z.log');
    // Migrating again: already current.
    expect(() => migrateTimings(migration.content, 'build_timings.csv')).toThrow(
      /already has the current 12-column header/,
    );
  });
});

describe('timingRow', () => {
  const base = {
    env: 'dev',
    buildId: 'persistent',
    phase: 'bootstrap-persistent',
    exitCode: 0,
    flags: 'A="x, y"',
    logPath: 'logs/a.log',
  };
  test('whole seconds, quoted flags', () => {
    const row = timingRow({
      ...base,
      start: new Date('2026-01-24T08:00:00.900Z'),
      end: new Date('2026-01-24T08:16:40.100Z'),
    });
    expect(row.duration_seconds).toBe('1000');
    expect(timingRowLine(row)).toBe(
      '2026-01-24T08:00:00Z,2026-01-24T08:16:40Z,bootstrap-persistent,dev,persistent,1000,0,"A=""x, y""",,,,logs/a.log',
    );
  });
  test('end before start is an error', () => {
    expect(() =>
      timingRow({
        ...base,
        start: new Date('2026-01-24T08:00:00Z'),
        end: new Date('2026-01-24T07:00:00Z'),
      }),
    ).toThrow(/before the start/);
  });
});

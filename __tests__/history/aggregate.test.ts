import { HistoryAccumulator } from '../../src/history/aggregate.js';
import { defaultHistoryOptions, type HistoryOptions } from '../../src/history/options.js';
import { weekStart } from '../../src/history/time.js';
import type { BatchRun, Failure } from '../../src/history/records.js';
import { toBatchRun, toFailures } from '../../src/history/records.js';
import { batchSummary } from '../../src/report/batch-summary.js';
import { trendChart } from '../../src/report/history-sections.js';
import { renderGfm, tablesOf, tagsOf } from '../support/gfm.js';

const run = (
  batchId: string,
  day: number,
  musl: [number, number],
  ecosystem = 'cargo',
  macos = 10,
): BatchRun => ({
  batchId,
  ecosystem,
  timestamp: `2026-01-${String(day).padStart(2, '0')}T10:00:00Z`,
  total: 10,
  merged: 8,
  macosMinutes: macos,
  platforms: {
    'linux-glibc-x86_64': { tested: 10, passed: 9, failed: 1 },
    'linux-musl-x86_64': { tested: musl[1], passed: musl[0], failed: musl[1] - musl[0] },
  },
});

const options = (over: Partial<HistoryOptions> = {}): HistoryOptions => ({
  ...defaultHistoryOptions,
  last: 2,
  ...over,
});

describe('HistoryAccumulator', () => {
  // Jan 19 is a Monday. Runs arrive out of order, one twice.
  const runs = [
    run('b3', 21, [2, 10]),
    run('b1', 19, [8, 10]),
    run('b2', 20, [6, 10]),
    run('b4', 22, [1, 10]),
    run('b3', 21, [2, 10]),
  ];

  test('window of the last N by time, change against the N before, duplicates ignored', () => {
    const acc = new HistoryAccumulator(options());
    runs.forEach((r) => acc.addRun(r));
    const r = acc.report();
    expect(r.counts).toMatchObject({ runs: 4, duplicateRuns: 1 });
    expect(r.window).toMatchObject({
      batches: 2,
      from: '2026-01-21T10:00:00Z',
      to: '2026-01-22T10:00:00Z',
    });
    // musl: window b3+b4 = 3/20 = 15%; before: b1+b2 = 14/20 = 70%.
    expect(r.platforms['linux-musl-x86_64']).toMatchObject({
      passed: 3,
      tested: 20,
      passRate: 0.15,
      previousPassRate: 0.7,
    });
    expect(r.insights.weakestPlatform).toBe('linux-musl-x86_64');
    expect(r.trend.map((t) => t.batchId)).toEqual(['b3', 'b4']);
    expect(r.focus?.batchId).toBe('b4');
  });

  test("macOS budget of the focus batch's week: used, burn per day, projection", () => {
    const acc = new HistoryAccumulator(options({ macosBudgetMinutes: 100 }));
    runs.forEach((r) => acc.addRun(r));
    // Mon 19 → Thu 22 10:00: 40 minutes in 3.4167 days → 11.7/day → 81.95 projected (under 100).
    expect(acc.report().macos).toMatchObject({
      weekStart: '2026-01-19T00:00:00Z',
      usedMinutes: 40,
      burnPerDay: 11.7,
      projectedMinutes: 82,
      overBudget: false,
      batches: 4,
    });
    const tight = new HistoryAccumulator(options({ macosBudgetMinutes: 60 }));
    runs.forEach((r) => tight.addRun(r));
    expect(tight.report().macos?.overBudget).toBe(true);
  });

  test('unlock: per platform, the category of the recipes that fail only there; consider skipping', () => {
    const acc = new HistoryAccumulator(options({ last: 3, skipMinRuns: 3, skipThreshold: 0.5 }));
    runs.forEach((r) => acc.addRun(r));
    const f = (recipe: string, environment: string, category: string, batchId = 'b3'): Failure => ({
      batchId,
      recipe,
      environment,
      category,
    });
    [
      f('rg', 'linux-musl-x86_64', 'binary_incompatible'),
      f('fd', 'linux-musl-x86_64', 'binary_incompatible'),
      f('bat', 'linux-musl-x86_64', 'missing_dep'),
      f('bat', 'linux-glibc-x86_64', 'missing_dep'), // fails on two platforms: unlocks nothing alone
      f('old', 'linux-musl-x86_64', 'missing_dep', 'b1'), // outside the window
    ].forEach((x) => acc.addFailure(x));
    const r = acc.report();
    expect(r.insights.unlock).toEqual([
      {
        platform: 'linux-musl-x86_64',
        category: 'binary_incompatible',
        recipes: 2,
        examples: ['fd', 'rg'],
      },
    ]);
    expect(r.categories['linux-musl-x86_64']).toEqual([
      { category: 'binary_incompatible', count: 2, share: 2 / 3 },
      { category: 'missing_dep', count: 1, share: 1 / 3 },
    ]);
    // musl over b2..b4: failed 4+8+9 = 21 of 30 = 70% > 50% over 3 batches.
    expect(r.insights.considerSkipping).toEqual([
      { ecosystem: 'cargo', platform: 'linux-musl-x86_64', failureRate: 0.7, batches: 3 },
    ]);
  });

  test('weeks can start on another day', () => {
    expect(weekStart('2026-01-22T10:00:00Z', 1)).toBe('2026-01-19T00:00:00Z');
    expect(weekStart('2026-01-22T10:00:00Z', 0)).toBe('2026-01-18T00:00:00Z');
    expect(weekStart('2026-01-18T23:59:59Z', 1)).toBe('2026-01-12T00:00:00Z');
  });
});

describe('normalising real record shapes', () => {
  test('ecosystems map, no skipped field, file-name timestamps', () => {
    expect(
      toBatchRun({
        batch_id: 'x',
        ecosystems: { npm: 1, pypi: 2 },
        timestamp: '2026-05-27T08:07:06Z',
        platforms: { 'linux-x86_64': { tested: 2, passed: 1, failed: 1 } },
      }),
    ).toMatchObject({
      ecosystem: 'mixed',
      platforms: { 'linux-x86_64': { tested: 2, passed: 1, failed: 1 } },
    });
    expect(toBatchRun({ run_at: 'x', sources_processed: [] })).toBeUndefined();
    expect(
      toFailures({
        schema_version: 1,
        ecosystem: 'crates.io',
        environment: 'linux-glibc-x86_64',
        updated_at: '2026-02-19T08-45-18Z',
        failures: [{ package_id: 'crates.io:ascii', category: 'validation_failed', message: 'm' }],
      }),
    ).toEqual([
      {
        batchId: undefined,
        ecosystem: 'crates.io',
        recipe: 'ascii',
        environment: 'linux-glibc-x86_64',
        category: 'validation_failed',
        message: 'm',
        timestamp: '2026-02-19T08:45:18Z',
      },
    ]);
    expect(
      toFailures({
        schema_version: 1,
        recipe: 'aws-cdk',
        platform: 'linux-alpine-musl-x86_64',
        exit_code: 6,
        category: 'deterministic',
        timestamp: '2026-02-19T08:54:36Z',
      }),
    ).toMatchObject([
      { recipe: 'aws-cdk', environment: 'linux-alpine-musl-x86_64', category: 'deterministic' },
    ]);
  });
});

describe('batch summary', () => {
  const hostile = '<img src=x onerror=alert(1)>|a|b';
  const build = () => {
    const acc = new HistoryAccumulator(options({ last: 3, platformOf: (e) => e }));
    [
      run('2026-01-19-001', 19, [8, 10]),
      run('2026-01-20-001', 20, [6, 10]),
      run('b"]; line [999', 21, [2, 10]),
    ].forEach((r) => acc.addRun(r));
    acc.addFailure({
      batchId: 'b"]; line [999',
      recipe: hostile,
      environment: 'linux-musl-x86_64',
      category: `${hostile} **x**`,
    });
    return acc.report();
  };

  test('renders as GFM: the batch table, categories, budget, trends, chart, insights — hostile text stays text', () => {
    const summary = batchSummary(build(), { minPassRate: 0.5, skipThreshold: 0.8 });
    const html = renderGfm(summary.markdown);
    const allowed = new Set([
      'h2',
      'h3',
      'p',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'code',
      'strong',
      'blockquote',
      'em',
      'ul',
      'li',
      'pre',
      'details',
      'summary',
    ]);
    expect([...tagsOf(html)].filter((t) => !allowed.has(t))).toEqual([]);
    const [batch, failing, categories] = tablesOf(html);
    // The failing recipes, listed (folded in <details>), hostile text inert.
    expect(failing).toEqual([
      ['Recipe', 'Category', 'Exit code', 'Message (first line)'],
      [
        '&lt;img src=x onerror=alert(1)&gt;|a|b',
        '&lt;img src=x onerror=alert(1)&gt;|a|b **x**',
        '–',
        '–',
      ],
    ]);
    // By hand: the change is against the batch before (2026-01-20-001: glibc 9/10, musl 6/10,
    // total 15/20); the trend is one block per batch of the window, ▁…█ for 0–100% in eighths
    // rounded to the nearest of eight heights, 0% ▁ … 100% █: glibc 90% → 6.3 → ▇ (×3);
    // musl 80% → 5.6 → ▇, 60% → 4.2 → ▅, 20% → 1.4 → ▂.
    expect(batch).toEqual([
      [
        'Platform',
        'Tested',
        'Passed',
        'Failed',
        'Skipped',
        'Pass rate',
        'vs previous',
        'Trend (3 batches)',
        'Duration',
      ],
      ['linux-glibc-x86_64', '10', '9', '1', '0', '90.0%', '+0.0 pts', '▇▇▇', '–'],
      ['linux-musl-x86_64', '10', '2', '8', '0', '20.0%', '−40.0 pts', '▇▅▂', '–'],
      ['Total', '20', '11', '9', '0', '55.0%', '−20.0 pts', '', ''],
    ]);
    expect(categories![1]).toEqual([
      'linux-musl-x86_64',
      '&lt;img src=x onerror=alert(1)&gt;|a|b **x** (1, 100%)',
    ]);
    expect(summary.breaches).toEqual(['linux-musl-x86_64']);
    expect(summary.markdown).toContain(
      '> [!CAUTION]\n> - linux-musl-x86\\_64 passed 2/10 \\(20%\\), below the minimum pass rate of 50%.',
    );
    // The page leads with the status and the alerts, before any table.
    expect(summary.markdown.indexOf('[!CAUTION]')).toBeLessThan(summary.markdown.indexOf('|'));
    expect(summary.markdown).toMatch(/^## ❌ \*\*Batch b/);
    expect(summary.markdown).toContain('**macOS budget:** 30 / 1000 min');
  });

  test('the Mermaid chart: one line per platform, quoted labels that cannot break out', () => {
    const chart = trendChart(build())!;
    expect(chart).toContain('xychart-beta');
    expect(chart).toContain('x-axis ["2026-01-19-001", "2026-01-20-001", "b line 999"]');
    expect(chart).toContain('line [90, 90, 90]');
    expect(chart).toContain('line [80, 60, 20]');
    expect(chart).toContain('🔵 linux-glibc-x86\\_64 · 🟠 linux-musl-x86\\_64');
  });

  test('over the size limit, optional sections are dropped and the summary says so', () => {
    const full = batchSummary(build(), { skipThreshold: 0.8 });
    const small = batchSummary(build(), { skipThreshold: 0.8, limitBytes: full.bytes - 10 });
    expect(small.bytes).toBeLessThanOrEqual(full.bytes - 10);
    expect(small.dropped.length).toBeGreaterThan(0);
    expect(small.markdown).toContain("Left out to stay under GitHub's 1 MiB summary limit");
    expect(small.markdown).toMatch(/^## .*Batch/);
  });
});

describe('terminal output', () => {
  test('escape sequences from data never reach the terminal', async () => {
    const { historyText } = await import('../../src/report/history-report.js');
    const acc = new HistoryAccumulator(options({ last: 1 }));
    acc.addRun(run('b1', 19, [1, 2]));
    acc.addFailure({
      batchId: 'b1',
      recipe: 'x',
      environment: 'linux-musl-x86_64',
      category: '\u001b]0;pwned\u0007\u001b[2Jcleared',
    });
    const out = historyText(
      {
        report: acc.report(),
        files: { metrics: 1, failures: 1 },
        skipped: [],
        ignored: 0,
        readFromEnd: false,
        recent: [],
        weeks: [],
      },
      0.8,
    );
    expect(out).toContain('?]0;pwned??[2Jcleared');
    // eslint-disable-next-line no-control-regex -- asserting none is left
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  test('--platform narrows the report to one platform', () => {
    const acc = new HistoryAccumulator(options({ platform: 'linux-musl-x86_64' }));
    [run('b1', 19, [8, 10]), run('b2', 20, [6, 10])].forEach((r) => acc.addRun(r));
    acc.addFailure({
      batchId: 'b2',
      recipe: 'x',
      environment: 'linux-glibc-x86_64',
      category: 'missing_dep',
    });
    const r = acc.report();
    expect(Object.keys(r.platforms)).toEqual(['linux-musl-x86_64']);
    expect(r.categories).toEqual({});
  });
});

/**
 * Generated histories of the shapes real pipelines produce — 1, 10, 30 and 50 batches, a
 * platform missing from a batch, a platform that tested nothing, batch ids shared by several
 * records, a batch recorded out of time order — and what the summary makes of them. Every
 * expected figure is computed here from the generator's own formula, not by the code under test.
 */
import { aggregateBatch } from '../../src/batch/aggregate.js';
import { parseCategoryMap, parsePlatformMap } from '../../src/batch/maps.js';
import { HistoryAccumulator } from '../../src/history/aggregate.js';
import { defaultHistoryOptions, type HistoryOptions } from '../../src/history/options.js';
import type { BatchRun } from '../../src/history/records.js';
import { batchSummary } from '../../src/report/batch-summary.js';
import { trendChart } from '../../src/report/history-sections.js';
import { renderGfm, tablesOf } from '../support/gfm.js';

const stamp = (i: number) =>
  new Date(Date.UTC(2026, 2, 1) + i * 6 * 3_600_000).toISOString().slice(0, 19) + 'Z';

/** glibc passes (10 + i % 7) of 20 in batch i; musl has no record in batch 3 and tests nothing in batch 5. */
const glibcPassed = (i: number) => 10 + (i % 7);
function batch(i: number, id = `b${i}`): BatchRun {
  const platforms: BatchRun['platforms'] = {
    'linux-glibc-x86_64': { tested: 20, passed: glibcPassed(i), failed: 20 - glibcPassed(i) },
  };
  if (i !== 3)
    platforms['linux-musl-x86_64'] =
      i === 5 ? { tested: 0, passed: 0, failed: 0 } : { tested: 10, passed: 9, failed: 1 };
  return { batchId: id, ecosystem: 'cargo', timestamp: stamp(i), platforms, macosMinutes: 1 };
}

function report(n: number, over: Partial<HistoryOptions> = {}) {
  const acc = new HistoryAccumulator({
    ...defaultHistoryOptions,
    last: n,
    platformOf: (e) => e,
    ...over,
  });
  for (let i = 0; i < n; i++) acc.addRun(batch(i));
  return acc.report();
}

/** The `line [...]` rows of a Mermaid chart, as numbers. */
const lines = (chart: string) =>
  [...chart.matchAll(/^ {4}line \[(.*)\]$/gm)].map((m) => m[1]!.split(', ').map(Number));

describe('the chart at 1, 10, 30 and 50 batches', () => {
  test('1 batch: no chart (a line needs two points), and the page still renders', () => {
    const r = report(1);
    expect(trendChart(r)).toBeUndefined();
    const html = renderGfm(batchSummary(r, { skipThreshold: 0.8 }).markdown);
    expect(tablesOf(html)[0]![0]![0]).toBe('Platform');
  });

  test.each([10, 30, 50])(
    '%i batches: glibc point by point; musl, with a gap, is not drawn',
    (n) => {
      const r = report(n);
      const chart = trendChart(r, 0.8)!;
      // glibc: (10 + i % 7) / 20 as a percentage, one decimal, for every batch.
      const expected = Array.from(
        { length: n },
        (_, i) => Math.round((glibcPassed(i) / 20) * 1000) / 10,
      );
      const [glibc, floor, ...rest] = lines(chart);
      expect(glibc).toEqual(expected);
      // The min-pass-rate line, flat at 80.
      expect(floor).toEqual(Array(n).fill(80));
      expect(rest).toEqual([]);
      // musl lacks a record in batch 3 and tested nothing in batch 5: no invented point, named instead.
      expect(chart).toContain(
        'Not drawn, having no results in some of these batches (see the table): linux-musl-x86\\_64.',
      );
      // Past 5 batches the x axis is positions, so labels cannot overlap.
      expect(chart).toContain(
        `x-axis "Batch (1 = oldest, 2026-03-01; ${n} = newest, ${stamp(n - 1).slice(0, 10)})" 1 --> ${n}`,
      );
    },
  );

  test('a window without the gap draws musl too, and with batch ids as labels when few', () => {
    const acc = new HistoryAccumulator({ ...defaultHistoryOptions, last: 4, platformOf: (e) => e });
    for (let i = 6; i < 10; i++) acc.addRun(batch(i));
    const chart = trendChart(acc.report())!;
    expect(chart).toContain('x-axis ["b6", "b7", "b8", "b9"]');
    expect(lines(chart)).toEqual([
      [6, 7, 8, 9].map((i) => Math.round((glibcPassed(i) / 20) * 1000) / 10),
      [90, 90, 90, 90],
    ]);
  });
});

describe('repeated ids, backfills and gaps in the summary', () => {
  test('records sharing an id: each kept, the latest summarised, the others listed; failures placed by time', () => {
    // Three records named "day-1" (batches 0, 1, 2); failures without a batch id, one per batch,
    // stamped a minute before each record.
    const runs = [0, 1, 2].map((i) => batch(i, 'day-1'));
    const acc = new HistoryAccumulator({
      ...defaultHistoryOptions,
      last: 10,
      batchId: 'day-1',
      focusAt: stamp(1), // what the loader resolves `--batch-id day-1@<stamp(1)>` to
      focusCandidates: runs.map((r) => r.timestamp),
      platformOf: (e) => e,
    });
    runs.forEach((r) => acc.addRun(r));
    const minuteBefore = (i: number) =>
      new Date(Date.parse(stamp(i)) - 60_000).toISOString().slice(0, 19) + 'Z';
    [0, 1, 2].forEach((i) =>
      acc.addFailure({
        recipe: `r${i}`,
        environment: 'linux-glibc-x86_64',
        category: 'c',
        timestamp: minuteBefore(i),
      }),
    );
    const r = acc.report();
    expect(r.focus?.timestamp).toBe(stamp(1));
    expect(r.focusDetail?.sameId).toEqual([stamp(0), stamp(1), stamp(2)]);
    // Only the failure stamped before batch 1 and after batch 0 is batch 1's.
    expect(r.focusDetail?.failures.map((f) => f.recipe)).toEqual(['r1']);
    // The window ends at the focus: batch 2 is after it.
    expect(r.trend.map((t) => t.timestamp)).toEqual([stamp(0), stamp(1)]);
    const md = batchSummary(r, { skipThreshold: 0.8 }).markdown;
    expect(md).toContain('3 records carry batch id day-1; this is the one written at');
  });

  test('a batch recorded out of time order (a backfill) takes its place by time', () => {
    const acc = new HistoryAccumulator({ ...defaultHistoryOptions, last: 3, platformOf: (e) => e });
    [0, 1, 3, 2].forEach((i) => acc.addRun(batch(i))); // batch 2 arrives last
    expect(acc.report().trend.map((t) => t.batchId)).toEqual(['b1', 'b2', 'b3']);
  });

  test("a batch's timestamp is its artifacts' latest finish, not when it was recorded", () => {
    const outcome = aggregateBatch(
      [
        {
          file: 'a.json',
          form: 'v1',
          platform: 'darwin-arm64',
          startedAt: '2026-03-01T08:00:00Z',
          finishedAt: '2026-03-01T09:30:00+01:00',
          results: [],
        },
        {
          file: 'b.json',
          form: 'v1',
          platform: 'linux-glibc-x86_64',
          startedAt: '2026-03-01T08:00:00Z',
          finishedAt: '2026-03-01T08:45:10Z',
          results: [],
        },
      ],
      {
        batchId: 'b',
        ecosystem: 'cargo',
        platformMap: parsePlatformMap(''),
        categoryMap: parseCategoryMap('*=x'),
        now: new Date('2026-03-09T12:00:00Z'), // recorded a week later (a re-run merge job)
      },
    );
    // 09:30 at +01:00 is 08:30Z, before 08:45:10Z.
    expect(outcome.record.timestamp).toBe('2026-03-01T08:45:10Z');
    expect(outcome.timestampSource).toBe('finished_at');
  });

  test('unknown macOS minutes are shown as unknown, never as 0 with a green mark', () => {
    const acc = new HistoryAccumulator({ ...defaultHistoryOptions, last: 2, platformOf: (e) => e });
    acc.addRun({
      batchId: 'm',
      ecosystem: 'cargo',
      timestamp: stamp(0),
      platforms: { 'darwin-arm64': { tested: 3, passed: 3, failed: 0 } },
    });
    const md = batchSummary(acc.report(), { skipThreshold: 0.8 }).markdown;
    expect(md).toContain('❔ **macOS budget:** unknown in the week of');
    expect(md).not.toContain('🍏');
    expect(md).toContain(
      'macOS minutes unknown: none of the 1 batch in the week of 2026-02-23 recorded them.',
    );
    // Nothing failed: no "weakest" platform to name.
    expect(md).not.toContain('weakest');
  });
});

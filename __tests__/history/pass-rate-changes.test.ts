/**
 * Per-platform pass rates: change-point detection finds a platform's fall (the alert at the top
 * of batch-summary and the report), and the older/newer-half rule stays for platforms with too
 * few batches. Expected figures by hand (written beside each case) and, for the real tsuku
 * archive, from an independent Python pass over its metrics files (below).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HistoryAccumulator } from '../../src/history/aggregate.js';
import { attentionOf } from '../../src/history/attention.js';
import { loadHistory, type LoadedHistory } from '../../src/history/load.js';
import { defaultHistoryOptions } from '../../src/history/options.js';
import type { BatchRun } from '../../src/history/records.js';
import { batchSummary } from '../../src/report/batch-summary.js';
import { historyText } from '../../src/report/history-report.js';
import { renderGfm, tagsOf } from '../support/gfm.js';

const batch = (i: number, musl: number): BatchRun => ({
  batchId: `b${String(i).padStart(2, '0')}`,
  ecosystem: 'cargo',
  timestamp: `2026-01-${String(i + 1).padStart(2, '0')}T10:00:00Z`,
  total: 10,
  merged: 8,
  macosMinutes: 10,
  platforms: {
    'linux-glibc-x86_64': { tested: 10, passed: 9, failed: 1 },
    'linux-musl-x86_64': { tested: 10, passed: musl, failed: 10 - musl },
  },
});

// musl: 14 batches at 9, 8, 9, 8 … of 10 (mean 0.85), then 4 at 4, 5, 4, 5 (mean 0.45):
// 0.45 / 0.85 − 1 = −47.1 %, −40.0 pts, from b14 (2026-01-15). glibc: 9/10 throughout.
const HISTORY = [
  ...Array.from({ length: 14 }, (_, i) => batch(i, i % 2 ? 8 : 9)),
  ...Array.from({ length: 4 }, (_, i) => batch(14 + i, i % 2 ? 5 : 4)),
];

function report(runs: BatchRun[], last: number) {
  const acc = new HistoryAccumulator({ ...defaultHistoryOptions, last });
  runs.forEach((r) => acc.addRun(r));
  return acc.report();
}

describe('pass-rate changes in a generated history', () => {
  test('a fall that holds is found over the window and the N before it, with its batch, means and size', () => {
    const r = report(HISTORY, 9); // window b09…b17, the 9 before: b00…b08 — 18 batches tested
    expect(r.insights.passRateChanges.tested).toEqual(['linux-glibc-x86_64', 'linux-musl-x86_64']);
    const [change, ...more] = r.insights.passRateChanges.changes;
    expect(more).toEqual([]);
    expect(change).toMatchObject({
      platform: 'linux-musl-x86_64',
      batchId: 'b14',
      timestamp: '2026-01-15T10:00:00Z',
      batchesBefore: 14,
      batchesAfter: 4,
      falling: true,
    });
    expect(change!.before).toBeCloseTo(0.85, 10);
    expect(change!.after).toBeCloseTo(0.45, 10);
    expect(change!.relativeChange).toBeCloseTo(-0.4706, 4);
    // The halves rule no longer speaks for a platform change-point detection tested.
    expect(r.insights.falling).toEqual([]);
    const attention = attentionOf(r);
    expect(attention.alerts.map((a) => a.kind)).toEqual(['pass-rate-drop']);
    expect(attention.status).toBe('warning');
  });

  test('the summary leads with it, through cmark-gfm; the report says it in its alerts', () => {
    const r = report(HISTORY, 9);
    const { markdown } = batchSummary(r, { skipThreshold: 0.8 });
    const html = renderGfm(markdown);
    const sentence =
      "linux-musl-x86_64's pass rate fell from 85.0% to 45.0% (−40.0 pts) with batch b14 (2026-01-15T10:00:00Z): " +
      'mean of the 14 batches with results before, the 4 since; p &lt; 0.0001 (change-point detection).';
    expect(html).toContain(`<li>${sentence}</li>`);
    // Said once on the page: an alert, not again among the insights.
    expect(html.split('pass rate fell from 85.0%').length - 1).toBe(1);
    expect([...tagsOf(html)].every((t) => !['script', 'img', 'iframe'].includes(t))).toBe(true);
    const loaded: LoadedHistory = {
      report: r,
      files: { metrics: 1, failures: 0 },
      skipped: [],
      ignored: 0,
      readFromEnd: false,
      recent: [],
      weeks: [],
    };
    const text = historyText(loaded, 0.8);
    expect(text).toContain("linux-musl-x86_64's pass rate fell from 85.0% to 45.0%");
  });

  test('a batch id is text in the alert, however it is written', () => {
    const hostile = '<script>alert(1)</script>|**b14**';
    const runs = HISTORY.map((b) => (b.batchId === 'b14' ? { ...b, batchId: hostile } : b));
    const html = renderGfm(batchSummary(report(runs, 9), { skipThreshold: 0.8 }).markdown);
    expect(html).not.toContain('<script>');
    expect(html).toContain(
      'with batch &lt;script&gt;alert(1)&lt;/script&gt;|**b14** (2026-01-15T10:00:00Z)',
    );
  });

  test('too few batches for change-point detection: the older/newer-half rule judges', () => {
    // The last 7 batches alone (window 6, 1 before): musl 8 | 9, 8, 4, 5, 4, 5 of 10 — under 8 batches.
    // Halves of the window: (9+8+4)/30 = 70.0 % → (5+4+5)/30 = 46.7 %, −23.3 pts > the 20-pt threshold.
    const r = report(HISTORY.slice(11), 6);
    expect(r.insights.passRateChanges).toEqual({
      tested: [],
      tooShort: ['linux-glibc-x86_64', 'linux-musl-x86_64'],
      changes: [],
    });
    expect(r.insights.falling).toEqual([
      { platform: 'linux-musl-x86_64', from: 0.7, to: 14 / 30, batches: 6 },
    ]);
    expect(attentionOf(r).alerts.map((a) => a.kind)).toEqual(['falling']);
  });

  test('one bad batch is not a change', () => {
    const runs = Array.from({ length: 18 }, (_, i) => batch(i, i === 12 ? 2 : i % 2 ? 8 : 9));
    expect(report(runs, 9).insights.passRateChanges.changes).toEqual([]);
  });
});

/*
 * The real tsuku archive, whole history (1,710 batch records; 79 per platform tested anything).
 * Independent figures: Python over data/metrics (the same reader as tsuku-figures.py), each
 * platform's per-batch passed/tested sorted by timestamp, means of the segments by hand:
 *   linux-x86_64  59 batches mean 0.7904, then 9 at 1.0 from 2026-02-23T02:26 (every batch 100 %),
 *                 then 11 mean 0.1364 from 2026-03-03T17:52 (1/5, 0/5 ×5, 4/5, 1/5, 1/10, 1/5, 0/5)
 *   linux-arm64   69 mean 0.7775, then 10 mean 0.1375 from 2026-03-03T19:45 (0/4 …)
 *   darwin-x86_64 68 mean 0.9036, then 11 mean 0.5455 from 2026-03-03T17:52 (one recipe a batch)
 * Read by eye, the series agree: ~80 % pass rates through February, a run of clean batches from
 * Feb 23, and from the evening of Mar 3 linux collapses to 0–20 % (darwin, one recipe a batch, to
 * about half). darwin-arm64 dips alike (0/1, 1/1, 0/1 …) and is not called a change at p < 0.001,
 * nor is linux-arm64's clean run (8 batches, 4/4 … 36/36): both borderline to the eye too.
 */
describe('the real tsuku archive', () => {
  let archive: string;
  beforeAll(async () => {
    archive = await mkdtemp(join(tmpdir(), 'ci-ledger-tsuku-changes-'));
    const tarball = new URL('../fixtures/real/tsuku-data.tar.gz', import.meta.url).pathname;
    execFileSync('tar', ['-xzf', tarball, '-C', archive]);
  });

  test('whole history: the changes a person reading the series sees', async () => {
    const { report: r } = await loadHistory(
      archive,
      { metricsPath: 'data/metrics/batch-runs.jsonl', failuresDir: 'data/failures' },
      { ...defaultHistoryOptions, last: 0 },
    );
    const found = r.insights.passRateChanges.changes.map((c) => [
      c.platform,
      c.timestamp.slice(0, 16),
      Math.round(c.before * 10000) / 10000,
      Math.round(c.after * 10000) / 10000,
      c.batchesBefore,
      c.batchesAfter,
    ]);
    expect(found).toEqual([
      ['linux-x86_64', '2026-02-23T02:26', 0.7904, 1, 59, 9],
      ['linux-x86_64', '2026-03-03T17:52', 1, 0.1364, 9, 11],
      ['linux-arm64', '2026-03-03T19:45', 0.7775, 0.1375, 69, 10],
      ['darwin-x86_64', '2026-03-03T17:52', 0.9036, 0.5455, 68, 11],
    ]);
    expect(r.insights.passRateChanges.tested).toHaveLength(4);
  });
});

/** Job summaries rendered by a real GFM renderer: tables intact, hostile text shown as text. */
import { aggregateBatch } from '../../src/batch/aggregate.js';
import {
  parsePlatformMap,
  parseCategoryMap,
  DEFAULT_CATEGORY_MAP,
  DEFAULT_PLATFORM_MAP,
} from '../../src/batch/maps.js';
import type { RecordedBatch } from '../../src/batch/recorded.js';
import { batchMetricsMarkdown } from '../../src/report/batch-metrics-summary.js';
import { timingSummaryMarkdown, timingSummaryText } from '../../src/report/timing-summary.js';
import type { LogTail } from '../../src/timing/log-tail.js';
import type { RecordedTiming } from '../../src/timing/recorded.js';
import { timingRow } from '../../src/timing/row.js';
import { runVerdict } from '../../src/timing/changes.js';
import { runsBefore } from '../../src/timing/stats.js';
import { renderGfm, tablesOf, tagsOf } from '../support/gfm.js';

const SAFE_TAGS = new Set([
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
]);

/** Text of rendered HTML as a reader sees it. */
const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

interface TimingCase {
  flags?: string;
  /** Durations of the runs, oldest first; the last is the run being recorded. */
  durations: number[];
  exitCode?: number;
  /** Indexes of earlier runs that failed (exit 1). */
  failedBefore?: number[];
  status?: 'recorded' | 'already-recorded';
  logTail?: LogTail;
  differences?: RecordedTiming['differences'];
}

/** A recorded run as the job builds it: the row, and the runs of its phase that started before it. */
function timing({
  flags = '',
  durations,
  exitCode = 0,
  failedBefore = [],
  status = 'recorded',
  logTail,
  differences = [],
}: TimingCase): RecordedTiming {
  const rows = durations.map((d, i) =>
    timingRow({
      env: 'dev',
      buildId: 'persistent',
      phase: 'bootstrap-persistent',
      start: new Date(Date.UTC(2026, 0, 20 + i, 8)),
      end: new Date(Date.UTC(2026, 0, 20 + i, 8) + d * 1000),
      exitCode: i === durations.length - 1 ? exitCode : failedBefore.includes(i) ? 1 : 0,
      flags,
      resources: { added: 3, changed: 1, destroyed: 0 },
      logPath: `logs/build-timings/bootstrap-persistent-dev-persistent-2026012${i}T080000Z.log`,
    }),
  );
  const row = rows[rows.length - 1]!;
  return {
    row,
    differences,
    file: 'environments/development/latest/build_timings.csv',
    logFile: row.log_path,
    timeSources: { start: 'measured', end: 'measured' },
    exitCode,
    append: {
      status,
      branch: 'governance-registry',
      head: 'a'.repeat(40),
      files: [],
      attempts: 1,
      contents: new Map(),
    },
    ...runVerdict(runsBefore(rows, row), row),
    logTail,
  };
}

const paragraphs = (html: string) =>
  [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map(([, p]) => p!.replace(/<[^>]+>/g, ''));

describe('record-timing summary', () => {
  test('a successful run: heading, headline against the median of the successful runs before it, two intact tables', () => {
    // Before the recorded 990 s run: 1000 and 1100 s, both successful → median 1050 s = 17m 30s,
    // p95 (interpolated at 0.95 × (2 − 1): 1000 × 0.05 + 1100 × 0.95) 1095 s = 18m 15s. 990 / 1050 − 1 = −5.7 % → "6% faster".
    const md = timingSummaryMarkdown(
      timing({ flags: 'BOOTSTRAP_VERSION=v4', durations: [1000, 1100, 990] }),
    );
    const html = renderGfm(md);
    expect(html).toMatch(
      /^<h2>✅ bootstrap-persistent on dev \(build persistent\) succeeded<\/h2>/,
    );
    expect(paragraphs(html)[0]).toBe(
      'Succeeded in 16m 30s — 6% faster than the median (17m 30s) of the 2 successful runs before it.',
    );
    const [run, before] = tablesOf(html);
    expect(run).toEqual([
      ['Start (UTC)', 'End (UTC)', 'Duration', 'Exit code', 'Added', 'Changed', 'Destroyed'],
      ['2026-01-22T08:00:00Z', '2026-01-22T08:16:30Z', '16m 30s', '0', '3', '1', '0'],
    ]);
    expect(paragraphs(html)[1]).toBe(
      'Log logs/build-timings/bootstrap-persistent-dev-persistent-20260122T080000Z.log. Start and end measured while running the command. ' +
        'Flags: BOOTSTRAP_VERSION=v4. Recorded in environments/development/latest/build_timings.csv on governance-registry (commit aaaaaaaaaaaa).',
    );
    expect(before).toEqual([
      ['Runs', 'Success rate', 'Median (successful)', 'p95 (successful)', 'Last run'],
      ['2', '100%', '17m 30s', '18m 15s', '2026-01-21T08:00:00Z (18m 20s, exit 0)'],
    ]);
    expect(html).not.toContain('<details>');
    expect(html).not.toContain('<blockquote>');
  });

  test('one median on a card: failed runs before it count in runs and success rate, not in the median', () => {
    // Before the recorded 1060 s run: 5, 5 (failed, stopped early), 1000, 1100, 1000 (successful).
    // Median of the successful ones: 1000 s = 16m 40s (over all five it would also be 1000 — so the
    // p95 tells them apart: of 1000, 1000, 1100 at 0.95 × 2 = 1.9: 1000 × 0.1 + 1100 × 0.9 = 1090 s = 18m 10s). 1060 / 1000 − 1 = 6 % slower.
    const r = timing({ durations: [5, 5, 1000, 1100, 1000, 1060], failedBefore: [0, 1] });
    const html = renderGfm(timingSummaryMarkdown(r));
    expect(paragraphs(html)[0]).toBe(
      'Succeeded in 17m 40s — 6% slower than the median (16m 40s) of the 3 successful runs before it.',
    );
    expect(tablesOf(html)[1]![1]!.slice(0, 4)).toEqual(['5', '60%', '16m 40s', '18m 10s']);
    const medians = [...decode(html).matchAll(/median[^0-9]*?(\d+m \d+s|\d+s)/gi)].map((m) => m[1]);
    expect(medians.length).toBeGreaterThan(0);
    expect(new Set(medians)).toEqual(new Set(['16m 40s']));
  });

  test('an even number of successful runs: the median is the mean of the middle two', () => {
    // Successful 1000 and 1200 before the recorded 1100 → median (1000 + 1200) / 2 = 1100: "the same".
    const html = renderGfm(timingSummaryMarkdown(timing({ durations: [1000, 1200, 1100] })));
    expect(paragraphs(html)[0]).toBe(
      'Succeeded in 18m 20s — the same as the median (18m 20s) of the 2 successful runs before it.',
    );
  });

  test('a regression is the headline and a warning', () => {
    const html = renderGfm(timingSummaryMarkdown(timing({ durations: [1000, 1000, 1000, 2000] })));
    expect(paragraphs(html)[0]).toBe(
      'Succeeded in 33m 20s: a regression, 2.0× the median (16m 40s) of the 3 successful runs before it.',
    );
    expect(html).toContain('<blockquote>');
    expect(html).toContain('Over 1.5× the median of the 3 successful runs before it');
  });

  // Twelve steady runs, then a new level: 1000/1040/980/1020 repeated (mean 4040 / 4 = 1010 s =
  // 16m 50s), then 1500, 1520, 1480 (mean 1500 s = 25m 00s): +48.5 % → "+49%", from the 13th run
  // (2026-01-20 + 12 days = 2026-02-01). This run, 1480 s = 24m 40s, against the median of the 14
  // successful runs before it (sorted, 7th and 8th: 1020, 1020 → 17m 00s): 1480 / 1020 = 1.45.
  const steady = [1000, 1040, 980, 1020, 1000, 1040, 980, 1020, 1000, 1040, 980, 1020];
  test('change-point detection: a new slower level is the regression, with its time, means and magnitude', () => {
    const r = timing({ durations: [...steady, 1500, 1520, 1480] });
    expect(r.judgement.regression).toBe(false); // the median rule alone would not have said so
    expect(r.regression).toBe(true);
    const html = renderGfm(timingSummaryMarkdown(r));
    expect(paragraphs(html)[0]).toBe(
      "Succeeded in 24m 40s: a regression — this phase's successful runs are +49% slower since 2026-02-01T08:00:00Z. " +
        'This run: 45% slower than the median (17m 00s) of the 14 successful runs before it.',
    );
    expect(decode(html.match(/<blockquote>([\s\S]*?)<\/blockquote>/)![1]!).trim()).toBe(
      '[!WARNING]\nA new, slower level: +49% since 2026-02-01T08:00:00Z (build persistent): mean 16m 50s over the 12 successful runs before, ' +
        '25m 00s over the 3 since (p < 0.0001). Compare the logs and flags of the runs since with those before.',
    );
    const changes = tablesOf(html)[2];
    expect(changes).toEqual([
      [
        'From (UTC)',
        'First build',
        'Mean before (runs)',
        'Mean after (runs)',
        'Change',
        'Significance',
      ],
      [
        '2026-02-01T08:00:00Z',
        'persistent',
        '16m 50s (12)',
        '25m 00s (3)',
        '+49% slower',
        'p &lt; 0.0001',
      ],
    ]);
    const text = timingSummaryText(r);
    expect(text).toContain(
      '  REGRESSION: successful runs are slower, +49% since 2026-02-01T08:00:00Z (build persistent): mean 16m 50s',
    );
  });

  test('change-point detection: one slow newest run is not yet a change, though over 1.5× the median', () => {
    // 2000 / 1010 (median of the steady runs: 6th and 7th sorted, 1000 and 1020) = 1.98.
    const r = timing({ durations: [...steady, 2000] });
    expect(r.judgement).toMatchObject({ regression: true });
    expect(r.regression).toBe(false);
    const html = renderGfm(timingSummaryMarkdown(r));
    expect(paragraphs(html)[0]).toBe(
      'Succeeded in 33m 20s — 2.0× the median (16m 50s) of the 12 successful runs before it.',
    );
    expect(html).not.toContain('<blockquote>');
    expect(paragraphs(html)).toContain(
      'Change-point detection over the 13 successful runs up to this one finds no change in duration.',
    );
  });

  test('too few successful runs for change-point detection: the median rule judges, and the page says so', () => {
    const html = renderGfm(timingSummaryMarkdown(timing({ durations: [1000, 1000, 1000, 2000] })));
    expect(paragraphs(html)).toContain(
      'This phase has 4 successful runs with a duration, including this one: change-point detection needs 8, so the 1.5× median rule judges this run.',
    );
  });

  test('a failed run: not judged, however long; the end of its log in <details>, as inert text', () => {
    const hostile = [
      '</pre><script>alert(1)</script>',
      '| a | b |',
      '**bold** _em_ [x](javascript:alert(1)) https://evil.example/login www.evil.example',
      '</details><img src=x onerror=alert(1)>',
      '',
      '# not a heading',
      '::error::not an annotation \u001b[31m',
      'Error: creating EKS Node Group: timeout while waiting for state',
    ];
    const r = timing({
      durations: [1000, 1100, 3600],
      exitCode: 7,
      logTail: { lines: hostile, truncated: true },
    });
    expect(r.judgement).toMatchObject({ regression: false }); // 3600 > 1.5 × 1050, but it failed
    const md = timingSummaryMarkdown(r);
    const html = renderGfm(md);
    expect(html).toMatch(
      /^<h2>❌ bootstrap-persistent on dev \(build persistent\) failed \(exit code 7\)<\/h2>/,
    );
    expect(paragraphs(html)[0]).toBe(
      'Failed with exit code 7 after 1h 00m 00s. The 2 successful runs before it took a median of 17m 30s; a failed run is not judged against it.',
    );
    expect(html).not.toContain('<blockquote>');
    // The excerpt: one <details>, one <pre> holding exactly the lines (after "…"), control characters shown as "?".
    const pre = [...html.matchAll(/<pre>([\s\S]*?)<\/pre>/g)].map(([, body]) => body!);
    expect(pre).toHaveLength(1);
    expect(decode(pre[0]!)).toBe(['…', ...hostile].join('\n').replace('\u001b', '?'));
    expect(html).toContain(
      '<details><summary>The last 8 lines of the log <code>logs/build-timings/bootstrap-persistent-dev-persistent-20260122T080000Z.log</code></summary>',
    );
    const tags = [...tagsOf(html)].filter((t) => !SAFE_TAGS.has(t));
    expect(tags.sort()).toEqual(['details', 'pre', 'summary']);
    expect(html).not.toMatch(/<a |<script|<img|<h1/);
    expect(tablesOf(html)).toHaveLength(2); // the "| a | b |" line did not make a table
  });

  test('a failed run with a short or unreadable log says so', () => {
    const whole = renderGfm(
      timingSummaryMarkdown(
        timing({ durations: [60], exitCode: 1, logTail: { lines: ['boom'], truncated: false } }),
      ),
    );
    expect(whole).toContain('<summary>The whole log (1 line)');
    expect(paragraphs(whole)[0]).toBe(
      'Failed with exit code 1 after 1m 00s. No successful run of this phase on this env before it to compare with.',
    );
    const unreadable = renderGfm(timingSummaryMarkdown(timing({ durations: [60], exitCode: 1 })));
    expect(unreadable).toContain('could not be read again for an excerpt');
  });

  test('an already-recorded run: its own heading, the row on the branch, and what differs', () => {
    const r = timing({
      durations: [1000, 1100, 990],
      status: 'already-recorded',
      differences: [{ column: 'log_path', recorded: 'logs/a.log', now: 'logs/<b>.log' }],
    });
    const html = renderGfm(timingSummaryMarkdown(r));
    expect(html).toMatch(
      /^<h2>🔁 Already recorded: bootstrap-persistent on dev \(build persistent\) succeeded<\/h2>/,
    );
    expect(html).not.toContain('✅');
    // Why nothing was written comes right after the headline, before the run's table.
    expect(decode(paragraphs(html)[1]!)).toBe(
      "Nothing was written: this run (same env, build id, phase and start time) was already in environments/development/latest/build_timings.csv on governance-registry. The row shown is the one recorded then. This run's values differ from it in log_path (recorded logs/a.log, now logs/<b>.log).",
    );
    const first = timingSummaryText(timing({ durations: [1000] }));
    expect(first).toMatch(/^Recorded: /);
    expect(timingSummaryText(r)).toMatch(/^Already recorded \(nothing written\): /);
  });

  test('the first run of a phase', () => {
    const html = renderGfm(timingSummaryMarkdown(timing({ durations: [990] })));
    expect(paragraphs(html)[0]).toBe(
      'Succeeded in 16m 30s — no successful run of this phase on this env before it, so nothing to compare with yet.',
    );
    expect(html).toContain('This is the first recorded run of this phase on this env.');
    expect(tablesOf(html)).toHaveLength(1);
  });

  test('hostile flags stay text', () => {
    const flags = '<img src=x onerror=alert(1)> | `rm -rf` **bold** [link](javascript:alert(1))';
    const html = renderGfm(timingSummaryMarkdown(timing({ flags, durations: [60] })));
    expect([...tagsOf(html)].filter((t) => !SAFE_TAGS.has(t))).toEqual([]);
    expect(html).toContain(
      '&lt;img src=x onerror=alert(1)&gt; | `rm -rf` **bold** [link](javascript:alert(1))',
    );
    expect(tablesOf(html)[0]![1]).toHaveLength(7);
  });
});

describe('batch-metrics summary', () => {
  test("per-platform table with totals, in the seed's platform order", () => {
    const outcome = aggregateBatch(
      [
        {
          file: 'a.json',
          form: 'array',
          results: [
            { recipe: 'ripgrep', platform: 'darwin-arm64', status: 'passed' },
            { recipe: 'ripgrep', platform: 'linux-debian-glibc-x86_64', status: 'passed' },
            { recipe: 'bat', platform: 'linux-debian-glibc-x86_64', status: 'failed', exitCode: 8 },
            { recipe: 'bat', platform: 'darwin-arm64', status: 'skipped' },
          ],
        },
      ],
      {
        batchId: '2026-01-29-001',
        ecosystem: 'cargo',
        platformMap: parsePlatformMap(DEFAULT_PLATFORM_MAP),
        categoryMap: parseCategoryMap(DEFAULT_CATEGORY_MAP),
        now: new Date('2026-01-29T10:30:00Z'),
      },
    );
    const recorded: RecordedBatch = {
      ...outcome,
      artifacts: [],
      metricsPath: 'data/metrics/batch-runs.jsonl',
      failuresPath: 'data/failures/cargo.jsonl',
      append: {
        status: 'recorded',
        branch: 'main',
        head: 'b'.repeat(40),
        files: [],
        attempts: 1,
        contents: new Map(),
      },
    };
    const html = renderGfm(batchMetricsMarkdown(recorded));
    expect(tablesOf(html)[0]).toEqual([
      ['Platform', 'Tested', 'Passed', 'Failed', 'Skipped', 'Pass rate', 'Duration'],
      ['linux-glibc-x86_64', '2', '1', '1', '0', '50%', '–'],
      ['darwin-arm64', '1', '1', '0', '1', '100%', '–'],
      ['Total', '3', '2', '1', '1', '67%', '–'],
    ]);
    expect(html).toContain('<strong>Weakest platform:</strong> linux-glibc-x86_64');
    expect([...tagsOf(html)].filter((t) => !SAFE_TAGS.has(t))).toEqual([]);
  });
});

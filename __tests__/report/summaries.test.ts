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
import { timingSummaryMarkdown } from '../../src/report/timing-summary.js';
import { phaseStats, isRegression } from '../../src/timing/history.js';
import type { RecordedTiming } from '../../src/timing/recorded.js';
import { timingRow } from '../../src/timing/row.js';
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

function timing(flags: string, durations: number[], exitCode = 0): RecordedTiming {
  const rows = durations.map((d, i) =>
    timingRow({
      env: 'dev',
      buildId: 'persistent',
      phase: 'bootstrap-persistent',
      start: new Date(Date.UTC(2026, 0, 20 + i, 8)),
      end: new Date(Date.UTC(2026, 0, 20 + i, 8) + d * 1000),
      exitCode: i === durations.length - 1 ? exitCode : 0,
      flags,
      resources: { added: 3, changed: 1, destroyed: 0 },
      logPath: `logs/build-timings/bootstrap-persistent-dev-persistent-2026012${i}T080000Z.log`,
    }),
  );
  const row = rows[rows.length - 1]!;
  const stats = phaseStats(rows, row);
  return {
    row,
    file: 'environments/development/latest/build_timings.csv',
    logFile: row.log_path,
    timeSources: { start: 'measured', end: 'measured' },
    exitCode,
    append: {
      status: 'recorded',
      branch: 'governance-registry',
      head: 'a'.repeat(40),
      files: [],
      attempts: 1,
      contents: new Map(),
    },
    stats,
    regression: isRegression(Number(row.duration_seconds), stats),
  };
}

describe('record-timing summary', () => {
  test('this run and its history render as two intact tables', () => {
    const html = renderGfm(
      timingSummaryMarkdown(timing('BOOTSTRAP_VERSION=v4', [1000, 1100, 990])),
    );
    const [run, history] = tablesOf(html);
    expect(run).toEqual([
      ['Start (UTC)', 'End (UTC)', 'Duration', 'Exit code', 'Added', 'Changed', 'Destroyed', 'Log'],
      [
        '2026-01-22T08:00:00Z',
        '2026-01-22T08:16:30Z',
        '16m 30s',
        '0',
        '3',
        '1',
        '0',
        'logs/build-timings/bootstrap-persistent-dev-persistent-20260122T080000Z.log',
      ],
    ]);
    expect(history).toEqual([
      ['Runs', 'Success rate', 'Median', 'p95', 'Last run'],
      ['3', '100%', '16m 40s', '18m 20s', '2026-01-22T08:00:00Z (exit 0)'],
    ]);
    expect(html).toContain('Within 1.5× the median (17m 30s) of the 2 previous successful run(s).');
  });

  test('a regression is flagged', () => {
    const html = renderGfm(timingSummaryMarkdown(timing('', [1000, 1000, 1000, 2000])));
    expect(html).toContain(
      'Regression: this run took 33m 20s, over 1.5× the median (16m 40s) of the 3 previous successful run(s).',
    );
  });

  test('hostile flags stay text', () => {
    const flags = '<img src=x onerror=alert(1)> | `rm -rf` **bold** [link](javascript:alert(1))';
    const html = renderGfm(timingSummaryMarkdown(timing(flags, [60])));
    expect([...tagsOf(html)].filter((t) => !SAFE_TAGS.has(t))).toEqual([]);
    expect(html).toContain(
      '&lt;img src=x onerror=alert(1)&gt; | `rm -rf` **bold** [link](javascript:alert(1))',
    );
    expect(tablesOf(html)[0]![1]).toHaveLength(8);
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

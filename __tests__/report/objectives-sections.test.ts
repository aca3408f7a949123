/**
 * The objectives and cost sections through cmark-gfm (GitHub's markdown): every table keeps its
 * columns, and names from the data (hostile ones included) stay text.
 */
import { batchInsight, timingsInsight } from '../../src/objectives/insight.js';
import { DEFAULT_OBJECTIVES, type Objectives } from '../../src/objectives/spec.js';
import type { BatchRun } from '../../src/history/records.js';
import type { TimingRow } from '../../src/timing/row.js';
import {
  batchCostMarkdown,
  batchObjectivesMarkdown,
  batchObjectivesTop,
  timingsObjectivesMarkdown,
  weeklyCostTable,
} from '../../src/report/objectives.js';
import { renderGfm, tablesOf } from '../support/gfm.js';

const HOSTILE = 'x|<img src=x onerror=alert(1)>*y*';

const row = (i: number, exit: string, phase = HOSTILE): TimingRow => ({
  start_time_utc: `2026-01-${String(i).padStart(2, '0')}T10:00:00Z`,
  end_time_utc: `2026-01-${String(i).padStart(2, '0')}T10:10:00Z`,
  phase,
  env: 'dev',
  build_id: `b${i}`,
  duration_seconds: '600',
  exit_code: exit,
  flags: '',
  resources_added: '',
  resources_changed: '',
  resources_destroyed: '',
  log_path: '',
});

const objectives: Objectives = {
  ...DEFAULT_OBJECTIVES,
  timings: [
    {
      match: 'dev/*',
      success: { objective: 0.9, over: { count: 10, unit: 'runs' } },
      duration: { percentile: 95, maxSeconds: 900, over: { count: 10, unit: 'runs' } },
      runner: 'linux',
    },
  ],
};

const tagsOf = (html: string) => new Set([...html.matchAll(/<([a-z0-9]+)[\s>]/g)].map((m) => m[1]));

test('report timings: the objectives table, the line above it, the cost table', () => {
  const rows = [
    ...Array.from({ length: 8 }, (_, k) => row(k + 1, k >= 6 ? '1' : '0')),
    row(9, '0', 'plain'),
  ];
  const html = renderGfm(timingsObjectivesMarkdown(timingsInsight(rows, objectives)));
  const [table, cost] = tablesOf(html);
  expect(table!.every((r) => r.length === 7)).toBe(true);
  expect(table!.length).toBe(1 + 4); // two phases × success and duration
  expect(cost!.every((r) => r.length === 8)).toBe(true);
  expect(cost!.length).toBe(1 + 2);
  // 2 of the hostile phase's 8 runs failed: allowed 0.8, exhausted; the line says so at the top.
  expect(html).toContain('<strong>Error budget exhausted:</strong>');
  expect(html).not.toContain('<img');
  expect(html).toContain('x|&lt;img src=x onerror=alert(1)&gt;*y*');
  expect([...tagsOf(html)].sort()).toEqual(
    ['h3', 'p', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr'].sort(),
  );
});

test('batches: objectives, cost per platform and per week', () => {
  const batch = (i: number, day: string): BatchRun => ({
    batchId: `b${i}`,
    ecosystem: 'cargo',
    timestamp: `2026-01-${day}T10:00:00Z`,
    macosMinutes: 30,
    platforms: {
      [HOSTILE]: { tested: 10, passed: 5, failed: 5, duration_seconds: 600 },
      'darwin-arm64': { tested: 10, passed: 10, failed: 0, duration_seconds: 900 },
    },
  });
  const runs = [batch(1, '05'), batch(2, '13')];
  const weeks = [
    {
      weekStart: '2026-01-05T00:00:00Z',
      minutes: 30,
      batches: 1,
      without: 0,
      platformMinutes: { [HOSTILE]: 10, 'darwin-arm64': 30 },
    },
    {
      weekStart: '2026-01-12T00:00:00Z',
      minutes: 30,
      batches: 1,
      without: 0,
      platformMinutes: { [HOSTILE]: 10, 'darwin-arm64': 30 },
    },
  ];
  const insight = batchInsight(runs, weeks, runs[1], { ...objectives, budget: { dollars: 2 } });
  const markdown = [
    batchObjectivesTop(insight),
    batchObjectivesMarkdown(insight),
    batchCostMarkdown(insight),
    weeklyCostTable(insight.weeks),
  ].join('\n\n');
  const html = renderGfm(markdown);
  const [objectivesTable, costTable, weekTable] = tablesOf(html);
  expect(objectivesTable!.every((r) => r.length === 7)).toBe(true);
  expect(costTable!.every((r) => r.length === 4)).toBe(true);
  // darwin-arm64 30 min × $0.062 = $1.86; the other 10 min × $0.006 = $0.06: $1.92.
  expect(costTable!.at(-1)).toEqual(['All', '', '', '$1.92']);
  expect(weekTable).toEqual([
    ['Week from', 'Batches', 'Cost'],
    ['2026-01-05', '1', '$1.92'],
    ['2026-01-12', '1', '$1.92'],
  ]);
  // The week of Monday 2026-01-12, at Tuesday 10:00: 1 day 10 h = 1.41667 days in;
  // 1.92 / 1.41667 × 7 = $9.49 projected, over the $2 budget; against the week before ($1.92): +394%.
  expect(html).toContain('projected $9.49 against the $2.00 weekly budget — projected over budget');
  expect(html).toContain('Trend: +394%');
  expect(html).not.toContain('<img');
});

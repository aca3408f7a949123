/**
 * The top of a batch's summary, what the operator acts on: the headline, the alerts, the
 * per-platform table with its change and trend, what changed since the previous batch, and the
 * failing recipes. Pure: a HistoryReport and its Attention in, markdown out; data text goes
 * through `text`.
 */
import { batchPassRate, type Alert, type Attention } from '../history/attention.js';
import type { HistoryReport } from '../history/model.js';
import { code, duration, percent, table, text } from './markdown.js';
import { passRateChangeWords, pct1 } from './history-sections.js';

const batches = (n: number) => `${n} batch${n === 1 ? '' : 'es'}`;

const STATUS_MARK = { ok: '✅', warning: '⚠️', failing: '❌' } as const;

/** Percentage points between two rates, signed; '' when either is unknown. */
export function points(now: number | null | undefined, before: number | null | undefined): string {
  if (now === null || now === undefined || before === null || before === undefined) return '';
  const pts = (now - before) * 100;
  return `${pts >= 0 ? '+' : '−'}${Math.abs(pts).toFixed(1)} pts`;
}

/**
 * The headline's parts as plain text: status; passed/tested and its change; merged; weakest
 * platform; macOS projection. `esc` makes data text safe for where it goes (markdown: `text`).
 */
export function headlineParts(
  r: HistoryReport,
  esc: (value: string) => string = (v) => v,
): { batch: string; where: string; parts: string[] } {
  const focus = r.focus!;
  const detail = r.focusDetail;
  const now = batchPassRate(focus.platforms);
  const parts: string[] = [];
  if (now.tested === 0) parts.push('no recipe tested');
  else {
    const before = detail?.previous ? batchPassRate(detail.previous.platforms).rate : null;
    const change = points(now.rate, before);
    parts.push(
      `${now.passed}/${now.tested} passed (${percent(now.rate ?? undefined)}${change ? `, ${change} vs the previous ${esc(focus.ecosystem)} batch with results` : ''})`,
    );
  }
  if (focus.merged !== undefined && focus.total !== undefined)
    parts.push(`merged ${focus.merged} of ${focus.total}`);
  const weakest = detail?.weakestPlatform ? focus.platforms[detail.weakestPlatform] : undefined;
  if (detail?.weakestPlatform && weakest && weakest.tested > 0 && weakest.passed < weakest.tested) {
    const p = detail.previous?.platforms[detail.weakestPlatform];
    const rate = weakest.passed / weakest.tested;
    const change = points(rate, p && p.tested > 0 ? p.passed / p.tested : null);
    parts.push(
      `weakest ${esc(detail.weakestPlatform)} ${percent(rate)}${change ? ` (${change})` : ''}`,
    );
  }
  if (r.macos) {
    const m = r.macos;
    parts.push(
      m.batches > 0 && m.batchesWithoutMinutes === m.batches
        ? `macOS minutes unknown in the week of ${m.weekStart.slice(0, 10)}`
        : `macOS projected ${m.projectedMinutes} / ${m.budgetMinutes} min in the week of ${m.weekStart.slice(0, 10)}`,
    );
  }
  return {
    batch: `Batch ${esc(focus.batchId)}`,
    where: `(${esc(focus.ecosystem)}, ${focus.timestamp})`,
    parts,
  };
}

/** One line in markdown: the status mark, the batch in bold, the parts. */
export function headline(r: HistoryReport, attention: Attention): string {
  const { batch, where, parts } = headlineParts(r, text);
  return `${STATUS_MARK[attention.status]} **${batch}** ${where}: ${parts.join(' · ')}`;
}

export function alertSentence(a: Alert): string {
  switch (a.kind) {
    case 'breach':
      return `${a.platform} passed ${a.passed}/${a.tested} (${percent(a.passRate)}), below the minimum pass rate of ${percent(a.minPassRate)}.`;
    case 'over-budget':
      return `macOS minutes projected at ${a.projected} of the ${a.budget}-minute budget for the week of ${a.weekStart.slice(0, 10)}.`;
    case 'idle':
      return a.since
        ? `No recipe tested for ${batches(a.batches)}, since ${a.since}.`
        : `No batch in the history tested any recipe (${batches(a.batches)}).`;
    case 'nothing-tested':
      return 'This batch tested no recipe.';
    case 'missing-platform':
      return `No record of ${a.platform} in this batch, though batch ${a.previousBatchId} before it had results there: its artifact may be missing.`;
    case 'minutes-unknown':
      if (a.without === a.batches)
        return `macOS minutes unknown: none of the ${batches(a.batches)} in the week of ${a.weekStart.slice(0, 10)} recorded them.`;
      return `macOS minutes unknown for ${a.without} of the ${batches(a.batches)} in the week of ${a.weekStart.slice(0, 10)}: the budget figures count only the rest.`;
    case 'falling':
      return `${a.platform}'s pass rate fell from ${percent(a.from)} in the older half of its last ${a.batches} batches with results to ${percent(a.to)} in the newer half.`;
    case 'pass-rate-drop':
      return `${a.platform}'s pass rate ${passRateChangeWords(a)} (change-point detection).`;
  }
}

export function alertsMarkdown(attention: Attention): string | undefined {
  if (attention.alerts.length === 0) return undefined;
  const kind = attention.status === 'failing' ? 'CAUTION' : 'WARNING';
  return [`> [!${kind}]`, ...attention.alerts.map((a) => `> - ${text(alertSentence(a))}`)].join(
    '\n',
  );
}

const BLOCKS = '▁▂▃▄▅▆▇█';

/** The trend column shows at most this many batches, so the table fits a page at 50. */
const SPARK_POINTS = 20;

const trendHeader = (r: HistoryReport) =>
  r.trend.length > SPARK_POINTS
    ? `Trend (last ${SPARK_POINTS} of ${r.trend.length} batches)`
    : `Trend (${r.trend.length} batch${r.trend.length === 1 ? '' : 'es'})`;

/** A platform's pass rate per batch of the window as a row of blocks; '·' where it has no results. */
export function sparkline(r: HistoryReport, platform: string): string {
  return r.trend
    .slice(-SPARK_POINTS)
    .map((t) => {
      const v = t.passRates[platform];
      // 0% → ▁ … 100% → █, rounded to the nearest of the eight heights.
      return v === null || v === undefined ? '·' : BLOCKS[Math.round(v * (BLOCKS.length - 1))];
    })
    .join('');
}

/**
 * The focus batch per platform, with the change against the previous batch and the window's
 * trend. `compact`: the counts are already on the page (batch-metrics' table), so only the
 * pass rate, its change and the trend.
 */
export function focusTable(r: HistoryReport, compact = false): string {
  const focus = r.focus!;
  const previous = r.focusDetail?.previous;
  const rows = Object.entries(focus.platforms).map(([name, c]) => {
    const p = previous?.platforms[name];
    const now = c.tested > 0 ? c.passed / c.tested : null;
    return [
      text(name),
      String(c.tested),
      String(c.passed),
      String(c.failed),
      String(c.skipped ?? 0),
      pct1(now),
      points(now, p && p.tested > 0 ? p.passed / p.tested : null) || '–',
      `\`${sparkline(r, name)}\``,
      duration(typeof c.duration_seconds === 'number' ? c.duration_seconds : undefined),
    ];
  });
  const total = batchPassRate(focus.platforms);
  const before = previous ? batchPassRate(previous.platforms).rate : null;
  const sum = (k: 'failed' | 'skipped') =>
    Object.values(focus.platforms).reduce((a, c) => a + (c[k] ?? 0), 0);
  rows.push([
    '**Total**',
    String(total.tested),
    String(total.passed),
    String(sum('failed')),
    String(sum('skipped')),
    pct1(total.rate),
    points(total.rate, before) || '–',
    '',
    '',
  ]);
  const vs = previous ? 'vs previous' : 'Change';
  if (compact) {
    const keep = [0, 5, 6, 7];
    return table(
      ['Platform', 'Pass rate', vs, trendHeader(r)],
      rows.map((row) => keep.map((i) => row[i]!)),
      ['left', 'right', 'right', 'left'],
    );
  }
  return table(
    [
      'Platform',
      'Tested',
      'Passed',
      'Failed',
      'Skipped',
      'Pass rate',
      vs,
      trendHeader(r),
      'Duration',
    ],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'right'],
  );
}

/** Records sharing the focus's id: which one this is, and how to pick another. */
export function sameIdNote(r: HistoryReport): string | undefined {
  const same = r.focusDetail?.sameId ?? [];
  if (same.length < 2) return undefined;
  const others = same.filter((t) => t !== r.focus!.timestamp);
  return (
    `${same.length} records carry batch id ${text(r.focus!.batchId)}; this is the one written at ${r.focus!.timestamp}. ` +
    `The others were written at ${others.slice(-10).join(', ')}${others.length > 10 ? ` and ${others.length - 10} earlier` : ''}; ` +
    `pick one with \`--batch-id ID@TIME\` (the \`batch-id\` input likewise), e.g. ${code(`${r.focus!.batchId}@${others[others.length - 1]}`)}.`
  );
}

const LIST_LIMIT = 20;

/** Recipes failing now and not in the previous batch's failure records. */
export function changesMarkdown(r: HistoryReport): string | undefined {
  const detail = r.focusDetail;
  if (!detail?.previous) return undefined;
  const newly = detail.newlyFailing;
  const items = newly
    .slice(0, LIST_LIMIT)
    .map((f) => `${text(f.recipe)} on ${text(f.platform)}`)
    .join(', ');
  return [
    `### Since the previous ${text(r.focus!.ecosystem)} batch with results (${text(detail.previous.batchId)}, ${detail.previous.timestamp})`,
    newly.length
      ? `**Newly failing:** ${newly.length} — ${items}${newly.length > LIST_LIMIT ? `, … ${newly.length - LIST_LIMIT} more` : ''}.`
      : '**Newly failing:** none — every failure of this batch was failing in the previous one too.',
    '_Batch records count passes but do not name them, so recipes that stopped failing are not listed._',
  ].join('\n\n');
}

/** The failing recipes per platform, folded: category, exit code, the message's first line. */
export function failingRecipesMarkdown(r: HistoryReport): string | undefined {
  const detail = r.focusDetail;
  if (!detail || detail.failureCount === 0) return undefined;
  const byPlatform = new Map<string, typeof detail.failures>();
  for (const f of detail.failures)
    byPlatform.set(f.platform, [...(byPlatform.get(f.platform) ?? []), f]);
  const parts = [
    `<details><summary>Failing recipes: ${detail.failureCount} (recipe × platform, from the failure records)</summary>`,
    '',
    // Failure records can name several detailed environments per platform, and failures of
    // generation before any test: their count need not match the batch record's "Failed".
    '_One row per recipe and platform in the failure records written for this batch; they may include failures before testing (e.g. generation), so the count can differ from the table\'s "Failed"._',
    '',
  ];
  for (const [platform, failures] of byPlatform) {
    parts.push(`**${text(platform)}** (${failures.length})`, '');
    parts.push(
      table(
        ['Recipe', 'Category', 'Exit code', 'Message (first line)'],
        failures.map((f) => [
          text(f.recipe),
          text(f.category),
          f.exitCode === undefined ? '–' : String(f.exitCode),
          text(firstLine(f.message)),
        ]),
        ['left', 'left', 'right', 'left'],
      ),
      '',
    );
  }
  if (detail.failureCount > detail.failures.length)
    parts.push(`… and ${detail.failureCount - detail.failures.length} more.`, '');
  parts.push('</details>');
  return parts.join('\n');
}

function firstLine(message: string | undefined): string {
  const line = (message ?? '').split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}…` : line || '–';
}

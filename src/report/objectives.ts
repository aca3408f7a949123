/**
 * Objectives, error budgets and cost in words, tables and JSON, for every page that shows them:
 * record-timing's and batch-summary's summaries, `ci-ledger report` and `report timings`. The
 * sentences are built as plain text once; markdown escapes them, the terminal shows them. Pure.
 */
import type { PhaseCost, RunCost, WeekCost } from '../cost/cost.js';
import type { ErrorBudget, ObjectiveStatus } from '../objectives/budget.js';
import type { BatchInsight, PhaseInsight, TimingsInsight } from '../objectives/insight.js';
import type { PlatformObjectiveResult } from '../objectives/platforms.js';
import type { RunWindow } from '../objectives/spec.js';
import type { PhaseObjectives, WindowedBudget } from '../objectives/timings.js';
import { duration, percent, table, terminalSafe, text } from './markdown.js';

const MARK: Record<ObjectiveStatus, string> = {
  met: '✅',
  'at-risk': '⚠️',
  exhausted: '❌',
  'no-data': '–',
};
const WORD: Record<ObjectiveStatus, string> = {
  met: 'met',
  'at-risk': 'at risk',
  exhausted: 'exhausted',
  'no-data': 'no data',
};

export const statusWord = (s: ObjectiveStatus) => WORD[s];

/** "$2.03"; under a cent "<$0.01"; nothing "$0". */
export function money(dollars: number | undefined): string {
  if (dollars === undefined || !Number.isFinite(dollars)) return '–';
  if (dollars === 0) return '$0';
  if (dollars < 0.01) return '<$0.01';
  return `$${dollars.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "33% left", or "none left (spent 143%)". */
export function budgetLeftWords(b: ErrorBudget): string {
  if (b.status === 'no-data') return '–';
  if (b.budgetLeft > 0) return `${percent(b.budgetLeft)} left`;
  return `none left (${percent(b.bad / b.allowed)} spent)`;
}

const times = (rate: number) => `${rate.toFixed(1)}×`;

function burnWords(b: ErrorBudget, unit: string): string {
  return `${times(b.long.rate)} over the last ${plural(b.long.units, unit)}, ${times(b.short.rate)} over the last ${plural(b.short.units, unit)}`;
}

const windowWords = (w: RunWindow, what = 'runs') =>
  w.unit === 'runs'
    ? `the last ${w.count} ${what}`
    : `${what} of the last ${plural(w.count, 'day')}`;

interface Row {
  subject: string;
  objective: string;
  window: string;
  actual: string;
  budget: ErrorBudget;
  unit: string;
  /** What the bad events were, e.g. "2 of 10 runs failed". */
  badWords: string;
}

function successRow(p: PhaseObjectives, b: WindowedBudget): Row {
  return {
    subject: `${p.env} ${p.phase}`,
    objective: `success ≥ ${percent(b.objective, 1).replace('.0%', '%')}`,
    window: `${windowWords(b.over)} (${b.units})`,
    actual: b.units ? `${percent((b.events - b.bad) / b.events, 1)} (${b.bad} failed)` : '–',
    budget: b,
    unit: 'run',
    badWords: `${b.bad} of ${plural(b.events, 'run')} failed`,
  };
}

function durationRow(p: PhaseObjectives, b: NonNullable<PhaseObjectives['duration']>): Row {
  return {
    subject: `${p.env} ${p.phase}`,
    objective: `p${b.percentile} ≤ ${duration(b.maxSeconds)}`,
    window: `${windowWords(b.over, 'successful runs')} (${b.units})`,
    actual: b.units ? `p${b.percentile} ${duration(b.observedSeconds)} (${b.bad} over)` : '–',
    budget: b,
    unit: 'successful run',
    badWords: `${b.bad} of ${plural(b.events, 'successful run')} took over ${duration(b.maxSeconds)}`,
  };
}

function platformRow(p: PlatformObjectiveResult): Row {
  return {
    subject: p.platform,
    objective: `pass rate ≥ ${percent(p.objective, 1).replace('.0%', '%')}`,
    window: `the last ${p.overBatches} batches (${p.units} tested it)`,
    actual: p.events
      ? `${percent((p.events - p.bad) / p.events, 1)} (${p.bad} of ${p.events} failed)`
      : 'nothing tested',
    budget: p,
    unit: 'batch',
    badWords: `${p.bad} of ${plural(p.events, 'test')} failed`,
  };
}

const phaseRows = (p: PhaseObjectives | undefined): Row[] =>
  p
    ? [
        ...(p.success ? [successRow(p, p.success)] : []),
        ...(p.duration ? [durationRow(p, p.duration)] : []),
      ]
    : [];

/** One sentence for an objective at risk or exhausted (plain text). */
function alertSentence(r: Row): string {
  const b = r.budget;
  if (b.status === 'exhausted')
    return `${r.subject} ${r.objective}: error budget exhausted — ${r.badWords} over ${r.window.replace(/ \([^)]*\)$/, '')}, the objective allows ${+b.allowed.toFixed(1)}.`;
  return `${r.subject} ${r.objective}: burning fast — ${burnWords(b, r.unit)} (${times(b.fast)} spends the budget in ${percent(1 / b.fast)} of its window); ${budgetLeftWords(b)}.`;
}

const alerting = (rows: Row[]) =>
  rows.filter((r) => r.budget.status === 'at-risk' || r.budget.status === 'exhausted');

/** The sentences the top line, the annotations and the terminal show (plain text). */
export function timingAlerts(p: PhaseObjectives | undefined): string[] {
  return alerting(phaseRows(p)).map(alertSentence);
}

export function platformAlerts(i: BatchInsight): string[] {
  return alerting(i.platforms.map(platformRow)).map(alertSentence);
}

/** One line for the top of a summary when something is at risk or exhausted. */
function topLine(status: ObjectiveStatus, sentences: string[]): string | undefined {
  if (sentences.length === 0) return undefined;
  const head = status === 'exhausted' ? 'Error budget exhausted' : 'Objective at risk';
  const more = sentences.length > 1 ? ` (and ${plural(sentences.length - 1, 'other')} below)` : '';
  return `${MARK[status]} **${head}:** ${text(sentences[0]!)}${more}`;
}

function objectivesTable(rows: Row[], subjectHeader: string): string {
  return table(
    [
      subjectHeader,
      'Objective',
      'Window',
      'Actual',
      'Error budget',
      'Burn rate (long, short)',
      'Status',
    ],
    rows.map((r) => [
      text(r.subject),
      text(r.objective),
      text(r.window),
      text(r.actual),
      text(budgetLeftWords(r.budget)),
      r.budget.status === 'no-data'
        ? '–'
        : text(
            `${times(r.budget.long.rate)} (${r.budget.long.units}), ${times(r.budget.short.rate)} (${r.budget.short.units})`,
          ),
      `${MARK[r.budget.status]} ${WORD[r.budget.status]}`,
    ]),
    ['left', 'left', 'left', 'right', 'right', 'right', 'left'],
  );
}

const explainBurn = (fast: number, unit: string) =>
  `Error budget: the share of bad ${unit}s the objective allows over its window, and how much of it is left. ` +
  `Burn rate: how fast it is spent (1× spends it exactly over the window); at or over ${times(fast)} over both the long and the short window is burning fast (at risk).`;

// ---- record-timing -----------------------------------------------------------------------------

export function runObjectivesTop(p: PhaseObjectives | undefined): string | undefined {
  const rows = phaseRows(p);
  const worst = alerting(rows).some((r) => r.budget.status === 'exhausted')
    ? 'exhausted'
    : 'at-risk';
  return topLine(worst, timingAlerts(p));
}

export function runObjectivesMarkdown(
  p: PhaseObjectives | undefined,
  cost: RunCost | undefined,
  source: string,
  pricing: { runner: string; perMinute?: number; infrastructurePerHour: number },
): string {
  const parts = [`### Objectives and cost`];
  const rows = phaseRows(p);
  if (rows.length > 0) {
    parts.push(
      objectivesTable(rows, 'Env and phase'),
      text(explainBurn(rows[0]!.budget.fast, 'run')),
    );
  } else parts.push(`No objective covers this phase in ${text(source)}.`);
  parts.push(text(costSentence(cost, pricing)) + ` Objectives and prices: ${text(source)}.`);
  return parts.join('\n\n');
}

export function costSentence(
  cost: RunCost | undefined,
  pricing: { runner: string; perMinute?: number; infrastructurePerHour: number },
): string {
  if (!cost) return 'This run has no recorded duration, so no cost.';
  const runner =
    pricing.perMinute === undefined
      ? 'no runner price (runner: none)'
      : `${money(cost.runner)} on ${pricing.runner} at $${pricing.perMinute}/min`;
  const infra = pricing.infrastructurePerHour
    ? ` + ${money(cost.infrastructure)} infrastructure at $${pricing.infrastructurePerHour}/h`
    : '';
  return `This run cost ${money(cost.total)}: ${runner}${infra}.`;
}

export function runObjectivesText(
  p: PhaseObjectives | undefined,
  cost: RunCost | undefined,
): string[] {
  const lines = phaseRows(p).map(
    (r) =>
      `  objective ${r.objective}: ${WORD[r.budget.status]}, ${r.actual} over ${r.window}, error budget ${budgetLeftWords(r.budget)}` +
      (r.budget.status === 'no-data' ? '' : `, burn ${burnWords(r.budget, r.unit)}`),
  );
  if (cost)
    lines.push(
      `  cost: ${money(cost.total)} (runner ${money(cost.runner)}, infrastructure ${money(cost.infrastructure)})`,
    );
  return lines;
}

// ---- report timings ----------------------------------------------------------------------------

const lastWeek = (c: PhaseCost) => c.weeks.at(-1);

export function timingsObjectivesMarkdown(i: TimingsInsight): string {
  const rows = i.phases.flatMap((p) => phaseRows(p.objectives));
  const parts: string[] = [];
  const top = topLine(i.status, rows.length ? alerting(rows).map(alertSentence) : []);
  parts.push(`### Objectives (${text(i.source)})`);
  if (top) parts.push(top);
  parts.push(
    rows.length ? objectivesTable(rows, 'Env and phase') : 'No objective covers these phases.',
  );
  if (rows.length) parts.push(text(explainBurn(rows[0]!.budget.fast, 'run')));
  parts.push('### Cost', costTable(i.phases), text(COST_NOTE));
  return parts.join('\n\n');
}

const COST_NOTE =
  'Every run is paid for, failed ones too: its duration at its runner’s per-minute price plus its env’s infrastructure rate per hour. Records keep durations; prices apply when the report is made.';

function costTable(phases: PhaseInsight[]): string {
  return table(
    ['Env', 'Phase', 'Runner', 'Runs priced', 'Per run', 'Total', 'Latest week', 'Week before'],
    phases.map((p) => [
      text(p.env),
      text(p.phase),
      text(p.runner),
      String(p.cost.runs) + (p.cost.unpriced ? ` (+${p.cost.unpriced} without a duration)` : ''),
      money(p.cost.perRun),
      money(p.cost.total),
      weekCell(lastWeek(p.cost)),
      weekCell(p.cost.weeks.at(-2)),
    ]),
    ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right'],
  );
}

const weekCell = (w: { weekStart: string; dollars: number } | undefined) =>
  w ? `${money(w.dollars)} (${w.weekStart.slice(0, 10)})` : '–';

/** Plain-text rows in aligned columns (the terminal's table). */
function columns(rows: string[][]): string[] {
  const widths =
    rows[0]?.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length))) ?? [];
  return rows.map(
    (r) =>
      '  ' +
      r
        .map((cell, c) => cell + ' '.repeat(widths[c]! - [...cell].length))
        .join('  ')
        .trimEnd(),
  );
}

function objectiveColumns(rows: Row[]): string[] {
  return columns(
    rows.map((r) => [
      r.subject,
      r.objective,
      `${MARK[r.budget.status]} ${WORD[r.budget.status]}`,
      `${r.actual} over ${r.window}`,
      `budget ${budgetLeftWords(r.budget)}`,
      r.budget.status === 'no-data'
        ? ''
        : `burn ${times(r.budget.long.rate)} (${r.budget.long.units}) / ${times(r.budget.short.rate)} (${r.budget.short.units})`,
    ]),
  );
}

export function timingsObjectivesText(i: TimingsInsight): string {
  const out = [`Objectives (${i.source}): ${WORD[i.status]}`];
  out.push(...objectiveColumns(i.phases.flatMap((p) => phaseRows(p.objectives))));
  out.push('Cost (runner minutes + infrastructure while a phase runs):');
  out.push(
    ...columns(
      i.phases.map((p) => [
        `${p.env} ${p.phase}`,
        p.runner,
        `${p.cost.runs} runs`,
        `${money(p.cost.perRun)}/run`,
        `total ${money(p.cost.total)}`,
        `latest week ${weekCell(lastWeek(p.cost))}`,
        `week before ${weekCell(p.cost.weeks.at(-2))}`,
      ]),
    ),
  );
  return terminalSafe(out.join('\n'));
}

// ---- batches -----------------------------------------------------------------------------------

export function batchObjectivesTop(i: BatchInsight): string | undefined {
  return topLine(i.status, platformAlerts(i));
}

export function batchObjectivesMarkdown(i: BatchInsight): string {
  const rows = i.platforms.map(platformRow);
  const parts = [`### Objectives (${text(i.source)})`];
  parts.push(
    rows.length ? objectivesTable(rows, 'Platform') : 'No objective covers these platforms.',
  );
  if (rows.length) parts.push(text(explainBurn(rows[0]!.budget.fast, 'test')));
  return parts.join('\n\n');
}

export function batchCostMarkdown(i: BatchInsight): string | undefined {
  if (!i.batch) return undefined;
  const parts = [`### Cost`];
  const names = Object.keys(i.batch.platforms).sort();
  parts.push(
    table(
      ['Platform', 'Runner', 'Minutes', 'This batch'],
      [
        ...names.map((n) => {
          const c = i.batch!.platforms[n]!;
          return [
            text(n),
            c.runner,
            c.unknownBatches ? 'unknown' : c.minutes.toFixed(1),
            c.unknownBatches ? '–' : money(c.dollars),
          ];
        }),
        ['**All**', '', '', `**${batchTotal(i.batch)}**`],
      ],
      ['left', 'left', 'right', 'right'],
    ),
  );
  parts.push(text(batchCostLines(i).join(' ')));
  return parts.join('\n\n');
}

/** The batch's total; with platforms whose minutes are unknown, said so (unknown is not free). */
function batchTotal(batch: NonNullable<BatchInsight['batch']>): string {
  const costs = Object.values(batch.platforms);
  const unknown = costs.filter((c) => c.unknownBatches > 0).length;
  if (unknown === 0) return money(batch.total);
  if (unknown === costs.length) return 'unknown';
  return `${money(batch.total)} + ${plural(unknown, 'platform')} unknown`;
}

/** The week, its projection and budget, the trend and what is unknown (plain text). */
export function batchCostLines(i: BatchInsight): string[] {
  const lines: string[] = [];
  const week = i.weeks.at(-1);
  if (week) {
    lines.push(
      `The week from ${week.weekStart.slice(0, 10)}: ${money(week.dollars)} over ${plural(week.batches, 'batch', 'batches')}` +
        (i.dollars
          ? `, projected ${money(i.dollars.projected)} against the ${money(i.dollars.budget)} weekly budget${i.dollars.overBudget ? ' — projected over budget' : ''}.`
          : ' (no dollar budget set).'),
    );
  }
  if (i.trend)
    lines.push(
      `Trend: ${i.trend.change >= 0 ? '+' : ''}${percent(i.trend.change)} (this week projected ${money(i.trend.projected)} against ${money(i.trend.previous)} the week before).`,
    );
  const unknown = week
    ? Object.entries(week.platforms).filter(([, c]) => c.unknownBatches > 0)
    : [];
  if (unknown.length)
    lines.push(
      `Minutes unknown (no duration recorded) for ${unknown.map(([n, c]) => `${n} in ${plural(c.unknownBatches, 'batch', 'batches')}`).join(', ')}: not counted.`,
    );
  lines.push('Minutes as recorded (macOS: macos_minutes_used), priced at report time.');
  return lines;
}

export function weeklyCostTable(weeks: WeekCost[]): string {
  return table(
    ['Week from', 'Batches', 'Cost'],
    weeks.slice(-8).map((w) => [w.weekStart.slice(0, 10), String(w.batches), money(w.dollars)]),
    ['left', 'right', 'right'],
  );
}

export function batchObjectivesText(i: BatchInsight): string {
  const out = [`Objectives (${i.source}): ${WORD[i.status]}`];
  out.push(...objectiveColumns(i.platforms.map(platformRow)));
  if (i.batch) {
    out.push(`Cost of batch ${i.batch.batchId}: ${batchTotal(i.batch)}`);
    out.push(
      ...columns(
        Object.entries(i.batch.platforms)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([n, c]) =>
            c.unknownBatches
              ? [n, c.runner, 'minutes unknown', '']
              : [n, c.runner, `${c.minutes.toFixed(1)} min`, money(c.dollars)],
          ),
      ),
    );
    out.push(...batchCostLines(i).map((l) => `  ${l}`));
  }
  return terminalSafe(out.join('\n'));
}

/**
 * The pieces batch-summary and `ci-ledger report` both show: the window's label, the change
 * column, the macOS budget line, the trends table and chart, failure categories, the matrix
 * and the insights. Pure: a HistoryReport in, markdown out; data text goes through `text`.
 */
import type { HistoryReport, MacosBudget, PlatformSummary } from '../history/model.js';
import type { PassRateChange } from '../history/pass-rate-changes.js';
import { percent, pValue, table, text } from './markdown.js';

export const pct1 = (r: number | null | undefined) =>
  r === null || r === undefined ? '–' : `${(r * 100).toFixed(1)}%`;

export function change(p: PlatformSummary): string {
  if (p.passRate === null || p.previousPassRate === null) return '–';
  const pts = (p.passRate - p.previousPassRate) * 100;
  return `${pts >= 0 ? '+' : '−'}${Math.abs(pts).toFixed(1)} pts`;
}

/** "fell from 91.2% to 74.0% (−17.2 pts) with batch B (2026-06-01): 9 batches before, 5 since, p 0.0002" */
export function passRateChangeWords(c: PassRateChange): string {
  const pts = (c.after - c.before) * 100;
  return (
    `${c.falling ? 'fell' : 'rose'} from ${pct1(c.before)} to ${pct1(c.after)} (${pts >= 0 ? '+' : '−'}${Math.abs(pts).toFixed(1)} pts) ` +
    `with batch ${c.batchId} (${c.timestamp}): mean of the ${c.batchesBefore} batches with results before, the ${c.batchesAfter} since; ${pValue(c.pValue)}`
  );
}

export function windowLabel(r: HistoryReport): string {
  const span = r.window.from
    ? `, ${r.window.from.slice(0, 10)} → ${(r.window.to ?? '').slice(0, 10)}`
    : '';
  const n = r.window.batches;
  return r.window.last > 0
    ? `last ${n === 1 ? 'batch' : `${n} batches`}${span}`
    : `all ${n} batch${n === 1 ? '' : 'es'}${span}`;
}

export function budgetLine(m: MacosBudget): string {
  const week = `the week of ${m.weekStart.slice(0, 10)}`;
  if (m.batches > 0 && m.batchesWithoutMinutes === m.batches)
    return `unknown in ${week}: none of its ${m.batches} batch${m.batches === 1 ? '' : 'es'} recorded macOS minutes`;
  const unknown = m.batchesWithoutMinutes
    ? `; ${m.batchesWithoutMinutes} of ${m.batches} batches recorded no macOS minutes, so these figures are a floor`
    : '';
  return (
    `${m.usedMinutes} / ${m.budgetMinutes} min (${percent(m.usedMinutes / m.budgetMinutes, 1)}) in ${week}; ` +
    `burn ${m.burnPerDay} min/day, projected ${m.projectedMinutes} min by ${m.weekEnd.slice(0, 10)}${unknown}`
  );
}

/** 🍏 within budget, ⚠️ over it, ❔ when the week's minutes are unknown (never a green mark for no data). */
export function budgetMark(m: MacosBudget): string {
  if (m.overBudget) return '⚠️';
  return m.batchesWithoutMinutes > 0 ? '❔' : '🍏';
}

/** Which failure environments were counted under the records' platform names. */
export function foldedNote(r: HistoryReport): string | undefined {
  if (r.folded.length === 0) return undefined;
  const byTarget = new Map<string, string[]>();
  for (const { from, to } of r.folded) byTarget.set(to, [...(byTarget.get(to) ?? []), from]);
  return `_Failure environments counted under the platforms the batch records name: ${[...byTarget]
    .map(([to, froms]) => `${froms.map(text).join(', ')} → ${text(to)}`)
    .join('; ')}._`;
}

// ---- Mermaid chart ---------------------------------------------------------------------------

/** Colours given to the chart's lines, and the matching marks for its legend. */
const PALETTE: Array<[string, string]> = [
  ['#1f77b4', '🔵'],
  ['#ff7f0e', '🟠'],
  ['#2ca02c', '🟢'],
  ['#d62728', '🔴'],
  ['#9467bd', '🟣'],
  ['#8c564b', '🟤'],
  ['#000000', '⚫'],
];

/** The min-pass-rate line: grey, so it reads as a threshold rather than a platform. */
const FLOOR_COLOUR = '#7f7f7f';

/** Mermaid labels: quoted, and nothing in them that could close the quote or the block. */
const label = (s: string) => `"${s.replace(/[^A-Za-z0-9 ._:/+-]/g, '').slice(0, 40)}"`;

/** Beyond this many batches the x axis shows positions, not batch ids (ids would overlap). */
const LABELLED_POINTS = 5;

/**
 * Pass rate per platform across the window's batches that tested anything. Mermaid's xychart
 * cannot leave a gap, so a platform with no results in some of those batches gets no line
 * (rather than an invented point) and is named under the chart; its rates are in the table.
 */
export function trendChart(r: HistoryReport, minPassRate?: number): string | undefined {
  const points = r.trend.filter((t) => Object.values(t.passRates).some((v) => v !== null));
  const tested = Object.keys(r.platforms).filter((n) => points.some((p) => p.passRates[n] != null));
  const complete = tested.filter((n) => points.every((p) => p.passRates[n] != null));
  const names = complete.slice(0, PALETTE.length);
  const notDrawn = tested.filter((n) => !names.includes(n));
  if (points.length < 2 || names.length === 0) return undefined;
  const lines = names.map((name) => points.map((p) => Math.round(p.passRates[name]! * 1000) / 10));
  const withFloor = minPassRate !== undefined && names.length < PALETTE.length;
  if (withFloor) lines.push(points.map(() => Math.round(minPassRate * 1000) / 10));
  // A platform keeps its colour from page to page: it is picked by the platform's place in
  // the report, not by which lines happen to be drawn.
  const all = Object.keys(r.platforms);
  const mark = (n: string) => PALETTE[all.indexOf(n) % PALETTE.length]!;
  const colours = names.map((n) => mark(n)[0]);
  if (withFloor) colours.push(FLOOR_COLOUR);
  const first = points[0]!.timestamp.slice(0, 10);
  const last = points[points.length - 1]!.timestamp.slice(0, 10);
  const xAxis =
    points.length <= LABELLED_POINTS
      ? `    x-axis [${points.map((p) => label(p.batchId)).join(', ')}]`
      : `    x-axis "Batch (1 = oldest, ${first}; ${points.length} = newest, ${last})" 1 --> ${points.length}`;
  const skippedBatches = r.trend.length - points.length;
  const legend = [
    ...names.map((n) => `${mark(n)[1]} ${text(n)}`),
    ...(withFloor ? [`➖ min-pass-rate ${percent(minPassRate)}`] : []),
  ].join(' · ');
  const notes = [
    skippedBatches > 0 ? `${skippedBatches} batch(es) that tested nothing are left out.` : '',
    notDrawn.length
      ? `Not drawn, having no results in some of these batches (see the table): ${notDrawn.map(text).join(', ')}.`
      : '',
  ].filter(Boolean);
  return [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${colours.join(', ')}"}}}}%%`,
    'xychart-beta',
    `    title "Pass rate per platform, ${points.length} batches, ${first} to ${last}"`,
    xAxis,
    '    y-axis "Pass rate (%)" 0 --> 100',
    ...lines.map((values) => `    line [${values.join(', ')}]`),
    '```',
    legend + (notes.length ? `\n\n_${notes.join(' ')}_` : ''),
  ].join('\n');
}

// ---- sections shared by summary and markdown report ------------------------------------------

export function trendsTable(r: HistoryReport): string {
  // Against the batches that exist before the window, however few; with none, no column of dashes.
  const before = r.window.last > 0 ? r.window.previousBatches : 0;
  const rows = Object.entries(r.platforms).map(([name, p]) => [
    text(name),
    pct1(p.passRate),
    `${p.passed}/${p.tested}`,
    ...(before > 0 ? [change(p)] : []),
  ]);
  const headers = ['Platform', 'Pass rate', 'Passed/tested'];
  if (before > 0) headers.push(`Change vs the ${before} batch${before === 1 ? '' : 'es'} before`);
  const table_ = table(headers, rows, ['left', 'right', 'right', 'right']);
  return before > 0 || r.window.last === 0
    ? table_
    : `${table_}\n\n_No batches before this window to compare with._`;
}

export function categoriesTable(
  categories: HistoryReport['categories'],
  top = 5,
): string | undefined {
  const rows = Object.entries(categories).map(([platform, cats]) => [
    text(platform),
    cats
      .slice(0, top)
      .map((c) => `${text(c.category)} (${c.count}, ${percent(c.share)})`)
      .join(', ') + (cats.length > top ? `, … ${cats.length - top} more` : ''),
  ]);
  return rows.length
    ? table(['Platform', 'Top failure categories (count, share)'], rows)
    : undefined;
}

export function matrixTable(r: HistoryReport): string | undefined {
  const ecosystems = Object.keys(r.matrix).sort();
  const platforms = Object.keys(r.platforms).filter((p) =>
    ecosystems.some((e) => r.matrix[e]?.[p]),
  );
  if (!ecosystems.length || !platforms.length) return undefined;
  const rows = ecosystems.map((e) => [
    text(e),
    ...platforms.map((p) => {
      const c = r.matrix[e]?.[p];
      return c ? `${pct1(c.failureRate)} (${c.failed}/${c.tested}, ${c.batches} b.)` : '–';
    }),
  ]);
  return table(['Ecosystem', ...platforms.map(text)], rows);
}

/** `alertsShown`: the page already lists the alerts (falling pass rates), so they are not repeated. */
export function insightLines(r: HistoryReport, threshold: number, alertsShown = false): string[] {
  const lines: string[] = [];
  const weakest = r.insights.weakestPlatform;
  const weakestRate = weakest ? r.platforms[weakest]?.passRate : null;
  // Over one batch the window's weakest platform is the batch's, which the headline names.
  if (
    r.window.batches > 1 &&
    weakest &&
    weakestRate !== null &&
    weakestRate !== undefined &&
    weakestRate < 1
  ) {
    lines.push(
      `Weakest platform over the ${windowLabel(r)}: ${weakest} (${pct1(weakestRate)} pass rate)`,
    );
  }
  // Change-point detection's falls are alerts (shown above on the page); its rises only here.
  for (const c of r.insights.passRateChanges.changes)
    if (!alertsShown || !c.falling)
      lines.push(`${c.platform}: pass rate ${passRateChangeWords(c)} (change-point detection)`);
  for (const f of alertsShown ? [] : r.insights.falling)
    lines.push(
      `${f.platform}: pass rate fell from ${pct1(f.from)} to ${pct1(f.to)} (older vs newer half of ${f.batches} batches with results: too few for change-point detection)`,
    );
  for (const u of r.insights.unlock) {
    lines.push(
      `${u.platform}: fixing ${u.category} would unlock ${u.recipes === 1 ? '1 recipe that fails' : `${u.recipes} recipes that fail`} only there (${u.recipes === 1 ? '' : 'e.g. '}${u.examples.join(', ')})`,
    );
  }
  for (const s of r.insights.considerSkipping) {
    lines.push(
      `Consider skipping ${s.platform} for ${s.ecosystem}: ${pct1(s.failureRate)} of its tests failed over ${s.batches} batches (threshold ${percent(threshold)})`,
    );
  }
  const testedAny = Object.values(r.platforms).some((p) => p.tested > 0);
  if (!testedAny) {
    lines.unshift(
      r.lastTested
        ? `No recipe was tested in these batches; the latest batch with results is ${r.lastTested.batchId} (${r.lastTested.ecosystem}, ${r.lastTested.timestamp}).`
        : 'No batch in the history tested any recipe.',
    );
  }
  if (lines.length === 0) lines.push('Nothing stands out: no failure records matched the window.');
  return lines;
}

// ---- batch-summary (job summary) -------------------------------------------------------------

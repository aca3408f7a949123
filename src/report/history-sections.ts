/**
 * The pieces batch-summary and `ci-ledger report` both show: the window's label, the change
 * column, the macOS budget line, the trends table and chart, failure categories, the matrix
 * and the insights. Pure: a HistoryReport in, markdown out; data text goes through `text`.
 */
import type { HistoryReport, MacosBudget, PlatformSummary } from '../history/model.js';
import { percent, table, text } from './markdown.js';

export const pct1 = (r: number | null | undefined) =>
  r === null || r === undefined ? '–' : `${(r * 100).toFixed(1)}%`;

export function change(p: PlatformSummary): string {
  if (p.passRate === null || p.previousPassRate === null) return '–';
  const pts = (p.passRate - p.previousPassRate) * 100;
  return `${pts >= 0 ? '+' : '−'}${Math.abs(pts).toFixed(1)} pts`;
}

export function windowLabel(r: HistoryReport): string {
  const span = r.window.from
    ? `, ${r.window.from.slice(0, 10)} → ${(r.window.to ?? '').slice(0, 10)}`
    : '';
  return r.window.last > 0
    ? `last ${r.window.batches} batches${span}`
    : `all ${r.window.batches} batches${span}`;
}

export function budgetLine(m: MacosBudget): string {
  const unknown = m.batchesWithoutMinutes
    ? `; ${m.batchesWithoutMinutes} of ${m.batches} batches recorded no macOS minutes`
    : '';
  return (
    `${m.usedMinutes} / ${m.budgetMinutes} min (${percent(m.usedMinutes / m.budgetMinutes, 1)}) in the week of ${m.weekStart.slice(0, 10)}; ` +
    `burn ${m.burnPerDay} min/day, projected ${m.projectedMinutes} min by ${m.weekEnd.slice(0, 10)}${unknown}`
  );
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

/** Mermaid labels: quoted, and nothing in them that could close the quote or the block. */
const label = (s: string) => `"${s.replace(/[^A-Za-z0-9 ._:/+-]/g, '').slice(0, 40)}"`;

export function trendChart(r: HistoryReport): string | undefined {
  const points = r.trend.filter((t) => Object.values(t.passRates).some((v) => v !== null));
  const names = Object.keys(r.platforms)
    .filter((n) => points.some((p) => p.passRates[n] !== null))
    .slice(0, PALETTE.length);
  if (points.length < 2 || names.length === 0) return undefined;
  const lines = names.map((name) => {
    let last = 0;
    // A platform that tested nothing in a batch keeps its previous value: a gap, not a 0%.
    return points.map(
      (p) =>
        (last = p.passRates[name] === null ? last : Math.round(p.passRates[name]! * 1000) / 10),
    );
  });
  const palette = PALETTE.slice(0, names.length)
    .map(([hex]) => hex)
    .join(', ');
  return [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    `    title "Pass rate per platform, ${points.length} batches, ${points[0]!.timestamp.slice(0, 10)} to ${points[points.length - 1]!.timestamp.slice(0, 10)}"`,
    `    x-axis [${points.map((p) => label(p.batchId)).join(', ')}]`,
    '    y-axis "Pass rate (%)" 0 --> 100',
    ...lines.map((values) => `    line [${values.join(', ')}]`),
    '```',
    names.map((n, i) => `${PALETTE[i]![1]} ${text(n)}`).join(' · '),
  ].join('\n');
}

// ---- sections shared by summary and markdown report ------------------------------------------

export function trendsTable(r: HistoryReport): string {
  const rows = Object.entries(r.platforms).map(([name, p]) => [
    text(name),
    pct1(p.passRate),
    `${p.passed}/${p.tested}`,
    change(p),
  ]);
  const previous = r.window.last > 0 ? `Change vs the ${r.window.last} before` : 'Change';
  return table(['Platform', 'Pass rate', 'Passed/tested', previous], rows, [
    'left',
    'right',
    'right',
    'right',
  ]);
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

export function insightLines(r: HistoryReport, threshold: number): string[] {
  const lines: string[] = [];
  const weakest = r.insights.weakestPlatform;
  const weakestRate = weakest ? r.platforms[weakest]?.passRate : null;
  if (weakest && weakestRate !== null && weakestRate !== undefined && weakestRate < 1) {
    lines.push(`Weakest platform: ${weakest} (${pct1(weakestRate)} pass rate)`);
  }
  for (const u of r.insights.unlock) {
    lines.push(
      `${u.platform}: fixing ${u.category} would unlock ${u.recipes} recipe(s) that fail only there (e.g. ${u.examples.join(', ')})`,
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

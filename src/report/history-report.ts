/**
 * What operators see across batches: the job summary of one batch (batch-summary, the seed's
 * Option B plus trends and insights) and `ci-ledger report` (Option C) as text, markdown or
 * JSON. Pure: a HistoryReport in, text out. Every string from data goes through `text`.
 */
import type { HistoryReport, MacosBudget, PlatformSummary } from '../history/aggregate.js';
import type { LoadedHistory } from '../history/load.js';
import { batchTableMarkdown } from './batch-table.js';
import { percent, table, terminalSafe, text } from './markdown.js';

/** GitHub drops a step summary over 1 MiB; stay well inside it. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

const pct1 = (r: number | null | undefined) =>
  r === null || r === undefined ? '–' : `${(r * 100).toFixed(1)}%`;

function change(p: PlatformSummary): string {
  if (p.passRate === null || p.previousPassRate === null) return '–';
  const pts = (p.passRate - p.previousPassRate) * 100;
  return `${pts >= 0 ? '+' : '−'}${Math.abs(pts).toFixed(1)} pts`;
}

function windowLabel(r: HistoryReport): string {
  const span = r.window.from
    ? `, ${r.window.from.slice(0, 10)} → ${(r.window.to ?? '').slice(0, 10)}`
    : '';
  return r.window.last > 0
    ? `last ${r.window.batches} batches${span}`
    : `all ${r.window.batches} batches${span}`;
}

function budgetLine(m: MacosBudget): string {
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

function trendsTable(r: HistoryReport): string {
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

function categoriesTable(categories: HistoryReport['categories'], top = 5): string | undefined {
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

function matrixTable(r: HistoryReport): string | undefined {
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

function insightLines(r: HistoryReport, threshold: number): string[] {
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

export interface SummaryOptions {
  minPassRate?: number;
  skipThreshold: number;
  limitBytes?: number;
}

export interface BatchSummary {
  markdown: string;
  bytes: number;
  /** Platforms of the focus batch below min-pass-rate. */
  breaches: string[];
  /** Sections left out to stay under the size limit. */
  dropped: string[];
}

export function batchSummary(r: HistoryReport, options: SummaryOptions): BatchSummary {
  const focus = r.focus;
  const breaches =
    focus && options.minPassRate !== undefined
      ? Object.entries(focus.platforms)
          .filter(([, c]) => c.tested > 0 && c.passed / c.tested < options.minPassRate!)
          .map(([name]) => name)
      : [];
  const sections: Array<{ name: string; body: string; keep?: boolean }> = [];
  if (!focus) {
    sections.push({
      name: 'heading',
      keep: true,
      body: `## Batch summary\n\nNo batch record found${r.window.ecosystem ? ` for ${text(r.window.ecosystem)}` : ''}.`,
    });
  } else {
    sections.push({
      name: 'heading',
      keep: true,
      body: [
        `## Batch ${text(focus.batchId)}: ${text(focus.ecosystem)}`,
        batchTableMarkdown(focus.platforms),
        focus.total !== undefined && focus.merged !== undefined
          ? `**Merged:** ${focus.merged} of ${focus.total} recipes.`
          : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
    });
    const cats = categoriesTable(r.focusCategories);
    sections.push({
      name: 'failure categories',
      body: `### Failure categories in this batch\n\n${cats ?? 'No failure records for this batch.'}`,
    });
    if (r.macos) {
      sections.push({
        name: 'macOS budget',
        keep: true,
        body: `${r.macos.overBudget ? '⚠️' : '🍏'} **macOS budget:** ${text(budgetLine(r.macos))}${r.macos.overBudget ? ' — **projected over budget**' : ''}`,
      });
    }
  }
  if (breaches.length) {
    sections.push({
      name: 'breaches',
      keep: true,
      body: `> [!WARNING]\n> Below the minimum pass rate of ${percent(options.minPassRate)}: ${breaches.map(text).join(', ')}`,
    });
  }
  sections.push({
    name: 'trends',
    body: `### Trends: ${text(windowLabel(r))}\n\n${trendsTable(r)}`,
  });
  const chart = trendChart(r);
  if (chart) sections.push({ name: 'chart', body: chart });
  sections.push({
    name: 'insights',
    keep: true,
    body: `### Insights\n\n${insightLines(r, options.skipThreshold)
      .map((l) => `- ${text(l)}`)
      .join('\n')}`,
  });
  const matrix = matrixTable(r);
  if (matrix)
    sections.push({
      name: 'matrix',
      body: `### Failure rate by ecosystem and platform\n\n${matrix}`,
    });
  const windowCats = categoriesTable(r.categories);
  if (windowCats)
    sections.push({
      name: 'window categories',
      body: `### Failure categories, ${text(windowLabel(r))}\n\n${windowCats}`,
    });

  return fitToLimit(sections, options.limitBytes ?? SUMMARY_LIMIT_BYTES, breaches);
}

/** Drops the least essential sections (from the end) until the summary fits, and says so. */
function fitToLimit(
  sections: Array<{ name: string; body: string; keep?: boolean }>,
  limit: number,
  breaches: string[],
): BatchSummary {
  const dropped: string[] = [];
  const render = () =>
    sections.map((s) => s.body).join('\n\n') +
    (dropped.length
      ? `\n\n_Left out to stay under GitHub's 1 MiB summary limit: ${dropped.join(', ')}._`
      : '') +
    '\n';
  let markdown = render();
  while (Buffer.byteLength(markdown) > limit) {
    const at = sections.map((s) => !s.keep).lastIndexOf(true);
    if (at === -1) {
      // Even the essentials are too big (a huge batch table): cut at a line boundary.
      const cut = Buffer.from(markdown)
        .subarray(0, limit - 200)
        .toString('utf8');
      markdown = `${cut.slice(0, cut.lastIndexOf('\n'))}\n\n_Summary cut short at GitHub's 1 MiB limit._\n`;
      dropped.push('the end of the summary');
      break;
    }
    dropped.unshift(sections[at]!.name);
    sections.splice(at, 1);
    markdown = render();
  }
  return { markdown, bytes: Buffer.byteLength(markdown), breaches, dropped };
}

// ---- ci-ledger report ------------------------------------------------------------------------

export function historyMarkdown(loaded: LoadedHistory, skipThreshold: number): string {
  const r = loaded.report;
  const parts = [
    `## Batch report: ${text(windowLabel(r))}${r.window.ecosystem ? `, ${text(r.window.ecosystem)}` : ''}`,
    trendsTable(r),
  ];
  const chart = trendChart(r);
  if (chart) parts.push(chart);
  const cats = categoriesTable(r.categories);
  parts.push(`### Top failure categories\n\n${cats ?? 'No failure records matched this window.'}`);
  if (r.macos) parts.push(`### macOS budget\n\n${text(budgetLine(r.macos))}`);
  const matrix = matrixTable(r);
  if (matrix) parts.push(`### Failure rate by ecosystem and platform\n\n${matrix}`);
  parts.push(
    `### Insights\n\n${insightLines(r, skipThreshold)
      .map((l) => `- ${text(l)}`)
      .join('\n')}`,
  );
  parts.push(sourcesLine(loaded));
  return parts.join('\n\n') + '\n';
}

function sourcesLine(loaded: LoadedHistory): string {
  const c = loaded.report.counts;
  return (
    `Read ${loaded.files.metrics} metrics file(s) (${c.runs} batch records${c.duplicateRuns ? `, ${c.duplicateRuns} duplicates ignored` : ''}) and ` +
    `${loaded.files.failures} failure file(s) (${c.failures} failure records, ${c.failuresInWindow} in the window` +
    `${c.failuresMatchedByTime ? `, ${c.failuresMatchedByTime} of them placed by time` : ''})` +
    `${loaded.skipped.length ? `; ${loaded.skipped.length} unreadable value(s) skipped` : ''}` +
    `${loaded.readFromEnd ? ', newest first, back to where older records no longer change this report' : ''}.`
  );
}

export function historyText(loaded: LoadedHistory, skipThreshold: number): string {
  const r = loaded.report;
  const names = Object.keys(r.platforms);
  const width = Math.max(10, ...names.map((n) => n.length + 1));
  const out: string[] = [];
  out.push(
    `Platform Pass Rates (${windowLabel(r)}${r.window.ecosystem ? `, ${r.window.ecosystem}` : ''}):`,
  );
  if (names.length === 0) out.push('  (no batch records)');
  for (const [name, p] of Object.entries(r.platforms)) {
    out.push(
      `  ${`${name}:`.padEnd(width)} ${pct1(p.passRate).padStart(6)}  (${p.passed}/${p.tested})${p.previousPassRate !== null ? `  ${change(p)} vs previous ${r.window.last}` : ''}`,
    );
  }
  out.push('');
  out.push('Top Failure Categories:');
  const cats = Object.entries(r.categories);
  if (cats.length === 0) out.push('  (no failure records in this window)');
  for (const [platform, list] of cats) {
    out.push(`  ${platform}:`);
    const w = Math.max(...list.slice(0, 5).map((c) => c.category.length + 1));
    for (const c of list.slice(0, 5))
      out.push(
        `    ${`${c.category}:`.padEnd(w)} ${String(c.count).padStart(4)} (${percent(c.share)})`,
      );
    if (list.length > 5) out.push(`    … ${list.length - 5} more`);
  }
  if (r.macos) {
    out.push('');
    out.push(`macOS Budget: ${budgetLine(r.macos)}`);
  }
  const ecosystems = Object.keys(r.matrix).sort();
  if (ecosystems.length) {
    out.push('');
    out.push('Failure rate by ecosystem × platform (failed/tested):');
    const ew = Math.max(10, ...ecosystems.map((e) => e.length));
    out.push(
      `  ${''.padEnd(ew)}  ${names.map((n) => n.padStart(Math.max(n.length, 16))).join('  ')}`,
    );
    for (const e of ecosystems) {
      const cells = names.map((n) => {
        const c = r.matrix[e]?.[n];
        return (c ? `${pct1(c.failureRate)} ${c.failed}/${c.tested}` : '–').padStart(
          Math.max(n.length, 16),
        );
      });
      out.push(`  ${e.padEnd(ew)}  ${cells.join('  ')}`);
    }
  }
  out.push('');
  out.push('Insights:');
  for (const line of insightLines(r, skipThreshold)) out.push(`  ${line}`);
  out.push('');
  out.push(sourcesLine(loaded));
  for (const s of loaded.skipped.slice(0, 5))
    out.push(`  skipped ${s.file} line ${s.line}: ${s.reason}`);
  return terminalSafe(out.join('\n'));
}

export function historyJson(loaded: LoadedHistory): string {
  const { report, files, skipped, ignored, readFromEnd } = loaded;
  return JSON.stringify({ ...report, files, skipped, ignored, readFromEnd }, null, 2);
}

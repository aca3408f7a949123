/**
 * `ci-ledger report` (the seed's Option C) as text, markdown or JSON. Pure: a loaded history
 * in, text out. Every string from data goes through `text` (markdown) or `terminalSafe`.
 */
import { attentionOf, type Attention } from '../history/attention.js';
import type { BatchInsight } from '../objectives/insight.js';
import type { HistoryReport } from '../history/model.js';
import type { LoadedHistory } from '../history/load.js';
import { alertSentence, alertsMarkdown, headline, headlineParts } from './focus-sections.js';
import {
  budgetLine,
  categoriesTable,
  change,
  insightLines,
  matrixTable,
  pct1,
  trendChart,
  trendsTable,
  windowLabel,
} from './history-sections.js';
import { percent, terminalSafe, text } from './markdown.js';

export function historyMarkdown(loaded: LoadedHistory, skipThreshold: number): string {
  const r = loaded.report;
  const attention = attentionOf(r);
  const parts = [
    `## Batch report: ${text(windowLabel(r))}${r.window.ecosystem ? `, ${text(r.window.ecosystem)}` : ''}`,
  ];
  // Like the job summary: the latest batch's status and the alerts first.
  if (r.focus) parts.push(headline(r, attention));
  const alerts = alertsMarkdown(attention);
  if (alerts) parts.push(alerts);
  parts.push(trendsTable(r));
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
    `${loaded.skipped.length ? `; ${loaded.skipped.length} record(s) skipped (unreadable, or a count that is not a number)` : ''}` +
    `${loaded.readFromEnd ? ', newest first, back to where older records no longer change this report' : ''}` +
    `${loaded.filesLeft ? ` (${loaded.filesLeft} older file(s) on the branch not fetched)` : ''}.`
  );
}

export function historyText(loaded: LoadedHistory, skipThreshold: number): string {
  const r = loaded.report;
  const names = Object.keys(r.platforms);
  const width = Math.max(10, ...names.map((n) => n.length + 1));
  const out: string[] = [];
  const attention = attentionOf(r);
  if (r.focus) {
    // Like the job summary: the latest batch's status and the alerts first.
    out.push(plainHeadline(r, attention));
    for (const a of attention.alerts) out.push(`  ! ${alertSentence(a)}`);
    out.push('');
  }
  out.push(
    `Platform Pass Rates (${windowLabel(r)}${r.window.ecosystem ? `, ${r.window.ecosystem}` : ''}):`,
  );
  if (names.length === 0) out.push('  (no batch records)');
  for (const [name, p] of Object.entries(r.platforms)) {
    out.push(
      `  ${`${name}:`.padEnd(width)} ${pct1(p.passRate).padStart(6)}  (${p.passed}/${p.tested})${p.previousPassRate !== null ? `  ${change(p)} vs the ${r.window.previousBatches} batch(es) before` : ''}`,
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

export function historyJson(loaded: LoadedHistory, objectives?: BatchInsight): string {
  const { report, files, skipped, ignored, readFromEnd } = loaded;
  return JSON.stringify({ ...report, files, skipped, ignored, readFromEnd, objectives }, null, 2);
}

/** The summary's headline for terminals and logs: status word first, no markdown. */
function plainHeadline(r: HistoryReport, attention: Attention): string {
  const word = { ok: 'OK', warning: 'WARNING', failing: 'FAILING' }[attention.status];
  const { batch, where, parts } = headlineParts(r);
  return `${word}: ${batch} ${where}: ${parts.join(' · ')}`;
}

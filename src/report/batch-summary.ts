/**
 * The job summary of one batch (batch-summary, the seed's Option B plus trends and insights),
 * kept under GitHub's step-summary limit by leaving out optional sections and saying so. Pure.
 */
import type { HistoryReport } from '../history/model.js';
import { batchTableMarkdown } from './batch-table.js';
import {
  budgetLine,
  categoriesTable,
  insightLines,
  matrixTable,
  trendChart,
  trendsTable,
  windowLabel,
} from './history-sections.js';
import { percent, text } from './markdown.js';

/** GitHub drops a step summary over 1 MiB; stay well inside it. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

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

/**
 * The job summary of one batch (batch-summary, the seed's Option B plus trends and insights),
 * kept under GitHub's step-summary limit by leaving out optional sections and saying so. Pure.
 */
import { attentionOf, type Attention } from '../history/attention.js';
import type { HistoryReport } from '../history/model.js';
import {
  alertsMarkdown,
  changesMarkdown,
  failingRecipesMarkdown,
  focusTable,
  headline,
  sameIdNote,
} from './focus-sections.js';
import {
  budgetLine,
  budgetMark,
  categoriesTable,
  foldedNote,
  insightLines,
  matrixTable,
  trendChart,
  trendsTable,
  windowLabel,
} from './history-sections.js';
import { text } from './markdown.js';
import {
  batchCostMarkdown,
  batchObjectivesMarkdown,
  batchObjectivesTop,
  weeklyCostTable,
} from './objectives.js';
import type { BatchInsight } from '../objectives/insight.js';

/** GitHub drops a step summary over 1 MiB; stay well inside it. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

export interface SummaryOptions {
  minPassRate?: number;
  skipThreshold: number;
  limitBytes?: number;
  /** batch-metrics already wrote this batch's counts to the same job summary. */
  batchTableAbove?: boolean;
  /** Objectives, error budgets and cost (one line at the top when at risk, sections below). */
  insight?: BatchInsight;
}

export interface BatchSummary {
  markdown: string;
  bytes: number;
  /** Platforms of the focus batch below min-pass-rate. */
  breaches: string[];
  attention: Attention;
  /** Sections left out to stay under the size limit. */
  dropped: string[];
}

/** Sections left out first when the summary would pass GitHub's limit (the rest are kept). */
const DROP_ORDER = [
  'weekly cost',
  'window categories',
  'matrix',
  'chart',
  'failing recipes',
  'trends',
  'failure categories',
  'changes',
];

export function batchSummary(r: HistoryReport, options: SummaryOptions): BatchSummary {
  const focus = r.focus;
  const attention = attentionOf(r, options.minPassRate);
  const sections: Array<{ name: string; body: string }> = [];
  const add = (name: string, body: string | undefined) => body && sections.push({ name, body });
  if (!focus) {
    add(
      'heading',
      `## Batch summary\n\nNo batch record found${r.window.ecosystem ? ` for ${text(r.window.ecosystem)}` : ''}.`,
    );
  } else {
    add('heading', `## ${headline(r, attention)}`);
    if (options.insight) add('objectives alert', batchObjectivesTop(options.insight));
    add('alerts', alertsMarkdown(attention));
    add('same id', sameIdNote(r));
    add(
      'batch table',
      options.batchTableAbove
        ? `${focusTable(r, true)}\n\n_This batch's counts per platform are in the batch-metrics table above._`
        : focusTable(r),
    );
    add('changes', changesMarkdown(r));
    add('failing recipes', failingRecipesMarkdown(r));
    const cats = categoriesTable(r.focusCategories);
    add(
      'failure categories',
      `### Failure categories in this batch\n\n${cats ?? 'No failure records for this batch.'}`,
    );
    if (r.macos)
      add(
        'macOS budget',
        `${budgetMark(r.macos)} **macOS budget:** ${text(budgetLine(r.macos))}${r.macos.overBudget ? ' — **projected over budget**' : ''}`,
      );
    if (options.insight) {
      add('objectives', batchObjectivesMarkdown(options.insight));
      add('cost', batchCostMarkdown(options.insight));
      if (options.insight.weeks.length > 1)
        add('weekly cost', `#### Cost per week\n\n${weeklyCostTable(options.insight.weeks)}`);
    }
  }
  // With one batch the window is the batch: its tables would only repeat the ones above.
  const oneBatch = focus !== undefined && r.window.batches <= 1;
  if (!oneBatch) add('trends', `### Trends: ${text(windowLabel(r))}\n\n${trendsTable(r)}`);
  add('chart', trendChart(r, options.minPassRate));
  add(
    'insights',
    `### Insights\n\n${insightLines(r, options.skipThreshold, true)
      .map((l) => `- ${text(l)}`)
      .join('\n')}`,
  );
  const matrix = matrixTable(r);
  if (matrix) add('matrix', `### Failure rate by ecosystem and platform\n\n${matrix}`);
  const windowCats = categoriesTable(r.categories);
  if (windowCats && !oneBatch)
    add('window categories', `### Failure categories, ${text(windowLabel(r))}\n\n${windowCats}`);
  add('folded', foldedNote(r));

  return fitToLimit(sections, options.limitBytes ?? SUMMARY_LIMIT_BYTES, attention);
}

/** Drops the least essential sections (from the end) until the summary fits, and says so. */
function fitToLimit(
  sections: Array<{ name: string; body: string }>,
  limit: number,
  attention: Attention,
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
    const name = DROP_ORDER.find((n) => sections.some((s) => s.name === n));
    const at = name === undefined ? -1 : sections.findIndex((s) => s.name === name);
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
  return {
    markdown,
    bytes: Buffer.byteLength(markdown),
    breaches: attention.breaches,
    attention,
    dropped,
  };
}

// ---- ci-ledger report ------------------------------------------------------------------------

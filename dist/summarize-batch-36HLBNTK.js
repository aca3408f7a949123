import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  alertsMarkdown,
  attentionOf,
  budgetLine,
  budgetMark,
  categoriesTable,
  changesMarkdown,
  failingRecipesMarkdown,
  focusTable,
  foldedNote,
  headline,
  insightLines,
  matrixTable,
  sameIdNote,
  trendChart,
  trendsTable,
  windowLabel
} from "./chunk-HX3AYC5G.js";
import {
  batchCostMarkdown,
  batchObjectivesMarkdown,
  batchObjectivesTop,
  weeklyCostTable
} from "./chunk-CS5QD7YP.js";
import {
  readBatchHistory
} from "./chunk-WEVXAV5L.js";
import "./chunk-3CDMJ3ME.js";
import {
  batchInsight
} from "./chunk-QS3XTY54.js";
import "./chunk-2CELJB7V.js";
import {
  withStore
} from "./chunk-24YXAUME.js";
import {
  objectiveHistoryOptions,
  parseRatio,
  readObjectives
} from "./chunk-NN2FJR2F.js";
import "./chunk-Z3ICJHCC.js";
import "./chunk-T4NHHXYM.js";
import "./chunk-7KPXO4AA.js";
import "./chunk-2E3GCFBA.js";
import {
  text
} from "./chunk-SUOMKFCV.js";
import "./chunk-XS2N7JHC.js";
import "./chunk-VL6VTB2M.js";
import "./chunk-HWW3FAXZ.js";
import {
  InputError
} from "./chunk-3BA7G52B.js";
import "./chunk-PXJ7BKJH.js";
import "./chunk-RXARMASY.js";

// src/report/batch-summary.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
var DROP_ORDER = [
  "weekly cost",
  "window categories",
  "matrix",
  "chart",
  "failing recipes",
  "trends",
  "failure categories",
  "changes"
];
function batchSummary(r, options) {
  const focus = r.focus;
  const attention = attentionOf(r, options.minPassRate);
  const sections = [];
  const add = (name, body) => body && sections.push({ name, body });
  if (!focus) {
    add(
      "heading",
      `## Batch summary

No batch record found${r.window.ecosystem ? ` for ${text(r.window.ecosystem)}` : ""}.`
    );
  } else {
    add("heading", `## ${headline(r, attention)}`);
    if (options.insight) add("objectives alert", batchObjectivesTop(options.insight));
    add("alerts", alertsMarkdown(attention));
    add("same id", sameIdNote(r));
    add(
      "batch table",
      options.batchTableAbove ? `${focusTable(r, true)}

_This batch's counts per platform are in the batch-metrics table above._` : focusTable(r)
    );
    add("changes", changesMarkdown(r));
    add("failing recipes", failingRecipesMarkdown(r));
    const cats = categoriesTable(r.focusCategories);
    add(
      "failure categories",
      `### Failure categories in this batch

${cats ?? "No failure records for this batch."}`
    );
    if (r.macos)
      add(
        "macOS budget",
        `${budgetMark(r.macos)} **macOS budget:** ${text(budgetLine(r.macos))}${r.macos.overBudget ? " \u2014 **projected over budget**" : ""}`
      );
    if (options.insight) {
      add("objectives", batchObjectivesMarkdown(options.insight));
      add("cost", batchCostMarkdown(options.insight));
      if (options.insight.weeks.length > 1)
        add("weekly cost", `#### Cost per week

${weeklyCostTable(options.insight.weeks)}`);
    }
  }
  const oneBatch = focus !== void 0 && r.window.batches <= 1;
  if (!oneBatch) add("trends", `### Trends: ${text(windowLabel(r))}

${trendsTable(r)}`);
  add("chart", trendChart(r, options.minPassRate));
  add(
    "insights",
    `### Insights

${insightLines(r, options.skipThreshold, true).map((l) => `- ${text(l)}`).join("\n")}`
  );
  const matrix = matrixTable(r);
  if (matrix) add("matrix", `### Failure rate by ecosystem and platform

${matrix}`);
  const windowCats = categoriesTable(r.categories);
  if (windowCats && !oneBatch)
    add("window categories", `### Failure categories, ${text(windowLabel(r))}

${windowCats}`);
  add("folded", foldedNote(r));
  return fitToLimit(sections, options.limitBytes ?? SUMMARY_LIMIT_BYTES, attention);
}
function fitToLimit(sections, limit, attention) {
  const dropped = [];
  const render = () => sections.map((s) => s.body).join("\n\n") + (dropped.length ? `

_Left out to stay under GitHub's 1 MiB summary limit: ${dropped.join(", ")}._` : "") + "\n";
  let markdown = render();
  while (Buffer.byteLength(markdown) > limit) {
    const name = DROP_ORDER.find((n) => sections.some((s) => s.name === n));
    const at = name === void 0 ? -1 : sections.findIndex((s) => s.name === name);
    if (at === -1) {
      const cut = Buffer.from(markdown).subarray(0, limit - 200).toString("utf8");
      markdown = `${cut.slice(0, cut.lastIndexOf("\n"))}

_Summary cut short at GitHub's 1 MiB limit._
`;
      dropped.push("the end of the summary");
      break;
    }
    dropped.unshift(sections[at].name);
    sections.splice(at, 1);
    markdown = render();
  }
  return {
    markdown,
    bytes: Buffer.byteLength(markdown),
    breaches: attention.breaches,
    attention,
    dropped
  };
}

// src/jobs/summarize-batch.ts
async function summarizeBatch(inputs, context) {
  const objectives = await readObjectives(inputs.objectives, inputs.root ?? context.cwd);
  const options = objectiveHistoryOptions(inputs, objectives);
  const minPassRate = inputs.minPassRate ? parseRatio("min-pass-rate", inputs.minPassRate) : void 0;
  return withStore(context, async (backend) => {
    const { loaded, branch, paths } = await readBatchHistory(
      context.store,
      backend,
      inputs,
      options,
      "summarize"
    );
    if (options.batchId && !loaded.report.focus) {
      throw new InputError(
        `No batch ${JSON.stringify(options.batchId)} in ${paths.metricsPath} on ${branch}${options.ecosystem ? ` for ${options.ecosystem}` : ""}`
      );
    }
    const { report } = loaded;
    const insight = batchInsight(loaded.recent, loaded.weeks, report.focus, objectives);
    return {
      insight,
      summary: batchSummary(loaded.report, {
        insight,
        minPassRate,
        skipThreshold: options.skipThreshold,
        batchTableAbove: loaded.report.focus !== void 0 && (inputs.tableAlreadyShown?.(loaded.report.focus.batchId, loaded.report.focus.ecosystem) ?? false)
      }),
      loaded,
      branch
    };
  });
}
export {
  summarizeBatch
};

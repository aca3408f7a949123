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
} from "./chunk-LKCO3XFA.js";
import {
  batchCostMarkdown,
  batchObjectivesMarkdown,
  batchObjectivesTop,
  weeklyCostTable
} from "./chunk-UTUJ6Q7N.js";
import {
  storeFromArgs,
  storeHelp,
  storeOptions
} from "./chunk-FFMGCVIG.js";
import {
  text
} from "./chunk-SUOMKFCV.js";
import {
  parseOptions
} from "./chunk-AZM2U62R.js";
import {
  readBatchHistory
} from "./chunk-MFUEGSJT.js";
import {
  batchInsight,
  objectiveHistoryOptions,
  parseRatio,
  readObjectives
} from "./chunk-B4HPPAY6.js";
import "./chunk-EONKB2LE.js";
import "./chunk-AAX545PN.js";
import "./chunk-Y2ZIECC3.js";
import {
  withStore
} from "./chunk-QZTMOEK6.js";
import "./chunk-Q3MNSYLY.js";
import "./chunk-2E3GCFBA.js";
import "./chunk-ZTKIKJK3.js";
import "./chunk-HJJNKDAN.js";
import {
  InputError
} from "./chunk-V7MP4ZTR.js";
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
function batchSummary(r, options2) {
  const focus = r.focus;
  const attention = attentionOf(r, options2.minPassRate);
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
    if (options2.insight) add("objectives alert", batchObjectivesTop(options2.insight));
    add("alerts", alertsMarkdown(attention));
    add("same id", sameIdNote(r));
    add(
      "batch table",
      options2.batchTableAbove ? `${focusTable(r, true)}

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
    if (options2.insight) {
      add("objectives", batchObjectivesMarkdown(options2.insight));
      add("cost", batchCostMarkdown(options2.insight));
      if (options2.insight.weeks.length > 1)
        add("weekly cost", `#### Cost per week

${weeklyCostTable(options2.insight.weeks)}`);
    }
  }
  const oneBatch = focus !== void 0 && r.window.batches <= 1;
  if (!oneBatch) add("trends", `### Trends: ${text(windowLabel(r))}

${trendsTable(r)}`);
  add("chart", trendChart(r, options2.minPassRate));
  add(
    "insights",
    `### Insights

${insightLines(r, options2.skipThreshold, true).map((l) => `- ${text(l)}`).join("\n")}`
  );
  const matrix = matrixTable(r);
  if (matrix) add("matrix", `### Failure rate by ecosystem and platform

${matrix}`);
  const windowCats = categoriesTable(r.categories);
  if (windowCats && !oneBatch)
    add("window categories", `### Failure categories, ${text(windowLabel(r))}

${windowCats}`);
  add("folded", foldedNote(r));
  return fitToLimit(sections, options2.limitBytes ?? SUMMARY_LIMIT_BYTES, attention);
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
  const options2 = objectiveHistoryOptions(inputs, objectives);
  const minPassRate = inputs.minPassRate ? parseRatio("min-pass-rate", inputs.minPassRate) : void 0;
  return withStore(context, async (backend) => {
    const { loaded, branch, paths } = await readBatchHistory(
      context.store,
      backend,
      inputs,
      options2,
      "summarize"
    );
    if (options2.batchId && !loaded.report.focus) {
      throw new InputError(
        `No batch ${JSON.stringify(options2.batchId)} in ${paths.metricsPath} on ${branch}${options2.ecosystem ? ` for ${options2.ecosystem}` : ""}`
      );
    }
    const { report } = loaded;
    const insight = batchInsight(loaded.recent, loaded.weeks, report.focus, objectives);
    return {
      insight,
      summary: batchSummary(loaded.report, {
        insight,
        minPassRate,
        skipThreshold: options2.skipThreshold,
        batchTableAbove: loaded.report.focus !== void 0 && (inputs.tableAlreadyShown?.(loaded.report.focus.batchId, loaded.report.focus.ecosystem) ?? false)
      }),
      loaded,
      branch
    };
  });
}

// src/cli/commands/summary.ts
var options = {
  "batch-id": { type: "string" },
  ecosystem: { type: "string" },
  last: { type: "string" },
  "min-pass-rate": { type: "string" },
  "macos-budget": { type: "string" },
  "week-start": { type: "string" },
  "skip-threshold": { type: "string" },
  "metrics-path": { type: "string" },
  "failures-dir": { type: "string" },
  branch: { type: "string" },
  "read-all": { type: "boolean" },
  objectives: { type: "string" },
  ...storeOptions
};
var summaryCommand = {
  name: "summary",
  help: `Usage: ci-ledger summary [--batch-id ID] [--ecosystem E] [--last N] [STORE]

Prints the markdown batch-summary writes to the job summary: the batch's per-platform table,
its failure categories, the macOS budget of its week, trends over the last N batches (with a
Mermaid chart) and insights. Default batch: the latest.

Options: --min-pass-rate R, --macos-budget MIN, --week-start DAY, --skip-threshold R,
         --metrics-path P, --failures-dir D, --branch B (default: the default branch),
         --read-all (read every record, not only the newest: see \`report --help\`),
         --objectives FILE (default .github/ci-ledger.yml when there, else the defaults)

${storeHelp}`,
  async run(args, io) {
    const { values } = parseOptions(args, options);
    const { summary, loaded } = await summarizeBatch(
      {
        batchId: values["batch-id"],
        ecosystem: values.ecosystem,
        last: values.last,
        minPassRate: values["min-pass-rate"],
        macosBudget: values["macos-budget"],
        weekStart: values["week-start"],
        skipThreshold: values["skip-threshold"],
        metricsPath: values["metrics-path"],
        failuresDir: values["failures-dir"],
        branch: values.branch,
        readAll: values["read-all"],
        objectives: values.objectives
      },
      { store: storeFromArgs(values), log: io.stderr, env: io.env, cwd: io.cwd }
    );
    io.stdout(summary.markdown.trimEnd());
    for (const s of loaded.skipped.slice(0, 10))
      io.stderr(`warning: skipped a record: ${s.file} line ${s.line}: ${s.reason}`);
    return 0;
  }
};
export {
  summaryCommand
};

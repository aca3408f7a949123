import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  budgetLine,
  budgetMark,
  categoriesTable,
  checkoutBranch,
  foldedNote,
  folderOf,
  historyOptions,
  insightLines,
  loadHistory,
  matrixTable,
  parseRatio,
  pct1,
  trendChart,
  trendsTable,
  windowLabel
} from "./chunk-FX2FAVBN.js";
import {
  DEFAULT_FAILURES_DIR,
  DEFAULT_METRICS_PATH
} from "./chunk-NM5NIDTC.js";
import {
  duration,
  percent,
  table,
  text
} from "./chunk-T3GGZEZ2.js";
import {
  storeFromArgs,
  storeHelp,
  storeOptions,
  withStore
} from "./chunk-6UBGQPFG.js";
import {
  parseOptions
} from "./chunk-4S72NS6Z.js";
import {
  InputError
} from "./chunk-6LV7MLTM.js";
import "./chunk-RXARMASY.js";

// src/history/attention.ts
var rate = (c) => c.tested > 0 ? c.passed / c.tested : null;
function attentionOf(r, minPassRate) {
  const alerts = [];
  const focus = r.focus;
  const breaches = [];
  if (focus && minPassRate !== void 0) {
    for (const [platform, c] of Object.entries(focus.platforms)) {
      const passRate = rate(c);
      if (passRate !== null && passRate < minPassRate) {
        breaches.push(platform);
        alerts.push({
          kind: "breach",
          platform,
          passed: c.passed,
          tested: c.tested,
          passRate,
          minPassRate
        });
      }
    }
  }
  if (r.macos?.overBudget)
    alerts.push({
      kind: "over-budget",
      projected: r.macos.projectedMinutes,
      budget: r.macos.budgetMinutes,
      weekStart: r.macos.weekStart
    });
  const focusTested = focus && Object.values(focus.platforms).some((c) => c.tested > 0);
  if (r.idle.batches > 0)
    alerts.push({ kind: "idle", batches: r.idle.batches, since: r.idle.since });
  else if (focus && !focusTested) alerts.push({ kind: "nothing-tested" });
  for (const platform of r.focusDetail?.missingPlatforms ?? [])
    alerts.push({
      kind: "missing-platform",
      platform,
      previousBatchId: r.focusDetail.previous.batchId
    });
  const darwinTested = focus && Object.entries(focus.platforms).some(([n, c]) => n.startsWith("darwin-") && c.tested > 0);
  if (r.macos && darwinTested && r.macos.batchesWithoutMinutes > 0)
    alerts.push({
      kind: "minutes-unknown",
      without: r.macos.batchesWithoutMinutes,
      batches: r.macos.batches,
      weekStart: r.macos.weekStart
    });
  for (const f of r.insights.falling) alerts.push({ kind: "falling", ...f });
  const failing = alerts.some((a) => a.kind === "breach" || a.kind === "over-budget");
  return { status: failing ? "failing" : alerts.length ? "warning" : "ok", alerts, breaches };
}
function batchPassRate(platforms) {
  let passed = 0;
  let tested = 0;
  for (const c of Object.values(platforms)) {
    passed += c.passed;
    tested += c.tested;
  }
  return { passed, tested, rate: tested > 0 ? passed / tested : null };
}

// src/report/focus-sections.ts
var STATUS_MARK = { ok: "\u2705", warning: "\u26A0\uFE0F", failing: "\u274C" };
function points(now, before) {
  if (now === null || now === void 0 || before === null || before === void 0) return "";
  const pts = (now - before) * 100;
  return `${pts >= 0 ? "+" : "\u2212"}${Math.abs(pts).toFixed(1)} pts`;
}
function headline(r, attention) {
  const focus = r.focus;
  const detail = r.focusDetail;
  const mark = STATUS_MARK[attention.status];
  const title = `**Batch ${text(focus.batchId)}** (${text(focus.ecosystem)}, ${focus.timestamp})`;
  const now = batchPassRate(focus.platforms);
  const parts = [];
  if (now.tested === 0) parts.push("no recipe tested");
  else {
    const before = detail?.previous ? batchPassRate(detail.previous.platforms).rate : null;
    const change = points(now.rate, before);
    parts.push(
      `${now.passed}/${now.tested} passed (${percent(now.rate ?? void 0)}${change ? `, ${change} vs the previous ${text(focus.ecosystem)} batch with results` : ""})`
    );
  }
  if (focus.merged !== void 0 && focus.total !== void 0)
    parts.push(`merged ${focus.merged} of ${focus.total}`);
  if (detail?.weakestPlatform && now.tested > 0) {
    const c = focus.platforms[detail.weakestPlatform];
    const p = detail.previous?.platforms[detail.weakestPlatform];
    const change = points(c.passed / c.tested, p && p.tested > 0 ? p.passed / p.tested : null);
    parts.push(
      `weakest ${text(detail.weakestPlatform)} ${percent(c.passed / c.tested)}${change ? ` (${change})` : ""}`
    );
  }
  if (r.macos) {
    const m = r.macos;
    parts.push(
      m.batches > 0 && m.batchesWithoutMinutes === m.batches ? "macOS minutes unknown this week" : `macOS projected ${m.projectedMinutes} / ${m.budgetMinutes} min this week`
    );
  }
  return `${mark} ${title}: ${parts.join(" \xB7 ")}`;
}
function alertSentence(a) {
  switch (a.kind) {
    case "breach":
      return `${a.platform} passed ${a.passed}/${a.tested} (${percent(a.passRate)}), below the minimum pass rate of ${percent(a.minPassRate)}.`;
    case "over-budget":
      return `macOS minutes projected at ${a.projected} of the ${a.budget}-minute budget for the week of ${a.weekStart.slice(0, 10)}.`;
    case "idle":
      return a.since ? `No recipe tested for ${a.batches} batch(es), since ${a.since}.` : `No batch in the history tested any recipe (${a.batches} batch(es)).`;
    case "nothing-tested":
      return "This batch tested no recipe.";
    case "missing-platform":
      return `No record of ${a.platform} in this batch, though batch ${a.previousBatchId} before it had results there: its artifact may be missing.`;
    case "minutes-unknown":
      if (a.without === a.batches)
        return `macOS minutes unknown: none of the ${a.batches} batch(es) in the week of ${a.weekStart.slice(0, 10)} recorded them.`;
      return `macOS minutes unknown for ${a.without} of the ${a.batches} batch(es) in the week of ${a.weekStart.slice(0, 10)}: the budget figures count only the rest.`;
    case "falling":
      return `${a.platform}'s pass rate fell from ${percent(a.from)} to ${percent(a.to)} over ${a.batches} batches.`;
  }
}
function alertsMarkdown(attention) {
  if (attention.alerts.length === 0) return void 0;
  const kind = attention.status === "failing" ? "CAUTION" : "WARNING";
  return [`> [!${kind}]`, ...attention.alerts.map((a) => `> - ${text(alertSentence(a))}`)].join(
    "\n"
  );
}
var BLOCKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
var trendHeader = (r) => `Trend (${r.trend.length} batch${r.trend.length === 1 ? "" : "es"})`;
function sparkline(r, platform) {
  return r.trend.map((t) => {
    const v = t.passRates[platform];
    return v === null || v === void 0 ? "\xB7" : BLOCKS[Math.min(BLOCKS.length - 1, Math.floor(v * BLOCKS.length))];
  }).join("");
}
function focusTable(r, compact = false) {
  const focus = r.focus;
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
      points(now, p && p.tested > 0 ? p.passed / p.tested : null) || "\u2013",
      `\`${sparkline(r, name)}\``,
      duration(typeof c.duration_seconds === "number" ? c.duration_seconds : void 0)
    ];
  });
  const total = batchPassRate(focus.platforms);
  const before = previous ? batchPassRate(previous.platforms).rate : null;
  const sum = (k) => Object.values(focus.platforms).reduce((a, c) => a + (c[k] ?? 0), 0);
  rows.push([
    "**Total**",
    String(total.tested),
    String(total.passed),
    String(sum("failed")),
    String(sum("skipped")),
    pct1(total.rate),
    points(total.rate, before) || "\u2013",
    "",
    ""
  ]);
  const vs = previous ? "vs previous" : "Change";
  if (compact) {
    const keep = [0, 5, 6, 7];
    return table(
      ["Platform", "Pass rate", vs, trendHeader(r)],
      rows.map((row) => keep.map((i) => row[i])),
      ["left", "right", "right", "left"]
    );
  }
  return table(
    [
      "Platform",
      "Tested",
      "Passed",
      "Failed",
      "Skipped",
      "Pass rate",
      vs,
      trendHeader(r),
      "Duration"
    ],
    rows,
    ["left", "right", "right", "right", "right", "right", "right", "left", "right"]
  );
}
function sameIdNote(r) {
  const same = r.focusDetail?.sameId ?? [];
  if (same.length < 2) return void 0;
  const others = same.filter((t) => t !== r.focus.timestamp);
  return `${same.length} records carry batch id ${text(r.focus.batchId)}; this is the one written at ${r.focus.timestamp}. Pick another with \`--batch-id ID@TIME\` (input \`batch-id\` likewise), e.g. ${text(`${r.focus.batchId}@${others[others.length - 1]}`)}; the others were written at ${others.slice(-10).join(", ")}${others.length > 10 ? ` and ${others.length - 10} earlier` : ""}.`;
}
var LIST_LIMIT = 20;
function changesMarkdown(r) {
  const detail = r.focusDetail;
  if (!detail?.previous) return void 0;
  const newly = detail.newlyFailing;
  const items = newly.slice(0, LIST_LIMIT).map((f) => `${text(f.recipe)} on ${text(f.platform)}`).join(", ");
  return [
    `### Since the previous ${text(r.focus.ecosystem)} batch with results (${text(detail.previous.batchId)}, ${detail.previous.timestamp})`,
    newly.length ? `**Newly failing:** ${newly.length} \u2014 ${items}${newly.length > LIST_LIMIT ? `, \u2026 ${newly.length - LIST_LIMIT} more` : ""}.` : "**Newly failing:** none \u2014 every failure of this batch was failing in the previous one too.",
    "_Batch records count passes but do not name them, so recipes that stopped failing are not listed._"
  ].join("\n\n");
}
function failingRecipesMarkdown(r) {
  const detail = r.focusDetail;
  if (!detail || detail.failureCount === 0) return void 0;
  const byPlatform = /* @__PURE__ */ new Map();
  for (const f of detail.failures)
    byPlatform.set(f.platform, [...byPlatform.get(f.platform) ?? [], f]);
  const parts = [
    `<details><summary>Failing recipes: ${detail.failureCount} (recipe \xD7 platform)</summary>`,
    ""
  ];
  for (const [platform, failures] of byPlatform) {
    parts.push(`**${text(platform)}** (${failures.length})`, "");
    parts.push(
      table(
        ["Recipe", "Category", "Exit code", "Message (first line)"],
        failures.map((f) => [
          text(f.recipe),
          text(f.category),
          f.exitCode === void 0 ? "\u2013" : String(f.exitCode),
          text(firstLine(f.message))
        ]),
        ["left", "left", "right", "left"]
      ),
      ""
    );
  }
  if (detail.failureCount > detail.failures.length)
    parts.push(`\u2026 and ${detail.failureCount - detail.failures.length} more.`, "");
  parts.push("</details>");
  return parts.join("\n");
}
function firstLine(message) {
  const line = (message ?? "").split(/\r?\n/).find((l) => l.trim() !== "") ?? "";
  return line.length > 160 ? `${line.slice(0, 157)}\u2026` : line || "\u2013";
}

// src/report/batch-summary.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
var DROP_ORDER = [
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
  }
  add("trends", `### Trends: ${text(windowLabel(r))}

${trendsTable(r)}`);
  add("chart", trendChart(r, options2.minPassRate));
  add(
    "insights",
    `### Insights

${insightLines(r, options2.skipThreshold).map((l) => `- ${text(l)}`).join("\n")}`
  );
  const matrix = matrixTable(r);
  if (matrix) add("matrix", `### Failure rate by ecosystem and platform

${matrix}`);
  const windowCats = categoriesTable(r.categories);
  if (windowCats)
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
  const options2 = historyOptions(inputs);
  const minPassRate = inputs.minPassRate ? parseRatio("min-pass-rate", inputs.minPassRate) : void 0;
  const paths = {
    metricsPath: inputs.metricsPath || DEFAULT_METRICS_PATH,
    failuresDir: inputs.failuresDir || DEFAULT_FAILURES_DIR
  };
  return withStore(context, async (backend) => {
    const { root, branch } = await checkoutBranch(backend, inputs.branch, [
      folderOf(paths.metricsPath),
      paths.failuresDir
    ]);
    if (!root)
      throw new InputError(
        `Branch ${branch} does not exist in ${backend.description}: no batch history to summarize`
      );
    const loaded = await loadHistory(root, paths, options2, { readAll: inputs.readAll });
    if (options2.batchId && !loaded.report.focus) {
      throw new InputError(
        `No batch ${JSON.stringify(options2.batchId)} in ${paths.metricsPath} on ${branch}${options2.ecosystem ? ` for ${options2.ecosystem}` : ""}`
      );
    }
    return {
      summary: batchSummary(loaded.report, {
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
         --read-all (read every record, not only the newest: see \`report --help\`)

${storeHelp}`,
  async run(args, io) {
    const { values } = parseOptions(args, options);
    const { summary } = await summarizeBatch(
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
        readAll: values["read-all"]
      },
      { store: storeFromArgs(values), log: io.stderr, env: io.env, cwd: io.cwd }
    );
    io.stdout(summary.markdown.trimEnd());
    return 0;
  }
};
export {
  summaryCommand
};

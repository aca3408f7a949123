import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  timingsMarkdown,
  timingsText
} from "./chunk-ZAVYOQOD.js";
import {
  alertSentence,
  alertsMarkdown,
  attentionOf,
  budgetLine,
  categoriesTable,
  change,
  headline,
  headlineParts,
  insightLines,
  matrixTable,
  pct1,
  trendChart,
  trendsTable,
  windowLabel
} from "./chunk-LKCO3XFA.js";
import {
  batchCostMarkdown,
  batchObjectivesMarkdown,
  batchObjectivesText,
  timingsObjectivesMarkdown,
  timingsObjectivesText
} from "./chunk-UTUJ6Q7N.js";
import {
  storeFromArgs,
  storeHelp,
  storeOptions
} from "./chunk-FFMGCVIG.js";
import {
  percent,
  terminalSafe,
  text
} from "./chunk-SUOMKFCV.js";
import {
  UsageError,
  parseOptions
} from "./chunk-AZM2U62R.js";
import {
  reportBatches,
  reportTimings
} from "./chunk-RZFQSYN5.js";
import "./chunk-67ZF6F7B.js";
import {
  TAIL_MARGIN
} from "./chunk-MFUEGSJT.js";
import "./chunk-B4HPPAY6.js";
import "./chunk-EONKB2LE.js";
import {
  DEFAULT_FAILURES_DIR,
  DEFAULT_METRICS_PATH
} from "./chunk-AAX545PN.js";
import "./chunk-Y2ZIECC3.js";
import "./chunk-QZTMOEK6.js";
import "./chunk-UYZVAHX6.js";
import "./chunk-SJTDOQFR.js";
import {
  DEFAULT_TIMINGS_BRANCH
} from "./chunk-Q3MNSYLY.js";
import "./chunk-2E3GCFBA.js";
import "./chunk-ZTKIKJK3.js";
import "./chunk-HJJNKDAN.js";
import "./chunk-V7MP4ZTR.js";
import "./chunk-RXARMASY.js";

// src/report/history-report.ts
function historyMarkdown(loaded, skipThreshold) {
  const r = loaded.report;
  const attention = attentionOf(r);
  const parts = [
    `## Batch report: ${text(windowLabel(r))}${r.window.ecosystem ? `, ${text(r.window.ecosystem)}` : ""}`
  ];
  if (r.focus) parts.push(headline(r, attention));
  const alerts = alertsMarkdown(attention);
  if (alerts) parts.push(alerts);
  parts.push(trendsTable(r));
  const chart = trendChart(r);
  if (chart) parts.push(chart);
  const cats = categoriesTable(r.categories);
  parts.push(`### Top failure categories

${cats ?? "No failure records matched this window."}`);
  if (r.macos) parts.push(`### macOS budget

${text(budgetLine(r.macos))}`);
  const matrix = matrixTable(r);
  if (matrix) parts.push(`### Failure rate by ecosystem and platform

${matrix}`);
  parts.push(
    `### Insights

${insightLines(r, skipThreshold).map((l) => `- ${text(l)}`).join("\n")}`
  );
  parts.push(sourcesLine(loaded));
  return parts.join("\n\n") + "\n";
}
function sourcesLine(loaded) {
  const c = loaded.report.counts;
  return `Read ${loaded.files.metrics} metrics file(s) (${c.runs} batch records${c.duplicateRuns ? `, ${c.duplicateRuns} duplicates ignored` : ""}) and ${loaded.files.failures} failure file(s) (${c.failures} failure records, ${c.failuresInWindow} in the window${c.failuresMatchedByTime ? `, ${c.failuresMatchedByTime} of them placed by time` : ""})${loaded.skipped.length ? `; ${loaded.skipped.length} record(s) skipped (unreadable, or a count that is not a number)` : ""}${loaded.readFromEnd ? ", newest first, back to where older records no longer change this report" : ""}${loaded.filesLeft ? ` (${loaded.filesLeft} older file(s) on the branch not fetched)` : ""}.`;
}
function historyText(loaded, skipThreshold) {
  const r = loaded.report;
  const names = Object.keys(r.platforms);
  const width = Math.max(10, ...names.map((n) => n.length + 1));
  const out = [];
  const attention = attentionOf(r);
  if (r.focus) {
    out.push(plainHeadline(r, attention));
    for (const a of attention.alerts) out.push(`  ! ${alertSentence(a)}`);
    out.push("");
  }
  out.push(
    `Platform Pass Rates (${windowLabel(r)}${r.window.ecosystem ? `, ${r.window.ecosystem}` : ""}):`
  );
  if (names.length === 0) out.push("  (no batch records)");
  for (const [name, p] of Object.entries(r.platforms)) {
    out.push(
      `  ${`${name}:`.padEnd(width)} ${pct1(p.passRate).padStart(6)}  (${p.passed}/${p.tested})${p.previousPassRate !== null ? `  ${change(p)} vs the ${r.window.previousBatches} batch(es) before` : ""}`
    );
  }
  out.push("");
  out.push("Top Failure Categories:");
  const cats = Object.entries(r.categories);
  if (cats.length === 0) out.push("  (no failure records in this window)");
  for (const [platform, list] of cats) {
    out.push(`  ${platform}:`);
    const w = Math.max(...list.slice(0, 5).map((c) => c.category.length + 1));
    for (const c of list.slice(0, 5))
      out.push(
        `    ${`${c.category}:`.padEnd(w)} ${String(c.count).padStart(4)} (${percent(c.share)})`
      );
    if (list.length > 5) out.push(`    \u2026 ${list.length - 5} more`);
  }
  if (r.macos) {
    out.push("");
    out.push(`macOS Budget: ${budgetLine(r.macos)}`);
  }
  const ecosystems = Object.keys(r.matrix).sort();
  if (ecosystems.length) {
    out.push("");
    out.push("Failure rate by ecosystem \xD7 platform (failed/tested):");
    const ew = Math.max(10, ...ecosystems.map((e) => e.length));
    out.push(
      `  ${"".padEnd(ew)}  ${names.map((n) => n.padStart(Math.max(n.length, 16))).join("  ")}`
    );
    for (const e of ecosystems) {
      const cells = names.map((n) => {
        const c = r.matrix[e]?.[n];
        return (c ? `${pct1(c.failureRate)} ${c.failed}/${c.tested}` : "\u2013").padStart(
          Math.max(n.length, 16)
        );
      });
      out.push(`  ${e.padEnd(ew)}  ${cells.join("  ")}`);
    }
  }
  out.push("");
  out.push("Insights:");
  for (const line of insightLines(r, skipThreshold)) out.push(`  ${line}`);
  out.push("");
  out.push(sourcesLine(loaded));
  for (const s of loaded.skipped.slice(0, 5))
    out.push(`  skipped ${s.file} line ${s.line}: ${s.reason}`);
  return terminalSafe(out.join("\n"));
}
function historyJson(loaded, objectives) {
  const { report, files, skipped, ignored, readFromEnd } = loaded;
  return JSON.stringify({ ...report, files, skipped, ignored, readFromEnd, objectives }, null, 2);
}
function plainHeadline(r, attention) {
  const word = { ok: "OK", warning: "WARNING", failing: "FAILING" }[attention.status];
  const { batch, where, parts } = headlineParts(r);
  return `${word}: ${batch} ${where}: ${parts.join(" \xB7 ")}`;
}

// src/cli/commands/report.ts
var options = {
  last: { type: "string" },
  ecosystem: { type: "string" },
  platform: { type: "string" },
  format: { type: "string" },
  branch: { type: "string" },
  "metrics-path": { type: "string" },
  "failures-dir": { type: "string" },
  "macos-budget": { type: "string" },
  "week-start": { type: "string" },
  "skip-threshold": { type: "string" },
  "read-all": { type: "boolean" },
  env: { type: "string" },
  phase: { type: "string" },
  objectives: { type: "string" },
  ...storeOptions
};
var ONLY_FOR = {
  timings: ["env", "phase"],
  batches: [
    "ecosystem",
    "platform",
    "metrics-path",
    "failures-dir",
    "macos-budget",
    "week-start",
    "skip-threshold",
    "read-all"
  ]
};
var reportCommand = {
  name: "report",
  help: `Usage: ci-ledger report [--last N] [--ecosystem E] [--platform P]
                        [--format text|markdown|json] [--branch B] [--read-all] [STORE]
       ci-ledger report timings [--last N] [--env E] [--phase P]
                        [--format text|markdown|json] [--branch B] [STORE]

Batches (default): pass rates per platform over the last N batches (default 10; 0 = all) with
the change against the N before, top failure categories per platform, the macOS budget of the
latest batch's week, the ecosystem \xD7 platform failure matrix, and insights (weakest platform,
changes in a platform's pass rate found by change-point detection over the window and the N
batches before it \u2014 a fall is an alert \u2014, the failure category that would unlock most recipes
per platform, cells worth skipping).
Reads the metrics file and its batch-runs-*.jsonl siblings, and every file under the failures
folder, in the formats real pipelines write. For the last N batches, JSON Lines files are read
from their end and left once ${TAIL_MARGIN} records in a row are older than the report needs
(the window and the N before it, the latest batch's week, the latest batch with results).

timings: every environments/*/latest/build_timings.csv on the branch, each run counted once
(key: env, build_id, phase, start_time_utc, across all files). Per env and phase over the last
N runs (default: all): runs, success rate, the median and p95 of the successful runs, the last
run, and the changes in duration that change-point detection finds over the phase's successful
runs (each with its time, the means before and after and the change; a slower level is a
regression). Phases with fewer than 8 successful runs are judged run by run instead: a successful
run over 1.5\xD7 the median of the successful runs before it is a regression. Failed runs are never
judged.
  --env E               only runs of this env (the env column, e.g. dev \u2014 not the folder name)
  --phase P             only runs of this phase

Both end with the objectives (error budget left, burn rates over a long and a short window,
met / at risk / exhausted) and the cost, priced at report time, from the objectives file.
  --objectives FILE     default .github/ci-ledger.yml when there, else the defaults (README)

Options:
  --metrics-path P      default ${DEFAULT_METRICS_PATH}
  --failures-dir D      default ${DEFAULT_FAILURES_DIR}
  --macos-budget MIN    weekly macOS runner minutes (default 1000)
  --week-start DAY      default monday (UTC)
  --skip-threshold R    failure rate above which a cell is worth skipping (default 0.8)
  --branch B            default: the repository's default branch (timings: ${DEFAULT_TIMINGS_BRANCH})
  --read-all            read every record, for histories appended far out of time order

${storeHelp}`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, options, true);
    const subject = positionals[0] ?? "batches";
    if (positionals.length > 1 || !["batches", "timings"].includes(subject)) {
      throw new UsageError(
        `unknown report ${JSON.stringify(positionals.join(" "))}: use "timings" or nothing`
      );
    }
    const format = values.format ?? "text";
    if (!["text", "markdown", "json"].includes(format))
      throw new UsageError(`--format must be text, markdown or json`);
    const other = subject === "timings" ? "batches" : "timings";
    const misplaced = ONLY_FOR[other].filter((name) => values[name] !== void 0);
    if (misplaced.length > 0) {
      throw new UsageError(
        `${misplaced.map((n) => `--${n}`).join(", ")} ${misplaced.length > 1 ? "apply" : "applies"} to \`ci-ledger report${other === "timings" ? " timings" : ""}\`, not to \`ci-ledger report${subject === "timings" ? " timings" : ""}\``
      );
    }
    const context = { store: storeFromArgs(values), log: io.stderr, env: io.env, cwd: io.cwd };
    if (subject === "timings") {
      const { report, source, insight: insight2 } = await reportTimings(
        {
          last: values.last,
          env: values.env,
          phase: values.phase,
          branch: values.branch,
          objectives: values.objectives
        },
        context
      );
      io.stdout(
        format === "json" ? JSON.stringify({ source, ...report, objectives: insight2 }, null, 2) : format === "markdown" ? `${timingsMarkdown(report, source)}
${timingsObjectivesMarkdown(insight2)}
` : `${timingsText(report, source)}

${timingsObjectivesText(insight2)}`
      );
      return 0;
    }
    const { loaded, skipThreshold, insight } = await reportBatches(
      {
        last: values.last,
        ecosystem: values.ecosystem,
        platform: values.platform,
        macosBudget: values["macos-budget"],
        weekStart: values["week-start"],
        skipThreshold: values["skip-threshold"],
        metricsPath: values["metrics-path"],
        failuresDir: values["failures-dir"],
        branch: values.branch,
        readAll: values["read-all"],
        objectives: values.objectives
      },
      context
    );
    io.stdout(
      format === "json" ? historyJson(loaded, insight) : format === "markdown" ? `${historyMarkdown(loaded, skipThreshold)}
${[batchObjectivesMarkdown(insight), batchCostMarkdown(insight)].filter(Boolean).join("\n\n")}
` : `${historyText(loaded, skipThreshold)}

${batchObjectivesText(insight)}`
    );
    return 0;
  }
};
export {
  reportCommand
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  TAIL_MARGIN,
  budgetLine,
  categoriesTable,
  change,
  checkoutBranch,
  folderOf,
  historyOptions,
  insightLines,
  loadHistory,
  matrixTable,
  pct1,
  trendChart,
  trendsTable,
  windowLabel
} from "./chunk-NOQW3XAL.js";
import {
  DEFAULT_FAILURES_DIR,
  DEFAULT_METRICS_PATH
} from "./chunk-NM5NIDTC.js";
import {
  duration,
  percent,
  table,
  terminalSafe,
  text
} from "./chunk-T3GGZEZ2.js";
import {
  DEFAULT_TIMINGS_BRANCH,
  isRegression,
  phaseStats,
  readTimingHistory
} from "./chunk-Q7GN7KRW.js";
import {
  storeFromArgs,
  storeHelp,
  storeOptions,
  withStore
} from "./chunk-BIAONV4W.js";
import "./chunk-TY6I25IP.js";
import {
  UsageError,
  parseOptions
} from "./chunk-4S72NS6Z.js";
import "./chunk-6LV7MLTM.js";
import "./chunk-RXARMASY.js";

// src/jobs/report.ts
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";

// src/timing/report.ts
function timingsReport(files, last) {
  const groups = /* @__PURE__ */ new Map();
  const read = [];
  for (const { file, content } of files) {
    const history = readTimingHistory(content, file);
    read.push({ file, rows: history.rows.length, unmapped: history.unmapped });
    for (const row of history.rows) {
      const key = `${row.env}\0${row.phase}`;
      groups.set(key, [...groups.get(key) ?? [], row]);
    }
  }
  const phases = [];
  for (const [key, rows] of [...groups].sort(([a], [b]) => a < b ? -1 : 1)) {
    const [env, phase] = key.split("\0");
    const all = [...rows].sort(
      (a, b) => a.start_time_utc < b.start_time_utc ? -1 : a.start_time_utc > b.start_time_utc ? 1 : 0
    );
    const runs = last > 0 ? all.slice(-last) : all;
    const stats = phaseStats(runs);
    const regressions = runs.flatMap((row) => {
      const s = phaseStats(all, row);
      const d = Number(row.duration_seconds);
      return isRegression(d, s) ? [{ start: row.start_time_utc, durationSeconds: d, baselineSeconds: s.baselineSeconds }] : [];
    });
    phases.push({
      env,
      phase,
      runs: stats.runs,
      successRate: stats.successRate,
      medianSeconds: stats.medianSeconds,
      p95Seconds: stats.p95Seconds,
      last: stats.last,
      regressions
    });
  }
  return { phases, files: read };
}

// src/jobs/report.ts
async function reportBatches(inputs, context) {
  const options2 = historyOptions(inputs);
  const paths = {
    metricsPath: inputs.metricsPath || DEFAULT_METRICS_PATH,
    failuresDir: inputs.failuresDir || DEFAULT_FAILURES_DIR
  };
  return withStore(context, async (backend) => {
    const { root } = await checkoutBranch(backend, inputs.branch, [
      folderOf(paths.metricsPath),
      paths.failuresDir
    ]);
    const loaded = await loadHistory(
      root ?? join(context.cwd, ".ci-ledger-no-branch"),
      paths,
      options2,
      { readAll: inputs.readAll }
    );
    return { loaded, skipThreshold: options2.skipThreshold };
  });
}
async function reportTimings(inputs, context) {
  const last = inputs.last ? historyOptions({ last: inputs.last }).last : 0;
  return withStore(context, async (backend) => {
    const { root } = await checkoutBranch(backend, inputs.branch || DEFAULT_TIMINGS_BRANCH, [
      "environments"
    ]);
    return { report: timingsReport(root ? await timingFiles(root) : [], last), last };
  });
}
async function timingFiles(root) {
  const envs = await readdir(join(root, "environments")).catch(() => []);
  const files = [];
  for (const env of envs.sort()) {
    const file = `environments/${env}/latest/build_timings.csv`;
    const content = await readFile(join(root, file), "utf8").catch(() => void 0);
    if (content !== void 0) files.push({ file, content });
  }
  return files;
}

// src/report/history-report.ts
function historyMarkdown(loaded, skipThreshold) {
  const r = loaded.report;
  const parts = [
    `## Batch report: ${text(windowLabel(r))}${r.window.ecosystem ? `, ${text(r.window.ecosystem)}` : ""}`,
    trendsTable(r)
  ];
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
  return `Read ${loaded.files.metrics} metrics file(s) (${c.runs} batch records${c.duplicateRuns ? `, ${c.duplicateRuns} duplicates ignored` : ""}) and ${loaded.files.failures} failure file(s) (${c.failures} failure records, ${c.failuresInWindow} in the window${c.failuresMatchedByTime ? `, ${c.failuresMatchedByTime} of them placed by time` : ""})${loaded.skipped.length ? `; ${loaded.skipped.length} unreadable value(s) skipped` : ""}${loaded.readFromEnd ? ", newest first, back to where older records no longer change this report" : ""}.`;
}
function historyText(loaded, skipThreshold) {
  const r = loaded.report;
  const names = Object.keys(r.platforms);
  const width = Math.max(10, ...names.map((n) => n.length + 1));
  const out = [];
  out.push(
    `Platform Pass Rates (${windowLabel(r)}${r.window.ecosystem ? `, ${r.window.ecosystem}` : ""}):`
  );
  if (names.length === 0) out.push("  (no batch records)");
  for (const [name, p] of Object.entries(r.platforms)) {
    out.push(
      `  ${`${name}:`.padEnd(width)} ${pct1(p.passRate).padStart(6)}  (${p.passed}/${p.tested})${p.previousPassRate !== null ? `  ${change(p)} vs previous ${r.window.last}` : ""}`
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
function historyJson(loaded) {
  const { report, files, skipped, ignored, readFromEnd } = loaded;
  return JSON.stringify({ ...report, files, skipped, ignored, readFromEnd }, null, 2);
}

// src/report/timings-report.ts
var lastRun = (p) => p.last ? `${p.last.start_time_utc} (${duration(Number(p.last.duration_seconds))}, exit ${p.last.exit_code})` : "\u2013";
var regressionsOf = (p) => p.regressions.length === 0 ? "none" : p.regressions.map((r) => `${r.start} ${duration(r.durationSeconds)} vs ${duration(r.baselineSeconds)}`).join("; ");
function unmappedNote(r) {
  return r.files.filter((f) => f.unmapped.length > 0).map(
    (f) => `${f.file}: ${f.unmapped.length} row(s) fit no known shape and were left out (lines ${f.unmapped.map((u) => u.line).join(", ")})`
  );
}
function timingsText(r, last) {
  const out = [`Build timings${last > 0 ? ` (last ${last} runs of each phase)` : ""}:`];
  if (r.phases.length === 0) out.push("  (no build_timings.csv rows)");
  const w = Math.max(12, ...r.phases.map((p) => `${p.env} ${p.phase}`.length + 1));
  for (const p of r.phases) {
    out.push(
      `  ${`${p.env} ${p.phase}`.padEnd(w)} runs ${String(p.runs).padStart(3)}  success ${percent(p.successRate).padStart(4)}  median ${duration(p.medianSeconds).padStart(8)}  p95 ${duration(p.p95Seconds).padStart(8)}  last ${lastRun(p)}`
    );
    if (p.regressions.length) out.push(`  ${"".padEnd(w)} regressions: ${regressionsOf(p)}`);
  }
  out.push(
    "",
    `Read ${r.files.map((f) => `${f.file} (${f.rows} rows)`).join(", ") || "no files"}.`,
    ...unmappedNote(r)
  );
  return terminalSafe(out.join("\n"));
}
function timingsMarkdown(r, last) {
  const rows = r.phases.map((p) => [
    text(p.env),
    text(p.phase),
    String(p.runs),
    percent(p.successRate),
    duration(p.medianSeconds),
    duration(p.p95Seconds),
    text(lastRun(p)),
    text(regressionsOf(p))
  ]);
  return [
    `## Build timings${last > 0 ? ` (last ${last} runs of each phase)` : ""}`,
    table(
      [
        "Env",
        "Phase",
        "Runs",
        "Success",
        "Median",
        "p95",
        "Last run",
        "Regressions (over 1.5\xD7 median)"
      ],
      rows,
      ["left", "left", "right", "right", "right", "right", "left", "left"]
    ),
    ...unmappedNote(r).map(text)
  ].join("\n\n") + "\n";
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
  ...storeOptions
};
var reportCommand = {
  name: "report",
  help: `Usage: ci-ledger report [timings] [--last N] [--ecosystem E] [--platform P]
                        [--format text|markdown|json] [--branch B] [--read-all] [STORE]

Batches (default): pass rates per platform over the last N batches (default 10; 0 = all) with
the change against the N before, top failure categories per platform, the macOS budget of the
latest batch's week, the ecosystem \xD7 platform failure matrix, and insights (weakest platform,
the failure category that would unlock most recipes per platform, cells worth skipping).
Reads the metrics file and its batch-runs-*.jsonl siblings, and every file under the failures
folder, in the formats real pipelines write. For the last N batches, JSON Lines files are read
from their end and left once ${TAIL_MARGIN} records in a row are older than the report needs
(the window and the N before it, the latest batch's week, the latest batch with results).

timings: per env and phase over the last N runs (default: all): runs, success rate, median,
p95, last run, and regressions (runs over 1.5\xD7 the median of the successful runs before them).

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
    const context = { store: storeFromArgs(values), log: io.stderr, env: io.env, cwd: io.cwd };
    if (subject === "timings") {
      const { report, last } = await reportTimings(
        { last: values.last, branch: values.branch },
        context
      );
      io.stdout(
        format === "json" ? JSON.stringify(report, null, 2) : format === "markdown" ? timingsMarkdown(report, last) : timingsText(report, last)
      );
      return 0;
    }
    const { loaded, skipThreshold } = await reportBatches(
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
        readAll: values["read-all"]
      },
      context
    );
    io.stdout(
      format === "json" ? historyJson(loaded) : format === "markdown" ? historyMarkdown(loaded, skipThreshold) : historyText(loaded, skipThreshold)
    );
    return 0;
  }
};
export {
  reportCommand
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  TAIL_MARGIN,
  alertSentence,
  alertsMarkdown,
  attentionOf,
  budgetLine,
  categoriesTable,
  change,
  checkoutBranch,
  headline,
  headlineParts,
  historyOptions,
  insightLines,
  matrixTable,
  pct1,
  placeOf,
  readBatchHistory,
  trendChart,
  trendsTable,
  windowLabel
} from "./chunk-XA326FS3.js";
import {
  DEFAULT_FAILURES_DIR,
  DEFAULT_METRICS_PATH
} from "./chunk-CWK4I4RE.js";
import {
  REGRESSION_FACTOR,
  durationOf,
  judgeRun,
  phaseStats,
  runKey,
  runsBefore,
  runsOf
} from "./chunk-YA2ZJ7CZ.js";
import {
  duration,
  percent,
  table,
  terminalSafe,
  text
} from "./chunk-T3GGZEZ2.js";
import {
  DEFAULT_TIMINGS_BRANCH,
  readTimingHistory
} from "./chunk-7G5ZFJNZ.js";
import {
  storeFromArgs,
  storeHelp,
  storeOptions,
  withStore
} from "./chunk-GG3VJZB6.js";
import "./chunk-TY6I25IP.js";
import {
  UsageError,
  parseOptions
} from "./chunk-AZM2U62R.js";
import {
  InputError
} from "./chunk-6LV7MLTM.js";
import "./chunk-RXARMASY.js";

// src/jobs/report.ts
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";

// src/timing/report.ts
function parseLast(value) {
  const n = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n))
    throw new InputError(
      `last ${JSON.stringify(value)} is not a whole number of runs (0 or leave it out for every run)`
    );
  return n;
}
function timingsReport(files, filter) {
  const { runs, read } = distinctRuns(files);
  const selected = select(runs, filter, read);
  const keys = [...new Set(selected.map((r) => `${r.env}\0${r.phase}`))].sort();
  const phases = keys.map((key) => {
    const [env, phase] = key.split("\0");
    const all = runsOf(selected, env, phase);
    const window = filter.last > 0 ? all.slice(-filter.last) : all;
    const regressions = window.flatMap((row) => {
      const before = phaseStats(runsBefore(all, row));
      const judged = judgeRun(row, before);
      return judged.regression ? [
        {
          start: row.start_time_utc,
          buildId: row.build_id,
          durationSeconds: durationOf(row),
          baselineSeconds: before.medianSeconds,
          baselineRuns: before.successes,
          ratio: judged.ratio
        }
      ] : [];
    });
    return { env, phase, ...phaseStats(window), regressions };
  });
  return { filter, runs: runs.length, phases, files: read };
}
function distinctRuns(files) {
  const kept = /* @__PURE__ */ new Map();
  const read = [];
  for (const { file, content } of files) {
    const history = readTimingHistory(content, file);
    let repeated = 0;
    let conflicting = 0;
    for (const row of history.rows) {
      const key = runKey(row);
      const first = kept.get(key);
      if (!first) {
        kept.set(key, row);
        continue;
      }
      repeated += 1;
      if (JSON.stringify(first) !== JSON.stringify(row)) conflicting += 1;
    }
    read.push({
      file,
      rows: history.rows.length,
      unmapped: history.unmapped,
      repeated,
      conflicting,
      envs: [...new Set(history.rows.map((r) => r.env))].sort()
    });
  }
  return { runs: [...kept.values()], read };
}
function select(runs, filter, read) {
  let selected = runs;
  if (filter.env !== void 0) {
    selected = selected.filter((r) => r.env === filter.env);
    if (selected.length === 0) {
      const folder = read.find((f) => f.file.split("/")[1] === filter.env);
      throw new InputError(
        `No run has env ${JSON.stringify(filter.env)}. ${listOf(
          "Envs recorded",
          runs.map((r) => r.env)
        )}` + (folder ? ` --env is the env column (what record-timing was given as --env), not the folder: ${folder.file} holds rows of env ${folder.envs.join(", ") || "(none)"}.` : "")
      );
    }
  }
  if (filter.phase !== void 0) {
    const inEnv = selected;
    selected = selected.filter((r) => r.phase === filter.phase);
    if (selected.length === 0) {
      throw new InputError(
        `No run has phase ${JSON.stringify(filter.phase)}${filter.env !== void 0 ? ` in env ${JSON.stringify(filter.env)}` : ""}. ` + listOf(
          "Phases recorded",
          inEnv.map((r) => r.phase)
        )
      );
    }
  }
  return selected;
}
function listOf(what, values) {
  const distinct = [...new Set(values)].sort();
  return distinct.length === 0 ? `${what}: none.` : `${what}: ${distinct.join(", ")}.`;
}

// src/jobs/report.ts
async function reportBatches(inputs, context) {
  const options2 = historyOptions(inputs);
  return withStore(context, async (backend) => {
    const { loaded } = await readBatchHistory(context.store, backend, inputs, options2, "report");
    return { loaded, skipThreshold: options2.skipThreshold };
  });
}
async function reportTimings(inputs, context) {
  const filter = {
    last: inputs.last === void 0 ? 0 : parseLast(inputs.last),
    env: inputs.env,
    phase: inputs.phase
  };
  return withStore(context, async (backend) => {
    const { root, branch } = await checkoutBranch(
      backend,
      inputs.branch || DEFAULT_TIMINGS_BRANCH,
      ["environments"]
    );
    const where = placeOf(context.store, backend, branch);
    const files = root ? await timingFiles(root) : [];
    if (files.length === 0) {
      const why = root ? "" : " (the branch does not exist)";
      throw new InputError(
        `No ${TIMINGS_GLOB} in ${where}${why}. ` + (context.store.kind === "directory" ? "Point --data-dir at the folder that holds environments/ (a checkout of the registry branch)." : `Name the registry branch with --branch (default ${DEFAULT_TIMINGS_BRANCH}).`)
      );
    }
    return { report: timingsReport(files, filter), source: { where } };
  });
}
var TIMINGS_GLOB = "environments/*/latest/build_timings.csv";
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
  return `Read ${loaded.files.metrics} metrics file(s) (${c.runs} batch records${c.duplicateRuns ? `, ${c.duplicateRuns} duplicates ignored` : ""}) and ${loaded.files.failures} failure file(s) (${c.failures} failure records, ${c.failuresInWindow} in the window${c.failuresMatchedByTime ? `, ${c.failuresMatchedByTime} of them placed by time` : ""})${loaded.skipped.length ? `; ${loaded.skipped.length} unreadable value(s) skipped` : ""}${loaded.readFromEnd ? ", newest first, back to where older records no longer change this report" : ""}.`;
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
function historyJson(loaded) {
  const { report, files, skipped, ignored, readFromEnd } = loaded;
  return JSON.stringify({ ...report, files, skipped, ignored, readFromEnd }, null, 2);
}
function plainHeadline(r, attention) {
  const word = { ok: "OK", warning: "WARNING", failing: "FAILING" }[attention.status];
  const { batch, where, parts } = headlineParts(r);
  return `${word}: ${batch} ${where}: ${parts.join(" \xB7 ")}`;
}

// src/report/timings-report.ts
var lastRun = (p) => p.last ? `${p.last.start_time_utc} (${duration(Number(p.last.duration_seconds))}, exit ${p.last.exit_code})` : "\u2013";
var times = (ratio) => `${ratio.toFixed(1)}\xD7`;
function title(r) {
  const scope = [
    r.filter.env !== void 0 ? `env ${r.filter.env}` : "",
    r.filter.phase !== void 0 ? `phase ${r.filter.phase}` : "",
    r.filter.last > 0 ? `last ${r.filter.last} runs of each phase` : ""
  ].filter(Boolean);
  return `Build timings${scope.length ? ` (${scope.join(", ")})` : ""}`;
}
function readNotes(r, source) {
  const rows = r.files.reduce((n, f) => n + f.rows, 0);
  const repeated = r.files.reduce((n, f) => n + f.repeated, 0);
  const conflicting = r.files.reduce((n, f) => n + f.conflicting, 0);
  const notes = [
    `Read ${r.files.map((f) => `${f.file} (${f.rows} rows, env ${f.envs.join(", ") || "\u2013"})`).join(", ")} from ${source.where}: ${rows} rows, ${r.runs} distinct runs.`
  ];
  if (repeated > 0) {
    notes.push(
      `${repeated} row(s) repeat a run already read (same env, build_id, phase and start_time_utc): each run is counted once` + (conflicting > 0 ? `; ${conflicting} of the repeats differ in other columns, and the first copy read was kept.` : ".")
    );
  }
  for (const f of r.files.filter((f2) => f2.unmapped.length > 0)) {
    notes.push(
      `${f.file}: ${f.unmapped.length} row(s) fit no known shape and were left out (lines ${f.unmapped.map((u) => u.line).join(", ")}).`
    );
  }
  notes.push(
    `Median and p95 are of the successful runs (exit 0); failed runs count in runs and success, and are never judged as regressions. A regression is a successful run over ${REGRESSION_FACTOR}\xD7 the median of the successful runs before it.`
  );
  return notes;
}
function timingsText(r, source) {
  const out = [`${title(r)}:`];
  const w = Math.max(12, ...r.phases.map((p) => `${p.env} ${p.phase}`.length + 1));
  for (const p of r.phases) {
    out.push(
      `  ${`${p.env} ${p.phase}`.padEnd(w)} runs ${String(p.runs).padStart(3)}  success ${percent(p.successRate).padStart(4)}  median ${duration(p.medianSeconds).padStart(8)}  p95 ${duration(p.p95Seconds).padStart(8)}  last ${lastRun(p)}`
    );
    for (const g of p.regressions) {
      out.push(
        `  ${"".padEnd(w)} regression: ${g.start} build ${g.buildId} took ${duration(g.durationSeconds)}, ${times(g.ratio)} the median ${duration(g.baselineSeconds)} of ${g.baselineRuns} successful run(s) before it`
      );
    }
  }
  out.push("", ...readNotes(r, source));
  return terminalSafe(out.join("\n"));
}
function timingsMarkdown(r, source) {
  const phases = table(
    [
      "Env",
      "Phase",
      "Runs",
      "Success",
      "Median (successful)",
      "p95 (successful)",
      "Last run",
      "Regressions"
    ],
    r.phases.map((p) => [
      text(p.env),
      text(p.phase),
      String(p.runs),
      percent(p.successRate),
      duration(p.medianSeconds),
      duration(p.p95Seconds),
      text(lastRun(p)),
      String(p.regressions.length)
    ]),
    ["left", "left", "right", "right", "right", "right", "left", "right"]
  );
  const regressions = r.phases.flatMap(
    (p) => p.regressions.map((g) => [
      text(p.env),
      text(p.phase),
      g.start,
      text(g.buildId),
      duration(g.durationSeconds),
      `${duration(g.baselineSeconds)} (${g.baselineRuns})`,
      times(g.ratio)
    ])
  );
  const parts = [`## ${text(title(r))}`, phases];
  if (regressions.length > 0) {
    parts.push(
      `### Regressions (successful runs over ${REGRESSION_FACTOR}\xD7 the median of the successful runs before them)`,
      table(
        ["Env", "Phase", "Start (UTC)", "Build", "Duration", "Median before (runs)", "Ratio"],
        regressions,
        ["left", "left", "left", "left", "right", "right", "right"]
      )
    );
  }
  parts.push(...readNotes(r, source).map(text));
  return parts.join("\n\n") + "\n";
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
the failure category that would unlock most recipes per platform, cells worth skipping).
Reads the metrics file and its batch-runs-*.jsonl siblings, and every file under the failures
folder, in the formats real pipelines write. For the last N batches, JSON Lines files are read
from their end and left once ${TAIL_MARGIN} records in a row are older than the report needs
(the window and the N before it, the latest batch's week, the latest batch with results).

timings: every environments/*/latest/build_timings.csv on the branch, each run counted once
(key: env, build_id, phase, start_time_utc, across all files). Per env and phase over the last
N runs (default: all): runs, success rate, the median and p95 of the successful runs, the last
run, and regressions (successful runs over 1.5\xD7 the median of the successful runs before them;
failed runs are never judged).
  --env E               only runs of this env (the env column, e.g. dev \u2014 not the folder name)
  --phase P             only runs of this phase

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
      const { report, source } = await reportTimings(
        { last: values.last, env: values.env, phase: values.phase, branch: values.branch },
        context
      );
      io.stdout(
        format === "json" ? JSON.stringify({ source, ...report }, null, 2) : format === "markdown" ? timingsMarkdown(report, source) : timingsText(report, source)
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

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  duration,
  pValue,
  percent,
  table,
  terminalSafe,
  text
} from "./chunk-SUOMKFCV.js";
import {
  CHANGE_RULE
} from "./chunk-67ZF6F7B.js";
import {
  REGRESSION_FACTOR
} from "./chunk-B4HPPAY6.js";

// src/report/timings-report.ts
var lastRun = (p) => p.last ? `${p.last.start_time_utc} (${duration(Number(p.last.duration_seconds))}, exit ${p.last.exit_code})` : "\u2013";
var times = (ratio) => `${ratio.toFixed(1)}\xD7`;
var signedPercent = (ratio) => `${ratio >= 0 ? "+" : "\u2212"}${Math.abs(ratio * 100).toFixed(0)}%`;
var slowerOrFaster = (c) => c.regression ? "slower" : "faster";
function changeRuleNote() {
  return `Changes in duration are found by change-point detection (E-Divisive means with a Student's t-test, as Apache Otava and MongoDB's CI do) over the durations of a phase's successful runs: a change is a new level that holds for at least ${CHANGE_RULE.minSegment} runs, differs by ${percent(CHANGE_RULE.minMagnitude)} or more, and is significant at p < ${CHANGE_RULE.maxPValue}; a slower level is a regression. Phases with fewer than ${CHANGE_RULE.minRuns} successful runs are judged run by run instead: a successful run over ${REGRESSION_FACTOR}\xD7 the median of the successful runs before it is a regression.`;
}
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
    `Median and p95 are of the successful runs (exit 0); failed runs count in runs and success, and are never judged as regressions. ` + changeRuleNote()
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
    for (const c of p.changes) {
      out.push(
        `  ${"".padEnd(w)} ${c.regression ? "regression" : "faster"}: from ${c.start} build ${c.buildId}, mean ${duration(c.meanBeforeSeconds)} \u2192 ${duration(c.meanAfterSeconds)} (${signedPercent(c.relativeChange)}, ${slowerOrFaster(c)}) over ${c.runsBefore} \u2192 ${c.runsAfter} successful runs, ${pValue(c.pValue)}`
      );
    }
    if (p.regressionRule === "median" && p.successes > 0)
      out.push(
        `  ${"".padEnd(w)} too few successful runs for change-point detection (${CHANGE_RULE.minRuns} needed): judged by the ${REGRESSION_FACTOR}\xD7 median rule`
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
      "Changes",
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
      p.regressionRule === "median" ? "\u2013 (too few runs)" : String(p.changes.length),
      String(
        p.regressionRule === "median" ? p.regressions.length : p.changes.filter((c) => c.regression).length
      )
    ]),
    ["left", "left", "right", "right", "right", "right", "left", "right", "right"]
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
  const changes = r.phases.flatMap(
    (p) => p.changes.map((c) => [
      text(p.env),
      text(p.phase),
      c.start,
      text(c.buildId),
      `${duration(c.meanBeforeSeconds)} (${c.runsBefore})`,
      `${duration(c.meanAfterSeconds)} (${c.runsAfter})`,
      `${signedPercent(c.relativeChange)} ${c.regression ? "\u26A0\uFE0F slower" : "faster"}`,
      pValue(c.pValue)
    ])
  );
  const parts = [`## ${text(title(r))}`, phases];
  if (changes.length > 0) {
    parts.push(
      "### Changes in duration (change-point detection over the successful runs)",
      table(
        [
          "Env",
          "Phase",
          "From (UTC)",
          "First build",
          "Mean before (runs)",
          "Mean after (runs)",
          "Change",
          "Significance"
        ],
        changes,
        ["left", "left", "left", "left", "right", "right", "right", "right"]
      )
    );
  }
  if (regressions.length > 0) {
    parts.push(
      `### Regressions in phases with too few runs for change-point detection (successful runs over ${REGRESSION_FACTOR}\xD7 the median of the successful runs before them)`,
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

export {
  signedPercent,
  timingsText,
  timingsMarkdown
};

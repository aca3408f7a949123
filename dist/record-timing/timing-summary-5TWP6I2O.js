import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  REGRESSION_FACTOR
} from "./chunk-RUORR7V7.js";
import {
  TIME_SOURCES
} from "./chunk-B4JLYFPM.js";
import "./chunk-G3O3EJUW.js";
import "./chunk-XG4RVPFL.js";
import "./chunk-E5LO342T.js";
import "./chunk-NU6ZN5EL.js";
import "./chunk-RXARMASY.js";

// src/report/markdown.ts
function text(value) {
  return String(value ?? "").replace(/[\r\n]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/([\\`*_{}[\]()#+!|~])/g, "\\$1").replace(/:\/\//g, "\\://").replace(/\b(www)\./gi, "$1\\.");
}
function code(value) {
  const clean = String(value ?? "").replace(/[\r\n`|]/g, " ");
  return clean.trim() === "" ? "" : `\`${clean}\``;
}
function table(headers, rows, align = []) {
  const rule = headers.map(
    (_, i) => ({ left: "---", right: "--:", center: ":-:" })[align[i] ?? "left"]
  );
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(rule), ...rows.map(line)].join("\n");
}
function percent(ratio, digits = 0) {
  return ratio === void 0 || !Number.isFinite(ratio) ? "\u2013" : `${(ratio * 100).toFixed(digits)}%`;
}
function duration(seconds) {
  if (seconds === void 0 || !Number.isFinite(seconds)) return "\u2013";
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor(s % 3600 / 60);
  const r = s % 60;
  const pad = (n) => String(n).padStart(2, "0");
  return h > 0 ? `${h}h ${pad(m)}m ${pad(r)}s` : m > 0 ? `${m}m ${pad(r)}s` : `${r}s`;
}

// src/report/timing-summary.ts
var resources = (row) => row.resources_added === "" ? ["\u2013", "\u2013", "\u2013"] : [row.resources_added, row.resources_changed, row.resources_destroyed];
function timingSummaryMarkdown(r) {
  const { row, stats } = r;
  const ok = row.exit_code === "0";
  const parts = [];
  parts.push(
    `## ${ok ? "\u2705" : "\u274C"} ${text(row.phase)} on ${text(row.env)} (build ${text(row.build_id)})`
  );
  parts.push(
    table(
      ["Start (UTC)", "End (UTC)", "Duration", "Exit code", "Added", "Changed", "Destroyed", "Log"],
      [
        [
          row.start_time_utc,
          row.end_time_utc,
          duration(Number(row.duration_seconds)),
          row.exit_code,
          ...resources(row),
          code(row.log_path)
        ]
      ],
      ["left", "left", "right", "right", "right", "right", "right", "left"]
    )
  );
  const notes = [
    `Start ${TIME_SOURCES[r.timeSources.start]}; end ${TIME_SOURCES[r.timeSources.end]}.`
  ];
  if (row.flags) notes.push(`Flags: ${text(row.flags)}.`);
  if (row.resources_added === "")
    notes.push(
      "The log holds no Terraform/OpenTofu apply or destroy summary, so the resource columns are empty."
    );
  if (r.logChoice && r.logChoice.candidates.length > 1) {
    notes.push(
      `${r.logChoice.candidates.length} logs match ${code(r.logChoice.pattern)}; the newest was recorded.`
    );
  }
  notes.push(
    r.append.status === "already-recorded" ? `This run was already in ${code(r.file)} on ${code(r.append.branch)}; nothing new was written.` : `Recorded in ${code(r.file)} on ${code(r.append.branch)}${r.append.head ? ` (commit ${code(r.append.head.slice(0, 12))})` : ""}.`
  );
  parts.push(notes.join(" "));
  parts.push(`### History: ${text(row.phase)} on ${text(row.env)}`);
  parts.push(
    table(
      ["Runs", "Success rate", "Median", "p95", "Last run"],
      [
        [
          String(stats.runs),
          percent(stats.successRate),
          duration(stats.medianSeconds),
          duration(stats.p95Seconds),
          stats.last ? `${stats.last.start_time_utc} (exit ${text(stats.last.exit_code)})` : "\u2013"
        ]
      ],
      ["right", "right", "right", "right", "left"]
    )
  );
  if (r.regression) {
    parts.push(
      `> [!WARNING]
> Regression: this run took ${duration(Number(row.duration_seconds))}, over ${REGRESSION_FACTOR}\xD7 the median (${duration(stats.baselineSeconds)}) of the ${stats.baselineRuns} previous successful run(s).`
    );
  } else if (stats.baselineRuns > 0) {
    parts.push(
      `Within ${REGRESSION_FACTOR}\xD7 the median (${duration(stats.baselineSeconds)}) of the ${stats.baselineRuns} previous successful run(s).`
    );
  }
  return parts.join("\n\n") + "\n";
}
function timingSummaryText(r) {
  const { row, stats } = r;
  const changes = row.resources_added === "" ? "no resource summary in the log" : `resources +${row.resources_added} ~${row.resources_changed} -${row.resources_destroyed}`;
  const lines = [
    `${r.append.status === "recorded" ? "Recorded" : "Already recorded"}: ${row.phase} on ${row.env} (build ${row.build_id}), ${row.start_time_utc} \u2192 ${row.end_time_utc}, ${duration(Number(row.duration_seconds))}, exit ${row.exit_code}, ${changes}`,
    `  times: start ${TIME_SOURCES[r.timeSources.start]}, end ${TIME_SOURCES[r.timeSources.end]}`,
    `  log: ${row.log_path}${r.logChoice && r.logChoice.candidates.length > 1 ? ` (newest of ${r.logChoice.candidates.length} matching ${r.logChoice.pattern})` : ""}`,
    `  file: ${r.file} on ${r.append.branch}${r.append.head ? ` at ${r.append.head}` : ""}`,
    `  history: ${stats.runs} run(s), ${percent(stats.successRate)} success, median ${duration(stats.medianSeconds)}, p95 ${duration(stats.p95Seconds)}`
  ];
  if (r.regression) {
    lines.push(
      `  REGRESSION: over ${REGRESSION_FACTOR}\xD7 the median (${duration(stats.baselineSeconds)}) of ${stats.baselineRuns} previous successful run(s)`
    );
  }
  return lines.join("\n");
}
export {
  timingSummaryMarkdown,
  timingSummaryText
};

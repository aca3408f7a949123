import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  code,
  duration,
  percent,
  table,
  terminalSafe,
  text
} from "./chunk-6QAJZFDP.js";
import "./chunk-RXARMASY.js";

// src/report/batch-table.ts
var passRate = (c) => c.tested > 0 ? c.passed / c.tested : void 0;
function totals(platforms) {
  const t = { tested: 0, passed: 0, failed: 0, skipped: 0, duration_seconds: null };
  for (const c of Object.values(platforms)) {
    t.tested += c.tested;
    t.passed += c.passed;
    t.failed += c.failed;
    t.skipped += c.skipped ?? 0;
    if (typeof c.duration_seconds === "number")
      t.duration_seconds = (t.duration_seconds ?? 0) + c.duration_seconds;
  }
  return t;
}
function batchTableMarkdown(platforms) {
  const row = (name, c) => [
    name,
    String(c.tested),
    String(c.passed),
    String(c.failed),
    String(c.skipped ?? 0),
    percent(passRate(c)),
    duration(typeof c.duration_seconds === "number" ? c.duration_seconds : void 0)
  ];
  const rows = Object.entries(platforms).map(([name, c]) => row(text(name), c));
  rows.push(row("**Total**", totals(platforms)));
  return table(
    ["Platform", "Tested", "Passed", "Failed", "Skipped", "Pass rate", "Duration"],
    rows,
    ["left", "right", "right", "right", "right", "right", "right"]
  );
}
function batchTableText(platforms) {
  const names = Object.keys(platforms);
  const width = Math.max(8, ...names.map((n) => n.length), "Total".length);
  const line = (name, c) => `  ${name.padEnd(width)}  ${String(c.tested).padStart(6)}  ${String(c.passed).padStart(6)}  ${String(c.failed).padStart(6)}  ${String(c.skipped ?? 0).padStart(7)}  ${percent(passRate(c)).padStart(9)}`;
  return [
    `  ${"Platform".padEnd(width)}  ${"Tested".padStart(6)}  ${"Passed".padStart(6)}  ${"Failed".padStart(6)}  ${"Skipped".padStart(7)}  ${"Pass rate".padStart(9)}`,
    ...names.map((n) => line(n, platforms[n])),
    line("Total", totals(platforms))
  ].join("\n");
}

// src/report/batch-metrics-summary.ts
function macosNote(r) {
  if (r.macosSources.length === 0) return "no darwin platform in this batch";
  const sources = [...new Set(r.macosSources.map((s) => s.source))].join(", ");
  const unknown = r.macosSources.filter((s) => s.source === "unknown").map((s) => s.file);
  return `${r.record.macos_minutes_used} min (from ${sources})${unknown.length ? `; no timing in ${unknown.join(", ")}` : ""}`;
}
function writtenNote(r) {
  return r.append.status === "already-recorded" ? `already recorded in ${r.metricsPath} on ${r.append.branch}: nothing new was written` : `written to ${r.metricsPath} and ${r.failuresPath} on ${r.append.branch}${r.append.head ? ` in commit ${r.append.head.slice(0, 12)}` : ""}`;
}
function batchMetricsMarkdown(r) {
  const { record } = r;
  return [
    `## Batch ${text(record.batch_id)}: ${text(record.ecosystem)}`,
    batchTableMarkdown(record.platforms),
    [
      `**Pass rate:** ${r.passRate === null ? "\u2013" : percent(r.passRate)} of tests`,
      `**Merged:** ${record.merged} of ${record.total} recipes (${percent(record.success_rate)})`,
      `**Failure records:** ${r.failures.length}`,
      `**Weakest platform:** ${r.weakestPlatform ? text(r.weakestPlatform) : "\u2013"}`,
      `**macOS minutes:** ${text(macosNote(r))}`
    ].join(" \xB7 "),
    changesMarkdown(r),
    artifactsMarkdown(r),
    writtenMarkdown(r)
  ].filter(Boolean).join("\n\n") + "\n";
}
var LIST_LIMIT = 30;
function cells(list) {
  const shown = list.slice(0, LIST_LIMIT).map(
    (c) => `${text(c.recipe)} on ${text(c.platform)}${c.attempts ? ` (${c.attempts} attempts)` : ""}`
  );
  return `${list.length}${list.length ? ` \u2014 ${shown.join(", ")}${list.length > LIST_LIMIT ? `, \u2026 ${list.length - LIST_LIMIT} more` : ""}` : ""}`;
}
function changesMarkdown(r) {
  const c = r.changes;
  if (!c) return void 0;
  const lines = c.previous ? [
    `### Since the previous batch (${text(c.previous.batchId)}, ${c.previous.timestamp})`,
    `**Newly failing:** ${cells(c.newlyFailing)}`,
    `**Newly fixed:** ${cells(c.newlyFixed)}`
  ] : [
    `### Changes`,
    `No earlier batch of ${text(r.record.ecosystem)} in ${code(r.failuresPath)} to compare with.`
  ];
  lines.push(`**Flaky** (passed after more than one attempt): ${cells(c.flaky)}`);
  return lines.join("\n\n");
}
function artifactsMarkdown(r) {
  const files = r.artifacts.map((a) => code(a.file));
  return `**Artifacts read:** ${files.length}${files.length ? ` \u2014 ${files.slice(0, 10).join(", ")}${files.length > 10 ? `, \u2026 ${files.length - 10} more` : ""}` : ""}`;
}
function writtenMarkdown(r) {
  const { branch, head } = r.append;
  return r.append.status === "already-recorded" ? `\u2139\uFE0F Already recorded in ${code(r.metricsPath)} on ${code(branch)}: nothing new was written.` : `\u2705 Written to ${code(r.metricsPath)} and ${code(r.failuresPath)} on ${code(branch)}${head ? ` (commit ${code(head.slice(0, 12))})` : ""}.`;
}
function batchMetricsText(r) {
  const { record } = r;
  return terminalSafe(
    [
      `Batch ${record.batch_id} (${record.ecosystem}): ${record.merged}/${record.total} merged (${percent(record.success_rate)}), ${r.failures.length} failure record(s), ${r.artifacts.length} artifact(s)`,
      batchTableText(record.platforms),
      `  read: ${r.artifacts.map((a) => a.file).join(", ") || "no artifact"}`,
      `  weakest platform: ${r.weakestPlatform ?? "\u2013"}`,
      ...r.changes?.previous ? [
        `  since ${r.changes.previous.batchId}: ${r.changes.newlyFailing.length} newly failing, ${r.changes.newlyFixed.length} newly fixed`
      ] : [],
      ...r.changes?.flaky.length ? [`  flaky: ${r.changes.flaky.length}`] : [],
      `  macOS minutes: ${macosNote(r)}`,
      `  ${writtenNote(r)}`
    ].join("\n")
  );
}
export {
  batchMetricsMarkdown,
  batchMetricsText
};

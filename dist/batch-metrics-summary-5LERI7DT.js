import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  batchTableMarkdown,
  batchTableText
} from "./chunk-IUDXGMBT.js";
import {
  code,
  percent,
  terminalSafe,
  text
} from "./chunk-PFC7IDFY.js";
import "./chunk-RXARMASY.js";

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
      `**Merged:** ${record.merged} of ${record.total} (${percent(record.success_rate)})`,
      `**Failure records:** ${r.failures.length}`,
      `**Weakest platform:** ${r.weakestPlatform ? text(r.weakestPlatform) : "\u2013"}`,
      `**macOS minutes:** ${text(macosNote(r))}`
    ].join(" \xB7 "),
    writtenMarkdown(r)
  ].join("\n\n") + "\n";
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
      `  weakest platform: ${r.weakestPlatform ?? "\u2013"}`,
      `  macOS minutes: ${macosNote(r)}`,
      `  ${writtenNote(r)}`
    ].join("\n")
  );
}
export {
  batchMetricsMarkdown,
  batchMetricsText
};

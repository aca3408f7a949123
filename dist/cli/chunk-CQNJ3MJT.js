import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  duration,
  percent,
  table,
  text
} from "./chunk-T3GGZEZ2.js";

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

export {
  batchTableMarkdown,
  batchTableText
};

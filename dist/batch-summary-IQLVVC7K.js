import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  SHOWN_BATCHES_VARIABLE,
  batchesShown
} from "./chunk-CX6R43F4.js";
import {
  error,
  getBooleanInput,
  getInput,
  jobContext,
  notice,
  setFailed,
  setOutput,
  storeFromInputs,
  summary,
  warning
} from "./chunk-4AEFSXCJ.js";
import "./chunk-NPYFOKNV.js";
import "./chunk-CMNREZAP.js";
import "./chunk-RXARMASY.js";

// src/actions/batch-summary.ts
async function batchSummaryAction() {
  const input = (name) => getInput(name) || void 0;
  const failOnBreach = getBooleanInput("fail-on-breach");
  const store = storeFromInputs();
  const { summarizeBatch } = await import("./summarize-batch-O5BBENHE.js");
  const shownAbove = tablesInJobSummary();
  const { summary: summary2, loaded } = await summarizeBatch(
    {
      batchId: input("batch-id"),
      ecosystem: input("ecosystem"),
      last: input("last"),
      minPassRate: input("min-pass-rate"),
      macosBudget: input("macos-budget"),
      weekStart: input("week-start"),
      skipThreshold: input("skip-threshold"),
      metricsPath: input("metrics-path"),
      failuresDir: input("failures-dir"),
      branch: input("branch"),
      tableAlreadyShown: (batchId, ecosystem) => shownAbove.has(`${batchId}\0${ecosystem}`)
    },
    jobContext(store)
  );
  const { report } = loaded;
  const { alertSentence } = await import("./focus-sections-YDWTLMN6.js");
  for (const alert of summary2.attention.alerts) {
    const line = `Batch ${report.focus?.batchId ?? ""}: ${alertSentence(alert)}`;
    if (alert.kind === "breach" && failOnBreach) error(line);
    else if (alert.kind === "minutes-unknown") notice(line);
    else warning(line);
  }
  if (summary2.dropped.length)
    notice(
      `Job summary shortened to fit GitHub's limit: left out ${summary2.dropped.join(", ")}`
    );
  for (const s of loaded.skipped.slice(0, 10))
    warning(`Skipped an unreadable record: ${s.file} line ${s.line}: ${s.reason}`);
  await summary.addRaw(summary2.markdown).write();
  setOutput("weakest-platform", report.focusDetail?.weakestPlatform ?? "");
  setOutput("window-weakest-platform", report.insights.weakestPlatform ?? "");
  setOutput("status", summary2.attention.status);
  setOutput("breaches", summary2.breaches.join(","));
  setOutput("summary-bytes", String(summary2.bytes));
  if (failOnBreach && summary2.breaches.length > 0) {
    setFailed(`Below min-pass-rate: ${summary2.breaches.join(", ")}`);
  }
}
function tablesInJobSummary() {
  return new Set(batchesShown(process.env[SHOWN_BATCHES_VARIABLE]));
}
export {
  batchSummaryAction
};

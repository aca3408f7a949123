import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  exportVariable,
  getInput,
  jobContext,
  notice,
  runAction,
  setOutput,
  storeFromInputs,
  summary
} from "./chunk-7Y76PE5S.js";
import "./chunk-6QAJZFDP.js";
import "./chunk-4KZ2KLLE.js";
import "./chunk-DHTIX25I.js";
import "./chunk-RXARMASY.js";

// src/actions/shown-batches.ts
var SHOWN_BATCHES_VARIABLE = "CI_LEDGER_SHOWN_BATCHES";
function withBatchShown(value, batchId, ecosystem) {
  const entry = `${encodeURIComponent(batchId)}:${encodeURIComponent(ecosystem)}`;
  const entries = (value ?? "").split(" ").filter(Boolean);
  return [...entries.filter((e) => e !== entry), entry].join(" ");
}

// src/actions/batch-metrics.ts
async function batchMetricsAction() {
  const input = (name) => getInput(name) || void 0;
  const batchId = getInput("batch-id", { required: true });
  const ecosystem = getInput("ecosystem", { required: true });
  const store = storeFromInputs();
  const [{ recordBatchMetrics }, { batchMetricsMarkdown }] = await Promise.all([
    import("./record-batch-K4LI6GQA.js"),
    import("./batch-metrics-summary-GXNFISRR.js")
  ]);
  const recorded = await recordBatchMetrics(
    {
      batchId,
      ecosystem,
      results: input("results"),
      resultsDir: input("results-dir"),
      platformMap: input("platform-map"),
      categoryMap: input("category-map"),
      total: input("total"),
      generated: input("generated"),
      merged: input("merged"),
      metricsPath: input("metrics-path"),
      failuresDir: input("failures-dir"),
      branch: input("branch"),
      shard: input("shard")
    },
    jobContext(store)
  );
  setOutput("record", JSON.stringify(recorded.record));
  setOutput("pass-rate", String(recorded.passRate ?? ""));
  setOutput("merge-rate", String(recorded.record.success_rate));
  setOutput("weakest-platform", recorded.weakestPlatform ?? "");
  setOutput("failures", String(recorded.failures.length));
  setOutput("commit-sha", recorded.append.head ?? "");
  setOutput("recorded", String(recorded.append.status === "recorded"));
  if (recorded.append.status === "already-recorded")
    notice(`Batch ${batchId} (${ecosystem}) was already recorded; nothing new was written`);
  if (recorded.append.status === "recorded") {
    const { exportAfterWrite } = await import("./export-SEJMBF3E.js");
    await exportAfterWrite(
      store,
      { batch: { record: recorded.record, failures: recorded.failures } },
      { subject: "batches", branch: input("branch"), time: recorded.record.timestamp }
    );
  }
  await summary.addRaw(batchMetricsMarkdown(recorded)).write();
  exportVariable(
    SHOWN_BATCHES_VARIABLE,
    withBatchShown(process.env[SHOWN_BATCHES_VARIABLE], batchId, ecosystem)
  );
}

// src/entries/batch-metrics.ts
await runAction(batchMetricsAction);

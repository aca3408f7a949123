import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  SHOWN_BATCHES_VARIABLE,
  withBatchShown
} from "./chunk-CX6R43F4.js";
import {
  exportVariable,
  getInput,
  jobContext,
  notice,
  setOutput,
  storeFromInputs,
  summary
} from "./chunk-7ZG6EOWO.js";
import "./chunk-SUOMKFCV.js";
import "./chunk-XS2N7JHC.js";
import "./chunk-3BA7G52B.js";
import "./chunk-RXARMASY.js";

// src/actions/batch-metrics.ts
async function batchMetricsAction() {
  const input = (name) => getInput(name) || void 0;
  const batchId = getInput("batch-id", { required: true });
  const ecosystem = getInput("ecosystem", { required: true });
  const store = storeFromInputs();
  const [{ recordBatchMetrics }, { batchMetricsMarkdown }] = await Promise.all([
    import("./record-batch-HPETCCJF.js"),
    import("./batch-metrics-summary-OZHMELMP.js")
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
    const { exportAfterWrite } = await import("./export-VAOIUNKS.js");
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
export {
  batchMetricsAction
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  getInput,
  info,
  notice,
  setOutput,
  storeFromInputs,
  summary
} from "./chunk-MDVL522B.js";
import "./chunk-FXG23WHF.js";
import "./chunk-NU6ZN5EL.js";
import "./chunk-RXARMASY.js";

// src/actions/batch-metrics.ts
async function batchMetricsAction() {
  const input = (name) => getInput(name) || void 0;
  const batchId = getInput("batch-id", { required: true });
  const ecosystem = getInput("ecosystem", { required: true });
  const store = storeFromInputs();
  const [ledger, { recordBatchMetrics }, { batchMetricsMarkdown }] = await Promise.all([
    import("./ledger-MZQ44XEN.js"),
    import("./record-QBEOQCZM.js"),
    import("./batch-metrics-summary-5LERI7DT.js")
  ]);
  const backend = await ledger.openStore(store, { log: info });
  try {
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
        branch: input("branch")
      },
      backend,
      { log: info, spoolDir: ledger.defaultSpoolDir(), retry: ledger.retryPolicyFromEnv() }
    );
    setOutput("record", JSON.stringify(recorded.record));
    setOutput("pass-rate", String(recorded.record.success_rate));
    setOutput("weakest-platform", recorded.weakestPlatform ?? "");
    setOutput("failures", String(recorded.failures.length));
    setOutput("commit-sha", recorded.append.head ?? "");
    setOutput("recorded", String(recorded.append.status === "recorded"));
    if (recorded.append.status === "already-recorded")
      notice(`Batch ${batchId} (${ecosystem}) was already recorded; nothing new was written`);
    await summary.addRaw(batchMetricsMarkdown(recorded)).write();
  } finally {
    await backend.close();
  }
}
export {
  batchMetricsAction
};

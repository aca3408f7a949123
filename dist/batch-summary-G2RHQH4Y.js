import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  getBooleanInput,
  getInput,
  info,
  notice,
  setFailed,
  setOutput,
  storeFromInputs,
  summary,
  warning
} from "./chunk-MDVL522B.js";
import "./chunk-FXG23WHF.js";
import "./chunk-NU6ZN5EL.js";
import "./chunk-RXARMASY.js";

// src/actions/batch-summary.ts
async function batchSummaryAction() {
  const input = (name) => getInput(name) || void 0;
  const failOnBreach = getBooleanInput("fail-on-breach");
  const store = storeFromInputs();
  const [{ openStore }, { summarizeBatch }] = await Promise.all([
    import("./store-E5VLTTYU.js"),
    import("./summarize-LG7VVAZL.js")
  ]);
  const backend = await openStore(store, { log: info });
  try {
    const { summary: summary2, loaded } = await summarizeBatch(backend, {
      batchId: input("batch-id"),
      ecosystem: input("ecosystem"),
      last: input("last"),
      minPassRate: input("min-pass-rate"),
      macosBudget: input("macos-budget"),
      weekStart: input("week-start"),
      skipThreshold: input("skip-threshold"),
      metricsPath: input("metrics-path"),
      failuresDir: input("failures-dir"),
      branch: input("branch")
    });
    const { report } = loaded;
    const focus = report.focus;
    for (const platform of summary2.breaches) {
      const c = focus?.platforms[platform];
      warning(
        `${platform} passed ${c?.passed}/${c?.tested} in batch ${focus?.batchId}: below min-pass-rate ${input("min-pass-rate")}`
      );
    }
    if (report.macos?.overBudget) {
      warning(
        `macOS minutes projected at ${report.macos.projectedMinutes} of ${report.macos.budgetMinutes} for the week of ${report.macos.weekStart.slice(0, 10)}`
      );
    }
    if (summary2.dropped.length)
      notice(
        `Job summary shortened to fit GitHub's limit: left out ${summary2.dropped.join(", ")}`
      );
    for (const s of loaded.skipped.slice(0, 10))
      warning(`Skipped an unreadable record: ${s.file} line ${s.line}: ${s.reason}`);
    await summary.addRaw(summary2.markdown).write();
    setOutput("weakest-platform", report.insights.weakestPlatform ?? "");
    setOutput("breaches", summary2.breaches.join(","));
    setOutput("summary-bytes", String(summary2.bytes));
    if (failOnBreach && summary2.breaches.length > 0) {
      setFailed(`Below min-pass-rate: ${summary2.breaches.join(", ")}`);
    }
  } finally {
    await backend.close();
  }
}
export {
  batchSummaryAction
};

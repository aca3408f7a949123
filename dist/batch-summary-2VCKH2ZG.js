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
} from "./chunk-7ZG6EOWO.js";
import "./chunk-SUOMKFCV.js";
import "./chunk-XS2N7JHC.js";
import "./chunk-3BA7G52B.js";
import "./chunk-RXARMASY.js";

// src/actions/batch-summary.ts
async function batchSummaryAction() {
  const input = (name) => getInput(name) || void 0;
  const failOnBreach = getBooleanInput("fail-on-breach");
  const store = storeFromInputs();
  const [{ summarizeBatch }, { parseFailOn }] = await Promise.all([
    import("./summarize-batch-36HLBNTK.js"),
    import("./objectives-file-U6URZYK4.js")
  ]);
  const failOn = parseFailOn(input("fail-on"));
  const shownAbove = tablesInJobSummary();
  const { summary: summary2, loaded, insight } = await summarizeBatch(
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
      tableAlreadyShown: (batchId, ecosystem) => shownAbove.has(`${batchId}\0${ecosystem}`),
      objectives: input("objectives"),
      root: process.env.GITHUB_WORKSPACE || process.cwd()
    },
    jobContext(store)
  );
  const { report } = loaded;
  const { alertSentence } = await import("./focus-sections-V3MRTEMU.js");
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
  const { failsOn } = await import("./budget-EJREWB63.js");
  const { platformAlerts } = await import("./objectives-3NRYBMAA.js");
  const failing = failsOn(insight.status, failOn);
  for (const line of platformAlerts(insight)) (failing ? error : warning)(line);
  await summary.addRaw(summary2.markdown).write();
  setOutput("weakest-platform", report.focusDetail?.weakestPlatform ?? "");
  setOutput("window-weakest-platform", report.insights.weakestPlatform ?? "");
  setOutput("status", summary2.attention.status);
  setOutput("breaches", summary2.breaches.join(","));
  setOutput("summary-bytes", String(summary2.bytes));
  setOutput("objectives-status", insight.status);
  setOutput(
    "objectives-at-risk",
    insight.platforms.filter((p) => p.status === "at-risk" || p.status === "exhausted").map((p) => p.platform).join(",")
  );
  setOutput("cost", insight.batch ? insight.batch.total.toFixed(4) : "");
  setOutput("week-cost", insight.weeks.at(-1)?.dollars.toFixed(4) ?? "");
  if (failOnBreach && summary2.breaches.length > 0) {
    setFailed(`Below min-pass-rate: ${summary2.breaches.join(", ")}`);
  } else if (failing) {
    const names = insight.platforms.filter((p) => failsOn(p.status, failOn)).map((p) => p.platform);
    setFailed(`Objectives ${insight.status} (fail-on: ${failOn}): ${names.join(", ")}`);
  }
}
function tablesInJobSummary() {
  return new Set(batchesShown(process.env[SHOWN_BATCHES_VARIABLE]));
}
export {
  batchSummaryAction
};

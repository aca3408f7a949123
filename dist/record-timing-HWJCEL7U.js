import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  shellCommand
} from "./chunk-DXUGYGIA.js";
import {
  error,
  getInput,
  jobContext,
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

// src/actions/record-timing.ts
async function recordTimingAction() {
  const input = (name) => getInput(name) || void 0;
  const env = getInput("env", { required: true });
  const buildId = getInput("build-id", { required: true });
  const phase = getInput("phase", { required: true });
  const run = input("run");
  const store = storeFromInputs();
  const { parseFailOn } = await import("./objectives-file-U6URZYK4.js");
  const failOn = parseFailOn(input("fail-on"));
  const [
    { recordTiming },
    { timingRowLine },
    { timingSummaryMarkdown, regressionSentence },
    { timingAlerts },
    { failsOn }
  ] = await Promise.all([
    import("./record-timing-QYGI6BA4.js"),
    import("./row-7EUL6ZN7.js"),
    import("./timing-summary-TYSTTFXD.js"),
    import("./objectives-3NRYBMAA.js"),
    import("./budget-EJREWB63.js")
  ]);
  const recorded = await recordTiming(
    {
      env,
      buildId,
      phase,
      command: run ? shellCommand(run) : void 0,
      logPath: input("log-path"),
      logDir: input("log-dir"),
      flags: input("flags"),
      exitCode: input("exit-code"),
      startTime: input("start-time"),
      endTime: input("end-time"),
      envDir: input("env-dir"),
      envDirMap: input("env-dir-map"),
      branch: input("branch"),
      path: input("path"),
      shard: input("shard"),
      objectives: input("objectives"),
      root: process.env.GITHUB_WORKSPACE || process.cwd()
    },
    jobContext(store)
  );
  const { row } = recorded;
  setOutput("row", timingRowLine(row));
  setOutput("duration-seconds", row.duration_seconds);
  setOutput("exit-code", row.exit_code);
  setOutput("resources-added", row.resources_added);
  setOutput("resources-changed", row.resources_changed);
  setOutput("resources-destroyed", row.resources_destroyed);
  setOutput("log-path", row.log_path);
  setOutput("file", recorded.file);
  setOutput("commit-sha", recorded.append.head ?? "");
  setOutput("recorded", String(recorded.append.status === "recorded"));
  if (recorded.regression) warning(regressionSentence(recorded));
  const { insight } = recorded;
  setOutput("objectives-status", insight.status ?? "");
  setOutput("error-budget-left", insight.budgetLeft?.toFixed(4) ?? "");
  setOutput("cost", insight.cost?.total.toFixed(4) ?? "");
  const failing = insight.status !== void 0 && failsOn(insight.status, failOn);
  for (const line of timingAlerts(insight.objectives)) (failing ? error : warning)(line);
  const { exportAfterWrite } = await import("./export-VAOIUNKS.js");
  await exportAfterWrite(
    store,
    { timingRows: [row] },
    { subject: "timings", branch: input("branch"), time: row.start_time_utc }
  );
  await summary.addRaw(timingSummaryMarkdown(recorded, insight)).write();
  if (recorded.exitCode !== 0) {
    setFailed(`${phase} exited with status ${recorded.exitCode} (the run was recorded)`);
  } else if (failing) {
    setFailed(
      `${phase} on ${env}: objectives ${insight.status} (fail-on: ${failOn}); the run was recorded`
    );
  }
}
export {
  recordTimingAction
};

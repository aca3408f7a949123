import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  getInput,
  jobContext,
  setFailed,
  setOutput,
  storeFromInputs,
  summary,
  warning
} from "./chunk-4AEFSXCJ.js";
import {
  shellCommand
} from "./chunk-RVYJZKVE.js";
import "./chunk-NPYFOKNV.js";
import "./chunk-CMNREZAP.js";
import "./chunk-RXARMASY.js";

// src/actions/record-timing.ts
async function recordTimingAction() {
  const input = (name) => getInput(name) || void 0;
  const env = getInput("env", { required: true });
  const buildId = getInput("build-id", { required: true });
  const phase = getInput("phase", { required: true });
  const run = input("run");
  const store = storeFromInputs();
  const [{ recordTiming }, { timingRowLine }, { timingSummaryMarkdown }] = await Promise.all([
    import("./record-timing-FKZGSIPV.js"),
    import("./row-LD5JHCTC.js"),
    import("./timing-summary-U3ZEWJQ6.js")
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
  const { ratio, regression } = recorded.judgement;
  if (regression)
    warning(
      `${phase} on ${env} took ${row.duration_seconds} s, ${ratio.toFixed(1)}\xD7 the median of the successful runs before it: a regression`
    );
  await summary.addRaw(timingSummaryMarkdown(recorded)).write();
  if (recorded.exitCode !== 0) {
    setFailed(`${phase} exited with status ${recorded.exitCode} (the run was recorded)`);
  }
}
export {
  recordTimingAction
};

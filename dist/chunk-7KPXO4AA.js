import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  stringify
} from "./chunk-2E3GCFBA.js";
import {
  InputError
} from "./chunk-3BA7G52B.js";

// src/timing/row.ts
var TIMING_COLUMNS = [
  "start_time_utc",
  "end_time_utc",
  "phase",
  "env",
  "build_id",
  "duration_seconds",
  "exit_code",
  "flags",
  "resources_added",
  "resources_changed",
  "resources_destroyed",
  "log_path"
];
var TIMING_KEY = ["env", "build_id", "phase", "start_time_utc"];
var DEFAULT_TIMINGS_BRANCH = "governance-registry";
var DEFAULT_ENV_DIR_MAP = "dev=development";
function timingRow(run) {
  const start = isoSeconds(run.start);
  const end = isoSeconds(run.end);
  const duration = Math.round((Date.parse(end) - Date.parse(start)) / 1e3);
  if (duration < 0) throw new InputError(`The end time ${end} is before the start time ${start}`);
  const r = run.resources;
  return {
    start_time_utc: start,
    end_time_utc: end,
    phase: run.phase,
    env: run.env,
    build_id: run.buildId,
    duration_seconds: String(duration),
    exit_code: String(run.exitCode),
    flags: run.flags,
    resources_added: r ? String(r.added) : "",
    resources_changed: r ? String(r.changed) : "",
    resources_destroyed: r ? String(r.destroyed) : "",
    log_path: run.logPath
  };
}
function isoSeconds(date) {
  return date.toISOString().slice(0, 19) + "Z";
}
function parseEnvDirMap(text) {
  const map = /* @__PURE__ */ new Map();
  for (const entry of text.split(/[\n,]/).map((l) => l.trim()).filter(Boolean)) {
    const [env, dir, extra] = entry.split("=").map((s) => s.trim());
    if (!env || !dir || extra !== void 0)
      throw new InputError(`env-dir-map entry ${JSON.stringify(entry)} is not "env=dir"`);
    map.set(env, dir);
  }
  return map;
}
function timingsPath(envDir) {
  return `environments/${envDir}/latest/build_timings.csv`;
}
function timingRowLine(row) {
  return stringify([TIMING_COLUMNS.map((c) => row[c])]).replace(/\r?\n$/, "");
}
var TIME_SOURCES = {
  input: "given as input",
  measured: "measured while running the command",
  log: "from the log's timestamps",
  file: "from the log file's times (the log has no timestamps)"
};

export {
  TIMING_COLUMNS,
  TIMING_KEY,
  DEFAULT_TIMINGS_BRANCH,
  DEFAULT_ENV_DIR_MAP,
  timingRow,
  isoSeconds,
  parseEnvDirMap,
  timingsPath,
  timingRowLine,
  TIME_SOURCES
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  parse
} from "./chunk-TY6I25IP.js";
import {
  InputError
} from "./chunk-6LV7MLTM.js";

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
function parseUtcTime(name, value) {
  const ok = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(
    value.trim()
  );
  const date = new Date(value.trim().replace(" ", "T"));
  if (!ok || Number.isNaN(date.getTime())) {
    throw new InputError(
      `${name} ${JSON.stringify(value)} is not an ISO 8601 time with a zone, e.g. 2026-01-24T08:00:00Z`
    );
  }
  return date;
}
function parseExitCode(value) {
  const code = Number(value.trim());
  if (value.trim() === "" || !Number.isInteger(code) || code < 0 || code > 255) {
    throw new InputError(
      `exit-code ${JSON.stringify(value)} is not an exit status (an integer 0\u2013255)`
    );
  }
  return code;
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
var TIME_SOURCES = {
  input: "given as input",
  measured: "measured while running the command",
  log: "from the log's timestamps",
  file: "from the log file's times (the log has no timestamps)"
};

// src/timing/history.ts
var WITHOUT_FLAGS = TIMING_COLUMNS.filter((c) => c !== "flags");
var REQUIRED = ["start_time_utc", "phase", "env", "build_id"];
var ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
var INT = /^-?\d+$/;
function readTimingHistory(text, file = "build_timings.csv") {
  let records;
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true
    });
  } catch (error) {
    const e = error;
    throw new InputError(
      `${file}${e.lines ? ` line ${e.lines}` : ""}: not valid CSV (${e.message})`
    );
  }
  const [first, ...body] = records;
  const header = (first?.record ?? []).map((h) => h.trim());
  const shapes = [header, [...TIMING_COLUMNS], WITHOUT_FLAGS];
  const rows = [];
  const unmapped = [];
  for (const { record, info } of body) {
    const shape = shapes.find((s) => s.length === record.length && plausible(s, record));
    if (!shape) {
      unmapped.push({
        line: info.lines,
        fields: record,
        reason: reasonFor(record.length, header.length)
      });
      continue;
    }
    const missing = REQUIRED.filter((c) => !shape.includes(c));
    if (missing.length > 0) {
      unmapped.push({
        line: info.lines,
        fields: record,
        reason: `no ${missing.join(", ")} column`
      });
      continue;
    }
    const row = Object.fromEntries(TIMING_COLUMNS.map((c) => [c, ""]));
    shape.forEach((column, i) => {
      if (TIMING_COLUMNS.includes(column))
        row[column] = record[i] ?? "";
    });
    rows.push(row);
  }
  return { header, rows, unmapped };
}
function plausible(shape, record) {
  return shape.every((column, i) => {
    const v = (record[i] ?? "").trim();
    switch (column) {
      case "start_time_utc":
        return ISO.test(v);
      case "end_time_utc":
        return v === "" || ISO.test(v);
      case "duration_seconds":
      case "exit_code":
        return v === "" || INT.test(v);
      case "resources_added":
      case "resources_changed":
      case "resources_destroyed":
        return v === "" || INT.test(v);
      case "phase":
      case "env":
        return v !== "" && !ISO.test(v) && !INT.test(v);
      case "build_id":
        return v !== "" && !ISO.test(v);
      default:
        return true;
    }
  });
}
function reasonFor(length, headerLength) {
  const known = [.../* @__PURE__ */ new Set([headerLength, TIMING_COLUMNS.length, WITHOUT_FLAGS.length])].join(
    ", "
  );
  return `${length} fields fit none of the known row shapes (${known} fields with matching values)`;
}

export {
  TIMING_COLUMNS,
  TIMING_KEY,
  DEFAULT_TIMINGS_BRANCH,
  DEFAULT_ENV_DIR_MAP,
  timingRow,
  parseUtcTime,
  parseExitCode,
  parseEnvDirMap,
  timingsPath,
  TIME_SOURCES,
  readTimingHistory
};

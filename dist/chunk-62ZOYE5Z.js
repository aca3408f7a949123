import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  parse
} from "./chunk-SJTDOQFR.js";
import {
  TIMING_COLUMNS
} from "./chunk-7KPXO4AA.js";
import {
  InputError
} from "./chunk-3BA7G52B.js";

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
  readTimingHistory
};

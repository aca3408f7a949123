import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  TIMING_KEY
} from "./chunk-G3TPJV76.js";

// src/timing/stats.ts
var REGRESSION_FACTOR = 1.5;
var succeeded = (row) => row.exit_code.trim() === "0";
function durationOf(row) {
  const text = row.duration_seconds.trim();
  const seconds = Number(text);
  return text === "" || !Number.isFinite(seconds) ? void 0 : seconds;
}
function runKey(row) {
  return TIMING_KEY.map((column) => row[column]).join("\0");
}
var byStart = (a, b) => a.start_time_utc < b.start_time_utc ? -1 : a.start_time_utc > b.start_time_utc ? 1 : 0;
function runsOf(rows, env, phase) {
  return rows.filter((r) => r.env === env && r.phase === phase).sort(byStart);
}
function phaseStats(runs) {
  const successful = runs.filter(succeeded);
  const durations = successful.map(durationOf).filter((d) => d !== void 0);
  return {
    runs: runs.length,
    successes: successful.length,
    successRate: runs.length ? successful.length / runs.length : 0,
    medianSeconds: quantile(durations, 0.5),
    p95Seconds: percentileNearestRank(durations, 0.95),
    last: runs[runs.length - 1]
  };
}
function runsBefore(runs, current) {
  const key = runKey(current);
  return runs.filter((r) => r.start_time_utc < current.start_time_utc && runKey(r) !== key).sort(byStart);
}
function judgeRun(run, before) {
  const seconds = durationOf(run);
  const median = before.medianSeconds;
  const ratio = seconds !== void 0 && median !== void 0 && median > 0 ? seconds / median : void 0;
  return {
    ratio,
    regression: succeeded(run) && ratio !== void 0 && ratio > REGRESSION_FACTOR
  };
}
function quantile(values, q) {
  if (values.length === 0) return void 0;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
function percentileNearestRank(values, p) {
  if (values.length === 0) return void 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

export {
  REGRESSION_FACTOR,
  succeeded,
  durationOf,
  runKey,
  runsOf,
  phaseStats,
  runsBefore,
  judgeRun
};

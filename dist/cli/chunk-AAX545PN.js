import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  platformOrder
} from "./chunk-Y2ZIECC3.js";
import {
  InputError,
  assertSafeName,
  dictFrom
} from "./chunk-V7MP4ZTR.js";

// src/batch/paths.ts
var DEFAULT_METRICS_PATH = "data/metrics/batch-runs.jsonl";
var DEFAULT_FAILURES_DIR = "data/failures";
var DEFAULT_RESULTS_GLOB = "validation-results-*.json";
var BATCH_KEY = ["batch_id", "ecosystem"];
var FAILURE_KEY = ["batch_id", "ecosystem", "recipe", "environment"];

// src/batch/aggregate.ts
var STATUS_RANK = { skipped: 0, passed: 1, failed: 2 };
function aggregateBatch(artifacts, options) {
  assertSafeName("ecosystem", options.ecosystem);
  checkAgreement(artifacts, options);
  const finished = latestFinish(artifacts);
  const timestamp = (finished ?? options.now).toISOString().slice(0, 19) + "Z";
  const cells = /* @__PURE__ */ new Map();
  const platforms = /* @__PURE__ */ new Map();
  const counts = (p) => {
    let c = platforms.get(p);
    if (!c)
      platforms.set(
        p,
        c = { tested: 0, passed: 0, failed: 0, skipped: 0, duration_seconds: null }
      );
    return c;
  };
  const recipes = /* @__PURE__ */ new Set();
  for (const artifact of artifacts) {
    if (artifact.platform) counts(options.platformMap(artifact.platform));
    for (const result of artifact.results) {
      assertSafeName(`platform in ${artifact.file}`, result.platform);
      const platform = options.platformMap(result.platform);
      recipes.add(result.recipe);
      counts(platform);
      let byPlatform = cells.get(result.recipe);
      if (!byPlatform) cells.set(result.recipe, byPlatform = /* @__PURE__ */ new Map());
      const seen = byPlatform.get(platform);
      if (!seen || STATUS_RANK[result.status] > STATUS_RANK[seen.status])
        byPlatform.set(platform, result);
    }
    addDuration(artifact, options.platformMap, counts);
  }
  const failures = [];
  const results = [];
  let merged = 0;
  let failedRecipes = 0;
  for (const [recipe, byPlatform] of [...cells].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    let passes = 0;
    let fails = 0;
    for (const [platform, result] of [...byPlatform].sort(([a], [b]) => platformOrder(a, b))) {
      const c = counts(platform);
      results.push({ recipe, platform, status: result.status, attempts: result.attempts });
      if (result.status !== "skipped") {
        c[result.status]++;
        c.tested++;
      }
      if (result.status === "passed") passes++;
      if (result.status === "failed") {
        fails++;
        failures.push(failureRecord(recipe, platform, result, options, timestamp));
      }
    }
    if (fails > 0) failedRecipes++;
    else if (passes > 0) merged++;
  }
  for (const c of platforms.values()) c.skipped = recipes.size - c.tested;
  const total = options.total ?? recipes.size;
  const mergedCount = options.merged ?? merged;
  if (mergedCount > total)
    throw new InputError(
      `merged (${mergedCount}${options.merged === void 0 ? ", from the artifacts" : ""}) is more than total (${total}${options.total === void 0 ? ", from the artifacts" : ""}): a batch cannot merge more recipes than it has`
    );
  const ordered = dictFrom([...platforms].sort(([a], [b]) => platformOrder(a, b)));
  const macosSources = macosMinutes(artifacts, options.platformMap);
  const record = {
    schema_version: 1,
    batch_id: options.batchId,
    ecosystem: options.ecosystem,
    total,
    generated: options.generated ?? total,
    failed: failedRecipes,
    merged: mergedCount,
    success_rate: total > 0 ? round(mergedCount / total, 4) : 0,
    platforms: ordered,
    macos_minutes_used: round(
      macosSources.reduce((sum, s) => sum + s.minutes, 0),
      1
    ),
    duration_seconds: batchDuration(artifacts),
    timestamp
  };
  const tested = Object.values(ordered).reduce((a, c) => a + c.tested, 0);
  const passed = Object.values(ordered).reduce((a, c) => a + c.passed, 0);
  return {
    record,
    failures,
    macosSources,
    weakestPlatform: weakestPlatform(ordered),
    results,
    passRate: tested > 0 ? round(passed / tested, 4) : null,
    timestampSource: finished ? "finished_at" : "recorded"
  };
}
function checkAgreement(artifacts, options) {
  for (const a of artifacts) {
    if (a.batchId !== void 0 && a.batchId !== options.batchId) {
      throw new InputError(
        `${a.file}: /batch_id is ${JSON.stringify(a.batchId)}, but this batch is ${JSON.stringify(options.batchId)}`
      );
    }
    if (a.ecosystem !== void 0 && a.ecosystem !== options.ecosystem) {
      throw new InputError(
        `${a.file}: /ecosystem is ${JSON.stringify(a.ecosystem)}, but this batch is ${JSON.stringify(options.ecosystem)}`
      );
    }
  }
}
function failureRecord(recipe, platform, r, o, timestamp) {
  const category = r.category ?? o.categoryMap(r.exitCode);
  const parts = [
    r.exitCode !== void 0 ? `exit code ${r.exitCode}` : void 0,
    r.attempts !== void 0 ? `after ${r.attempts} attempt(s)` : void 0,
    r.platform !== platform ? `on ${r.platform}` : void 0
  ].filter(Boolean);
  const record = {
    schema_version: 1,
    batch_id: o.batchId,
    ecosystem: o.ecosystem,
    recipe,
    environment: platform,
    category,
    message: r.message ?? (parts.length ? `failed: ${parts.join(" ")}` : "failed"),
    timestamp
  };
  if (r.exitCode !== void 0) record.exit_code = r.exitCode;
  return record;
}
var seconds = (iso) => iso ? Date.parse(iso) / 1e3 : NaN;
function artifactSeconds(a) {
  const wall = seconds(a.finishedAt) - seconds(a.startedAt);
  if (Number.isFinite(wall) && wall >= 0)
    return { seconds: wall, source: "finished_at \u2212 started_at" };
  const durations = a.results.map((r) => r.durationSeconds).filter((d) => d !== void 0);
  if (durations.length > 0)
    return { seconds: durations.reduce((x, y) => x + y, 0), source: "sum of result durations" };
  return { seconds: NaN, source: "unknown" };
}
function addDuration(a, map, counts) {
  const platform = a.platform ? map(a.platform) : a.results[0] ? map(a.results[0].platform) : void 0;
  if (!platform) return;
  const { seconds: s } = artifactSeconds(a);
  if (!Number.isFinite(s)) return;
  const c = counts(platform);
  c.duration_seconds = Math.round((c.duration_seconds ?? 0) + s);
}
function macosMinutes(artifacts, map) {
  const out = [];
  for (const a of artifacts) {
    const platform = a.platform ? map(a.platform) : a.results[0] ? map(a.results[0].platform) : "";
    if (!platform.startsWith("darwin-")) continue;
    if (a.runnerMinutes !== void 0) {
      out.push({ file: a.file, platform, minutes: a.runnerMinutes, source: "runner_minutes" });
      continue;
    }
    const { seconds: s, source } = artifactSeconds(a);
    out.push({ file: a.file, platform, minutes: Number.isFinite(s) ? s / 60 : 0, source });
  }
  return out;
}
function latestFinish(artifacts) {
  const ends = artifacts.map((a) => seconds(a.finishedAt)).filter(Number.isFinite);
  return ends.length ? new Date(Math.max(...ends) * 1e3) : void 0;
}
function batchDuration(artifacts) {
  const starts = artifacts.map((a) => seconds(a.startedAt)).filter(Number.isFinite);
  const ends = artifacts.map((a) => seconds(a.finishedAt)).filter(Number.isFinite);
  if (starts.length === 0 || ends.length === 0) return null;
  return Math.max(0, Math.round(Math.max(...ends) - Math.min(...starts)));
}
function weakestPlatform(platforms) {
  let weakest;
  for (const [name, c] of Object.entries(platforms)) {
    if (c.tested === 0) continue;
    const rate = c.passed / c.tested;
    if (!weakest || rate < weakest.rate || rate === weakest.rate && c.failed > weakest.failed)
      weakest = { name, rate, failed: c.failed };
  }
  return weakest?.name;
}
var round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;

export {
  DEFAULT_METRICS_PATH,
  DEFAULT_FAILURES_DIR,
  DEFAULT_RESULTS_GLOB,
  BATCH_KEY,
  FAILURE_KEY,
  aggregateBatch,
  weakestPlatform
};

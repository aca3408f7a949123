import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  appendRecords,
  assertSafeBranch,
  assertSafeName
} from "./chunk-4H7UKTBQ.js";
import "./chunk-XG4RVPFL.js";
import "./chunk-E5LO342T.js";
import {
  InputError
} from "./chunk-NU6ZN5EL.js";
import "./chunk-RXARMASY.js";

// src/batch/glob.ts
function globToRegExp(glob) {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      source += ".*";
      i++;
      if (glob[i + 1] === "/") i++;
    } else if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end === -1) source += "\\[";
      else {
        source += `[${glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else source += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

// src/batch/maps.ts
var DEFAULT_PLATFORM_MAP = [
  "linux-*-glibc-x86_64=linux-glibc-x86_64",
  "linux-*-glibc-arm64=linux-glibc-arm64",
  "linux-*-musl-x86_64=linux-musl-x86_64",
  "darwin-arm64*=darwin-arm64",
  "darwin-x86_64*=darwin-x86_64"
].join("\n");
var DEFAULT_CATEGORY_MAP = [
  "3=recipe_not_found",
  "5=network_error",
  "6=install_failed",
  "7=verify_failed",
  "8=missing_dep",
  "*=generation_failed"
].join("\n");
var REPORTED_PLATFORMS = [
  "linux-glibc-x86_64",
  "linux-glibc-arm64",
  "linux-musl-x86_64",
  "darwin-arm64",
  "darwin-x86_64"
];
function entries(kind, text) {
  return text.split("\n").map((line, i) => [line.trim(), i + 1]).filter(([line]) => line !== "" && !line.startsWith("#")).map(([line, n]) => {
    const at = line.lastIndexOf("=");
    const key = line.slice(0, at).trim();
    const value = line.slice(at + 1).trim();
    if (at <= 0 || !key || !value)
      throw new InputError(`${kind} line ${n} ${JSON.stringify(line)} is not "pattern=value"`);
    return [key, value, n];
  });
}
function parsePlatformMap(text) {
  const rules = entries("platform-map", text).map(([pattern, platform, line]) => {
    if (!/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(platform)) {
      throw new InputError(
        `platform-map line ${line}: ${JSON.stringify(platform)} is not a safe platform name`
      );
    }
    return { re: globToRegExp(pattern), platform };
  });
  const known = /* @__PURE__ */ new Map();
  return (name) => {
    let platform = known.get(name);
    if (platform === void 0) {
      platform = rules.find((r) => r.re.test(name))?.platform ?? name;
      if (known.size < 1e4) known.set(name, platform);
    }
    return platform;
  };
}
function parseCategoryMap(text) {
  const byCode = /* @__PURE__ */ new Map();
  let fallback = "generation_failed";
  for (const [code, category, n] of entries("category-map", text)) {
    if (code === "*") fallback = category;
    else if (/^-?\d+$/.test(code)) byCode.set(Number(code), category);
    else
      throw new InputError(
        `category-map line ${n}: ${JSON.stringify(code)} is not an exit code or "*"`
      );
  }
  return (exitCode) => exitCode === void 0 ? fallback : byCode.get(exitCode) ?? fallback;
}
function platformOrder(a, b) {
  const rank = (p) => {
    const known = REPORTED_PLATFORMS.indexOf(p);
    return known !== -1 ? known : p.startsWith("linux") ? 2.5 : p.startsWith("darwin") ? 4.5 : 5;
  };
  const arch = (p) => p.endsWith("x86_64") ? 0 : p.endsWith("arm64") ? 1 : 2;
  return rank(a) - rank(b) || arch(a) - arch(b) || (a < b ? -1 : a > b ? 1 : 0);
}

// src/batch/aggregate.ts
var STATUS_RANK = { skipped: 0, passed: 1, failed: 2 };
function aggregateBatch(artifacts, options) {
  assertSafeName("ecosystem", options.ecosystem);
  checkAgreement(artifacts, options);
  const timestamp = options.now.toISOString().slice(0, 19) + "Z";
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
  let merged = 0;
  let failedRecipes = 0;
  for (const [recipe, byPlatform] of [...cells].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    let passes = 0;
    let fails = 0;
    for (const [platform, result] of [...byPlatform].sort(([a], [b]) => platformOrder(a, b))) {
      const c = counts(platform);
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
  const ordered = Object.fromEntries([...platforms].sort(([a], [b]) => platformOrder(a, b)));
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
  return { record, failures, macosSources, weakestPlatform: weakestPlatform(ordered) };
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

// src/batch/artifacts.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, relative } from "node:path";

// schemas/validation-result.array.schema.json
var validation_result_array_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "urn:ci-ledger:schema:validation-result:array",
  title: "Per-platform validation results, array form",
  description: "The form batch pipelines produce today: one entry per (recipe, detailed platform).",
  type: "array",
  items: {
    type: "object",
    required: ["recipe", "platform", "status"],
    additionalProperties: true,
    properties: {
      recipe: { type: "string", minLength: 1, maxLength: 512 },
      platform: { type: "string", pattern: "^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$" },
      status: { enum: ["pass", "fail", "skipped"] },
      exit_code: { type: "integer" },
      attempts: { type: "integer", minimum: 0 },
      blocked_by: {
        oneOf: [
          { type: "string" },
          { type: "array", items: { type: "string" } },
          { type: "null" }
        ]
      },
      category: { type: "string", minLength: 1, maxLength: 128 },
      message: { type: "string", maxLength: 65536 },
      duration_seconds: { type: "number", minimum: 0 }
    }
  }
};

// schemas/validation-result.v1.schema.json
var validation_result_v1_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "urn:ci-ledger:schema:validation-result:v1",
  title: "ci-ledger per-platform validation result (v1)",
  description: "What one platform's validation job uploads; batch-metrics aggregates these into one batch record.",
  type: "object",
  required: ["schema_version", "batch_id", "ecosystem", "platform", "results"],
  additionalProperties: true,
  properties: {
    schema_version: { const: 1 },
    batch_id: { type: "string", minLength: 1, maxLength: 128 },
    ecosystem: { type: "string", pattern: "^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$" },
    platform: { type: "string", pattern: "^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$" },
    started_at: { type: "string", format: "date-time" },
    finished_at: { type: "string", format: "date-time" },
    runner_minutes: { type: "number", minimum: 0 },
    results: {
      type: "array",
      items: {
        type: "object",
        required: ["recipe", "status"],
        additionalProperties: true,
        properties: {
          recipe: { type: "string", minLength: 1, maxLength: 512 },
          status: { enum: ["passed", "failed", "skipped"] },
          duration_seconds: { type: "number", minimum: 0 },
          category: { type: "string", minLength: 1, maxLength: 128 },
          message: { type: "string", maxLength: 65536 },
          reason: { type: "string", maxLength: 65536 },
          exit_code: { type: "integer" },
          platform: { type: "string", pattern: "^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$" }
        }
      }
    }
  }
};

// src/batch/artifacts.ts
var MAX_ARTIFACT_BYTES = 64 * 1024 * 1024;
var validators;
function loadValidators() {
  validators ??= Promise.all([import("./ajv-3NACXSMF.js"), import("./dist-NCY4W6IC.js")]).then(
    ([{ default: ajvModule }, { default: addFormats }]) => {
      const ajv = new ajvModule.Ajv({ allErrors: false, strict: false });
      addFormats(ajv);
      return { v1: ajv.compile(validation_result_v1_schema_default), array: ajv.compile(validation_result_array_schema_default) };
    }
  );
  return validators;
}
function schemaError(file, errors) {
  const first = errors?.[0];
  if (!first) return new InputError(`${file}: does not match the result schema`);
  const pointer = first.instancePath || "/";
  const detail = first.keyword === "enum" ? `must be one of ${first.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}` : first.keyword === "required" ? `is missing the required property "${first.params.missingProperty}"` : first.keyword === "const" ? `must be ${JSON.stringify(first.params.allowedValue)}` : first.message ?? "is invalid";
  return new InputError(`${file}: ${pointer} ${detail}`);
}
function platformFromFileName(file) {
  return /^validation-results?-(.+)\.json$/.exec(basename(file))?.[1];
}
function parseArtifact(text, file, { v1, array }) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${jsonErrorWhere(text, error)})`);
  }
  if (Array.isArray(data)) {
    if (!array(data)) throw schemaError(file, array.errors);
    const rows = data;
    return {
      file,
      form: "array",
      platform: rows.length === 0 ? platformFromFileName(file) : void 0,
      results: rows.map((r) => ({
        recipe: r.recipe,
        platform: r.platform,
        status: r.status === "pass" ? "passed" : r.status === "fail" ? "failed" : "skipped",
        exitCode: r.exit_code,
        attempts: r.attempts,
        category: r.category,
        message: r.message,
        durationSeconds: r.duration_seconds,
        blockedBy: r.blocked_by == null ? void 0 : [].concat(r.blocked_by)
      }))
    };
  }
  if (data && typeof data === "object" && "schema_version" in data) {
    if (!v1(data)) throw schemaError(file, v1.errors);
    const a = data;
    if (typeof a.started_at === "string" && typeof a.finished_at === "string" && Date.parse(a.finished_at) < Date.parse(a.started_at)) {
      throw new InputError(
        `${file}: /finished_at ${a.finished_at} is before /started_at ${a.started_at}`
      );
    }
    return {
      file,
      form: "v1",
      batchId: a.batch_id,
      ecosystem: a.ecosystem,
      platform: a.platform,
      startedAt: a.started_at,
      finishedAt: a.finished_at,
      runnerMinutes: a.runner_minutes,
      results: a.results.map((r) => ({
        recipe: r.recipe,
        platform: r.platform ?? a.platform,
        status: r.status,
        exitCode: r.exit_code,
        category: r.category,
        message: r.message ?? r.reason,
        durationSeconds: r.duration_seconds
      }))
    };
  }
  throw new InputError(
    `${file}: / is neither a v1 result object (with "schema_version": 1) nor an array of {recipe, platform, status} results`
  );
}
function jsonErrorWhere(text, error) {
  const position = /position (\d+)/.exec(error.message)?.[1];
  if (position === void 0) return error.message;
  const before = text.slice(0, Number(position));
  const line = before.split("\n").length;
  const column = Number(position) - before.lastIndexOf("\n");
  return `${error.message.replace(/ in JSON at position \d+.*$/, "")} at line ${line}, column ${column}`;
}
async function findArtifacts(dir, glob) {
  const re = globToRegExp(glob);
  let names;
  try {
    names = (await readdir(dir, { recursive: true })).map(String);
  } catch (error) {
    if (error.code === "ENOENT")
      throw new InputError(`results-dir ${dir} does not exist`);
    throw error;
  }
  const matches = names.filter((n) => re.test(glob.includes("/") ? n.split("\\").join("/") : basename(n))).sort();
  const files = [];
  for (const name of matches)
    if ((await stat(join(dir, name))).isFile()) files.push(join(dir, name));
  if (files.length === 0) throw new InputError(`No result artifacts match ${glob} under ${dir}`);
  return files;
}
async function readArtifacts(dir, glob) {
  const files = await findArtifacts(dir, glob);
  const validators2 = await loadValidators();
  const artifacts = [];
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    const size = (await stat(file)).size;
    if (size > MAX_ARTIFACT_BYTES) {
      throw new InputError(
        `${shown}: ${size} bytes is over the ${MAX_ARTIFACT_BYTES / 1024 / 1024} MiB limit for one result artifact`
      );
    }
    const bytes = await readFile(file);
    let text;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new InputError(`${shown}: not UTF-8 text (a result artifact is JSON)`);
    }
    artifacts.push(parseArtifact(text, shown, validators2));
  }
  return artifacts;
}

// src/batch/paths.ts
var DEFAULT_METRICS_PATH = "data/metrics/batch-runs.jsonl";
var DEFAULT_FAILURES_DIR = "data/failures";

// src/batch/record.ts
var DEFAULT_RESULTS_GLOB = "validation-results-*.json";
var BATCH_KEY = ["batch_id", "ecosystem"];
var FAILURE_KEY = ["batch_id", "ecosystem", "recipe", "environment"];
function count(name, value) {
  if (value === void 0 || value.trim() === "") return void 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InputError(`${name} ${JSON.stringify(value)} is not a whole number`);
  return n;
}
async function recordBatchMetrics(options, backend, appendOptions = {}) {
  if (!options.batchId.trim()) throw new InputError("batch-id is empty");
  assertSafeName("ecosystem", options.ecosystem);
  if (options.branch) assertSafeBranch(options.branch);
  const metricsPath = options.metricsPath || DEFAULT_METRICS_PATH;
  const failuresPath = `${(options.failuresDir || DEFAULT_FAILURES_DIR).replace(/\/+$/, "")}/${options.ecosystem}.jsonl`;
  const platformMap = parsePlatformMap(options.platformMap ?? DEFAULT_PLATFORM_MAP);
  const categoryMap = parseCategoryMap(options.categoryMap ?? DEFAULT_CATEGORY_MAP);
  const total = count("total", options.total);
  const generated = count("generated", options.generated);
  const merged = count("merged", options.merged);
  const artifacts = await readArtifacts(
    options.resultsDir || ".",
    options.results || DEFAULT_RESULTS_GLOB
  );
  const outcome = aggregateBatch(artifacts, {
    batchId: options.batchId,
    ecosystem: options.ecosystem,
    platformMap,
    categoryMap,
    total,
    generated,
    merged,
    now: options.now ?? /* @__PURE__ */ new Date()
  });
  const append = await appendRecords(
    backend,
    {
      branch: options.branch,
      message: `batch-metrics: ${options.ecosystem} ${options.batchId} (${outcome.failures.length} failure(s))`,
      anchor: metricsPath,
      files: [
        { format: "jsonl", path: metricsPath, key: BATCH_KEY, records: [{ ...outcome.record }] },
        {
          format: "jsonl",
          path: failuresPath,
          key: FAILURE_KEY,
          records: outcome.failures.map((f) => ({ ...f }))
        }
      ]
    },
    appendOptions
  );
  return { ...outcome, artifacts, metricsPath, failuresPath, append };
}
export {
  BATCH_KEY,
  DEFAULT_RESULTS_GLOB,
  FAILURE_KEY,
  recordBatchMetrics
};

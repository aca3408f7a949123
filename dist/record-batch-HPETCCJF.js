import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  appendRecords,
  filesRead,
  shardRequest
} from "./chunk-HIU62D4C.js";
import {
  BATCH_KEY,
  DEFAULT_FAILURES_DIR,
  DEFAULT_METRICS_PATH,
  DEFAULT_RESULTS_GLOB,
  FAILURE_KEY,
  aggregateBatch
} from "./chunk-3CDMJ3ME.js";
import "./chunk-SJTDOQFR.js";
import {
  JsonValueSplitter,
  parseShardLayout
} from "./chunk-2CELJB7V.js";
import {
  appendOptionsOf,
  withStore
} from "./chunk-24YXAUME.js";
import {
  DEFAULT_CATEGORY_MAP,
  DEFAULT_PLATFORM_MAP,
  globToRegExp,
  parseCategoryMap,
  parsePlatformMap
} from "./chunk-Z3ICJHCC.js";
import "./chunk-2E3GCFBA.js";
import "./chunk-XS2N7JHC.js";
import {
  listLocalTree,
  readRegularFile
} from "./chunk-VL6VTB2M.js";
import "./chunk-HWW3FAXZ.js";
import {
  InputError,
  assertSafeBranch,
  assertSafeName,
  nonFiniteNumberAt,
  parseWholeNumber,
  utcTimeProblemText
} from "./chunk-3BA7G52B.js";
import "./chunk-RXARMASY.js";

// src/batch/artifacts.ts
import { lstat } from "node:fs/promises";
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
  const infinite = nonFiniteNumberAt(data);
  if (infinite)
    throw new InputError(
      `${file}: ${infinite} is a number too large to hold (it reads as infinite)`
    );
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
    for (const field of ["started_at", "finished_at"]) {
      const value = a[field];
      const problem = typeof value === "string" ? utcTimeProblemText(value) : void 0;
      if (problem)
        throw new InputError(`${file}: /${field} ${JSON.stringify(value)} is ${problem}`);
    }
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
  const message = error.message.replace(/, ".*"(\.\.\.)? is not valid JSON$/s, "");
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === void 0) return message;
  const before = text.slice(0, Number(position));
  const line = before.split("\n").length;
  const column = Number(position) - before.lastIndexOf("\n");
  return `${message.replace(/ in JSON at position \d+.*$/s, "")} at line ${line}, column ${column}`;
}
async function findArtifacts(dir, glob, exclude) {
  const re = globToRegExp(glob);
  let entries;
  try {
    entries = await listLocalTree(dir, "", true);
  } catch (error) {
    if (error.code === "ENOENT")
      throw new InputError(`results-dir ${dir} does not exist`);
    throw error;
  }
  const all = entries.filter((e) => re.test(glob.includes("/") ? e.path : basename(e.path)));
  const left = exclude ? all.filter((e) => e.kind === "file" && exclude.skip(e.path)) : [];
  const matches = all.filter((e) => !left.includes(e));
  const notFile = matches.find((e) => e.kind !== "file" && e.kind !== "directory");
  if (notFile) throw new InputError(notRegularArtifact(join(dir, notFile.path), notFile.kind));
  const files = matches.filter((e) => e.kind === "file").map((e) => join(dir, e.path));
  const leftOut = left.length ? ` (${left.length} matching file(s) left out, ${exclude.why}: ${left.slice(0, 3).map((e) => e.path).join(", ")}${left.length > 3 ? ", \u2026" : ""})` : "";
  if (files.length === 0)
    throw new InputError(`No result artifacts match ${glob} under ${dir}${leftOut}`);
  return files;
}
function notRegularArtifact(path, kind) {
  const shown = relative(process.cwd(), path) || path;
  return kind === "link" ? `${shown} is a symbolic link: result artifacts must be regular files (links are not followed). Nothing was written.` : `${shown} is not a regular file (a FIFO, socket or device): result artifacts must be regular files. Nothing was written.`;
}
async function readArtifacts(dir, glob, exclude) {
  const files = await findArtifacts(dir, glob, exclude);
  const validators2 = await loadValidators();
  const artifacts = [];
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    const size = (await lstat(file)).size;
    if (size > MAX_ARTIFACT_BYTES) {
      throw new InputError(
        `${shown}: ${size} bytes is over the ${MAX_ARTIFACT_BYTES / 1024 / 1024} MiB limit for one result artifact`
      );
    }
    const bytes = await readRegularFile(file, MAX_ARTIFACT_BYTES, shown);
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

// src/batch/changes.ts
function failureLines(content) {
  const splitter = new JsonValueSplitter();
  const out = [];
  for (const { text } of [...splitter.push(content), ...splitter.finish()]) {
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      continue;
    }
    const o = value;
    const fields = [o?.batch_id, o?.timestamp, o?.recipe, o?.environment];
    if (fields.every((f) => typeof f === "string"))
      out.push({
        batchId: o.batch_id,
        timestamp: o.timestamp,
        recipe: o.recipe,
        environment: o.environment
      });
  }
  return out;
}
var key = (c) => `${c.platform}\0${c.recipe}`;
function changesSincePrevious(current, failuresFile) {
  const earlier = failureLines(failuresFile).filter(
    (f) => f.batchId !== current.batchId && f.timestamp <= current.timestamp
  );
  const last = earlier.reduce(
    (a, f) => !a || f.timestamp > a.timestamp ? f : a,
    void 0
  );
  const before = new Set(
    earlier.filter((f) => last && f.batchId === last.batchId).map((f) => key({ recipe: f.recipe, platform: f.environment }))
  );
  const byCell = new Map(current.results.map((r) => [key(r), r]));
  const cell = ({ recipe, platform }) => ({ recipe, platform });
  return {
    previous: last ? { batchId: last.batchId, timestamp: last.timestamp } : void 0,
    newlyFailing: last ? current.results.filter((r) => r.status === "failed" && !before.has(key(r))).map(cell) : [],
    newlyFixed: [...before].map((k) => byCell.get(k)).filter((r) => r?.status === "passed").map(cell),
    flaky: current.results.filter((r) => r.status === "passed" && (r.attempts ?? 1) > 1).map((r) => ({ ...cell(r), attempts: r.attempts }))
  };
}

// src/jobs/record-batch.ts
function count(name, value) {
  if (value === void 0 || value.trim() === "") return void 0;
  return parseWholeNumber(name, value.trim());
}
async function recordBatchMetrics(options, context) {
  if (!options.batchId.trim()) throw new InputError("batch-id is empty");
  assertSafeName("ecosystem", options.ecosystem);
  if (options.branch) assertSafeBranch(options.branch);
  const layout = parseShardLayout(options.shard, "shard");
  const metricsPath = options.metricsPath || DEFAULT_METRICS_PATH;
  const failuresPath = `${(options.failuresDir || DEFAULT_FAILURES_DIR).replace(/\/+$/, "")}/${options.ecosystem}.jsonl`;
  const platformMap = parsePlatformMap(options.platformMap ?? DEFAULT_PLATFORM_MAP);
  const categoryMap = parseCategoryMap(options.categoryMap ?? DEFAULT_CATEGORY_MAP);
  const total = count("total", options.total);
  const generated = count("generated", options.generated);
  const merged = count("merged", options.merged);
  const artifacts = await readArtifacts(
    options.resultsDir || ".",
    options.results || DEFAULT_RESULTS_GLOB,
    // `.` is the default (the action's too): the search covers the checkout itself.
    !options.resultsDir || options.resultsDir === "." ? await repositoryFiles(context.cwd) : void 0
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
  const request = shardRequest(
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
    layout
  );
  const append = await withStore(
    context,
    (backend) => appendRecords(backend, request, appendOptionsOf(context))
  );
  const [metricsFile, ...failureFiles] = request.files;
  const failuresText = failureFiles.flatMap(filesRead).map((p) => append.contents.get(p) ?? "").filter(Boolean).join("\n");
  const changes = changesSincePrevious(
    {
      batchId: outcome.record.batch_id,
      timestamp: outcome.record.timestamp,
      results: outcome.results
    },
    failuresText
  );
  return {
    ...outcome,
    artifacts,
    metricsPath: metricsFile?.path ?? metricsPath,
    failuresPath: failureFiles[0]?.path ?? failuresPath,
    append,
    changes
  };
}
async function repositoryFiles(cwd) {
  const { git } = await import("./git-T4ZXQWZN.js");
  const listed = await git(["ls-files", "-z"], { cwd }).catch(() => void 0);
  if (!listed) return void 0;
  const tracked = new Set(listed.split("\0").filter(Boolean));
  return {
    skip: (path) => tracked.has(path),
    why: "tracked by the repository, so not downloaded artifacts; name a folder with --results-dir to read it whole"
  };
}
export {
  recordBatchMetrics
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  exportHelp,
  exportIfAsked,
  exportOptions
} from "./chunk-PVHRSA4Z.js";
import {
  appendRecords,
  filesRead,
  shardRequest
} from "./chunk-G5NYOKSS.js";
import {
  storeFromArgs,
  storeHelp,
  storeOptions
} from "./chunk-FFMGCVIG.js";
import {
  percent,
  terminalSafe
} from "./chunk-SUOMKFCV.js";
import {
  UsageError,
  parseOptions
} from "./chunk-AZM2U62R.js";
import {
  BATCH_KEY,
  DEFAULT_FAILURES_DIR,
  DEFAULT_METRICS_PATH,
  DEFAULT_RESULTS_GLOB,
  FAILURE_KEY,
  aggregateBatch
} from "./chunk-AAX545PN.js";
import {
  DEFAULT_CATEGORY_MAP,
  DEFAULT_PLATFORM_MAP,
  globToRegExp,
  parseCategoryMap,
  parsePlatformMap
} from "./chunk-Y2ZIECC3.js";
import {
  JsonValueSplitter,
  appendOptionsOf,
  parseShardLayout,
  withStore
} from "./chunk-QZTMOEK6.js";
import "./chunk-SJTDOQFR.js";
import "./chunk-2E3GCFBA.js";
import {
  listLocalTree,
  readRegularFile
} from "./chunk-ZTKIKJK3.js";
import "./chunk-HJJNKDAN.js";
import {
  InputError,
  assertSafeBranch,
  assertSafeName,
  nonFiniteNumberAt,
  parseWholeNumber,
  utcTimeProblemText
} from "./chunk-V7MP4ZTR.js";
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
function parseArtifact(text2, file, { v1, array }) {
  let data;
  try {
    data = JSON.parse(text2);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${jsonErrorWhere(text2, error)})`);
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
function jsonErrorWhere(text2, error) {
  const message = error.message.replace(/, ".*"(\.\.\.)? is not valid JSON$/s, "");
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === void 0) return message;
  const before = text2.slice(0, Number(position));
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
    let text2;
    try {
      text2 = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new InputError(`${shown}: not UTF-8 text (a result artifact is JSON)`);
    }
    artifacts.push(parseArtifact(text2, shown, validators2));
  }
  return artifacts;
}

// src/batch/changes.ts
function failureLines(content) {
  const splitter = new JsonValueSplitter();
  const out = [];
  for (const { text: text2 } of [...splitter.push(content), ...splitter.finish()]) {
    let value;
    try {
      value = JSON.parse(text2);
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
async function recordBatchMetrics(options2, context) {
  if (!options2.batchId.trim()) throw new InputError("batch-id is empty");
  assertSafeName("ecosystem", options2.ecosystem);
  if (options2.branch) assertSafeBranch(options2.branch);
  const layout = parseShardLayout(options2.shard, "shard");
  const metricsPath = options2.metricsPath || DEFAULT_METRICS_PATH;
  const failuresPath = `${(options2.failuresDir || DEFAULT_FAILURES_DIR).replace(/\/+$/, "")}/${options2.ecosystem}.jsonl`;
  const platformMap = parsePlatformMap(options2.platformMap ?? DEFAULT_PLATFORM_MAP);
  const categoryMap = parseCategoryMap(options2.categoryMap ?? DEFAULT_CATEGORY_MAP);
  const total = count("total", options2.total);
  const generated = count("generated", options2.generated);
  const merged = count("merged", options2.merged);
  const artifacts = await readArtifacts(
    options2.resultsDir || ".",
    options2.results || DEFAULT_RESULTS_GLOB,
    // `.` is the default (the action's too): the search covers the checkout itself.
    !options2.resultsDir || options2.resultsDir === "." ? await repositoryFiles(context.cwd) : void 0
  );
  const outcome = aggregateBatch(artifacts, {
    batchId: options2.batchId,
    ecosystem: options2.ecosystem,
    platformMap,
    categoryMap,
    total,
    generated,
    merged,
    now: options2.now ?? /* @__PURE__ */ new Date()
  });
  const request = shardRequest(
    {
      branch: options2.branch,
      message: `batch-metrics: ${options2.ecosystem} ${options2.batchId} (${outcome.failures.length} failure(s))`,
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
  const { git } = await import("./git-7W66GGCY.js");
  const listed = await git(["ls-files", "-z"], { cwd }).catch(() => void 0);
  if (!listed) return void 0;
  const tracked = new Set(listed.split("\0").filter(Boolean));
  return {
    skip: (path) => tracked.has(path),
    why: "tracked by the repository, so not downloaded artifacts; name a folder with --results-dir to read it whole"
  };
}

// src/report/batch-table.ts
var passRate = (c) => c.tested > 0 ? c.passed / c.tested : void 0;
function totals(platforms) {
  const t = { tested: 0, passed: 0, failed: 0, skipped: 0, duration_seconds: null };
  for (const c of Object.values(platforms)) {
    t.tested += c.tested;
    t.passed += c.passed;
    t.failed += c.failed;
    t.skipped += c.skipped ?? 0;
    if (typeof c.duration_seconds === "number")
      t.duration_seconds = (t.duration_seconds ?? 0) + c.duration_seconds;
  }
  return t;
}
function batchTableText(platforms) {
  const names = Object.keys(platforms);
  const width = Math.max(8, ...names.map((n) => n.length), "Total".length);
  const line = (name, c) => `  ${name.padEnd(width)}  ${String(c.tested).padStart(6)}  ${String(c.passed).padStart(6)}  ${String(c.failed).padStart(6)}  ${String(c.skipped ?? 0).padStart(7)}  ${percent(passRate(c)).padStart(9)}`;
  return [
    `  ${"Platform".padEnd(width)}  ${"Tested".padStart(6)}  ${"Passed".padStart(6)}  ${"Failed".padStart(6)}  ${"Skipped".padStart(7)}  ${"Pass rate".padStart(9)}`,
    ...names.map((n) => line(n, platforms[n])),
    line("Total", totals(platforms))
  ].join("\n");
}

// src/report/batch-metrics-summary.ts
function macosNote(r) {
  if (r.macosSources.length === 0) return "no darwin platform in this batch";
  const sources = [...new Set(r.macosSources.map((s) => s.source))].join(", ");
  const unknown = r.macosSources.filter((s) => s.source === "unknown").map((s) => s.file);
  return `${r.record.macos_minutes_used} min (from ${sources})${unknown.length ? `; no timing in ${unknown.join(", ")}` : ""}`;
}
function writtenNote(r) {
  return r.append.status === "already-recorded" ? `already recorded in ${r.metricsPath} on ${r.append.branch}: nothing new was written` : `written to ${r.metricsPath} and ${r.failuresPath} on ${r.append.branch}${r.append.head ? ` in commit ${r.append.head.slice(0, 12)}` : ""}`;
}
function batchMetricsText(r) {
  const { record } = r;
  return terminalSafe(
    [
      `Batch ${record.batch_id} (${record.ecosystem}): ${record.merged}/${record.total} merged (${percent(record.success_rate)}), ${r.failures.length} failure record(s), ${r.artifacts.length} artifact(s)`,
      batchTableText(record.platforms),
      `  read: ${r.artifacts.map((a) => a.file).join(", ") || "no artifact"}`,
      `  weakest platform: ${r.weakestPlatform ?? "\u2013"}`,
      ...r.changes?.previous ? [
        `  since ${r.changes.previous.batchId}: ${r.changes.newlyFailing.length} newly failing, ${r.changes.newlyFixed.length} newly fixed`
      ] : [],
      ...r.changes?.flaky.length ? [`  flaky: ${r.changes.flaky.length}`] : [],
      `  macOS minutes: ${macosNote(r)}`,
      `  ${writtenNote(r)}`
    ].join("\n")
  );
}

// src/cli/commands/batch-metrics.ts
var options = {
  "batch-id": { type: "string" },
  ecosystem: { type: "string" },
  results: { type: "string" },
  "results-dir": { type: "string" },
  "platform-map": { type: "string" },
  "category-map": { type: "string" },
  total: { type: "string" },
  generated: { type: "string" },
  merged: { type: "string" },
  "metrics-path": { type: "string" },
  "failures-dir": { type: "string" },
  branch: { type: "string" },
  ...exportOptions,
  shard: { type: "string" },
  ...storeOptions
};
var batchMetricsCommand = {
  name: "batch-metrics",
  help: `Usage: ci-ledger batch-metrics --batch-id ID --ecosystem E [options] [STORE]

Validates the per-platform result artifacts (v1 objects or arrays of {recipe, platform,
status}), appends one line to the metrics file and one failure record per failed
(recipe, platform) to <failures-dir>/<ecosystem>.jsonl, in one commit. Re-running the same
batch writes nothing.

Options:
  --results GLOB        artifact file names (default ${DEFAULT_RESULTS_GLOB}), at any depth
  --results-dir DIR     where the artifacts were downloaded (default .: then files the
                        repository tracks are left out); the files read are listed
  --platform-map MAP    "pattern=platform" lines folding detailed platforms (default: the five)
  --category-map MAP    "exit_code=category" lines, "*=category" for the rest
  --total N, --generated N, --merged N
                        override the counts derived from the artifacts
  --metrics-path P      default ${DEFAULT_METRICS_PATH}
  --failures-dir D      default ${DEFAULT_FAILURES_DIR}
  --branch B            default: the repository's default branch
  --shard none|monthly  none (default): append to the files above; monthly: to the shard of
                        the batch's month beside each (batch-runs-2026-11.jsonl,
                        <ecosystem>-2026-11.jsonl), checking that month's and the previous
                        month's shards and the file itself for the batch. See ci-ledger shard.
${exportHelp}

${storeHelp}`,
  async run(args, io) {
    const { values } = parseOptions(args, options);
    for (const name of ["batch-id", "ecosystem"])
      if (!values[name]) throw new UsageError(`--${name} is required`);
    const context = { store: storeFromArgs(values), log: io.stderr, env: io.env, cwd: io.cwd };
    const recorded = await recordBatchMetrics(
      {
        batchId: values["batch-id"],
        ecosystem: values.ecosystem,
        results: values.results,
        resultsDir: values["results-dir"],
        platformMap: values["platform-map"],
        categoryMap: values["category-map"],
        total: values.total,
        generated: values.generated,
        merged: values.merged,
        metricsPath: values["metrics-path"],
        failuresDir: values["failures-dir"],
        branch: values.branch,
        shard: values.shard
      },
      context
    );
    io.stdout(batchMetricsText(recorded));
    if (recorded.append.status === "recorded")
      await exportIfAsked(
        values,
        { batch: { record: recorded.record, failures: recorded.failures } },
        { subject: "batches", branch: values.branch, time: recorded.record.timestamp },
        context,
        io,
        "batch-metrics"
      );
    return 0;
  }
};
export {
  batchMetricsCommand
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  BATCH_KEY,
  DEFAULT_CATEGORY_MAP,
  DEFAULT_FAILURES_DIR,
  DEFAULT_METRICS_PATH,
  DEFAULT_PLATFORM_MAP,
  DEFAULT_RESULTS_GLOB,
  FAILURE_KEY,
  JsonValueSplitter,
  aggregateBatch,
  appendOptionsOf,
  assertValidRequest,
  backoffDelayMs,
  defaultRetryPolicy,
  globToRegExp,
  monthOf,
  parse,
  parseCategoryMap,
  parsePlatformMap,
  parseShardLayout,
  previousMonth,
  shardPath,
  spoolEntry,
  spoolRequest,
  stringify,
  withStore
} from "./chunk-52XRPOMQ.js";
import "./chunk-4KZ2KLLE.js";
import {
  listLocalTree,
  readRegularFile
} from "./chunk-TELXEW5L.js";
import {
  FileTooLargeError,
  checkFileSizes,
  fileLimitsFromEnv
} from "./chunk-H4OVGRGR.js";
import {
  InputError,
  TransientError,
  WriteError,
  assertSafeBranch,
  assertSafeName,
  messageOf,
  nonFiniteNumberAt,
  parseWholeNumber,
  utcTimeProblemText
} from "./chunk-DHTIX25I.js";
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

// src/ledger/existing-records.ts
function existingJsonObjects(text) {
  const objects = [];
  const take = (texts, retry) => {
    for (const { text: value, line } of texts) {
      const parsed = parseObject(value);
      if (parsed !== void 0) {
        if (parsed) objects.push(parsed);
        continue;
      }
      if (!retry) continue;
      const pieces = JsonValueSplitter.splitStrictly(value, line);
      if (pieces.length > 1) take(pieces, false);
      else take(lineByLine(value, line), false);
    }
  };
  const splitter = new JsonValueSplitter();
  take([...splitter.push(text), ...splitter.finish()], true);
  return objects;
}
function parseObject(text) {
  try {
    const value = JSON.parse(text.replace(/^\uFEFF/, ""));
    return value && typeof value === "object" && !Array.isArray(value) ? value : null;
  } catch {
    return void 0;
  }
}
function lineByLine(text, first) {
  return text.split("\n").map((line, i) => ({ text: line.replace(/^\uFEFF/, "").trim(), line: first + i })).filter((l) => l.text.startsWith("{"));
}

// src/ledger/plan.ts
function planAppend(current, appends, anchor) {
  const changes = /* @__PURE__ */ new Map();
  const files = [];
  for (const append of appends) {
    const existing = current.get(append.path) ?? null;
    const elsewhere = (append.seenIn ?? []).filter((p) => p !== append.path).map((p) => ({ path: p, text: current.get(p) ?? null }));
    const { content, appended, duplicates } = append.format === "csv" ? planCsv(existing, append, elsewhere) : planJsonl(existing, append, elsewhere);
    if (appended > 0) changes.set(append.path, content);
    files.push({ path: append.path, appended, duplicates });
  }
  const anchors = anchor === void 0 ? [] : [anchor].flat();
  const anchored = files.filter((f) => anchors.includes(f.path));
  if (anchored.length > 0 && anchored.every((f) => f.appended === 0)) {
    return {
      changes: /* @__PURE__ */ new Map(),
      files: files.map((f, i) => ({
        path: f.path,
        appended: 0,
        duplicates: appends[i].records.length
      }))
    };
  }
  return { changes, files };
}
var keyOf = (values) => JSON.stringify(values);
function planCsv(existing, append, elsewhere = []) {
  const expected = append.columns;
  const seen = /* @__PURE__ */ new Set();
  for (const other of elsewhere) {
    if (other.text === null || other.text.trim() === "") continue;
    const [header = [], ...rows] = parseCsv(other.text, other.path);
    const keyIndexes = append.key.map((k) => header.findIndex((h) => h.trim() === k));
    if (keyIndexes.some((i) => i < 0)) continue;
    for (const row of rows) seen.add(keyOf(keyIndexes.map((i) => row[i] ?? "")));
  }
  let content;
  if (existing === null || existing.trim() === "") {
    content = stringify([expected]);
  } else {
    const rows = parseCsv(existing, append.path);
    const header = rows[0] ?? [];
    if (!sameColumns(header, expected)) throw headerMismatch(append.path, header, expected);
    const keyIndexes = append.key.map((k) => expected.indexOf(k));
    for (const row of rows.slice(1)) seen.add(keyOf(keyIndexes.map((i) => row[i] ?? "")));
    content = withFinalNewline(existing);
  }
  const eol = lineEndingOf(existing);
  const fresh = [];
  let duplicates = 0;
  for (const record of append.records) {
    const key2 = keyOf(append.key.map((k) => record[k] ?? ""));
    if (seen.has(key2)) {
      duplicates++;
      continue;
    }
    seen.add(key2);
    fresh.push(expected.map((column) => record[column] ?? ""));
  }
  if (fresh.length > 0)
    content += stringify(fresh, { record_delimiter: eol === "\r\n" ? "windows" : "unix" });
  return { content, appended: fresh.length, duplicates };
}
function parseCsv(text, path) {
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    const e = error;
    const where = e.lines ? ` line ${e.lines}` : "";
    throw new InputError(`${path}${where}: not valid CSV (${e.message}). Nothing was written.`);
  }
}
function sameColumns(a, b) {
  return a.length === b.length && a.every((v, i) => v.trim() === b[i]);
}
function headerMismatch(path, found, expected) {
  return new InputError(
    `${path}: its header has ${found.length} columns (${found.join(",")}), not the ${expected.length} this file needs (${expected.join(",")}). Nothing was written. Convert the file with: ci-ledger migrate-csv ${path}`
  );
}
function planJsonl(existing, append, elsewhere = []) {
  const seen = /* @__PURE__ */ new Set();
  for (const other of elsewhere) {
    if (!other.text) continue;
    for (const record of existingJsonObjects(other.text))
      seen.add(keyOf(append.key.map((k) => record[k])));
  }
  let content = "";
  if (existing !== null && existing !== "") {
    for (const record of existingJsonObjects(existing))
      seen.add(keyOf(append.key.map((k) => record[k])));
    content = withFinalNewline(existing);
  }
  let appended = 0;
  let duplicates = 0;
  for (const record of append.records) {
    const key2 = keyOf(append.key.map((k) => record[k]));
    if (seen.has(key2)) {
      duplicates++;
      continue;
    }
    seen.add(key2);
    content += JSON.stringify(record) + lineEndingOf(existing);
    appended++;
  }
  return { content, appended, duplicates };
}
function lineEndingOf(text) {
  const end = text?.indexOf("\n") ?? -1;
  return end > 0 && text.charCodeAt(end - 1) === 13 ? "\r\n" : "\n";
}
function withFinalNewline(text) {
  return text.endsWith("\n") ? text : text + lineEndingOf(text);
}

// src/ledger/in-flight.ts
import { existsSync, renameSync, rmSync, rmdirSync, writeFileSync, writeSync } from "node:fs";
import { dirname } from "node:path";
var SPOOL_LINE_PREFIX = "ci-ledger-spool: ";
function spoolLine(entry) {
  return `${SPOOL_LINE_PREFIX}${JSON.stringify(entry)}`;
}
var inFlight = /* @__PURE__ */ new Set();
var handlersInstalled = false;
async function beginInFlight(dir, request, target) {
  installSignalHandlers();
  const created = [dir, dirname(dir)].filter((folder) => !existsSync(folder));
  const reason = "in flight: saved before the first attempt; removed once the records land";
  const { file, entry } = await spoolEntry(dir, request, target, reason);
  const flight = {
    file,
    entry,
    settle() {
      inFlight.delete(flight);
      rmSync(file, { force: true });
      for (const folder of created) {
        try {
          rmdirSync(folder);
        } catch {
          break;
        }
      }
    },
    keep(why) {
      inFlight.delete(flight);
      entry.reason = why;
      const temp = `${file}.tmp`;
      writeFileSync(temp, JSON.stringify(entry, null, 2) + "\n");
      renameSync(temp, file);
    }
  };
  inFlight.add(flight);
  return flight;
}
var SIGNALS = { SIGINT: 2, SIGTERM: 15 };
function installSignalHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      for (const flight of inFlight) {
        const count2 = flight.entry.request.files.reduce((n, f) => n + f.records.length, 0);
        writeSync(
          2,
          `ci-ledger: ${signal} during an append: ${count2} record(s) kept in ${flight.file}; re-submit them with: ci-ledger flush (or: ci-ledger flush --from <this log>)
${spoolLine({ ...flight.entry, reason: `interrupted by ${signal}` })}
`
        );
      }
      process.exit(128 + number);
    });
  }
}

// src/ledger/shard.ts
var defaultTimeField = (file) => file.format === "csv" ? "start_time_utc" : "timestamp";
function shardRequest(request, layout, timeFieldOf = defaultTimeField) {
  const files = [];
  const anchors = [];
  const anchorPaths = request.anchor === void 0 ? [] : [request.anchor].flat();
  const requestMonths = request.files.flatMap(
    (f) => f.records.map((r) => monthOf(r[timeFieldOf(f)]))
  );
  const requestMonth = requestMonths.filter((m) => m !== void 0).sort().pop();
  for (const file of request.files) {
    const field = timeFieldOf(file);
    const byPath = /* @__PURE__ */ new Map();
    for (const record of file.records) {
      const month = monthOf(record[field]);
      const path = layout === "monthly" && month ? shardPath(file.path, month) : file.path;
      let group = byPath.get(path);
      if (!group) byPath.set(path, group = { records: [], months: /* @__PURE__ */ new Set() });
      group.records.push(record);
      if (month) group.months.add(month);
    }
    if (byPath.size === 0) {
      const months = new Set(requestMonth ? [requestMonth] : []);
      const path = layout === "monthly" && requestMonth ? shardPath(file.path, requestMonth) : file.path;
      byPath.set(path, { records: [], months });
    }
    for (const [path, group] of byPath) {
      const seenIn = /* @__PURE__ */ new Set([file.path]);
      for (const month of group.months) {
        seenIn.add(shardPath(file.path, month));
        seenIn.add(shardPath(file.path, previousMonth(month)));
      }
      seenIn.delete(path);
      files.push({ ...file, path, records: group.records, seenIn: [...seenIn] });
      if (anchorPaths.includes(file.path)) anchors.push(path);
    }
  }
  const sharded = { ...request, files };
  if (anchors.length > 0) sharded.anchor = anchors.length === 1 ? anchors[0] : anchors;
  return sharded;
}
function filesRead(file) {
  return [file.path, ...file.seenIn ?? []];
}

// src/ledger/append.ts
var defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function appendRecords(backend, request, options = {}) {
  assertValidRequest(request);
  let flight;
  if (options.spoolDir !== void 0) {
    flight = await beginInFlight(options.spoolDir, request, backend.description).catch(
      () => void 0
      // no spool folder to write to: giveUp still prints the records
    );
  }
  try {
    const result = await attempts(backend, request, options, flight);
    flight?.settle();
    return result;
  } catch (error) {
    if (error instanceof InputError) flight?.settle();
    throw error;
  }
}
async function attempts(backend, request, options, flight) {
  const { retry = defaultRetryPolicy, log = () => {
  }, sleep = defaultSleep } = options;
  const started = Date.now();
  const fileLimits = options.fileLimits ?? fileLimitsFromEnv();
  const warn = options.warn ?? ((line) => log(`Warning: ${line}`));
  const warned = /* @__PURE__ */ new Set();
  let branch = request.branch;
  let lastProblem = "no attempt was made";
  let publishOutcomeUnknown = false;
  for (let attempt = 1; attempt <= retry.maxAttempts; attempt++) {
    let retryAfter;
    let lostRace = false;
    try {
      const paths = [...new Set(request.files.flatMap(filesRead))];
      const snapshot = branch === void 0 && backend.readDefaultBranch ? await backend.readDefaultBranch(paths) : await backend.read(branch ??= await backend.defaultBranch(), paths);
      branch = snapshot.branch;
      const plan = planAppend(snapshot.files, request.files, request.anchor);
      for (const warning of checkFileSizes(plan.changes, fileLimits)) {
        if (!warned.has(warning)) warn(warning);
        warned.add(warning);
      }
      if (plan.changes.size === 0) {
        const landedEarlier = publishOutcomeUnknown;
        if (landedEarlier) log(`An earlier attempt landed although its response was lost.`);
        return {
          status: landedEarlier ? "recorded" : "already-recorded",
          branch,
          head: snapshot.head,
          files: plan.files,
          attempts: attempt,
          contents: snapshot.files
        };
      }
      try {
        const published = await backend.publish(snapshot, plan.changes, request.message);
        if (published.status === "published") {
          const contents = new Map([...snapshot.files, ...plan.changes]);
          return {
            status: "recorded",
            branch,
            head: published.head,
            files: plan.files,
            attempts: attempt,
            contents
          };
        }
        lastProblem = published.reason;
        lostRace = true;
      } catch (error) {
        if (error instanceof TransientError) publishOutcomeUnknown = true;
        throw error;
      }
    } catch (error) {
      if (error instanceof InputError) {
        if (error instanceof FileTooLargeError)
          log(`Unwritten records: ${JSON.stringify(request)}`);
        error.message += branch ? ` (branch ${branch}, ${backend.description})` : "";
        throw error;
      }
      if (!(error instanceof TransientError)) {
        throw await giveUp(request, backend, options, `${messageOf(error)}`, log, flight);
      }
      lastProblem = error.message;
      retryAfter = error.retryAfterSeconds;
    }
    if (attempt < retry.maxAttempts) {
      const delay = backoffDelayMs(attempt, retry, retryAfter);
      const spent = Date.now() - started;
      if (!lostRace && spent + delay > retry.maxTotalMs) {
        throw await giveUp(
          request,
          backend,
          options,
          `gave up after ${attempt} attempt(s) in ${Math.round(spent / 1e3)} s (the retry budget is ${retry.maxTotalMs / 1e3} s, CI_LEDGER_MAX_RETRY_SECONDS); last problem: ${lastProblem}`,
          log,
          flight
        );
      }
      log(
        `Attempt ${attempt}/${retry.maxAttempts} did not land (${lastProblem}); retrying in ${delay} ms.`
      );
      await sleep(delay);
    }
  }
  throw await giveUp(
    request,
    backend,
    options,
    `gave up after ${retry.maxAttempts} attempts; last problem: ${lastProblem}`,
    log,
    flight
  );
}
async function giveUp(request, backend, options, why, log, flight) {
  const count2 = request.files.reduce((n, f) => n + f.records.length, 0);
  const what = `${count2} record(s) for ${request.files.map((f) => f.path).join(", ")}`;
  let spoolFile;
  let spoolNote = "";
  if (options.spoolDir !== void 0) {
    try {
      spoolFile = flight ? (flight.keep(why), flight.file) : await spoolRequest(options.spoolDir, request, backend.description, why);
      spoolNote = ` They were saved to ${spoolFile}; re-submit them with: ci-ledger flush`;
    } catch (error) {
      spoolNote = ` They could not be saved to a spool file either (${messageOf(error)}).`;
    }
  }
  log(
    `Unwritten records: ${spoolLine({ version: 1, createdAt: (/* @__PURE__ */ new Date()).toISOString(), target: backend.description, reason: why, request })}`
  );
  return new WriteError(
    `Could not write ${what} to ${backend.description}: ${why}.${spoolNote}`,
    spoolFile
  );
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
  const { git } = await import("./git-DGVENMK3.js");
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

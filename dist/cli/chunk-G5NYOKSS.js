import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  JsonValueSplitter,
  assertValidRequest,
  backoffDelayMs,
  defaultRetryPolicy,
  monthOf,
  previousMonth,
  shardPath,
  spoolEntry,
  spoolRequest
} from "./chunk-QZTMOEK6.js";
import {
  parse
} from "./chunk-SJTDOQFR.js";
import {
  stringify
} from "./chunk-2E3GCFBA.js";
import {
  FileTooLargeError,
  checkFileSizes,
  fileLimitsFromEnv
} from "./chunk-HJJNKDAN.js";
import {
  InputError,
  TransientError,
  WriteError,
  messageOf
} from "./chunk-V7MP4ZTR.js";

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
    const key = keyOf(append.key.map((k) => record[k] ?? ""));
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
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
    const key = keyOf(append.key.map((k) => record[k]));
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
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
        const count = flight.entry.request.files.reduce((n, f) => n + f.records.length, 0);
        writeSync(
          2,
          `ci-ledger: ${signal} during an append: ${count} record(s) kept in ${flight.file}; re-submit them with: ci-ledger flush (or: ci-ledger flush --from <this log>)
${spoolLine({ ...flight.entry, reason: `interrupted by ${signal}` })}
`
        );
      }
      process.exit(128 + number);
    });
  }
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
  const count = request.files.reduce((n, f) => n + f.records.length, 0);
  const what = `${count} record(s) for ${request.files.map((f) => f.path).join(", ")}`;
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

export {
  SPOOL_LINE_PREFIX,
  shardRequest,
  filesRead,
  appendRecords
};

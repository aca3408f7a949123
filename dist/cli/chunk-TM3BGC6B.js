import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  assertValidRequest,
  backoffDelayMs,
  defaultRetryPolicy,
  spoolRequest
} from "./chunk-2OYIIM3Z.js";
import {
  parse,
  stringify
} from "./chunk-TY6I25IP.js";
import {
  InputError,
  TransientError,
  WriteError,
  messageOf
} from "./chunk-6LV7MLTM.js";

// src/ledger/plan.ts
function planAppend(current, appends, anchor) {
  const changes = /* @__PURE__ */ new Map();
  const files = [];
  for (const append of appends) {
    const existing = current.get(append.path) ?? null;
    const { content, appended, duplicates } = append.format === "csv" ? planCsv(existing, append) : planJsonl(existing, append);
    if (appended > 0) changes.set(append.path, content);
    files.push({ path: append.path, appended, duplicates });
  }
  const anchored = anchor === void 0 ? void 0 : files.find((f) => f.path === anchor);
  if (anchored && anchored.appended === 0) {
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
function planCsv(existing, append) {
  const expected = append.columns;
  const seen = /* @__PURE__ */ new Set();
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
  if (fresh.length > 0) content += stringify(fresh);
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
function planJsonl(existing, append) {
  const seen = /* @__PURE__ */ new Set();
  let content = "";
  if (existing !== null && existing !== "") {
    for (const line of existing.split("\n")) {
      const record = parseJsonObject(line);
      if (record) seen.add(keyOf(append.key.map((k) => record[k])));
    }
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
    content += JSON.stringify(record) + "\n";
    appended++;
  }
  return { content, appended, duplicates };
}
function parseJsonObject(line) {
  if (!line.trim().startsWith("{")) return void 0;
  try {
    const value = JSON.parse(line);
    return value && typeof value === "object" && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function withFinalNewline(text) {
  return text.endsWith("\n") ? text : text + "\n";
}

// src/ledger/append.ts
var defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function appendRecords(backend, request, options = {}) {
  assertValidRequest(request);
  const { retry = defaultRetryPolicy, log = () => {
  }, sleep = defaultSleep } = options;
  let branch = request.branch;
  let lastProblem = "no attempt was made";
  let publishOutcomeUnknown = false;
  for (let attempt = 1; attempt <= retry.maxAttempts; attempt++) {
    let retryAfter;
    try {
      branch ??= await backend.defaultBranch();
      const snapshot = await backend.read(
        branch,
        request.files.map((f) => f.path)
      );
      const plan = planAppend(snapshot.files, request.files, request.anchor);
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
      } catch (error) {
        if (error instanceof TransientError) publishOutcomeUnknown = true;
        throw error;
      }
    } catch (error) {
      if (error instanceof InputError) {
        throw new InputError(
          `${error.message}${branch ? ` (branch ${branch}, ${backend.description})` : ""}`
        );
      }
      if (!(error instanceof TransientError)) {
        throw await giveUp(request, backend, options, `${messageOf(error)}`, log);
      }
      lastProblem = error.message;
      retryAfter = error.retryAfterSeconds;
    }
    if (attempt < retry.maxAttempts) {
      const delay = backoffDelayMs(attempt, retry, retryAfter);
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
    log
  );
}
async function giveUp(request, backend, options, why, log) {
  const count = request.files.reduce((n, f) => n + f.records.length, 0);
  const what = `${count} record(s) for ${request.files.map((f) => f.path).join(", ")}`;
  let spoolFile;
  let spoolNote = "";
  if (options.spoolDir !== void 0) {
    try {
      spoolFile = await spoolRequest(options.spoolDir, request, backend.description, why);
      spoolNote = ` They were saved to ${spoolFile}; re-submit them with: ci-ledger flush`;
    } catch (error) {
      spoolNote = ` They could not be saved to a spool file either (${messageOf(error)}).`;
    }
  }
  log(`Unwritten records: ${JSON.stringify(request)}`);
  return new WriteError(
    `Could not write ${what} to ${backend.description}: ${why}.${spoolNote}`,
    spoolFile
  );
}

export {
  appendRecords
};

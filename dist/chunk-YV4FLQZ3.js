import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  openStore
} from "./chunk-NPYFOKNV.js";
import {
  InputError,
  assertSafeBranch,
  assertSafeRelativePath
} from "./chunk-CMNREZAP.js";

// src/ledger/backoff.ts
var defaultRetryPolicy = {
  maxAttempts: 20,
  baseDelayMs: 200,
  maxDelayMs: 1e4,
  maxTotalMs: 12e4
};
function backoffDelayMs(attempt, policy, retryAfterSeconds, random = Math.random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.round(random() * ceiling);
  return retryAfterSeconds === void 0 ? jittered : Math.max(jittered, retryAfterSeconds * 1e3);
}
function retryPolicyFromEnv(env = process.env) {
  const num = (name, fallback) => {
    const value = Number(env[name]);
    return env[name] !== void 0 && Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  return {
    maxAttempts: Math.max(1, num("CI_LEDGER_MAX_ATTEMPTS", defaultRetryPolicy.maxAttempts)),
    baseDelayMs: num("CI_LEDGER_RETRY_BASE_MS", defaultRetryPolicy.baseDelayMs),
    maxDelayMs: num("CI_LEDGER_RETRY_MAX_MS", defaultRetryPolicy.maxDelayMs),
    maxTotalMs: num("CI_LEDGER_MAX_RETRY_SECONDS", defaultRetryPolicy.maxTotalMs / 1e3) * 1e3
  };
}

// src/ledger/spool.ts
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

// src/ledger/request.ts
var isStrings = (v) => Array.isArray(v) && v.every((s) => typeof s === "string");
function requestProblem(request) {
  if (!request || typeof request !== "object") return "the request is not an object";
  const r = request;
  if (typeof r.message !== "string") return "/message must be a string";
  if (r.branch !== void 0 && typeof r.branch !== "string") return "/branch must be a string";
  if (!Array.isArray(r.files) || r.files.length === 0) return "/files must be a non-empty array";
  for (const [i, f] of r.files.entries()) {
    const at = `/files/${i}`;
    if (!f || typeof f !== "object") return `${at} must be an object`;
    if (f.format !== "csv" && f.format !== "jsonl") return `${at}/format must be "csv" or "jsonl"`;
    if (typeof f.path !== "string") return `${at}/path must be a string`;
    if (!isStrings(f.key) || f.key.length === 0)
      return `${at}/key must be a non-empty array of field names`;
    if (!Array.isArray(f.records)) return `${at}/records must be an array`;
    if (f.records.some((x) => !x || typeof x !== "object" || Array.isArray(x))) {
      return `${at}/records must hold objects`;
    }
    if (f.format === "csv") {
      if (!isStrings(f.columns) || f.columns.length === 0)
        return `${at}/columns must be a non-empty array`;
      const missing = f.key.filter((k) => !f.columns.includes(k));
      if (missing.length > 0) return `${at}/key: ${missing.join(", ")} not in the columns`;
    }
  }
  if (r.anchor !== void 0 && !r.files.some((f) => f.path === r.anchor)) {
    return `/anchor ${r.anchor} is not one of the files`;
  }
  return void 0;
}
function assertValidRequest(request, where = "append request") {
  const problem = requestProblem(request);
  if (problem) throw new InputError(`${where}: ${problem}`);
  const r = request;
  if (r.branch !== void 0) assertSafeBranch(r.branch);
  const seen = /* @__PURE__ */ new Set();
  for (const file of r.files) {
    assertSafeRelativePath(file.path);
    if (seen.has(file.path))
      throw new InputError(`${where}: ${file.path} appears twice in one append`);
    seen.add(file.path);
  }
}

// src/ledger/spool.ts
function defaultSpoolDir(env = process.env, cwd = process.cwd()) {
  return resolve(cwd, env.CI_LEDGER_SPOOL_DIR || ".ci-ledger/spool");
}
async function spoolRequest(dir, request, target, reason) {
  return (await spoolEntry(dir, request, target, reason)).file;
}
async function spoolEntry(dir, request, target, reason) {
  await mkdir(dir, { recursive: true });
  const entry = {
    version: 1,
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    target,
    reason,
    request
  };
  const name = `${entry.createdAt.replace(/[:.]/g, "")}-${randomBytes(4).toString("hex")}.json`;
  const file = join(dir, name);
  const temp = `${file}.tmp`;
  await writeFile(temp, JSON.stringify(entry, null, 2) + "\n");
  await rename(temp, file);
  return { file, entry };
}

// src/jobs/context.ts
async function withStore(context, job) {
  const backend = await openStore(context.store, { log: context.log, env: context.env });
  try {
    return await job(backend);
  } finally {
    await backend.close();
  }
}
function appendOptionsOf(context, spoolDir) {
  return {
    log: context.log,
    spoolDir: spoolDir ?? defaultSpoolDir(context.env, context.cwd),
    retry: retryPolicyFromEnv(context.env)
  };
}

// src/files/json-stream.ts
var JsonValueSplitter = class _JsonValueSplitter {
  /** fastLines: hand over whole `{…}` lines unscanned (re-split a text that fails to parse with false). */
  constructor(fastLines = true) {
    this.fastLines = fastLines;
  }
  fastLines;
  buffer = "";
  depth = 0;
  inString = false;
  escaped = false;
  start = -1;
  startLine = 1;
  line = 1;
  /** Position in `buffer` up to which characters have been scanned. */
  scanned = 0;
  /** Every value of a complete text, scanned character by character (for a fast-path line that held several). */
  static splitStrictly(text, line) {
    const strict = new _JsonValueSplitter(false);
    strict.line = line;
    return [...strict.push(text), ...strict.finish()];
  }
  push(chunk) {
    this.buffer += chunk;
    const out = [];
    const b = this.buffer;
    let i = this.scanned;
    for (; i < b.length; i++) {
      if (this.fastLines && this.depth === 0 && !this.inString && b.charCodeAt(i) === 123) {
        const end = b.indexOf("\n", i);
        if (end === -1) break;
        let last = end - 1;
        if (b.charCodeAt(last) === 13) last--;
        if (b.charCodeAt(last) === 125) {
          out.push({ text: b.slice(i, last + 1), line: this.line });
          this.line++;
          i = end;
          continue;
        }
      }
      const c = b.charCodeAt(i);
      if (c === 10) this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92)
          this.escaped = true;
        else if (c === 34) this.inString = false;
        continue;
      }
      if (c === 34) {
        this.inString = true;
        if (this.depth === 0) this.begin(i);
        continue;
      }
      if (c === 123 || c === 91) {
        if (this.depth === 0) this.begin(i);
        this.depth++;
      } else if (c === 125 || c === 93) {
        this.depth--;
        if (this.depth === 0) {
          out.push({ text: b.slice(this.start, i + 1), line: this.startLine });
          this.start = -1;
        } else if (this.depth < 0) {
          out.push({ text: b.slice(i, i + 1), line: this.line });
          this.depth = 0;
        }
      } else if (this.depth === 0 && c > 32 && c !== 65279) {
        const end = b.indexOf("\n", i);
        if (end === -1) break;
        out.push({ text: b.slice(i, end), line: this.line });
        this.line++;
        i = end;
      }
    }
    const keepFrom = this.start === -1 ? i : this.start;
    this.buffer = b.slice(keepFrom);
    if (this.start !== -1) this.start -= keepFrom;
    this.scanned = i - keepFrom;
    return out;
  }
  /** Whatever is left at the end of the stream (a truncated value) is returned as is. */
  finish() {
    const rest = this.start === -1 ? this.buffer.slice(this.scanned).trim() : this.buffer.slice(this.start);
    this.buffer = "";
    return rest.trim() ? [{ text: rest, line: this.start === -1 ? this.line : this.startLine }] : [];
  }
  begin(i) {
    this.start = i;
    this.startLine = this.line;
  }
};

export {
  defaultRetryPolicy,
  backoffDelayMs,
  JsonValueSplitter,
  assertValidRequest,
  spoolRequest,
  spoolEntry,
  withStore,
  appendOptionsOf
};

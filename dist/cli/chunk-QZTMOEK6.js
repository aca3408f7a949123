import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  fileLimitsFromEnv
} from "./chunk-HJJNKDAN.js";
import {
  InputError,
  assertSafeBranch,
  assertSafeRelativePath,
  isFiniteNumber,
  nonFiniteNumberAt
} from "./chunk-V7MP4ZTR.js";

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
    for (const [j, record] of f.records.entries()) {
      const problem = recordProblem(record, f.key, f.format === "csv" ? f.columns : void 0);
      if (problem) return `${at}/records/${j}${problem}`;
    }
  }
  for (const anchor of r.anchor === void 0 ? [] : [r.anchor].flat()) {
    if (typeof anchor !== "string" || !r.files.some((f) => f.path === anchor))
      return `/anchor ${String(anchor)} is not one of the files`;
  }
  for (const [i, f] of r.files.entries()) {
    if (f.seenIn !== void 0 && !isStrings(f.seenIn))
      return `/files/${i}/seenIn must be an array of paths`;
  }
  return void 0;
}
function recordProblem(record, key, columns) {
  for (const k of key) {
    const v = record[k];
    if (!(typeof v === "string" && v.trim() !== "" || isFiniteNumber(v)))
      return `/${k} is ${v === void 0 ? "missing" : `empty or not a value (${JSON.stringify(v)})`}: every record needs its key (${key.join(", ")})`;
  }
  if (columns) {
    for (const [name, v] of Object.entries(record)) {
      if (!columns.includes(name)) return `/${name} is not one of the file's columns`;
      if (typeof v !== "string" && !isFiniteNumber(v))
        return `/${name} must be text or a number in a CSV record`;
    }
  }
  const infinite = nonFiniteNumberAt(record);
  return infinite && `${infinite} is a number too large to hold`;
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
    for (const other of file.seenIn ?? []) assertSafeRelativePath(other);
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
async function listSpool(dir) {
  try {
    return (await readdir(dir)).filter((n) => n.endsWith(".json")).sort().map((n) => join(dir, n));
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
}
async function readSpoolEntry(file) {
  let entry;
  try {
    entry = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new InputError(`${file}: not a readable spool file (${error.message})`);
  }
  if (entry?.version !== 1)
    throw new InputError(`${file}: not a ci-ledger spool file (no "version": 1)`);
  assertValidRequest(entry.request, `${file}: /request`);
  return entry;
}
async function removeSpoolEntry(file) {
  await rm(file, { force: true });
}

// src/ledger/store.ts
function chooseStore(choice, env = process.env) {
  const given = [
    choice.dataDir && "--data-dir",
    choice.gitRemote && "--git-remote",
    choice.repo && "--repo"
  ].filter(Boolean);
  if (given.length > 1) throw new InputError(`Choose one store, not ${given.join(" and ")}`);
  if (choice.dataDir) return { kind: "directory", dir: choice.dataDir };
  if (choice.gitRemote) return { kind: "git", remote: choice.gitRemote };
  const repository = choice.repo ?? (env.GITHUB_ACTIONS === "true" ? env.GITHUB_REPOSITORY : void 0);
  if (choice.api !== void 0 && !repository) {
    throw new InputError("--api applies to the GitHub API store only (--repo, or inside Actions)");
  }
  if (repository) return githubStore(repository, env.GITHUB_TOKEN ?? "", env, choice.api);
  return { kind: "git" };
}
function githubStore(repository, token, env = process.env, api = env.CI_LEDGER_API) {
  return {
    kind: "github",
    repository,
    token,
    baseUrl: env.GITHUB_API_URL || void 0,
    api: githubApi(api)
  };
}
function githubApi(value) {
  const api = (value ?? "").trim().toLowerCase() || "graphql";
  if (api === "graphql" || api === "rest") return api;
  throw new InputError(
    `The GitHub API must be "graphql" or "rest" (CI_LEDGER_API / --api), not ${JSON.stringify(value)}`
  );
}
async function openStore(spec, options = {}) {
  const env = options.env ?? process.env;
  const num = (name) => env[name] !== void 0 && env[name] !== "" ? Number(env[name]) : void 0;
  switch (spec.kind) {
    case "directory": {
      const { DirectoryBackend } = await import("./directory-HMJ6Y2O6.js");
      return new DirectoryBackend(spec.dir, { log: options.log });
    }
    case "git": {
      const { GitBackend, normalizeRemote, originOf } = await import("./git-7W66GGCY.js");
      const remote = spec.remote ? normalizeRemote(spec.remote) : await originOf().catch(() => {
        throw new InputError(
          'No store given and the current directory has no git remote "origin": pass --data-dir, --git-remote or --repo'
        );
      });
      return new GitBackend(remote, {
        requestRetries: num("CI_LEDGER_REQUEST_RETRIES"),
        retryBaseMs: num("CI_LEDGER_REQUEST_RETRY_BASE_MS"),
        log: options.log
      });
    }
    case "github": {
      const clientOptions = {
        token: spec.token,
        repository: spec.repository,
        baseUrl: spec.baseUrl,
        requestRetries: num("CI_LEDGER_REQUEST_RETRIES"),
        retryBaseMs: num("CI_LEDGER_REQUEST_RETRY_BASE_MS"),
        log: options.log
      };
      if (spec.api === "rest") {
        const { GitHubBackend } = await import("./github-23VT2F6Y.js");
        return new GitHubBackend(clientOptions);
      }
      const { GitHubGraphqlBackend } = await import("./github-graphql-SOA4U5B3.js");
      return new GitHubGraphqlBackend(clientOptions);
    }
  }
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
    retry: retryPolicyFromEnv(context.env),
    fileLimits: fileLimitsFromEnv(context.env)
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
      if (c === 10 && this.start !== -1) {
        if (!this.inString && i + 2 >= b.length) break;
        if (this.inString || b.charCodeAt(i + 1) === 123 && b.charCodeAt(i + 2) === 34) {
          out.push({ text: b.slice(this.start, i), line: this.startLine });
          this.start = -1;
          this.depth = 0;
          this.inString = false;
          this.escaped = false;
        }
      }
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

// src/vocabulary/shards.ts
function parseShardLayout(value, name = "--shard") {
  const layout = (value ?? "").trim().toLowerCase() || "none";
  if (layout === "none" || layout === "monthly") return layout;
  throw new InputError(`${name} must be "none" or "monthly", not ${JSON.stringify(value)}`);
}
function splitExtension(path) {
  const slash = path.lastIndexOf("/");
  const dot = path.lastIndexOf(".");
  return dot > slash + 1 ? { stem: path.slice(0, dot), ext: path.slice(dot) } : { stem: path, ext: "" };
}
function monthOf(time) {
  if (typeof time !== "string") return void 0;
  const match = /^(\d{4})-(\d{2})-\d{2}T/.exec(time);
  if (!match) return void 0;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? `${match[1]}-${match[2]}` : void 0;
}
function previousMonth(month) {
  const [year, m] = month.split("-").map(Number);
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, "0")}`;
}
function shardPath(path, month) {
  const { stem, ext } = splitExtension(path);
  return `${stem}-${month}${ext}`;
}
function latestTimeIn(file) {
  const month = /-(\d{4})-(\d{2})\.[A-Za-z0-9]+$/.exec(file);
  if (month) {
    const [year, m] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) return void 0;
    return m === 12 ? `${year + 1}-01-01T00:00:00Z` : `${year}-${String(m + 1).padStart(2, "0")}-01T00:00:00Z`;
  }
  const stamp = /-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.[A-Za-z0-9]+$/.exec(file);
  if (stamp) {
    const written = Date.parse(`${stamp[1]}T${stamp[2]}:${stamp[3]}:${stamp[4]}Z`);
    if (Number.isNaN(written)) return void 0;
    return new Date(written + 24 * 3600 * 1e3).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  return void 0;
}
function isMonthlyShard(path, file) {
  const { stem, ext } = splitExtension(path);
  return file.startsWith(`${stem}-`) && file.endsWith(ext) && /^\d{4}-(0[1-9]|1[0-2])$/.test(file.slice(stem.length + 1, file.length - ext.length));
}
function isTimeShardName(file) {
  return latestTimeIn(file) !== void 0;
}

export {
  defaultRetryPolicy,
  backoffDelayMs,
  JsonValueSplitter,
  assertValidRequest,
  spoolRequest,
  spoolEntry,
  listSpool,
  readSpoolEntry,
  removeSpoolEntry,
  parseShardLayout,
  splitExtension,
  monthOf,
  previousMonth,
  shardPath,
  latestTimeIn,
  isMonthlyShard,
  isTimeShardName,
  chooseStore,
  withStore,
  appendOptionsOf
};

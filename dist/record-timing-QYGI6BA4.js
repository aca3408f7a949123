import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  appendRecords,
  filesRead,
  shardRequest
} from "./chunk-HIU62D4C.js";
import {
  readTimingHistory
} from "./chunk-62ZOYE5Z.js";
import "./chunk-SJTDOQFR.js";
import {
  runInsight
} from "./chunk-QS3XTY54.js";
import {
  parseShardLayout
} from "./chunk-2CELJB7V.js";
import {
  appendOptionsOf,
  withStore
} from "./chunk-24YXAUME.js";
import {
  readObjectives
} from "./chunk-NN2FJR2F.js";
import "./chunk-Z3ICJHCC.js";
import {
  runVerdict
} from "./chunk-KPRIVUPM.js";
import {
  runKey,
  runsBefore,
  runsOf,
  succeeded
} from "./chunk-T4NHHXYM.js";
import {
  DEFAULT_ENV_DIR_MAP,
  DEFAULT_TIMINGS_BRANCH,
  TIME_SOURCES,
  TIMING_COLUMNS,
  TIMING_KEY,
  parseEnvDirMap,
  timingRow,
  timingsPath
} from "./chunk-7KPXO4AA.js";
import "./chunk-2E3GCFBA.js";
import {
  runAndLog,
  wrappedLogName
} from "./chunk-DXUGYGIA.js";
import "./chunk-XS2N7JHC.js";
import {
  listLocalTree
} from "./chunk-VL6VTB2M.js";
import "./chunk-HWW3FAXZ.js";
import {
  InputError,
  assertSafeBranch,
  assertSafeName,
  assertSafeRelativePath,
  parseExitStatus,
  parseUtcTime
} from "./chunk-3BA7G52B.js";
import "./chunk-PXJ7BKJH.js";
import "./chunk-RXARMASY.js";

// src/jobs/record-timing.ts
import { stat as stat2 } from "node:fs/promises";
import { join as join2, resolve as resolve2 } from "node:path";

// src/timing/log-discovery.ts
import { access, constants, lstat, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
var DEFAULT_LOG_DIR = "logs/build-timings";
function logPattern(phase, buildId) {
  return `*${phase}*${buildId}*.log`;
}
function matchesLogPattern(name, phase, buildId) {
  if (!name.endsWith(".log")) return false;
  const stem = name.slice(0, -".log".length);
  const at = stem.indexOf(phase);
  return at !== -1 && stem.indexOf(buildId, at + phase.length) !== -1;
}
async function discoverLog(logDir, phase, buildId) {
  const pattern = logPattern(phase, buildId);
  let entries;
  try {
    entries = await listLocalTree(logDir, "", true);
  } catch (error) {
    if (error.code === "ENOENT") {
      throw new InputError(
        `No log to record: the log directory ${logDir} does not exist (looked for ${pattern}). Wrap the command with run, or pass log-path.`
      );
    }
    throw error;
  }
  const matches = [];
  const skippedLinks = [];
  for (const entry of entries) {
    const base = entry.path.split("/").pop() ?? entry.path;
    if (!matchesLogPattern(base, phase, buildId)) continue;
    const path = join(logDir, entry.path);
    if (entry.kind !== "file") {
      if (entry.kind !== "directory") skippedLinks.push(path);
      continue;
    }
    const info = await lstat(path).catch(() => void 0);
    if (info?.isFile()) matches.push({ path, mtime: info.mtimeMs });
  }
  const skipped = skippedLinks.length === 0 ? "" : ` (skipped, not followed: ${skippedLinks.length} link(s) or special file(s): ${skippedLinks.slice(0, 3).join(", ")})`;
  if (matches.length === 0) {
    throw new InputError(
      `No log matches ${pattern} in ${logDir} (${entries.length} entries there)${skipped}. Name the log after the phase and build id, pass log-path, or wrap the command with run.`
    );
  }
  matches.sort((a, b) => b.mtime - a.mtime || (a.path < b.path ? 1 : -1));
  return {
    path: matches[0].path,
    pattern,
    candidates: matches.map((m) => m.path),
    skippedLinks
  };
}
async function explicitLog(given, cwd, alternatives) {
  const file = isAbsolute(given) ? given : resolve(cwd, given);
  const asGiven = isAbsolute(given) ? "" : ` (log-path ${JSON.stringify(given)}, relative to ${cwd})`;
  try {
    await access(file, constants.R_OK);
  } catch (error) {
    const code = error.code;
    if (code !== "ENOENT") throw new InputError(`The log ${file} cannot be read (${code})`);
    throw new InputError(
      `The log ${file} does not exist${asGiven}. Check the path; or leave out log-path to take the newest ${logPattern(alternatives.phase, alternatives.buildId)} under ${alternatives.logDir}; or wrap the phase command (run, or -- COMMAND) so that it is logged and timed.`
    );
  }
  if (!(await stat(file)).isFile()) throw new InputError(`The log ${file} is not a file`);
  return file;
}
function pathFromRoot(path, root) {
  const rel = relative(root, path);
  return rel.startsWith("..") || rel === "" ? path : rel.split("\\").join("/");
}

// src/timing/log-scan.ts
import { open } from "node:fs/promises";
var ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\-_]/g;
var APPLY = /Apply complete! Resources: (?:(\d+) imported, )?(\d+) added, (\d+) changed, (\d+) destroyed\./;
var DESTROY = /Destroy complete! Resources: (\d+) destroyed\./;
var marker = (text, skip) => ({
  head: Buffer.from(text.slice(0, skip), "latin1"),
  tail: Buffer.from(text.slice(skip), "latin1")
});
var MARKERS = [
  marker("complete! Resources:", 8),
  marker('"change_summary"', 0),
  marker("No changes.", 0)
];
var NL = 10;
var T = 84;
var MAX_LINE = 64 * 1024;
var BEFORE = 256;
var AFTER = 1024;
var LogScanner = class {
  /** The unfinished last line (or, for a long line, its unsearched tail and some context). */
  line = Buffer.allocUnsafe(MAX_LINE);
  lineLength = 0;
  long;
  facts = { summaries: 0 };
  sawNoChanges = false;
  sum = { added: 0, changed: 0, destroyed: 0 };
  /** Feed the next piece of the log (any split, even mid-line). A string is taken as latin1. */
  push(chunk) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "latin1") : chunk;
    let from = 0;
    if (this.lineLength > 0 || this.long) {
      const newline = bytes.indexOf(NL);
      if (newline === -1) return this.extendLine(bytes);
      this.extendLine(bytes.subarray(0, newline));
      this.endLine();
      from = newline + 1;
    }
    const last = bytes.lastIndexOf(NL);
    if (last > from) this.scanLines(bytes.subarray(from, last));
    this.extendLine(bytes.subarray(Math.max(from, last + 1)));
  }
  finish() {
    this.endLine();
    const found = this.facts.summaries > 0 || this.sawNoChanges;
    return { ...this.facts, resources: found ? { ...this.sum } : void 0 };
  }
  extendLine(part) {
    for (let at = 0; at < part.length; ) {
      if (this.lineLength === this.line.length) this.overflow();
      const copied = part.copy(this.line, this.lineLength, at);
      this.lineLength += copied;
      at += copied;
    }
  }
  /** The held line is full: it is a long line. Search what has a whole window, keep the rest. */
  overflow() {
    const long = this.long ??= longLine(this.line);
    const held = this.line.subarray(0, this.lineLength);
    const until = held.length - AFTER;
    this.timestamps(held, long.searched, until);
    this.scanLongLine(held, long, until);
    const keep = until - BEFORE;
    this.line.copy(this.line, 0, keep, held.length);
    this.lineLength -= keep;
    long.base += keep;
    long.searched = until - keep;
  }
  endLine() {
    const held = this.line.subarray(0, this.lineLength);
    this.lineLength = 0;
    const long = this.long;
    if (!long) {
      if (held.length > 0) this.scanLines(held);
      return;
    }
    this.long = void 0;
    this.timestamps(held, long.searched, held.length);
    this.scanLongLine(held, long, held.length);
    this.endLongLine(long);
  }
  /** A block of whole lines. */
  scanLines(block) {
    this.timestamps(block, 0, block.length);
    const nextHit = markerHits(block);
    for (let hit = nextHit(0); hit !== -1; ) {
      const start = block.lastIndexOf(NL, hit) + 1;
      let end = block.indexOf(NL, hit);
      if (end === -1) end = block.length;
      if (end - start <= MAX_LINE) {
        this.scanSummaryLine(block.toString("latin1", start, end));
      } else {
        const line = block.subarray(start, end);
        const long = longLine(line.subarray(0, MAX_LINE));
        this.scanLongLine(line, long, line.length);
        this.endLongLine(long);
      }
      hit = nextHit(end + 1);
    }
  }
  /** Timestamps whose 'T' lies in bytes [from, until) of `bytes`, which follow in log order. */
  timestamps(bytes, from, until) {
    let lowest = from;
    if (this.facts.firstTimestamp === void 0) {
      let t = bytes.indexOf(T, from);
      while (t !== -1 && t < until && !isTimestamp(bytes, t)) t = bytes.indexOf(T, t + 1);
      if (t === -1 || t >= until) return;
      this.facts.firstTimestamp = stamp(bytes, t);
      lowest = t;
    }
    for (let t = until - 1; t >= lowest; t--) {
      t = bytes.lastIndexOf(T, t);
      if (t < lowest) return;
      if (isTimestamp(bytes, t)) {
        this.facts.lastTimestamp = stamp(bytes, t);
        return;
      }
    }
  }
  /** The markers at [long.searched, until) of a long line's held bytes, each in its window. */
  scanLongLine(held, long, until) {
    if (long.json || long.apply) return;
    const nextHit = markerHits(held);
    for (let hit = nextHit(long.searched); hit !== -1 && hit < until; hit = nextHit(hit + 1)) {
      const from = Math.max(0, hit - BEFORE);
      const window = held.toString("latin1", from, Math.min(held.length, hit + AFTER));
      const text = window.replace(ANSI, "");
      const apply = APPLY.exec(text);
      if (apply) {
        long.apply = resources(apply);
        return;
      }
      const destroy = DESTROY.exec(text);
      if (destroy && long.destroyed === void 0) long.destroyed = Number(destroy[1]);
      if ((long.base + from === 0 ? /(^|\s)No changes\./ : /\sNo changes\./).test(text))
        long.noChanges = true;
    }
  }
  endLongLine(long) {
    if (long.apply) this.add(long.apply.added, long.apply.changed, long.apply.destroyed);
    else if (long.destroyed !== void 0) this.add(0, 0, long.destroyed);
    else if (long.noChanges) this.sawNoChanges = true;
  }
  scanSummaryLine(raw) {
    const line = raw.replace(ANSI, "").replace(/\r$/, "").trim();
    if (line.startsWith("{")) return this.scanJsonLine(line);
    const apply = APPLY.exec(line);
    if (apply) {
      const r = resources(apply);
      return this.add(r.added, r.changed, r.destroyed);
    }
    const destroy = DESTROY.exec(line);
    if (destroy) return this.add(0, 0, Number(destroy[1]));
    if (/(^|\s)No changes\./.test(line)) this.sawNoChanges = true;
  }
  /** `terraform apply -json`: {"type":"change_summary","changes":{"add":1,"change":0,"remove":0,"operation":"apply"}} */
  scanJsonLine(line) {
    let record2;
    try {
      record2 = JSON.parse(line);
    } catch {
      return;
    }
    if (record2.type !== "change_summary" || !record2.changes) {
      if (typeof record2["@message"] === "string" && /^No changes\./.test(record2["@message"]))
        this.sawNoChanges = true;
      return;
    }
    const { add, change, remove, operation } = record2.changes;
    if (operation !== "apply" && operation !== "destroy") return;
    this.add(count(add), count(change), count(remove));
  }
  add(added, changed, destroyed) {
    this.sum.added += added;
    this.sum.changed += changed;
    this.sum.destroyed += destroyed;
    this.facts.summaries++;
  }
};
var count = (v) => typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : 0;
var resources = (apply) => ({
  added: Number(apply[2]),
  changed: Number(apply[3]),
  destroyed: Number(apply[4])
});
function longLine(head) {
  const json = head.toString("latin1").replace(ANSI, "").trimStart().startsWith("{");
  return { json, base: 0, searched: 0, noChanges: false };
}
function markerHits(bytes) {
  const next = MARKERS.map(() => -2);
  return (from) => {
    let hit = -1;
    MARKERS.forEach((m, i) => {
      let at = next[i] ?? -1;
      if (at === -2 || at !== -1 && at < from) at = next[i] = find(bytes, m, from);
      if (at !== -1 && (hit === -1 || at < hit)) hit = at;
    });
    return hit;
  };
}
function find(bytes, m, from) {
  const skip = m.head.length;
  for (let at = bytes.indexOf(m.tail, from + skip); at !== -1; at = bytes.indexOf(m.tail, at + 1)) {
    let i = 0;
    while (i < skip && bytes[at - skip + i] === m.head[i]) i++;
    if (i === skip) return at - skip;
  }
  return -1;
}
var DIGITS = [-10, -9, -8, -7, -5, -4, -2, -1, 1, 2, 4, 5, 7, 8];
var isDigit = (b) => b !== void 0 && b >= 48 && b <= 57;
function isTimestamp(b, t) {
  if (t < 10) return false;
  for (const i of DIGITS) if (!isDigit(b[t + i])) return false;
  if (b[t - 6] !== 45 || b[t - 3] !== 45 || b[t + 3] !== 58 || b[t + 6] !== 58)
    return false;
  let end = t + 9;
  if ((b[end] === 46 || b[end] === 44) && isDigit(b[end + 1])) {
    end += 2;
    while (isDigit(b[end])) end++;
  }
  if (b[end] === 90) return true;
  if (b[end] !== 43 && b[end] !== 45 || b[end + 1] !== 48 || b[end + 2] !== 48)
    return false;
  const rest = b[end + 3] === 58 ? end + 4 : end + 3;
  return b[rest] === 48 && b[rest + 1] === 48;
}
function stamp(b, t) {
  return `${b.toString("latin1", t - 10, t + 9)}Z`;
}
var CHUNK = 1 << 20;
async function scanLogFile(path) {
  const scanner = new LogScanner();
  const handle = await open(path, "r");
  let [current, spare] = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
  let reading = handle.read(current, 0, CHUNK, null);
  try {
    for (; ; ) {
      const { bytesRead } = await reading;
      if (bytesRead === 0) break;
      reading = handle.read(spare, 0, CHUNK, null);
      scanner.push(current.subarray(0, bytesRead));
      [current, spare] = [spare, current];
    }
  } finally {
    await reading.catch(() => void 0);
    await handle.close();
  }
  return scanner.finish();
}

// src/timing/log-tail.ts
import { open as open2 } from "node:fs/promises";
var LOG_TAIL_LINES = 30;
var LOG_TAIL_BYTES = 8 * 1024;
async function readLogTail(file, maxLines = LOG_TAIL_LINES, maxBytes = LOG_TAIL_BYTES) {
  const handle = await open2(file, "r");
  try {
    const { size } = await handle.stat();
    const from = Math.max(0, size - maxBytes);
    const buffer = Buffer.alloc(size - from);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
    return tailOf(buffer.subarray(0, bytesRead), from > 0, maxLines);
  } finally {
    await handle.close();
  }
}
function tailOf(bytes, cut, maxLines) {
  const text = new TextDecoder("utf-8").decode(bytes);
  let lines = text.split("\n").map(asShown);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  let truncated = cut;
  if (cut && lines.length > 1) lines = lines.slice(1);
  else if (cut && lines.length === 1) lines = [`\u2026${lines[0]}`];
  if (lines.length > maxLines) {
    lines = lines.slice(-maxLines);
    truncated = true;
  }
  return { lines, truncated };
}
function asShown(line) {
  const plain = line.replace(ANSI, "").replace(/\r$/, "");
  const overwritten = plain.lastIndexOf("\r");
  return overwritten === -1 ? plain : plain.slice(overwritten + 1);
}

// src/jobs/record-timing.ts
function check(options) {
  assertSafeName("env", options.env);
  assertSafeName("phase", options.phase);
  assertSafeName("build id", options.buildId);
  const envDir = options.envDir || parseEnvDirMap(options.envDirMap ?? DEFAULT_ENV_DIR_MAP).get(options.env) || options.env;
  assertSafeName("env-dir", envDir);
  const file = options.path || timingsPath(envDir);
  assertSafeRelativePath(file);
  if (options.branch) assertSafeBranch(options.branch);
  const layout = parseShardLayout(options.shard, "shard");
  const modes = [options.command && "a command to run", options.logPath && "log-path"].filter(
    Boolean
  );
  if (modes.length > 1) throw new InputError(`Give either ${modes.join(" or ")}, not both`);
  const exitCode = options.exitCode ? parseExitStatus("exit-code", options.exitCode.trim()) : void 0;
  const start = options.startTime ? parseUtcTime("start-time", options.startTime) : void 0;
  const end = options.endTime ? parseUtcTime("end-time", options.endTime) : void 0;
  if (start && end && end < start)
    throw new InputError(`end-time ${options.endTime} is before start-time ${options.startTime}`);
  return {
    envDir,
    file,
    layout,
    branch: options.branch || DEFAULT_TIMINGS_BRANCH,
    exitCode,
    start,
    end
  };
}
async function recordTiming(options, context) {
  const checked = check(options);
  const logDir = resolve2(context.cwd, options.logDir || DEFAULT_LOG_DIR);
  const existing = options.command ? void 0 : await existingLog(options, logDir, context.cwd);
  if (existing && checked.exitCode === void 0) {
    throw new InputError(
      `exit-code is required when recording from a log (${existing.file}): a log cannot tell whether the phase succeeded. Pass the phase command's status (e.g. --exit-code $$? in a Makefile), or wrap the command instead.`
    );
  }
  const root = options.root ?? await repositoryRoot(context.cwd);
  const objectives = await readObjectives(options.objectives, root);
  return withStore(
    context,
    (backend) => record(options, checked, { logDir, existing }, root, backend, context, objectives)
  );
}
async function existingLog(options, logDir, cwd) {
  if (options.logPath) {
    const where = { logDir, phase: options.phase, buildId: options.buildId };
    return { file: await explicitLog(options.logPath, cwd, where) };
  }
  const found = await discoverLog(logDir, options.phase, options.buildId);
  return { file: found.path, logChoice: { pattern: found.pattern, candidates: found.candidates } };
}
async function record(options, checked, logs, root, backend, context, objectives) {
  const cwd = context.cwd;
  let logFile;
  let measured;
  let exitCode = checked.exitCode;
  const logChoice = logs.existing?.logChoice;
  if (options.command) {
    const startedAt = /* @__PURE__ */ new Date();
    logFile = join2(
      logs.logDir,
      wrappedLogName(options.phase, options.env, options.buildId, startedAt)
    );
    const run = await runAndLog(options.command, logFile, cwd);
    measured = { start: startedAt, end: run.end };
    exitCode ??= run.exitCode;
  } else {
    logFile = logs.existing.file;
  }
  const facts = await scanLog(logFile);
  const fileTimes = measured || checked.start && checked.end ? void 0 : await stat2(logFile);
  const pick = (given, wrapped, fromLog, fromFile) => given ? { at: given, source: "input" } : wrapped ? { at: wrapped, source: "measured" } : fromLog ? {
    at: parseUtcTime(`the log ${logFile}: the timestamp`, fromLog),
    source: "log"
  } : { at: fromFile(), source: "file" };
  const start = pick(
    checked.start,
    measured?.start,
    facts.firstTimestamp,
    () => birthOrModified(fileTimes)
  );
  const end = pick(checked.end, measured?.end, facts.lastTimestamp, () => fileTimes.mtime);
  if (end.at < start.at) {
    throw new InputError(
      `The end time ${end.at.toISOString()} (${TIME_SOURCES[end.source]}) is before the start time ${start.at.toISOString()} (${TIME_SOURCES[start.source]}) for the log ${logFile}`
    );
  }
  const row = timingRow({
    env: options.env,
    buildId: options.buildId,
    phase: options.phase,
    start: start.at,
    end: end.at,
    exitCode,
    flags: options.flags ?? "",
    resources: facts.resources,
    logPath: pathFromRoot(logFile, root)
  });
  const request = shardRequest(
    {
      branch: checked.branch,
      message: `record-timing: ${options.phase} ${options.env} ${options.buildId} ${row.start_time_utc}`,
      files: [
        {
          format: "csv",
          path: checked.file,
          columns: [...TIMING_COLUMNS],
          key: TIMING_KEY,
          records: [row]
        }
      ]
    },
    checked.layout
  );
  const target = request.files[0];
  const append = await appendRecords(backend, request, appendOptionsOf(context));
  const rows = filesRead(target).flatMap((path) => {
    const content = append.contents.get(path);
    return content ? readTimingHistory(content, path).rows : [];
  });
  const onBranch = rows.find((r) => runKey(r) === runKey(row)) ?? row;
  const phaseRuns = runsOf(rows, options.env, options.phase);
  const earlier = runsBefore(phaseRuns, onBranch);
  const upToThis = [...earlier, onBranch];
  const failed = exitCode !== 0 || !succeeded(onBranch);
  return {
    row: onBranch,
    differences: append.status === "already-recorded" ? differencesOf(onBranch, row) : [],
    file: target.path,
    logFile,
    timeSources: { start: start.source, end: end.source },
    logChoice,
    exitCode,
    append,
    ...runVerdict(earlier, onBranch),
    insight: runInsight(upToThis, onBranch, objectives),
    // The tail is only a help for reading a failure: a log that cannot be read again is left out.
    logTail: failed ? await readLogTail(logFile).catch(() => void 0) : void 0
  };
}
function differencesOf(recorded, now) {
  return TIMING_COLUMNS.filter((c) => recorded[c] !== now[c]).map((column) => ({
    column,
    recorded: recorded[column],
    now: now[column]
  }));
}
async function scanLog(file) {
  try {
    return await scanLogFile(file);
  } catch (error) {
    throw new InputError(`The log ${file} cannot be read: ${error.message}`);
  }
}
function birthOrModified(info) {
  return info.birthtime.getTime() > 0 && info.birthtime <= info.mtime ? info.birthtime : info.mtime;
}
async function repositoryRoot(cwd) {
  const { git } = await import("./git-T4ZXQWZN.js");
  return git(["rev-parse", "--show-toplevel"], { cwd }).then(
    (out) => out.trim(),
    () => cwd
  );
}
export {
  recordTiming
};

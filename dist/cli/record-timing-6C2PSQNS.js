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
  signedPercent
} from "./chunk-ZAVYOQOD.js";
import {
  runObjectivesText
} from "./chunk-UTUJ6Q7N.js";
import {
  storeFromArgs,
  storeHelp,
  storeOptions
} from "./chunk-FFMGCVIG.js";
import {
  duration,
  pValue,
  percent,
  terminalSafe
} from "./chunk-SUOMKFCV.js";
import {
  UsageError,
  parseOptions
} from "./chunk-AZM2U62R.js";
import {
  CHANGE_RULE,
  runVerdict
} from "./chunk-67ZF6F7B.js";
import {
  REGRESSION_FACTOR,
  durationOf,
  readObjectives,
  runInsight,
  runKey,
  runsBefore,
  runsOf,
  succeeded
} from "./chunk-B4HPPAY6.js";
import "./chunk-EONKB2LE.js";
import "./chunk-Y2ZIECC3.js";
import {
  appendOptionsOf,
  parseShardLayout,
  withStore
} from "./chunk-QZTMOEK6.js";
import {
  readTimingHistory
} from "./chunk-UYZVAHX6.js";
import "./chunk-SJTDOQFR.js";
import {
  DEFAULT_ENV_DIR_MAP,
  DEFAULT_TIMINGS_BRANCH,
  TIME_SOURCES,
  TIMING_COLUMNS,
  TIMING_KEY,
  parseEnvDirMap,
  timingRow,
  timingsPath
} from "./chunk-Q3MNSYLY.js";
import "./chunk-2E3GCFBA.js";
import {
  listLocalTree
} from "./chunk-ZTKIKJK3.js";
import "./chunk-HJJNKDAN.js";
import {
  InputError,
  assertSafeBranch,
  assertSafeName,
  assertSafeRelativePath,
  parseExitStatus,
  parseUtcTime
} from "./chunk-V7MP4ZTR.js";
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
    const code2 = error.code;
    if (code2 !== "ENOENT") throw new InputError(`The log ${file} cannot be read (${code2})`);
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
var marker = (text2, skip) => ({
  head: Buffer.from(text2.slice(0, skip), "latin1"),
  tail: Buffer.from(text2.slice(skip), "latin1")
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
      const text2 = window.replace(ANSI, "");
      const apply = APPLY.exec(text2);
      if (apply) {
        long.apply = resources(apply);
        return;
      }
      const destroy = DESTROY.exec(text2);
      if (destroy && long.destroyed === void 0) long.destroyed = Number(destroy[1]);
      if ((long.base + from === 0 ? /(^|\s)No changes\./ : /\sNo changes\./).test(text2))
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
  const text2 = new TextDecoder("utf-8").decode(bytes);
  let lines = text2.split("\n").map(asShown);
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

// src/jobs/wrap.ts
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { constants as constants2 } from "node:os";
import { dirname } from "node:path";
import { once } from "node:events";
function shellCommand(line) {
  return { file: "bash", args: ["-o", "pipefail", "-c", line] };
}
function wrappedLogName(phase, env, buildId, start) {
  const stamp2 = start.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return `${phase}-${env}-${buildId}-${stamp2}.log`;
}
function signalExitCode(signal) {
  return 128 + (constants2.signals[signal] ?? 9);
}
var FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"];
async function runAndLog(command, logFile, cwd) {
  await mkdir(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const start = /* @__PURE__ */ new Date();
  let exitCode;
  const ownGroup = process.platform !== "win32";
  const child = spawn(command.file, command.args, {
    cwd,
    // The action's own inputs (INPUT_TOKEN among them) are not the command's business: a
    // phase that prints its environment must not put the token into a log file.
    env: Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith("INPUT_"))
    ),
    // No terminal input: a process group in the background that reads the terminal is stopped.
    stdio: ["ignore", "pipe", "pipe"],
    detached: ownGroup
  });
  const forward = (signal) => {
    try {
      if (ownGroup && child.pid !== void 0) process.kill(-child.pid, signal);
      else child.kill(signal);
    } catch {
    }
  };
  for (const s of FORWARDED) process.on(s, forward);
  const tee = (data, to) => {
    to.write(data);
    log.write(data);
  };
  child.stdout.on("data", (d) => tee(d, process.stdout));
  child.stderr.on("data", (d) => tee(d, process.stderr));
  try {
    const [code2, signal] = await Promise.race([
      once(child, "close"),
      once(child, "error").then(([error]) => {
        throw error;
      })
    ]);
    exitCode = code2 ?? signalExitCode(signal ?? "SIGKILL");
  } catch (error) {
    log.write(`ci-ledger: could not start ${command.file}: ${error.message}
`);
    exitCode = 127;
  } finally {
    for (const s of FORWARDED) process.off(s, forward);
  }
  const end = /* @__PURE__ */ new Date();
  log.end();
  await once(log, "close");
  return { start, end, exitCode };
}

// src/jobs/record-timing.ts
function check(options2) {
  assertSafeName("env", options2.env);
  assertSafeName("phase", options2.phase);
  assertSafeName("build id", options2.buildId);
  const envDir = options2.envDir || parseEnvDirMap(options2.envDirMap ?? DEFAULT_ENV_DIR_MAP).get(options2.env) || options2.env;
  assertSafeName("env-dir", envDir);
  const file = options2.path || timingsPath(envDir);
  assertSafeRelativePath(file);
  if (options2.branch) assertSafeBranch(options2.branch);
  const layout = parseShardLayout(options2.shard, "shard");
  const modes = [options2.command && "a command to run", options2.logPath && "log-path"].filter(
    Boolean
  );
  if (modes.length > 1) throw new InputError(`Give either ${modes.join(" or ")}, not both`);
  const exitCode = options2.exitCode ? parseExitStatus("exit-code", options2.exitCode.trim()) : void 0;
  const start = options2.startTime ? parseUtcTime("start-time", options2.startTime) : void 0;
  const end = options2.endTime ? parseUtcTime("end-time", options2.endTime) : void 0;
  if (start && end && end < start)
    throw new InputError(`end-time ${options2.endTime} is before start-time ${options2.startTime}`);
  return {
    envDir,
    file,
    layout,
    branch: options2.branch || DEFAULT_TIMINGS_BRANCH,
    exitCode,
    start,
    end
  };
}
async function recordTiming(options2, context) {
  const checked = check(options2);
  const logDir = resolve2(context.cwd, options2.logDir || DEFAULT_LOG_DIR);
  const existing = options2.command ? void 0 : await existingLog(options2, logDir, context.cwd);
  if (existing && checked.exitCode === void 0) {
    throw new InputError(
      `exit-code is required when recording from a log (${existing.file}): a log cannot tell whether the phase succeeded. Pass the phase command's status (e.g. --exit-code $$? in a Makefile), or wrap the command instead.`
    );
  }
  const root = options2.root ?? await repositoryRoot(context.cwd);
  const objectives = await readObjectives(options2.objectives, root);
  return withStore(
    context,
    (backend) => record(options2, checked, { logDir, existing }, root, backend, context, objectives)
  );
}
async function existingLog(options2, logDir, cwd) {
  if (options2.logPath) {
    const where = { logDir, phase: options2.phase, buildId: options2.buildId };
    return { file: await explicitLog(options2.logPath, cwd, where) };
  }
  const found = await discoverLog(logDir, options2.phase, options2.buildId);
  return { file: found.path, logChoice: { pattern: found.pattern, candidates: found.candidates } };
}
async function record(options2, checked, logs, root, backend, context, objectives) {
  const cwd = context.cwd;
  let logFile;
  let measured;
  let exitCode = checked.exitCode;
  const logChoice = logs.existing?.logChoice;
  if (options2.command) {
    const startedAt = /* @__PURE__ */ new Date();
    logFile = join2(
      logs.logDir,
      wrappedLogName(options2.phase, options2.env, options2.buildId, startedAt)
    );
    const run = await runAndLog(options2.command, logFile, cwd);
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
    env: options2.env,
    buildId: options2.buildId,
    phase: options2.phase,
    start: start.at,
    end: end.at,
    exitCode,
    flags: options2.flags ?? "",
    resources: facts.resources,
    logPath: pathFromRoot(logFile, root)
  });
  const request = shardRequest(
    {
      branch: checked.branch,
      message: `record-timing: ${options2.phase} ${options2.env} ${options2.buildId} ${row.start_time_utc}`,
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
  const phaseRuns = runsOf(rows, options2.env, options2.phase);
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
  const { git } = await import("./git-7W66GGCY.js");
  return git(["rev-parse", "--show-toplevel"], { cwd }).then(
    (out) => out.trim(),
    () => cwd
  );
}

// src/report/timing-summary.ts
function changeWords(c, escape) {
  return `${signedPercent(c.relativeChange)} since ${c.start} (build ${escape(c.buildId)}): mean ${duration(c.meanBeforeSeconds)} over the ${c.runsBefore} successful runs before, ${duration(c.meanAfterSeconds)} over the ${c.runsAfter} since (${pValue(c.pValue)})`;
}
var alreadyRecorded = (r) => r.append.status === "already-recorded";
var over = (r) => `${r.before.successes} successful run${r.before.successes === 1 ? "" : "s"} before it`;
function comparison(r) {
  const { medianSeconds } = r.before;
  if (medianSeconds === void 0)
    return `no successful run of this phase on this env before it, so nothing to compare with yet`;
  const ratio = r.judgement.ratio;
  if (ratio === void 0) return `the median of the ${over(r)} is ${duration(medianSeconds)}`;
  const change = Math.round((ratio - 1) * 100);
  const how = r.judgement.regression || ratio >= 2 ? `${ratio.toFixed(1)}\xD7 the median` : change === 0 ? "the same as the median" : `${Math.abs(change)}% ${change < 0 ? "faster" : "slower"} than the median`;
  return `${how} (${duration(medianSeconds)}) of the ${over(r)}`;
}
function timingSummaryText(r, insight) {
  const { row, before } = r;
  const changes = row.resources_added === "" ? "no resource summary in the log" : `resources +${row.resources_added} ~${row.resources_changed} -${row.resources_destroyed}`;
  const lines = [
    `${alreadyRecorded(r) ? "Already recorded (nothing written)" : "Recorded"}: ${row.phase} on ${row.env} (build ${row.build_id}), ${row.start_time_utc} \u2192 ${row.end_time_utc}, ${duration(durationOf(row))}, exit ${row.exit_code}, ${changes}`
  ];
  if (r.differences.length > 0) {
    lines.push(
      `  the row on the branch differs from this run's values: ${r.differences.map((d) => `${d.column} recorded ${JSON.stringify(d.recorded)}, now ${JSON.stringify(d.now)}`).join("; ")}`
    );
  }
  lines.push(
    `  times: start ${TIME_SOURCES[r.timeSources.start]}, end ${TIME_SOURCES[r.timeSources.end]}`,
    `  log: ${row.log_path}${r.logChoice && r.logChoice.candidates.length > 1 ? ` (newest of ${r.logChoice.candidates.length} matching ${r.logChoice.pattern})` : ""}`,
    `  file: ${r.file} on ${r.append.branch}${r.append.head ? ` at ${r.append.head}` : ""}`,
    before.runs === 0 ? "  before this run: no run of this phase on this env" : `  before this run: ${before.runs} run(s), ${percent(before.successRate)} success, median of the successful runs ${duration(before.medianSeconds)}, p95 ${duration(before.p95Seconds)}`
  );
  if (!succeeded(row)) lines.push("  this run failed: not judged against the median");
  else if (r.regression && r.change)
    lines.push(
      `  REGRESSION: successful runs are slower, ${changeWords(r.change, (v) => v)}`,
      `  this run: ${comparison(r)}`
    );
  else if (r.regression) lines.push(`  REGRESSION: ${comparison(r)} (over ${REGRESSION_FACTOR}\xD7)`);
  else lines.push(`  this run: ${comparison(r)}`);
  const latest = r.durations.changes[r.durations.changes.length - 1];
  if (r.durations.rule === "median")
    lines.push(
      `  too few successful runs for change-point detection (${r.durations.runs} of ${CHANGE_RULE.minRuns}): the ${REGRESSION_FACTOR}\xD7 median rule judges`
    );
  else if (latest && latest !== r.change)
    lines.push(`  latest change in duration: ${changeWords(latest, (v) => v)}`);
  if (insight) lines.push(...runObjectivesText(insight.objectives, insight.cost));
  return terminalSafe(lines.join("\n"));
}

// src/cli/commands/record-timing.ts
var options = {
  env: { type: "string" },
  "build-id": { type: "string" },
  phase: { type: "string" },
  run: { type: "string" },
  "log-path": { type: "string" },
  "log-dir": { type: "string" },
  flags: { type: "string" },
  "exit-code": { type: "string" },
  "start-time": { type: "string" },
  "end-time": { type: "string" },
  "env-dir": { type: "string" },
  "env-dir-map": { type: "string" },
  branch: { type: "string" },
  path: { type: "string" },
  shard: { type: "string" },
  ...exportOptions,
  objectives: { type: "string" },
  ...storeOptions
};
var recordTimingCommand = {
  name: "record-timing",
  help: `Usage: ci-ledger record-timing --env E --build-id B --phase P [options] [STORE] [-- COMMAND ARGS\u2026]

Records one phase run as one row of environments/<env-dir>/latest/build_timings.csv.
Three ways to get the run:
  -- COMMAND ARGS\u2026      wrap: run the command, stream its output to the console and to
  --run 'SHELL LINE'      <log-dir>/<phase>-<env>-<build_id>-<YYYYMMDDTHHMMSSZ>.log, time it,
                          record its exit status, then exit with that status
  --log-path FILE       an existing log (then --exit-code is required)
  (neither)             the newest *<phase>*<build_id>*.log under --log-dir

Options:
  --flags TEXT          free text for the flags column (e.g. "BOOTSTRAP_VERSION=v4")
  --exit-code N         the phase's exit status (required when reading a log)
  --start-time T        ISO 8601 with zone; wins over the log's first timestamp
  --end-time T          ISO 8601 with zone; wins over the log's last timestamp
  --log-dir DIR         where logs are written or found (default ${DEFAULT_LOG_DIR})
  --env-dir D           registry folder for the env (default from --env-dir-map)
  --env-dir-map MAP     env=dir pairs, comma-separated (default ${DEFAULT_ENV_DIR_MAP})
  --branch B            default ${DEFAULT_TIMINGS_BRANCH}
  --path P              the CSV's path on the branch (overrides --env-dir)
  --shard none|monthly  none (default): append to that CSV; monthly: to the shard of the run's
                        month beside it (build_timings-2026-11.csv), the run's key checked there,
                        in the month before and in the CSV itself (readers read them all)
  --objectives FILE     objectives and prices (default .github/ci-ledger.yml in the repository
                        when there, else the defaults): the phase's error budgets after this run
                        and what the run cost are printed after it
${exportHelp}

${storeHelp}

Example (Makefile):
  _bootstrap-persistent-recorded:
  	ci-ledger record-timing --env $(ENV) --build-id persistent --phase bootstrap-persistent \\
  	  --flags "BOOTSTRAP_VERSION=$(BOOTSTRAP_VERSION)" -- $(MAKE) _bootstrap-persistent`,
  async run(args, io) {
    const split = args.indexOf("--");
    const own = split === -1 ? args : args.slice(0, split);
    const wrapped = split === -1 ? [] : args.slice(split + 1);
    const { values } = parseOptions(own, options);
    for (const name of ["env", "build-id", "phase"]) {
      if (!values[name]) throw new UsageError(`--${name} is required`);
    }
    if (split !== -1 && wrapped.length === 0) throw new UsageError('nothing to run after "--"');
    if (wrapped.length > 0 && values.run)
      throw new UsageError('give the command after "--" or with --run, not both');
    const command = wrapped.length > 0 ? { file: wrapped[0], args: wrapped.slice(1) } : values.run ? shellCommand(values.run) : void 0;
    const context = { store: storeFromArgs(values), log: io.stderr, env: io.env, cwd: io.cwd };
    const recorded = await recordTiming(
      {
        env: values.env,
        buildId: values["build-id"],
        phase: values.phase,
        command,
        logPath: values["log-path"],
        logDir: values["log-dir"],
        flags: values.flags,
        exitCode: values["exit-code"],
        startTime: values["start-time"],
        endTime: values["end-time"],
        envDir: values["env-dir"],
        envDirMap: values["env-dir-map"],
        branch: values.branch,
        path: values.path,
        shard: values.shard,
        objectives: values.objectives
      },
      context
    );
    io.stdout(timingSummaryText(recorded, recorded.insight));
    await exportIfAsked(
      values,
      { timingRows: [recorded.row] },
      { subject: "timings", branch: values.branch, time: recorded.row.start_time_utc },
      context,
      io,
      "record-timing"
    );
    return command ? recorded.exitCode : 0;
  }
};
export {
  recordTimingCommand
};

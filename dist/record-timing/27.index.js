export const id = 27;
export const ids = [27];
export const modules = {

/***/ 8010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ readTimingHistory),
/* harmony export */   Rz: () => (/* binding */ phaseStats),
/* harmony export */   WV: () => (/* binding */ REGRESSION_FACTOR),
/* harmony export */   kj: () => (/* binding */ isRegression),
/* harmony export */   ky: () => (/* binding */ runsOf)
/* harmony export */ });
/* unused harmony exports quantile, percentileNearestRank */
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5175);
/* harmony import */ var _ledger_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4447);
/* harmony import */ var _row_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6550);
/**
 * Reading build_timings.csv as real registries wrote it: besides rows that match the file's
 * header, older and newer writers left 12-column rows under a 9-column header and 11-column
 * rows (the 12 without flags). Each row is matched to the first known shape of its length
 * whose values make sense; the rest are reported, never guessed.
 */



const WITHOUT_FLAGS = _row_js__WEBPACK_IMPORTED_MODULE_2__.TIMING_COLUMNS.filter((c) => c !== 'flags');
const REQUIRED = ['start_time_utc', 'phase', 'env', 'build_id'];
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const INT = /^-?\d+$/;
function readTimingHistory(text, file = 'build_timings.csv') {
    let records;
    try {
        records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, {
            bom: true,
            relax_column_count: true,
            skip_empty_lines: true,
            info: true,
        });
    }
    catch (error) {
        const e = error;
        throw new _ledger_index_js__WEBPACK_IMPORTED_MODULE_1__.InputError(`${file}${e.lines ? ` line ${e.lines}` : ''}: not valid CSV (${e.message})`);
    }
    const [first, ...body] = records;
    const header = (first?.record ?? []).map((h) => h.trim());
    const shapes = [header, [..._row_js__WEBPACK_IMPORTED_MODULE_2__.TIMING_COLUMNS], WITHOUT_FLAGS];
    const rows = [];
    const unmapped = [];
    for (const { record, info } of body) {
        const shape = shapes.find((s) => s.length === record.length && plausible(s, record));
        if (!shape) {
            unmapped.push({
                line: info.lines,
                fields: record,
                reason: reasonFor(record.length, header.length),
            });
            continue;
        }
        const missing = REQUIRED.filter((c) => !shape.includes(c));
        if (missing.length > 0) {
            unmapped.push({
                line: info.lines,
                fields: record,
                reason: `no ${missing.join(', ')} column`,
            });
            continue;
        }
        const row = Object.fromEntries(_row_js__WEBPACK_IMPORTED_MODULE_2__.TIMING_COLUMNS.map((c) => [c, '']));
        shape.forEach((column, i) => {
            if (_row_js__WEBPACK_IMPORTED_MODULE_2__.TIMING_COLUMNS.includes(column))
                row[column] = record[i] ?? '';
        });
        rows.push(row);
    }
    return { header, rows, unmapped };
}
/** Values that fit the shape: times are times, counts are integers (or empty). */
function plausible(shape, record) {
    return shape.every((column, i) => {
        const v = (record[i] ?? '').trim();
        switch (column) {
            case 'start_time_utc':
                return ISO.test(v);
            case 'end_time_utc':
                return v === '' || ISO.test(v);
            case 'duration_seconds':
            case 'exit_code':
                return v === '' || INT.test(v);
            case 'resources_added':
            case 'resources_changed':
            case 'resources_destroyed':
                return v === '' || INT.test(v);
            case 'phase':
            case 'env':
                return v !== '' && !ISO.test(v) && !INT.test(v);
            case 'build_id':
                return v !== '' && !ISO.test(v);
            default:
                return true;
        }
    });
}
function reasonFor(length, headerLength) {
    const known = [...new Set([headerLength, _row_js__WEBPACK_IMPORTED_MODULE_2__.TIMING_COLUMNS.length, WITHOUT_FLAGS.length])].join(', ');
    return `${length} fields fit none of the known row shapes (${known} fields with matching values)`;
}
/** Runs of one env + phase, oldest first. */
function runsOf(rows, env, phase) {
    return rows
        .filter((r) => r.env === env && r.phase === phase)
        .sort((a, b) => a.start_time_utc < b.start_time_utc ? -1 : a.start_time_utc > b.start_time_utc ? 1 : 0);
}
/**
 * Statistics of a phase's runs, and the baseline for `current`: the median duration of the
 * successful runs that started before it (failed runs often stop early and would drag it down).
 */
function phaseStats(runs, current) {
    const durations = runs.map((r) => Number(r.duration_seconds)).filter((d) => Number.isFinite(d));
    const successes = runs.filter((r) => r.exit_code === '0').length;
    const previous = current
        ? runs
            .filter((r) => r.start_time_utc < current.start_time_utc && r.exit_code === '0')
            .map((r) => Number(r.duration_seconds))
            .filter((d) => Number.isFinite(d))
        : [];
    return {
        runs: runs.length,
        successRate: runs.length ? successes / runs.length : 0,
        medianSeconds: quantile(durations, 0.5),
        p95Seconds: percentileNearestRank(durations, 0.95),
        last: runs[runs.length - 1],
        baselineSeconds: quantile(previous, 0.5),
        baselineRuns: previous.length,
    };
}
const REGRESSION_FACTOR = 1.5;
function isRegression(durationSeconds, stats) {
    return (stats.baselineSeconds !== undefined &&
        stats.baselineSeconds > 0 &&
        durationSeconds > REGRESSION_FACTOR * stats.baselineSeconds);
}
/** The median (interpolated between the two middle values for an even count). */
function quantile(values, q) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
/** p95 by nearest rank: a duration that actually occurred. */
function percentileNearestRank(values, p) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}


/***/ }),

/***/ 7027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_LOG_DIR: () => (/* binding */ DEFAULT_LOG_DIR),
  recordTiming: () => (/* binding */ recordTiming)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/ledger/index.ts + 7 modules
var ledger = __webpack_require__(4447);
// EXTERNAL MODULE: ./src/timing/history.ts
var timing_history = __webpack_require__(8010);
;// CONCATENATED MODULE: ./src/timing/log-discovery.ts
/**
 * Finding a phase's log the way the old recorder did (`find DIR -name "*<phase>*<build_id>*.log"`),
 * but loudly: when several match, say which was taken; when none does, say where we looked.
 */



function logPattern(phase, buildId) {
    return `*${phase}*${buildId}*.log`;
}
/** Whether a file name matches *<phase>*<build_id>*.log (in that order). */
function matchesLogPattern(name, phase, buildId) {
    if (!name.endsWith('.log'))
        return false;
    const stem = name.slice(0, -'.log'.length);
    const at = stem.indexOf(phase);
    return at !== -1 && stem.indexOf(buildId, at + phase.length) !== -1;
}
async function discoverLog(logDir, phase, buildId) {
    const pattern = logPattern(phase, buildId);
    let names;
    try {
        names = (await (0,promises_.readdir)(logDir, { recursive: true })).map(String);
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            throw new ledger.InputError(`No log to record: the log directory ${logDir} does not exist (looked for ${pattern}). Wrap the command with run, or pass log-path.`);
        }
        throw error;
    }
    const matches = [];
    for (const name of names) {
        const base = name.split('/').pop() ?? name;
        if (!matchesLogPattern(base, phase, buildId))
            continue;
        const path = (0,external_node_path_.join)(logDir, name);
        const info = await (0,promises_.stat)(path);
        if (info.isFile())
            matches.push({ path, mtime: info.mtimeMs });
    }
    if (matches.length === 0) {
        throw new ledger.InputError(`No log matches ${pattern} in ${logDir} (${names.length} entries there). Name the log after the phase and build id, pass log-path, or wrap the command with run.`);
    }
    matches.sort((a, b) => b.mtime - a.mtime || (a.path < b.path ? 1 : -1));
    return { path: matches[0].path, pattern, candidates: matches.map((m) => m.path) };
}
/** The log's path as the CSV records it: relative to the repository root, with forward slashes. */
function pathFromRoot(path, root) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel.startsWith('..') || rel === '' ? path : rel.split('\\').join('/');
}

;// CONCATENATED MODULE: ./src/timing/log-scan.ts
/**
 * What a build log tells us: its first and last UTC timestamps, and Terraform/OpenTofu's
 * resource summaries, summed over the log. The scanner is pure and incremental (feed it
 * chunks, in order) so a log of any size is read in constant memory; `scanLogFile` is the
 * I/O edge that streams a file through it. The log never decides the exit code.
 *
 * It works on bytes, never decoding a chunk: every marker and timestamp is ASCII, so native
 * `Buffer#indexOf` (memchr where the needle starts with a rare byte) finds the few candidate
 * lines, and only those are decoded (latin1, which never fails on a log that is not UTF-8).
 */

// eslint-disable-next-line no-control-regex -- ANSI escape sequences start with ESC
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\-_]/g;
const APPLY = /Apply complete! Resources: (?:(\d+) imported, )?(\d+) added, (\d+) changed, (\d+) destroyed\./;
const DESTROY = /Destroy complete! Resources: (\d+) destroyed\./;
const marker = (text, skip) => ({
    head: Buffer.from(text.slice(0, skip), 'latin1'),
    tail: Buffer.from(text.slice(skip), 'latin1'),
});
const MARKERS = [
    marker('complete! Resources:', 8),
    marker('"change_summary"', 0),
    marker('No changes.', 0),
];
const NL = 0x0a;
const T = 0x54;
/** Lines up to this long are assembled whole (summaries are a few hundred bytes at most). */
const MAX_LINE = 64 * 1024;
// A longer line (a base64 blob, minified JSON) is never held whole: it is read in windows of
// this many bytes before and after each marker, and its timestamps are searched piece by piece.
const BEFORE = 256;
const AFTER = 1024;
class LogScanner {
    /** The unfinished last line (or, for a long line, its unsearched tail and some context). */
    line = Buffer.allocUnsafe(MAX_LINE);
    lineLength = 0;
    long;
    facts = { summaries: 0 };
    sawNoChanges = false;
    sum = { added: 0, changed: 0, destroyed: 0 };
    /** Feed the next piece of the log (any split, even mid-line). A string is taken as latin1. */
    push(chunk) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
        let from = 0;
        if (this.lineLength > 0 || this.long) {
            const newline = bytes.indexOf(NL);
            if (newline === -1)
                return this.extendLine(bytes);
            this.extendLine(bytes.subarray(0, newline));
            this.endLine();
            from = newline + 1;
        }
        const last = bytes.lastIndexOf(NL);
        // Whole lines are scanned where they lie; only the unfinished one is copied.
        if (last > from)
            this.scanLines(bytes.subarray(from, last));
        this.extendLine(bytes.subarray(Math.max(from, last + 1)));
    }
    finish() {
        this.endLine();
        const found = this.facts.summaries > 0 || this.sawNoChanges;
        return { ...this.facts, resources: found ? { ...this.sum } : undefined };
    }
    extendLine(part) {
        for (let at = 0; at < part.length;) {
            if (this.lineLength === this.line.length)
                this.overflow();
            const copied = part.copy(this.line, this.lineLength, at);
            this.lineLength += copied;
            at += copied;
        }
    }
    /** The held line is full: it is a long line. Search what has a whole window, keep the rest. */
    overflow() {
        const long = (this.long ??= longLine(this.line));
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
            if (held.length > 0)
                this.scanLines(held);
            return;
        }
        this.long = undefined;
        this.timestamps(held, long.searched, held.length);
        this.scanLongLine(held, long, held.length);
        this.endLongLine(long);
    }
    /** A block of whole lines. */
    scanLines(block) {
        this.timestamps(block, 0, block.length);
        // One line can hold several markers (a -json record quotes the text summary): scan it once.
        const nextHit = markerHits(block);
        for (let hit = nextHit(0); hit !== -1;) {
            const start = block.lastIndexOf(NL, hit) + 1;
            let end = block.indexOf(NL, hit);
            if (end === -1)
                end = block.length;
            if (end - start <= MAX_LINE) {
                this.scanSummaryLine(block.toString('latin1', start, end));
            }
            else {
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
        if (this.facts.firstTimestamp === undefined) {
            let t = bytes.indexOf(T, from);
            while (t !== -1 && t < until && !isTimestamp(bytes, t))
                t = bytes.indexOf(T, t + 1);
            if (t === -1 || t >= until)
                return;
            this.facts.firstTimestamp = stamp(bytes, t);
            lowest = t;
        }
        // The last one: from the end, so usually only the last line is looked at.
        for (let t = until - 1; t >= lowest; t--) {
            t = bytes.lastIndexOf(T, t);
            if (t < lowest)
                return;
            if (isTimestamp(bytes, t)) {
                this.facts.lastTimestamp = stamp(bytes, t);
                return;
            }
        }
    }
    /** The markers at [long.searched, until) of a long line's held bytes, each in its window. */
    scanLongLine(held, long, until) {
        if (long.json || long.apply)
            return; // nothing counts, or the first apply summary already does
        const nextHit = markerHits(held);
        for (let hit = nextHit(long.searched); hit !== -1 && hit < until; hit = nextHit(hit + 1)) {
            const from = Math.max(0, hit - BEFORE);
            const window = held.toString('latin1', from, Math.min(held.length, hit + AFTER));
            const text = window.replace(ANSI, '');
            const apply = APPLY.exec(text);
            if (apply) {
                long.apply = resources(apply); // the first apply summary: nothing else in the line counts
                return;
            }
            const destroy = DESTROY.exec(text);
            if (destroy && long.destroyed === undefined)
                long.destroyed = Number(destroy[1]);
            if ((long.base + from === 0 ? /(^|\s)No changes\./ : /\sNo changes\./).test(text))
                long.noChanges = true;
        }
    }
    endLongLine(long) {
        if (long.apply)
            this.add(long.apply.added, long.apply.changed, long.apply.destroyed);
        else if (long.destroyed !== undefined)
            this.add(0, 0, long.destroyed);
        else if (long.noChanges)
            this.sawNoChanges = true;
    }
    scanSummaryLine(raw) {
        const line = raw.replace(ANSI, '').replace(/\r$/, '').trim();
        if (line.startsWith('{'))
            return this.scanJsonLine(line);
        const apply = APPLY.exec(line);
        if (apply) {
            const r = resources(apply);
            return this.add(r.added, r.changed, r.destroyed);
        }
        const destroy = DESTROY.exec(line);
        if (destroy)
            return this.add(0, 0, Number(destroy[1]));
        if (/(^|\s)No changes\./.test(line))
            this.sawNoChanges = true;
    }
    /** `terraform apply -json`: {"type":"change_summary","changes":{"add":1,"change":0,"remove":0,"operation":"apply"}} */
    scanJsonLine(line) {
        let record;
        try {
            record = JSON.parse(line);
        }
        catch {
            return;
        }
        if (record.type !== 'change_summary' || !record.changes) {
            // A plain "No changes." message in JSON form (e.g. a plan's @message).
            if (typeof record['@message'] === 'string' && /^No changes\./.test(record['@message']))
                this.sawNoChanges = true;
            return;
        }
        const { add, change, remove, operation } = record.changes;
        if (operation !== 'apply' && operation !== 'destroy')
            return; // a plan's summary is not a change
        this.add(count(add), count(change), count(remove));
    }
    add(added, changed, destroyed) {
        this.sum.added += added;
        this.sum.changed += changed;
        this.sum.destroyed += destroyed;
        this.facts.summaries++;
    }
}
const count = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
const resources = (apply) => ({
    added: Number(apply[2]),
    changed: Number(apply[3]),
    destroyed: Number(apply[4]),
});
/** A long line's state, from its first MAX_LINE bytes. */
function longLine(head) {
    const json = head.toString('latin1').replace(ANSI, '').trimStart().startsWith('{');
    return { json, base: 0, searched: 0, noChanges: false };
}
/** The start of the next marker at or after `from` (calls in increasing `from`), or -1. */
function markerHits(bytes) {
    const next = MARKERS.map(() => -2); // -2: not searched yet
    return (from) => {
        let hit = -1;
        MARKERS.forEach((m, i) => {
            let at = next[i] ?? -1;
            if (at === -2 || (at !== -1 && at < from))
                at = next[i] = find(bytes, m, from);
            if (at !== -1 && (hit === -1 || at < hit))
                hit = at;
        });
        return hit;
    };
}
/** Where the next `m` starts at or after `from`, or -1. */
function find(bytes, m, from) {
    const skip = m.head.length;
    for (let at = bytes.indexOf(m.tail, from + skip); at !== -1; at = bytes.indexOf(m.tail, at + 1)) {
        let i = 0;
        while (i < skip && bytes[at - skip + i] === m.head[i])
            i++;
        if (i === skip)
            return at - skip;
    }
    return -1;
}
/** Where a timestamp has digits, relative to its 'T'. */
const DIGITS = [-10, -9, -8, -7, -5, -4, -2, -1, 1, 2, 4, 5, 7, 8];
const isDigit = (b) => b !== undefined && b >= 0x30 && b <= 0x39;
/**
 * Whether a timestamp has its 'T' at `t`: what /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[.,]\d+)?
 * (?:Z|[+-]00:?00)/ matches (2026-01-24T08:00:00Z, a fraction, or an explicit +00:00 offset).
 */
function isTimestamp(b, t) {
    if (t < 10)
        return false;
    for (const i of DIGITS)
        if (!isDigit(b[t + i]))
            return false;
    if (b[t - 6] !== 0x2d || b[t - 3] !== 0x2d || b[t + 3] !== 0x3a || b[t + 6] !== 0x3a)
        return false;
    let end = t + 9;
    if ((b[end] === 0x2e || b[end] === 0x2c) && isDigit(b[end + 1])) {
        end += 2;
        while (isDigit(b[end]))
            end++;
    }
    if (b[end] === 0x5a)
        return true; // Z
    if ((b[end] !== 0x2b && b[end] !== 0x2d) || b[end + 1] !== 0x30 || b[end + 2] !== 0x30)
        return false;
    const rest = b[end + 3] === 0x3a ? end + 4 : end + 3; // +00:00 or +0000
    return b[rest] === 0x30 && b[rest + 1] === 0x30;
}
/** To the CSV's form: seconds precision, Z. */
function stamp(b, t) {
    return `${b.toString('latin1', t - 10, t + 9)}Z`;
}
const CHUNK = 1 << 20;
/** Streams a log file through the scanner: two reused buffers, the next read under way while
 * the last is scanned. */
async function scanLogFile(path) {
    const scanner = new LogScanner();
    const handle = await (0,promises_.open)(path, 'r');
    let [current, spare] = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
    let reading = handle.read(current, 0, CHUNK, null);
    try {
        for (;;) {
            const { bytesRead } = await reading;
            if (bytesRead === 0)
                break;
            reading = handle.read(spare, 0, CHUNK, null);
            scanner.push(current.subarray(0, bytesRead));
            [current, spare] = [spare, current];
        }
    }
    finally {
        await reading.catch(() => undefined);
        await handle.close();
    }
    return scanner.finish();
}

// EXTERNAL MODULE: ./src/timing/row.ts
var timing_row = __webpack_require__(6550);
// EXTERNAL MODULE: ./src/timing/wrap.ts + 1 modules
var wrap = __webpack_require__(1090);
;// CONCATENATED MODULE: ./src/timing/record.ts
/**
 * record-timing, shared by the action and the CLI: get one phase run (wrap the command, an
 * explicit log, or the newest matching log), turn it into one row, append it, and return
 * what the summary and outputs need. Every input is checked before a command runs or
 * anything is written.
 */








const DEFAULT_LOG_DIR = 'logs/build-timings';
/** Everything that can be wrong with the inputs, found before anything runs. */
function check(options) {
    (0,ledger.assertSafeName)('env', options.env);
    (0,ledger.assertSafeName)('phase', options.phase);
    (0,ledger.assertSafeName)('build id', options.buildId);
    const envDir = options.envDir ||
        (0,timing_row.parseEnvDirMap)(options.envDirMap ?? timing_row.DEFAULT_ENV_DIR_MAP).get(options.env) ||
        options.env;
    (0,ledger.assertSafeName)('env-dir', envDir);
    const file = options.path || (0,timing_row.timingsPath)(envDir);
    (0,ledger.assertSafeRelativePath)(file);
    if (options.branch)
        (0,ledger.assertSafeBranch)(options.branch);
    const modes = [options.command && 'a command to run', options.logPath && 'log-path'].filter(Boolean);
    if (modes.length > 1)
        throw new ledger.InputError(`Give either ${modes.join(' or ')}, not both`);
    const exitCode = options.exitCode ? (0,timing_row.parseExitCode)(options.exitCode) : undefined;
    if (!options.command && exitCode === undefined) {
        throw new ledger.InputError('exit-code is required when recording from a log: a log cannot tell whether the phase succeeded. ' +
            "Pass the phase command's status (e.g. --exit-code $$? in a Makefile), or wrap the command instead.");
    }
    const start = options.startTime ? (0,timing_row.parseUtcTime)('start-time', options.startTime) : undefined;
    const end = options.endTime ? (0,timing_row.parseUtcTime)('end-time', options.endTime) : undefined;
    if (start && end && end < start)
        throw new ledger.InputError(`end-time ${options.endTime} is before start-time ${options.startTime}`);
    return { envDir, file, branch: options.branch || timing_row.DEFAULT_TIMINGS_BRANCH, exitCode, start, end };
}
async function recordTiming(options, backend, appendOptions = {}) {
    const checked = check(options);
    const logDir = (0,external_node_path_.resolve)(options.cwd, options.logDir || DEFAULT_LOG_DIR);
    let logFile;
    let measured;
    let exitCode = checked.exitCode;
    let logChoice;
    if (options.command) {
        const startedAt = new Date();
        logFile = (0,external_node_path_.join)(logDir, (0,wrap/* wrappedLogName */.lR)(options.phase, options.env, options.buildId, startedAt));
        const run = await (0,wrap/* runAndLog */.Pm)(options.command, logFile, options.cwd);
        measured = { start: startedAt, end: run.end };
        exitCode ??= run.exitCode;
    }
    else if (options.logPath) {
        logFile = (0,external_node_path_.isAbsolute)(options.logPath) ? options.logPath : (0,external_node_path_.resolve)(options.cwd, options.logPath);
        await assertReadable(logFile);
    }
    else {
        const found = await discoverLog(logDir, options.phase, options.buildId);
        logFile = found.path;
        logChoice = { pattern: found.pattern, candidates: found.candidates };
    }
    const facts = await scanLog(logFile);
    const fileTimes = measured || (checked.start && checked.end) ? undefined : await (0,promises_.stat)(logFile);
    const pick = (given, wrapped, fromLog, fromFile) => given
        ? { at: given, source: 'input' }
        : wrapped
            ? { at: wrapped, source: 'measured' }
            : fromLog
                ? { at: new Date(fromLog), source: 'log' }
                : { at: fromFile(), source: 'file' };
    const start = pick(checked.start, measured?.start, facts.firstTimestamp, () => birthOrModified(fileTimes));
    const end = pick(checked.end, measured?.end, facts.lastTimestamp, () => fileTimes.mtime);
    if (end.at < start.at) {
        throw new ledger.InputError(`The end time ${end.at.toISOString()} (${timing_row.TIME_SOURCES[end.source]}) is before the start time ` +
            `${start.at.toISOString()} (${timing_row.TIME_SOURCES[start.source]}) for the log ${logFile}`);
    }
    const row = (0,timing_row.timingRow)({
        env: options.env,
        buildId: options.buildId,
        phase: options.phase,
        start: start.at,
        end: end.at,
        exitCode: exitCode,
        flags: options.flags ?? '',
        resources: facts.resources,
        logPath: pathFromRoot(logFile, options.root),
    });
    const append = await (0,ledger.appendRecords)(backend, {
        branch: checked.branch,
        message: `record-timing: ${options.phase} ${options.env} ${options.buildId} ${row.start_time_utc}`,
        files: [
            {
                format: 'csv',
                path: checked.file,
                columns: [...timing_row.TIMING_COLUMNS],
                key: timing_row.TIMING_KEY,
                records: [row],
            },
        ],
    }, appendOptions);
    const content = append.contents.get(checked.file) ?? '';
    const history = (0,timing_history/* readTimingHistory */.DD)(content, checked.file);
    const stats = (0,timing_history/* phaseStats */.Rz)((0,timing_history/* runsOf */.ky)(history.rows, options.env, options.phase), row);
    return {
        row,
        file: checked.file,
        logFile,
        timeSources: { start: start.source, end: end.source },
        logChoice,
        exitCode: exitCode,
        append,
        stats,
        regression: (0,timing_history/* isRegression */.kj)(Number(row.duration_seconds), stats),
    };
}
async function assertReadable(file) {
    try {
        await (0,promises_.access)(file, promises_.constants.R_OK);
    }
    catch (error) {
        const code = error.code;
        throw new ledger.InputError(code === 'ENOENT'
            ? `The log ${file} does not exist`
            : `The log ${file} cannot be read (${code})`);
    }
    if (!(await (0,promises_.stat)(file)).isFile())
        throw new ledger.InputError(`The log ${file} is not a file`);
}
async function scanLog(file) {
    try {
        return await scanLogFile(file);
    }
    catch (error) {
        throw new ledger.InputError(`The log ${file} cannot be read: ${error.message}`);
    }
}
function birthOrModified(info) {
    return info.birthtime.getTime() > 0 && info.birthtime <= info.mtime ? info.birthtime : info.mtime;
}


/***/ })

};

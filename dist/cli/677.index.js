export const id = 677;
export const ids = [677,879];
export const modules = {

/***/ 9677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  recordTimingCommand: () => (/* binding */ recordTimingCommand)
});

// EXTERNAL MODULE: ./src/ledger/index.ts + 8 modules
var ledger = __webpack_require__(9049);
// EXTERNAL MODULE: ./src/ledger/backends/git.ts
var git = __webpack_require__(5879);
// EXTERNAL MODULE: ./src/timing/history.ts
var timing_history = __webpack_require__(8010);
// EXTERNAL MODULE: ./src/timing/row.ts
var timing_row = __webpack_require__(6550);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/timing-summary.ts
/** The record-timing job summary (markdown) and its terminal counterpart. Pure. */



const resources = (row) => row.resources_added === ''
    ? ['–', '–', '–']
    : [row.resources_added, row.resources_changed, row.resources_destroyed];
function timingSummaryMarkdown(r) {
    const { row, stats } = r;
    const ok = row.exit_code === '0';
    const parts = [];
    parts.push(`## ${ok ? '✅' : '❌'} ${text(row.phase)} on ${text(row.env)} (build ${text(row.build_id)})`);
    parts.push(table(['Start (UTC)', 'End (UTC)', 'Duration', 'Exit code', 'Added', 'Changed', 'Destroyed', 'Log'], [
        [
            row.start_time_utc,
            row.end_time_utc,
            duration(Number(row.duration_seconds)),
            row.exit_code,
            ...resources(row),
            code(row.log_path),
        ],
    ], ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'left']));
    const notes = [
        `Start ${TIME_SOURCES[r.timeSources.start]}; end ${TIME_SOURCES[r.timeSources.end]}.`,
    ];
    if (row.flags)
        notes.push(`Flags: ${text(row.flags)}.`);
    if (row.resources_added === '')
        notes.push('The log holds no Terraform/OpenTofu apply or destroy summary, so the resource columns are empty.');
    if (r.logChoice && r.logChoice.candidates.length > 1) {
        notes.push(`${r.logChoice.candidates.length} logs match ${code(r.logChoice.pattern)}; the newest was recorded.`);
    }
    notes.push(r.append.status === 'already-recorded'
        ? `This run was already in ${code(r.file)} on ${code(r.append.branch)}; nothing new was written.`
        : `Recorded in ${code(r.file)} on ${code(r.append.branch)}${r.append.head ? ` (commit ${code(r.append.head.slice(0, 12))})` : ''}.`);
    parts.push(notes.join(' '));
    parts.push(`### History: ${text(row.phase)} on ${text(row.env)}`);
    parts.push(table(['Runs', 'Success rate', 'Median', 'p95', 'Last run'], [
        [
            String(stats.runs),
            percent(stats.successRate),
            duration(stats.medianSeconds),
            duration(stats.p95Seconds),
            stats.last ? `${stats.last.start_time_utc} (exit ${text(stats.last.exit_code)})` : '–',
        ],
    ], ['right', 'right', 'right', 'right', 'left']));
    if (r.regression) {
        parts.push(`> [!WARNING]\n> Regression: this run took ${duration(Number(row.duration_seconds))}, over ${REGRESSION_FACTOR}× the median ` +
            `(${duration(stats.baselineSeconds)}) of the ${stats.baselineRuns} previous successful run(s).`);
    }
    else if (stats.baselineRuns > 0) {
        parts.push(`Within ${REGRESSION_FACTOR}× the median (${duration(stats.baselineSeconds)}) of the ${stats.baselineRuns} previous successful run(s).`);
    }
    return parts.join('\n\n') + '\n';
}
function timingSummaryText(r) {
    const { row, stats } = r;
    const changes = row.resources_added === ''
        ? 'no resource summary in the log'
        : `resources +${row.resources_added} ~${row.resources_changed} -${row.resources_destroyed}`;
    const lines = [
        `${r.append.status === 'recorded' ? 'Recorded' : 'Already recorded'}: ${row.phase} on ${row.env} (build ${row.build_id}), ` +
            `${row.start_time_utc} → ${row.end_time_utc}, ${(0,markdown/* duration */.p0)(Number(row.duration_seconds))}, exit ${row.exit_code}, ${changes}`,
        `  times: start ${timing_row/* TIME_SOURCES */.Xj[r.timeSources.start]}, end ${timing_row/* TIME_SOURCES */.Xj[r.timeSources.end]}`,
        `  log: ${row.log_path}${r.logChoice && r.logChoice.candidates.length > 1 ? ` (newest of ${r.logChoice.candidates.length} matching ${r.logChoice.pattern})` : ''}`,
        `  file: ${r.file} on ${r.append.branch}${r.append.head ? ` at ${r.append.head}` : ''}`,
        `  history: ${stats.runs} run(s), ${(0,markdown/* percent */.KN)(stats.successRate)} success, median ${(0,markdown/* duration */.p0)(stats.medianSeconds)}, p95 ${(0,markdown/* duration */.p0)(stats.p95Seconds)}`,
    ];
    if (r.regression) {
        lines.push(`  REGRESSION: over ${timing_history/* REGRESSION_FACTOR */.WV}× the median (${(0,markdown/* duration */.p0)(stats.baselineSeconds)}) of ${stats.baselineRuns} previous successful run(s)`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
            throw new ledger/* InputError */.dz(`No log to record: the log directory ${logDir} does not exist (looked for ${pattern}). Wrap the command with run, or pass log-path.`);
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
        throw new ledger/* InputError */.dz(`No log matches ${pattern} in ${logDir} (${names.length} entries there). Name the log after the phase and build id, pass log-path, or wrap the command with run.`);
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
                long.apply = log_scan_resources(apply); // the first apply summary: nothing else in the line counts
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
            const r = log_scan_resources(apply);
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
const log_scan_resources = (apply) => ({
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
;// CONCATENATED MODULE: ./src/timing/wrap.ts
/**
 * Wrap mode: start the phase command ourselves, stream its output live to the console and
 * to the log file, and measure start, end and the real exit status. Interrupts (Ctrl-C in a
 * Makefile run) reach the command itself; we stay alive to record its outcome.
 */




/** `run: make x` is a shell command line, like a workflow step's `run`. */
function shellCommand(line) {
    return { file: 'bash', args: ['-o', 'pipefail', '-c', line] };
}
/** <phase>-<env>-<build_id>-<YYYYMMDDTHHMMSSZ>.log: the seed's naming, by construction. */
function wrappedLogName(phase, env, buildId, start) {
    const stamp = start
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return `${phase}-${env}-${buildId}-${stamp}.log`;
}
async function runAndLog(command, logFile, cwd) {
    // Loaded here, in wrap mode only (and before the clock starts): reading a log needs no exec.
    const exec = await __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 1260));
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(logFile), { recursive: true });
    const log = (0,external_node_fs_.createWriteStream)(logFile);
    // The signal goes to the whole process group; the command handles it, we note it.
    let signal;
    const ignore = (received) => (signal = received);
    process.on('SIGINT', ignore);
    process.on('SIGTERM', ignore);
    const start = new Date();
    let exitCode;
    try {
        const code = await exec.exec(command.file, command.args, {
            cwd,
            // The action's own inputs (INPUT_TOKEN among them) are not the command's business: a
            // phase that prints its environment must not put the token into a log file.
            env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_'))),
            ignoreReturnCode: true,
            listeners: { stdout: (data) => log.write(data), stderr: (data) => log.write(data) },
        });
        // null: killed by a signal; report it the way a shell would (128 + signal number).
        exitCode = code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 137);
    }
    catch (error) {
        // The command could not be started at all (not found, not executable): say so in the log too.
        log.write(`ci-ledger: could not start ${command.file}: ${error.message}\n`);
        exitCode = 127;
    }
    finally {
        process.off('SIGINT', ignore);
        process.off('SIGTERM', ignore);
    }
    const end = new Date();
    log.end();
    await (0,external_node_events_.once)(log, 'close');
    return { start, end, exitCode };
}

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
    (0,ledger/* assertSafeName */.jP)('env', options.env);
    (0,ledger/* assertSafeName */.jP)('phase', options.phase);
    (0,ledger/* assertSafeName */.jP)('build id', options.buildId);
    const envDir = options.envDir ||
        (0,timing_row/* parseEnvDirMap */.AR)(options.envDirMap ?? timing_row/* DEFAULT_ENV_DIR_MAP */.rk).get(options.env) ||
        options.env;
    (0,ledger/* assertSafeName */.jP)('env-dir', envDir);
    const file = options.path || (0,timing_row/* timingsPath */.n_)(envDir);
    (0,ledger/* assertSafeRelativePath */.Dt)(file);
    if (options.branch)
        (0,ledger/* assertSafeBranch */.Y)(options.branch);
    const modes = [options.command && 'a command to run', options.logPath && 'log-path'].filter(Boolean);
    if (modes.length > 1)
        throw new ledger/* InputError */.dz(`Give either ${modes.join(' or ')}, not both`);
    const exitCode = options.exitCode ? (0,timing_row/* parseExitCode */.fP)(options.exitCode) : undefined;
    if (!options.command && exitCode === undefined) {
        throw new ledger/* InputError */.dz('exit-code is required when recording from a log: a log cannot tell whether the phase succeeded. ' +
            "Pass the phase command's status (e.g. --exit-code $$? in a Makefile), or wrap the command instead.");
    }
    const start = options.startTime ? (0,timing_row/* parseUtcTime */.jm)('start-time', options.startTime) : undefined;
    const end = options.endTime ? (0,timing_row/* parseUtcTime */.jm)('end-time', options.endTime) : undefined;
    if (start && end && end < start)
        throw new ledger/* InputError */.dz(`end-time ${options.endTime} is before start-time ${options.startTime}`);
    return { envDir, file, branch: options.branch || timing_row/* DEFAULT_TIMINGS_BRANCH */.Vn, exitCode, start, end };
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
        logFile = (0,external_node_path_.join)(logDir, wrappedLogName(options.phase, options.env, options.buildId, startedAt));
        const run = await runAndLog(options.command, logFile, options.cwd);
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
        throw new ledger/* InputError */.dz(`The end time ${end.at.toISOString()} (${timing_row/* TIME_SOURCES */.Xj[end.source]}) is before the start time ` +
            `${start.at.toISOString()} (${timing_row/* TIME_SOURCES */.Xj[start.source]}) for the log ${logFile}`);
    }
    const row = (0,timing_row/* timingRow */.h8)({
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
    const append = await (0,ledger/* appendRecords */.ho)(backend, {
        branch: checked.branch,
        message: `record-timing: ${options.phase} ${options.env} ${options.buildId} ${row.start_time_utc}`,
        files: [
            {
                format: 'csv',
                path: checked.file,
                columns: [...timing_row/* TIMING_COLUMNS */.F$],
                key: timing_row/* TIMING_KEY */.js,
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
        throw new ledger/* InputError */.dz(code === 'ENOENT'
            ? `The log ${file} does not exist`
            : `The log ${file} cannot be read (${code})`);
    }
    if (!(await (0,promises_.stat)(file)).isFile())
        throw new ledger/* InputError */.dz(`The log ${file} is not a file`);
}
async function scanLog(file) {
    try {
        return await scanLogFile(file);
    }
    catch (error) {
        throw new ledger/* InputError */.dz(`The log ${file} cannot be read: ${error.message}`);
    }
}
function birthOrModified(info) {
    return info.birthtime.getTime() > 0 && info.birthtime <= info.mtime ? info.birthtime : info.mtime;
}

// EXTERNAL MODULE: ./src/cli/command.ts
var cli_command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/store-options.ts
var store_options = __webpack_require__(8324);
;// CONCATENATED MODULE: ./src/cli/commands/record-timing.ts








const options = {
    env: { type: 'string' },
    'build-id': { type: 'string' },
    phase: { type: 'string' },
    run: { type: 'string' },
    'log-path': { type: 'string' },
    'log-dir': { type: 'string' },
    flags: { type: 'string' },
    'exit-code': { type: 'string' },
    'start-time': { type: 'string' },
    'end-time': { type: 'string' },
    'env-dir': { type: 'string' },
    'env-dir-map': { type: 'string' },
    branch: { type: 'string' },
    path: { type: 'string' },
    ...store_options/* storeOptions */.S2,
};
const recordTimingCommand = {
    name: 'record-timing',
    help: `Usage: ci-ledger record-timing --env E --build-id B --phase P [options] [STORE] [-- COMMAND ARGS…]

Records one phase run as one row of environments/<env-dir>/latest/build_timings.csv.
Three ways to get the run:
  -- COMMAND ARGS…      wrap: run the command, stream its output to the console and to
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
  --env-dir-map MAP     env=dir pairs, comma-separated (default ${timing_row/* DEFAULT_ENV_DIR_MAP */.rk})
  --branch B            default ${timing_row/* DEFAULT_TIMINGS_BRANCH */.Vn}
  --path P              the CSV's path on the branch (overrides --env-dir)

${store_options/* storeHelp */.LL}

Example (Makefile):
  _bootstrap-persistent-recorded:
  \tci-ledger record-timing --env $(ENV) --build-id persistent --phase bootstrap-persistent \\
  \t  --flags "BOOTSTRAP_VERSION=$(BOOTSTRAP_VERSION)" -- $(MAKE) _bootstrap-persistent`,
    async run(args, io) {
        const split = args.indexOf('--');
        const own = split === -1 ? args : args.slice(0, split);
        const wrapped = split === -1 ? [] : args.slice(split + 1);
        const { values } = (0,cli_command/* parseOptions */.A)(own, options);
        for (const name of ['env', 'build-id', 'phase']) {
            if (!values[name])
                throw new cli_command/* UsageError */.e(`--${name} is required`);
        }
        if (split !== -1 && wrapped.length === 0)
            throw new cli_command/* UsageError */.e('nothing to run after "--"');
        if (wrapped.length > 0 && values.run)
            throw new cli_command/* UsageError */.e('give the command after "--" or with --run, not both');
        const command = wrapped.length > 0
            ? { file: wrapped[0], args: wrapped.slice(1) }
            : values.run
                ? shellCommand(values.run)
                : undefined;
        const root = await (0,git/* git */.$Y)(['rev-parse', '--show-toplevel'], { cwd: io.cwd }).then((s) => s.trim(), () => io.cwd);
        const backend = await (0,ledger/* openStore */.Ch)((0,store_options/* storeFromArgs */.z8)(values), { log: io.stderr, env: io.env });
        try {
            const recorded = await recordTiming({
                env: values.env,
                buildId: values['build-id'],
                phase: values.phase,
                command,
                logPath: values['log-path'],
                logDir: values['log-dir'],
                flags: values.flags,
                exitCode: values['exit-code'],
                startTime: values['start-time'],
                endTime: values['end-time'],
                envDir: values['env-dir'],
                envDirMap: values['env-dir-map'],
                branch: values.branch,
                path: values.path,
                cwd: io.cwd,
                root,
            }, backend, {
                log: io.stderr,
                spoolDir: (0,ledger/* defaultSpoolDir */.EX)(io.env, io.cwd),
                retry: (0,ledger/* retryPolicyFromEnv */.ed)(io.env),
            });
            io.stdout(timingSummaryText(recorded));
            // A wrapped command's own failure is passed through, after its run was recorded.
            return command ? recorded.exitCode : 0;
        }
        finally {
            await backend.close();
        }
    },
};


/***/ }),

/***/ 8324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LL: () => (/* binding */ storeHelp),
/* harmony export */   S2: () => (/* binding */ storeOptions),
/* harmony export */   z8: () => (/* binding */ storeFromArgs)
/* harmony export */ });
/* harmony import */ var _ledger_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9049);

const storeOptions = {
    'data-dir': { type: 'string' },
    'git-remote': { type: 'string' },
    repo: { type: 'string' },
};
const storeHelp = `STORE (one of):
  --data-dir DIR          a plain directory holding the branch's files
  --git-remote URL|PATH   git: a temporary clone, commit on --branch, push
  --repo OWNER/NAME       the GitHub API (token in GITHUB_TOKEN, base URL in GITHUB_API_URL)
  Default: the GitHub API for GITHUB_REPOSITORY inside Actions; elsewhere git with this
  repository's "origin".`;
function storeFromArgs(values) {
    return (0,_ledger_index_js__WEBPACK_IMPORTED_MODULE_0__/* .chooseStore */ .zp)({
        dataDir: values['data-dir'],
        gitRemote: values['git-remote'],
        repo: values.repo,
    });
}


/***/ }),

/***/ 5879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   GitBackend: () => (/* binding */ GitBackend),
/* harmony export */   normalizeRemote: () => (/* binding */ normalizeRemote),
/* harmony export */   originOf: () => (/* binding */ originOf)
/* harmony export */ });
/* unused harmony exports GitError, redactUrl */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9706);
/**
 * Git backend, for operators' shells and Makefiles: no token, the user's own git credentials.
 * It never touches the user's working tree: it works in a private bare repository in a temp
 * directory, fetches only the branch tip (depth 1), builds the new commit with plumbing
 * (hash-object, a private index, write-tree, commit-tree) and pushes it. A push that is not a
 * fast-forward is rejected by the remote; that is the conflict signal to re-read and re-apply.
 */





class GitError extends Error {
    args;
    code;
    stderr;
    name = 'GitError';
    constructor(args, code, stderr) {
        super(`git ${args[0]} failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' / ')}`);
        this.args = args;
        this.code = code;
        this.stderr = stderr;
    }
}
/** Runs git with an argument list (never a shell) and returns its stdout. */
function git(args, options = {}) {
    return new Promise((resolvePromise, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, {
            cwd: options.cwd,
            env: { ...process.env, ...options.env, GIT_TERMINAL_PROMPT: '0' },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => err.push(d));
        child.on('error', reject);
        child.on('close', (code) => {
            const stdout = Buffer.concat(out).toString('utf8');
            if (code === 0)
                resolvePromise(stdout);
            else
                reject(new GitError(args, code, Buffer.concat(err).toString('utf8')));
        });
        child.stdin.on('error', () => { }); // git may exit before reading all input; the exit code says why
        child.stdin.end(options.input ?? '');
    });
}
/** Resolves a remote given as a local path so that it still works from the temp repository. */
function normalizeRemote(remote, cwd = process.cwd()) {
    const looksLikeUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(remote) || /^[^/\\]+@[^:]+:/.test(remote);
    return looksLikeUrl || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(remote) ? remote : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, remote);
}
/** The URL of `origin` in the repository at cwd: the git backend's default remote. */
async function originOf(cwd = process.cwd()) {
    const url = (await git(['remote', 'get-url', 'origin'], { cwd })).trim();
    const top = (await git(['rev-parse', '--show-toplevel'], { cwd })).trim();
    return normalizeRemote(url, top);
}
/** Talking to a remote fails for good only for these reasons; anything else a network or a
 * server can do (refused or dropped connections, 5xx, a reply cut short mid-protocol) is
 * worth another attempt. */
const PERMANENT = /Authentication failed|Permission denied|could not read (Username|Password)|returned error: 40[134]|Repository not found|does not appear to be a git repository|not a git repository|not supported|unable to find remote helper|hook declined/i;
const NETWORK_COMMANDS = new Set(['fetch', 'push', 'ls-remote']);
class GitBackend {
    remote;
    description;
    workdir;
    identity;
    requestRetries;
    retryBaseMs;
    constructor(remote, options = {}) {
        this.remote = remote;
        this.description = `git remote ${redactUrl(remote)}`;
        this.userCwd = options.userCwd ?? process.cwd();
        this.requestRetries = options.requestRetries ?? 3;
        this.retryBaseMs = options.retryBaseMs ?? 1000;
    }
    userCwd;
    async defaultBranch() {
        const out = await this.run(['ls-remote', '--symref', this.remote, 'HEAD']);
        const match = /^ref: refs\/heads\/(\S+)\s+HEAD/m.exec(out);
        return match?.[1] ?? 'main';
    }
    async read(branch, paths) {
        const dir = await this.repo();
        const localRef = `refs/ledger/${branch}`;
        let head = null;
        try {
            await this.run([
                'fetch',
                '--quiet',
                '--no-tags',
                '--depth=1',
                this.remote,
                `+refs/heads/${branch}:${localRef}`,
            ], dir);
            head = (await this.run(['rev-parse', localRef], dir)).trim();
        }
        catch (error) {
            if (!(error instanceof GitError && /couldn't find remote ref/i.test(error.stderr)))
                throw error;
        }
        const files = new Map();
        for (const path of paths)
            files.set(path, head ? await this.readFileAt(dir, head, path) : null);
        return { branch, head, files };
    }
    async publish(base, changes, message) {
        const dir = await this.repo();
        const index = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `index-${process.pid}`);
        const env = { GIT_INDEX_FILE: index };
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(index, { force: true });
        await this.run(base.head ? ['read-tree', base.head] : ['read-tree', '--empty'], dir, { env });
        for (const [path, content] of changes) {
            const blob = (await this.run(['hash-object', '-w', '--stdin'], dir, { input: content })).trim();
            await this.run(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], dir, {
                env,
            });
        }
        const tree = (await this.run(['write-tree'], dir, { env })).trim();
        const parents = base.head ? ['-p', base.head] : [];
        const commit = (await this.run(['commit-tree', tree, ...parents, '-F', '-'], dir, {
            input: message,
            env: await this.author(),
        })).trim();
        try {
            await this.run(['push', '--quiet', this.remote, `${commit}:refs/heads/${base.branch}`], dir);
        }
        catch (error) {
            const text = error instanceof GitError ? error.stderr + error.message : '';
            if (/non-fast-forward|fetch first|stale info|failed to update ref|cannot lock ref/i.test(text)) {
                return { status: 'conflict', reason: 'the push was rejected: the branch moved' };
            }
            throw error;
        }
        return { status: 'published', head: commit };
    }
    async checkout(branch, prefixes) {
        const snapshot = await this.read(branch, []);
        if (!snapshot.head)
            return null;
        const dir = await this.repo();
        const out = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'checkout-'));
        const index = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `checkout-index-${process.pid}`);
        const env = { GIT_INDEX_FILE: index };
        await this.run(['read-tree', snapshot.head], dir, { env });
        const paths = await this.run(['ls-files', '-z', '--', ...prefixes], dir, { env });
        if (paths)
            await this.run(['checkout-index', '-z', '--stdin'], dir, {
                env: { ...env, GIT_WORK_TREE: out },
                input: paths,
            });
        return out;
    }
    async close() {
        if (this.workdir)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.workdir, { recursive: true, force: true });
        this.workdir = undefined;
    }
    async repo() {
        if (!this.workdir) {
            this.workdir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'ci-ledger-git-'));
            await this.run(['init', '--quiet', '--bare', this.workdir]);
        }
        return this.workdir;
    }
    async readFileAt(dir, commit, path) {
        const listing = await this.run(['ls-tree', commit, '--', path], dir);
        if (!listing.trim())
            return null;
        return this.run(['cat-file', 'blob', `${commit}:${path}`], dir);
    }
    /** The operator's own identity when git has one configured, else a neutral one. */
    async author() {
        if (!this.identity) {
            const config = async (key) => git(['config', '--get', key], { cwd: this.userCwd }).then((v) => v.trim(), () => '');
            const name = process.env.GIT_AUTHOR_NAME || (await config('user.name')) || 'ci-ledger';
            const email = process.env.GIT_AUTHOR_EMAIL || (await config('user.email')) || 'ci-ledger@localhost';
            this.identity = {
                GIT_AUTHOR_NAME: name,
                GIT_AUTHOR_EMAIL: email,
                GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME || name,
                GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL || email,
            };
        }
        return this.identity;
    }
    /** Network trouble becomes a TransientError, which the writer retries. */
    /**
     * Runs git; a fetch, push or ls-remote that fails for a network reason is repeated a few
     * times right away (1 s, 4 s, 9 s by default, as Octokit does for the API) — git itself never
     * retries — and then surfaces as a TransientError for the writer's own retry loop. Repeating a
     * push is safe: one that already landed is "up to date", one overtaken is rejected.
     */
    async run(args, cwd, options = {}) {
        const talksToRemote = NETWORK_COMMANDS.has(args[0] ?? '');
        for (let retry = 0;; retry++) {
            try {
                return await git(args, { ...options, cwd });
            }
            catch (error) {
                const transient = error instanceof GitError &&
                    talksToRemote &&
                    !PERMANENT.test(error.stderr) &&
                    !isConflictOrMissing(error.stderr);
                if (!transient)
                    throw error;
                if (retry >= this.requestRetries) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TransientError */ .N_(`git ${args[0]}: ${error.stderr.trim().split('\n').pop()}`);
                }
                await new Promise((r) => setTimeout(r, (retry + 1) ** 2 * this.retryBaseMs));
            }
        }
    }
}
/** Outcomes the caller handles itself: a rejected push (conflict), a branch that does not exist. */
function isConflictOrMissing(stderr) {
    return /non-fast-forward|fetch first|stale info|failed to update ref|cannot lock ref|couldn't find remote ref/i.test(stderr);
}
/** Never print credentials embedded in a remote URL. */
function redactUrl(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]+@/i, '$1***@');
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   kJ: () => (/* binding */ terminalSafe),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export code */
/**
 * Markdown building blocks for job summaries. Text that came from data (names, messages,
 * flags) is escaped so it shows as text: no HTML, no formatting, no broken table cells.
 * core.summary escapes nothing, so everything goes through here.
 */
/**
 * Escape for inline text and table cells: HTML specials, markdown punctuation, pipes, newlines,
 * and the "://" and "www." that GFM would turn into links (an attacker-chosen link in a summary is
 * formatting too). E-mail addresses still become mailto: links: no escape stops that.
 */
function text(value) {
    return String(value ?? '')
        .replace(/[\r\n]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
        .replace(/:\/\//g, '\\://')
        .replace(/\b(www)\./gi, '$1\\.');
}
/** Inline code for a value such as a path or branch; backticks inside are not possible to escape, so they are dropped. */
function code(value) {
    const clean = String(value ?? '').replace(/[\r\n`|]/g, ' ');
    return clean.trim() === '' ? '' : `\`${clean}\``;
}
/** A GFM table; cells must already be escaped (use `text`). */
function table(headers, rows, align = []) {
    const rule = headers.map((_, i) => ({ left: '---', right: '--:', center: ':-:' })[align[i] ?? 'left']);
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(headers), line(rule), ...rows.map(line)].join('\n');
}
function percent(ratio, digits = 0) {
    return ratio === undefined || !Number.isFinite(ratio) ? '–' : `${(ratio * 100).toFixed(digits)}%`;
}
/** 3725 → "1h 02m 05s"; 65 → "1m 05s"; 7 → "7s". */
function duration(seconds) {
    if (seconds === undefined || !Number.isFinite(seconds))
        return '–';
    const s = Math.round(seconds);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const r = s % 60;
    const pad = (n) => String(n).padStart(2, '0');
    return h > 0 ? `${h}h ${pad(m)}m ${pad(r)}s` : m > 0 ? `${m}m ${pad(r)}s` : `${r}s`;
}
/** For terminal output: control characters from data (escape sequences, carriage returns) become "?". */
function terminalSafe(value) {
    // eslint-disable-next-line no-control-regex -- control characters are what is replaced
    return value.replace(/[\x00-\x09\x0b-\x1f\x7f\x9b]/g, '?');
}


/***/ }),

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
/* harmony import */ var _ledger_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9049);
/* harmony import */ var _row_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6550);
/**
 * Reading build_timings.csv as real registries wrote it: besides rows that match the file's
 * header, older and newer writers left 12-column rows under a 9-column header and 11-column
 * rows (the 12 without flags). Each row is matched to the first known shape of its length
 * whose values make sense; the rest are reported, never guessed.
 */



const WITHOUT_FLAGS = _row_js__WEBPACK_IMPORTED_MODULE_2__/* .TIMING_COLUMNS */ .F$.filter((c) => c !== 'flags');
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
        throw new _ledger_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${file}${e.lines ? ` line ${e.lines}` : ''}: not valid CSV (${e.message})`);
    }
    const [first, ...body] = records;
    const header = (first?.record ?? []).map((h) => h.trim());
    const shapes = [header, [..._row_js__WEBPACK_IMPORTED_MODULE_2__/* .TIMING_COLUMNS */ .F$], WITHOUT_FLAGS];
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
        const row = Object.fromEntries(_row_js__WEBPACK_IMPORTED_MODULE_2__/* .TIMING_COLUMNS */ .F$.map((c) => [c, '']));
        shape.forEach((column, i) => {
            if (_row_js__WEBPACK_IMPORTED_MODULE_2__/* .TIMING_COLUMNS */ .F$.includes(column))
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
    const known = [...new Set([headerLength, _row_js__WEBPACK_IMPORTED_MODULE_2__/* .TIMING_COLUMNS */ .F$.length, WITHOUT_FLAGS.length])].join(', ');
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

/***/ 6550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ parseEnvDirMap),
/* harmony export */   F$: () => (/* binding */ TIMING_COLUMNS),
/* harmony export */   Vn: () => (/* binding */ DEFAULT_TIMINGS_BRANCH),
/* harmony export */   Xj: () => (/* binding */ TIME_SOURCES),
/* harmony export */   fP: () => (/* binding */ parseExitCode),
/* harmony export */   h8: () => (/* binding */ timingRow),
/* harmony export */   jm: () => (/* binding */ parseUtcTime),
/* harmony export */   js: () => (/* binding */ TIMING_KEY),
/* harmony export */   n_: () => (/* binding */ timingsPath),
/* harmony export */   rk: () => (/* binding */ DEFAULT_ENV_DIR_MAP)
/* harmony export */ });
/* unused harmony exports isoSeconds, timingRowLine */
/* harmony import */ var csv_stringify_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6789);
/* harmony import */ var _ledger_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9049);
/** build_timings.csv (DESIGN §3.1): its columns, its key, and how one run becomes one row. */


const TIMING_COLUMNS = [
    'start_time_utc',
    'end_time_utc',
    'phase',
    'env',
    'build_id',
    'duration_seconds',
    'exit_code',
    'flags',
    'resources_added',
    'resources_changed',
    'resources_destroyed',
    'log_path',
];
/** One phase run is one row: the same run recorded twice must not make two rows. */
const TIMING_KEY = ['env', 'build_id', 'phase', 'start_time_utc'];
const DEFAULT_TIMINGS_BRANCH = 'governance-registry';
const DEFAULT_ENV_DIR_MAP = 'dev=development';
function timingRow(run) {
    const start = isoSeconds(run.start);
    const end = isoSeconds(run.end);
    const duration = Math.round((Date.parse(end) - Date.parse(start)) / 1000);
    if (duration < 0)
        throw new _ledger_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`The end time ${end} is before the start time ${start}`);
    const r = run.resources;
    return {
        start_time_utc: start,
        end_time_utc: end,
        phase: run.phase,
        env: run.env,
        build_id: run.buildId,
        duration_seconds: String(duration),
        exit_code: String(run.exitCode),
        flags: run.flags,
        resources_added: r ? String(r.added) : '',
        resources_changed: r ? String(r.changed) : '',
        resources_destroyed: r ? String(r.destroyed) : '',
        log_path: run.logPath,
    };
}
/** 2026-01-24T08:00:00Z: UTC, whole seconds (truncated, as the log's own stamps are). */
function isoSeconds(date) {
    return date.toISOString().slice(0, 19) + 'Z';
}
/** A time given by a user: ISO 8601 with an explicit zone (Z or an offset); anything else is an error. */
function parseUtcTime(name, value) {
    const ok = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value.trim());
    const date = new Date(value.trim().replace(' ', 'T'));
    if (!ok || Number.isNaN(date.getTime())) {
        throw new _ledger_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${name} ${JSON.stringify(value)} is not an ISO 8601 time with a zone, e.g. 2026-01-24T08:00:00Z`);
    }
    return date;
}
function parseExitCode(value) {
    const code = Number(value.trim());
    if (value.trim() === '' || !Number.isInteger(code) || code < 0 || code > 255) {
        throw new _ledger_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`exit-code ${JSON.stringify(value)} is not an exit status (an integer 0–255)`);
    }
    return code;
}
/** `env=dir` lines (or comma-separated); the registry keeps `dev` under `development`. */
function parseEnvDirMap(text) {
    const map = new Map();
    for (const entry of text
        .split(/[\n,]/)
        .map((l) => l.trim())
        .filter(Boolean)) {
        const [env, dir, extra] = entry.split('=').map((s) => s.trim());
        if (!env || !dir || extra !== undefined)
            throw new _ledger_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`env-dir-map entry ${JSON.stringify(entry)} is not "env=dir"`);
        map.set(env, dir);
    }
    return map;
}
function timingsPath(envDir) {
    return `environments/${envDir}/latest/build_timings.csv`;
}
/** The row as one CSV line (RFC 4180 quoting), without the line end. */
function timingRowLine(row) {
    return stringify([TIMING_COLUMNS.map((c) => row[c])]).replace(/\r?\n$/, '');
}
/** Where a start or end time came from, as the summary, the CLI and errors say it. */
const TIME_SOURCES = {
    input: 'given as input',
    measured: 'measured while running the command',
    log: "from the log's timestamps",
    file: "from the log file's times (the log has no timestamps)",
};


/***/ })

};

export const id = 247;
export const ids = [247];
export const modules = {

/***/ 1247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  recordTimingAction: () => (/* binding */ recordTimingAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(3360);
// EXTERNAL MODULE: ./src/ledger/index.ts + 8 modules
var ledger = __webpack_require__(9049);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(5175);
// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/sync.js + 7 modules
var lib_sync = __webpack_require__(6789);
;// CONCATENATED MODULE: ./src/timing/row.ts
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
        throw new ledger/* InputError */.dz(`The end time ${end} is before the start time ${start}`);
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
        throw new ledger/* InputError */.dz(`${name} ${JSON.stringify(value)} is not an ISO 8601 time with a zone, e.g. 2026-01-24T08:00:00Z`);
    }
    return date;
}
function parseExitCode(value) {
    const code = Number(value.trim());
    if (value.trim() === '' || !Number.isInteger(code) || code < 0 || code > 255) {
        throw new ledger/* InputError */.dz(`exit-code ${JSON.stringify(value)} is not an exit status (an integer 0–255)`);
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
            throw new ledger/* InputError */.dz(`env-dir-map entry ${JSON.stringify(entry)} is not "env=dir"`);
        map.set(env, dir);
    }
    return map;
}
function timingsPath(envDir) {
    return `environments/${envDir}/latest/build_timings.csv`;
}
/** The row as one CSV line (RFC 4180 quoting), without the line end. */
function timingRowLine(row) {
    return (0,lib_sync/* stringify */.A)([TIMING_COLUMNS.map((c) => row[c])]).replace(/\r?\n$/, '');
}
/** Where a start or end time came from, as the summary, the CLI and errors say it. */
const row_TIME_SOURCES = {
    input: 'given as input',
    measured: 'measured while running the command',
    log: "from the log's timestamps",
    file: "from the log file's times (the log has no timestamps)",
};

;// CONCATENATED MODULE: ./src/timing/history.ts
/**
 * Reading build_timings.csv as real registries wrote it: besides rows that match the file's
 * header, older and newer writers left 12-column rows under a 9-column header and 11-column
 * rows (the 12 without flags). Each row is matched to the first known shape of its length
 * whose values make sense; the rest are reported, never guessed.
 */



const WITHOUT_FLAGS = TIMING_COLUMNS.filter((c) => c !== 'flags');
const REQUIRED = ['start_time_utc', 'phase', 'env', 'build_id'];
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const INT = /^-?\d+$/;
function readTimingHistory(text, file = 'build_timings.csv') {
    let records;
    try {
        records = (0,sync/* parse */.qg)(text, {
            bom: true,
            relax_column_count: true,
            skip_empty_lines: true,
            info: true,
        });
    }
    catch (error) {
        const e = error;
        throw new ledger/* InputError */.dz(`${file}${e.lines ? ` line ${e.lines}` : ''}: not valid CSV (${e.message})`);
    }
    const [first, ...body] = records;
    const header = (first?.record ?? []).map((h) => h.trim());
    const shapes = [header, [...TIMING_COLUMNS], WITHOUT_FLAGS];
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
        const row = Object.fromEntries(TIMING_COLUMNS.map((c) => [c, '']));
        shape.forEach((column, i) => {
            if (TIMING_COLUMNS.includes(column))
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
    const known = [...new Set([headerLength, TIMING_COLUMNS.length, WITHOUT_FLAGS.length])].join(', ');
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
const history_REGRESSION_FACTOR = 1.5;
function isRegression(durationSeconds, stats) {
    return (stats.baselineSeconds !== undefined &&
        stats.baselineSeconds > 0 &&
        durationSeconds > history_REGRESSION_FACTOR * stats.baselineSeconds);
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
    parts.push(`## ${ok ? '✅' : '❌'} ${(0,markdown/* text */.Qq)(row.phase)} on ${(0,markdown/* text */.Qq)(row.env)} (build ${(0,markdown/* text */.Qq)(row.build_id)})`);
    parts.push((0,markdown/* table */.tp)(['Start (UTC)', 'End (UTC)', 'Duration', 'Exit code', 'Added', 'Changed', 'Destroyed', 'Log'], [
        [
            row.start_time_utc,
            row.end_time_utc,
            (0,markdown/* duration */.p0)(Number(row.duration_seconds)),
            row.exit_code,
            ...resources(row),
            (0,markdown/* code */.aY)(row.log_path),
        ],
    ], ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'left']));
    const notes = [
        `Start ${row_TIME_SOURCES[r.timeSources.start]}; end ${row_TIME_SOURCES[r.timeSources.end]}.`,
    ];
    if (row.flags)
        notes.push(`Flags: ${(0,markdown/* text */.Qq)(row.flags)}.`);
    if (row.resources_added === '')
        notes.push('The log holds no Terraform/OpenTofu apply or destroy summary, so the resource columns are empty.');
    if (r.logChoice && r.logChoice.candidates.length > 1) {
        notes.push(`${r.logChoice.candidates.length} logs match ${(0,markdown/* code */.aY)(r.logChoice.pattern)}; the newest was recorded.`);
    }
    notes.push(r.append.status === 'already-recorded'
        ? `This run was already in ${(0,markdown/* code */.aY)(r.file)} on ${(0,markdown/* code */.aY)(r.append.branch)}; nothing new was written.`
        : `Recorded in ${(0,markdown/* code */.aY)(r.file)} on ${(0,markdown/* code */.aY)(r.append.branch)}${r.append.head ? ` (commit ${(0,markdown/* code */.aY)(r.append.head.slice(0, 12))})` : ''}.`);
    parts.push(notes.join(' '));
    parts.push(`### History: ${(0,markdown/* text */.Qq)(row.phase)} on ${(0,markdown/* text */.Qq)(row.env)}`);
    parts.push((0,markdown/* table */.tp)(['Runs', 'Success rate', 'Median', 'p95', 'Last run'], [
        [
            String(stats.runs),
            (0,markdown/* percent */.KN)(stats.successRate),
            (0,markdown/* duration */.p0)(stats.medianSeconds),
            (0,markdown/* duration */.p0)(stats.p95Seconds),
            stats.last ? `${stats.last.start_time_utc} (exit ${(0,markdown/* text */.Qq)(stats.last.exit_code)})` : '–',
        ],
    ], ['right', 'right', 'right', 'right', 'left']));
    if (r.regression) {
        parts.push(`> [!WARNING]\n> Regression: this run took ${(0,markdown/* duration */.p0)(Number(row.duration_seconds))}, over ${history_REGRESSION_FACTOR}× the median ` +
            `(${(0,markdown/* duration */.p0)(stats.baselineSeconds)}) of the ${stats.baselineRuns} previous successful run(s).`);
    }
    else if (stats.baselineRuns > 0) {
        parts.push(`Within ${history_REGRESSION_FACTOR}× the median (${(0,markdown/* duration */.p0)(stats.baselineSeconds)}) of the ${stats.baselineRuns} previous successful run(s).`);
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
            `${row.start_time_utc} → ${row.end_time_utc}, ${duration(Number(row.duration_seconds))}, exit ${row.exit_code}, ${changes}`,
        `  times: start ${TIME_SOURCES[r.timeSources.start]}, end ${TIME_SOURCES[r.timeSources.end]}`,
        `  log: ${row.log_path}${r.logChoice && r.logChoice.candidates.length > 1 ? ` (newest of ${r.logChoice.candidates.length} matching ${r.logChoice.pattern})` : ''}`,
        `  file: ${r.file} on ${r.append.branch}${r.append.head ? ` at ${r.append.head}` : ''}`,
        `  history: ${stats.runs} run(s), ${percent(stats.successRate)} success, median ${duration(stats.medianSeconds)}, p95 ${duration(stats.p95Seconds)}`,
    ];
    if (r.regression) {
        lines.push(`  REGRESSION: over ${REGRESSION_FACTOR}× the median (${duration(stats.baselineSeconds)}) of ${stats.baselineRuns} previous successful run(s)`);
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
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 5 modules
var exec = __webpack_require__(2876);
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
        const code = await exec/* exec */.m(command.file, command.args, {
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
        parseEnvDirMap(options.envDirMap ?? DEFAULT_ENV_DIR_MAP).get(options.env) ||
        options.env;
    (0,ledger/* assertSafeName */.jP)('env-dir', envDir);
    const file = options.path || timingsPath(envDir);
    (0,ledger/* assertSafeRelativePath */.Dt)(file);
    if (options.branch)
        (0,ledger/* assertSafeBranch */.Y)(options.branch);
    const modes = [options.command && 'a command to run', options.logPath && 'log-path'].filter(Boolean);
    if (modes.length > 1)
        throw new ledger/* InputError */.dz(`Give either ${modes.join(' or ')}, not both`);
    const exitCode = options.exitCode ? parseExitCode(options.exitCode) : undefined;
    if (!options.command && exitCode === undefined) {
        throw new ledger/* InputError */.dz('exit-code is required when recording from a log: a log cannot tell whether the phase succeeded. ' +
            "Pass the phase command's status (e.g. --exit-code $$? in a Makefile), or wrap the command instead.");
    }
    const start = options.startTime ? parseUtcTime('start-time', options.startTime) : undefined;
    const end = options.endTime ? parseUtcTime('end-time', options.endTime) : undefined;
    if (start && end && end < start)
        throw new ledger/* InputError */.dz(`end-time ${options.endTime} is before start-time ${options.startTime}`);
    return { envDir, file, branch: options.branch || DEFAULT_TIMINGS_BRANCH, exitCode, start, end };
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
        throw new ledger/* InputError */.dz(`The end time ${end.at.toISOString()} (${row_TIME_SOURCES[end.source]}) is before the start time ` +
            `${start.at.toISOString()} (${row_TIME_SOURCES[start.source]}) for the log ${logFile}`);
    }
    const row = timingRow({
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
                columns: [...TIMING_COLUMNS],
                key: TIMING_KEY,
                records: [row],
            },
        ],
    }, appendOptions);
    const content = append.contents.get(checked.file) ?? '';
    const history = readTimingHistory(content, checked.file);
    const stats = phaseStats(runsOf(history.rows, options.env, options.phase), row);
    return {
        row,
        file: checked.file,
        logFile,
        timeSources: { start: start.source, end: end.source },
        logChoice,
        exitCode: exitCode,
        append,
        stats,
        regression: isRegression(Number(row.duration_seconds), stats),
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

// EXTERNAL MODULE: ./src/actions/inputs.ts
var inputs = __webpack_require__(6982);
;// CONCATENATED MODULE: ./src/actions/record-timing.ts
/** The record-timing action: inputs → recordTiming → outputs and job summary. */







async function recordTimingAction() {
    const input = (name) => core/* getInput */.V4(name) || undefined;
    const env = core/* getInput */.V4('env', { required: true });
    const buildId = core/* getInput */.V4('build-id', { required: true });
    const phase = core/* getInput */.V4('phase', { required: true });
    const run = input('run');
    const backend = await (0,ledger/* openStore */.Ch)((0,inputs/* storeFromInputs */.z)(), { log: core/* info */.pq });
    try {
        const recorded = await recordTiming({
            env,
            buildId,
            phase,
            command: run ? shellCommand(run) : undefined,
            logPath: input('log-path'),
            logDir: input('log-dir'),
            flags: input('flags'),
            exitCode: input('exit-code'),
            startTime: input('start-time'),
            endTime: input('end-time'),
            envDir: input('env-dir'),
            envDirMap: input('env-dir-map'),
            branch: input('branch'),
            path: input('path'),
            cwd: process.cwd(),
            root: process.env.GITHUB_WORKSPACE || process.cwd(),
        }, backend, { log: core/* info */.pq, spoolDir: (0,ledger/* defaultSpoolDir */.EX)(), retry: (0,ledger/* retryPolicyFromEnv */.ed)() });
        const { row } = recorded;
        core/* setOutput */.uH('row', timingRowLine(row));
        core/* setOutput */.uH('duration-seconds', row.duration_seconds);
        core/* setOutput */.uH('exit-code', row.exit_code);
        core/* setOutput */.uH('resources-added', row.resources_added);
        core/* setOutput */.uH('resources-changed', row.resources_changed);
        core/* setOutput */.uH('resources-destroyed', row.resources_destroyed);
        core/* setOutput */.uH('log-path', row.log_path);
        core/* setOutput */.uH('file', recorded.file);
        core/* setOutput */.uH('commit-sha', recorded.append.head ?? '');
        core/* setOutput */.uH('recorded', String(recorded.append.status === 'recorded'));
        if (recorded.regression)
            core/* warning */.$e(`${phase} on ${env} took ${row.duration_seconds} s: a regression against its median`);
        await core/* summary */.z.addRaw(timingSummaryMarkdown(recorded)).write();
        if (recorded.exitCode !== 0) {
            core/* setFailed */.C1(`${phase} exited with status ${recorded.exitCode} (the run was recorded)`);
        }
    }
    finally {
        await backend.close();
    }
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export terminalSafe */
/**
 * Markdown building blocks for job summaries. Text that came from data (names, messages,
 * flags) is escaped so it shows as text: no HTML, no formatting, no broken table cells.
 * core.summary escapes nothing, so everything goes through here.
 */
/** Escape for inline text and table cells: HTML specials, markdown punctuation, pipes, newlines. */
function text(value) {
    return String(value ?? '')
        .replace(/[\r\n]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1');
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


/***/ })

};

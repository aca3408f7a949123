export const id = 741;
export const ids = [741];
export const modules = {

/***/ 5741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportCommand: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/batch/paths.ts
var batch_paths = __webpack_require__(9052);
// EXTERNAL MODULE: ./src/history/load.ts + 2 modules
var load = __webpack_require__(417);
// EXTERNAL MODULE: ./src/history/options.ts
var options = __webpack_require__(6298);
// EXTERNAL MODULE: ./src/history/source.ts
var source = __webpack_require__(8027);
// EXTERNAL MODULE: ./src/ledger/index.ts + 8 modules
var ledger = __webpack_require__(9049);
// EXTERNAL MODULE: ./src/report/history-report.ts
var history_report = __webpack_require__(8501);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/timings-report.ts

const lastRun = (p) => p.last
    ? `${p.last.start_time_utc} (${(0,markdown/* duration */.p0)(Number(p.last.duration_seconds))}, exit ${p.last.exit_code})`
    : '–';
const regressionsOf = (p) => p.regressions.length === 0
    ? 'none'
    : p.regressions
        .map((r) => `${r.start} ${(0,markdown/* duration */.p0)(r.durationSeconds)} vs ${(0,markdown/* duration */.p0)(r.baselineSeconds)}`)
        .join('; ');
function unmappedNote(r) {
    return r.files
        .filter((f) => f.unmapped.length > 0)
        .map((f) => `${f.file}: ${f.unmapped.length} row(s) fit no known shape and were left out (lines ${f.unmapped.map((u) => u.line).join(', ')})`);
}
function timingsText(r, last) {
    const out = [`Build timings${last > 0 ? ` (last ${last} runs of each phase)` : ''}:`];
    if (r.phases.length === 0)
        out.push('  (no build_timings.csv rows)');
    const w = Math.max(12, ...r.phases.map((p) => `${p.env} ${p.phase}`.length + 1));
    for (const p of r.phases) {
        out.push(`  ${`${p.env} ${p.phase}`.padEnd(w)} runs ${String(p.runs).padStart(3)}  success ${(0,markdown/* percent */.KN)(p.successRate).padStart(4)}  median ${(0,markdown/* duration */.p0)(p.medianSeconds).padStart(8)}  p95 ${(0,markdown/* duration */.p0)(p.p95Seconds).padStart(8)}  last ${lastRun(p)}`);
        if (p.regressions.length)
            out.push(`  ${''.padEnd(w)} regressions: ${regressionsOf(p)}`);
    }
    out.push('', `Read ${r.files.map((f) => `${f.file} (${f.rows} rows)`).join(', ') || 'no files'}.`, ...unmappedNote(r));
    return (0,markdown/* terminalSafe */.kJ)(out.join('\n'));
}
function timingsMarkdown(r, last) {
    const rows = r.phases.map((p) => [
        (0,markdown/* text */.Qq)(p.env),
        (0,markdown/* text */.Qq)(p.phase),
        String(p.runs),
        (0,markdown/* percent */.KN)(p.successRate),
        (0,markdown/* duration */.p0)(p.medianSeconds),
        (0,markdown/* duration */.p0)(p.p95Seconds),
        (0,markdown/* text */.Qq)(lastRun(p)),
        (0,markdown/* text */.Qq)(regressionsOf(p)),
    ]);
    return ([
        `## Build timings${last > 0 ? ` (last ${last} runs of each phase)` : ''}`,
        (0,markdown/* table */.tp)([
            'Env',
            'Phase',
            'Runs',
            'Success',
            'Median',
            'p95',
            'Last run',
            'Regressions (over 1.5× median)',
        ], rows, ['left', 'left', 'right', 'right', 'right', 'right', 'left', 'left']),
        ...unmappedNote(r).map(markdown/* text */.Qq),
    ].join('\n\n') + '\n');
}

// EXTERNAL MODULE: ./src/timing/history.ts
var timing_history = __webpack_require__(8010);
;// CONCATENATED MODULE: ./src/timing/report.ts
/**
 * `ci-ledger report timings`: per env and phase, over the last N runs of each: runs, success
 * rate, median, p95, last run, and the runs that were regressions (over 1.5× the median of the
 * successful runs before them). Pure: file contents in, numbers out.
 */

function timingsReport(files, last) {
    const groups = new Map();
    const read = [];
    for (const { file, content } of files) {
        const history = (0,timing_history/* readTimingHistory */.DD)(content, file);
        read.push({ file, rows: history.rows.length, unmapped: history.unmapped });
        for (const row of history.rows) {
            const key = `${row.env}\0${row.phase}`;
            groups.set(key, [...(groups.get(key) ?? []), row]);
        }
    }
    const phases = [];
    for (const [key, rows] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const [env, phase] = key.split('\0');
        const all = [...rows].sort((a, b) => a.start_time_utc < b.start_time_utc ? -1 : a.start_time_utc > b.start_time_utc ? 1 : 0);
        const runs = last > 0 ? all.slice(-last) : all;
        const stats = (0,timing_history/* phaseStats */.Rz)(runs);
        const regressions = runs.flatMap((row) => {
            // The baseline of each run is the history before it, including runs outside the window.
            const s = (0,timing_history/* phaseStats */.Rz)(all, row);
            const d = Number(row.duration_seconds);
            return (0,timing_history/* isRegression */.kj)(d, s)
                ? [{ start: row.start_time_utc, durationSeconds: d, baselineSeconds: s.baselineSeconds }]
                : [];
        });
        phases.push({
            env,
            phase,
            runs: stats.runs,
            successRate: stats.successRate,
            medianSeconds: stats.medianSeconds,
            p95Seconds: stats.p95Seconds,
            last: stats.last,
            regressions,
        });
    }
    return { phases, files: read };
}

// EXTERNAL MODULE: ./src/timing/row.ts
var row = __webpack_require__(6550);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/store-options.ts
var store_options = __webpack_require__(8324);
;// CONCATENATED MODULE: ./src/cli/commands/report.ts













const report_options = {
    last: { type: 'string' },
    ecosystem: { type: 'string' },
    platform: { type: 'string' },
    format: { type: 'string' },
    branch: { type: 'string' },
    'metrics-path': { type: 'string' },
    'failures-dir': { type: 'string' },
    'macos-budget': { type: 'string' },
    'week-start': { type: 'string' },
    'skip-threshold': { type: 'string' },
    'read-all': { type: 'boolean' },
    ...store_options/* storeOptions */.S2,
};
const reportCommand = {
    name: 'report',
    help: `Usage: ci-ledger report [timings] [--last N] [--ecosystem E] [--platform P]
                        [--format text|markdown|json] [--branch B] [--read-all] [STORE]

Batches (default): pass rates per platform over the last N batches (default 10; 0 = all) with
the change against the N before, top failure categories per platform, the macOS budget of the
latest batch's week, the ecosystem × platform failure matrix, and insights (weakest platform,
the failure category that would unlock most recipes per platform, cells worth skipping).
Reads the metrics file and its batch-runs-*.jsonl siblings, and every file under the failures
folder, in the formats real pipelines write. For the last N batches, JSON Lines files are read
from their end and left once ${load/* TAIL_MARGIN */.u3} records in a row are older than the report needs
(the window and the N before it, the latest batch's week, the latest batch with results).

timings: per env and phase over the last N runs (default: all): runs, success rate, median,
p95, last run, and regressions (runs over 1.5× the median of the successful runs before them).

Options:
  --metrics-path P      default ${batch_paths/* DEFAULT_METRICS_PATH */.K}
  --failures-dir D      default ${batch_paths/* DEFAULT_FAILURES_DIR */.G}
  --macos-budget MIN    weekly macOS runner minutes (default 1000)
  --week-start DAY      default monday (UTC)
  --skip-threshold R    failure rate above which a cell is worth skipping (default 0.8)
  --branch B            default: the repository's default branch (timings: ${row/* DEFAULT_TIMINGS_BRANCH */.Vn})
  --read-all            read every record, for histories appended far out of time order

${store_options/* storeHelp */.LL}`,
    async run(args, io) {
        const { values, positionals } = (0,command/* parseOptions */.A)(args, report_options, true);
        const subject = positionals[0] ?? 'batches';
        if (positionals.length > 1 || !['batches', 'timings'].includes(subject)) {
            throw new command/* UsageError */.e(`unknown report ${JSON.stringify(positionals.join(' '))}: use "timings" or nothing`);
        }
        const format = values.format ?? 'text';
        if (!['text', 'markdown', 'json'].includes(format))
            throw new command/* UsageError */.e(`--format must be text, markdown or json`);
        const backend = await (0,ledger/* openStore */.Ch)((0,store_options/* storeFromArgs */.z8)(values), { log: io.stderr, env: io.env });
        try {
            if (subject === 'timings') {
                const last = values.last ? (0,options/* historyOptions */.x)({ last: values.last }).last : 0;
                const { root } = await (0,source/* checkoutBranch */.n)(backend, values.branch || row/* DEFAULT_TIMINGS_BRANCH */.Vn, [
                    'environments',
                ]);
                const report = timingsReport(root ? await timingFiles(root) : [], last);
                io.stdout(format === 'json'
                    ? JSON.stringify(report, null, 2)
                    : format === 'markdown'
                        ? timingsMarkdown(report, last)
                        : timingsText(report, last));
                return 0;
            }
            const opts = (0,options/* historyOptions */.x)({
                last: values.last,
                ecosystem: values.ecosystem,
                platform: values.platform,
                macosBudget: values['macos-budget'],
                weekStart: values['week-start'],
                skipThreshold: values['skip-threshold'],
            });
            const paths = {
                metricsPath: values['metrics-path'] || batch_paths/* DEFAULT_METRICS_PATH */.K,
                failuresDir: values['failures-dir'] || batch_paths/* DEFAULT_FAILURES_DIR */.G,
            };
            const { root } = await (0,source/* checkoutBranch */.n)(backend, values.branch, [
                (0,source/* folderOf */.y)(paths.metricsPath),
                paths.failuresDir,
            ]);
            const loaded = await (0,load/* loadHistory */.FB)(root ?? (0,external_node_path_.join)(io.cwd, '.ci-ledger-no-branch'), paths, opts, {
                readAll: values['read-all'],
            });
            io.stdout(format === 'json'
                ? (0,history_report/* historyJson */.dU)(loaded)
                : format === 'markdown'
                    ? (0,history_report/* historyMarkdown */.WP)(loaded, opts.skipThreshold)
                    : (0,history_report/* historyText */.u_)(loaded, opts.skipThreshold));
            return 0;
        }
        finally {
            await backend.close();
        }
    },
};
/** Every environments/<env>/latest/build_timings.csv under the checked-out branch. */
async function timingFiles(root) {
    const envs = await (0,promises_.readdir)((0,external_node_path_.join)(root, 'environments')).catch(() => []);
    const files = [];
    for (const env of envs.sort()) {
        const file = `environments/${env}/latest/build_timings.csv`;
        const content = await (0,promises_.readFile)((0,external_node_path_.join)(root, file), 'utf8').catch(() => undefined);
        if (content !== undefined)
            files.push({ file, content });
    }
    return files;
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

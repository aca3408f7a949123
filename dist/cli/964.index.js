export const id = 964;
export const ids = [964];
export const modules = {

/***/ 1964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  migrateCsvCommand: () => (/* binding */ migrateCsvCommand)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/ledger/index.ts + 8 modules
var ledger = __webpack_require__(9049);
// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/sync.js + 7 modules
var sync = __webpack_require__(6789);
// EXTERNAL MODULE: ./src/timing/history.ts
var timing_history = __webpack_require__(8010);
// EXTERNAL MODULE: ./src/timing/row.ts
var timing_row = __webpack_require__(6550);
;// CONCATENATED MODULE: ./src/timing/migrate.ts
/**
 * migrate-csv: rewrite a build_timings.csv written under an older header to the 12-column
 * header, mapping columns by name (see history.ts for the row shapes understood). Rows that
 * fit no shape are returned separately, so the caller can keep them: nothing is dropped.
 */




function migrateTimings(text, file) {
    const history = (0,timing_history/* readTimingHistory */.DD)(text, file);
    if (history.header.join(',') === timing_row/* TIMING_COLUMNS */.F$.join(',') && history.unmapped.length === 0) {
        throw new ledger/* InputError */.dz(`${file} already has the current 12-column header; nothing to migrate`);
    }
    if (!history.header.includes('start_time_utc')) {
        throw new ledger/* InputError */.dz(`${file}: its first line (${history.header.join(',')}) is not a build_timings header`);
    }
    const content = (0,sync/* stringify */.A)([
        [...timing_row/* TIMING_COLUMNS */.F$],
        ...history.rows.map((row) => timing_row/* TIMING_COLUMNS */.F$.map((c) => row[c])),
    ]);
    const unmappedContent = history.unmapped.length
        ? (0,sync/* stringify */.A)([
            ['line', 'reason', 'fields...'],
            ...history.unmapped.map((u) => [String(u.line), u.reason, ...u.fields]),
        ])
        : '';
    return { content, rows: history.rows.length, unmapped: history.unmapped, unmappedContent };
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands/migrate-csv.ts






const migrateCsvCommand = {
    name: 'migrate-csv',
    help: `Usage: ci-ledger migrate-csv FILE

Rewrites FILE in place with the 12-column header, mapping the old columns by name.
Rows that fit no known shape are listed and kept in FILE.unmapped.csv — nothing is dropped.
Commit the result to the registry branch yourself after checking it.`,
    async run(args, io) {
        const { positionals } = (0,command/* parseOptions */.A)(args, {}, true);
        if (positionals.length !== 1)
            throw new command/* UsageError */.e('give exactly one FILE');
        const file = (0,external_node_path_.resolve)(io.cwd, positionals[0]);
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (error) {
            throw new ledger/* InputError */.dz(`${file} cannot be read (${error.code})`);
        }
        const migration = migrateTimings(text, file);
        const temp = `${file}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
        if (migration.unmapped.length > 0)
            await (0,promises_.writeFile)(`${file}.unmapped.csv`, migration.unmappedContent);
        await (0,promises_.writeFile)(temp, migration.content);
        await (0,promises_.rename)(temp, file);
        io.stdout(`${file}: ${migration.rows} row(s) rewritten with the 12-column header.`);
        if (migration.unmapped.length > 0) {
            io.stdout(`${migration.unmapped.length} row(s) could not be mapped and were kept in ${file}.unmapped.csv:`);
            for (const u of migration.unmapped)
                io.stdout(`  line ${u.line}: ${u.reason}: ${u.fields.join(',')}`);
        }
        return 0;
    },
};


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

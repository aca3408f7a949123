export const id = 550;
export const ids = [550,447];
export const modules = {

/***/ 4447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  InputError: () => (/* reexport */ errors/* InputError */.dz),
  TransientError: () => (/* reexport */ errors/* TransientError */.N_),
  WriteError: () => (/* reexport */ errors/* WriteError */.QM),
  appendRecords: () => (/* reexport */ appendRecords),
  assertSafeBranch: () => (/* reexport */ assertSafeBranch),
  assertSafeName: () => (/* reexport */ assertSafeName),
  assertSafeRelativePath: () => (/* reexport */ assertSafeRelativePath),
  chooseStore: () => (/* reexport */ store/* chooseStore */.zp),
  defaultRetryPolicy: () => (/* reexport */ defaultRetryPolicy),
  defaultSpoolDir: () => (/* reexport */ defaultSpoolDir),
  flushSpool: () => (/* reexport */ flushSpool),
  githubStore: () => (/* reexport */ store/* githubStore */.$M),
  messageOf: () => (/* reexport */ errors/* messageOf */.bD),
  openStore: () => (/* reexport */ store/* openStore */.Ch),
  planAppend: () => (/* reexport */ planAppend),
  retryPolicyFromEnv: () => (/* reexport */ retryPolicyFromEnv)
});

;// CONCATENATED MODULE: ./src/ledger/backoff.ts
const defaultRetryPolicy = {
    maxAttempts: 20,
    baseDelayMs: 200,
    maxDelayMs: 10_000,
};
/** Delay before attempt `attempt + 1`, given that `attempt` (1-based) just failed. */
function backoffDelayMs(attempt, policy, retryAfterSeconds, random = Math.random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    const jittered = Math.round(random() * ceiling);
    return retryAfterSeconds === undefined ? jittered : Math.max(jittered, retryAfterSeconds * 1000);
}
/** Policy overrides from the environment, for operators who need more patience (or tests less). */
function retryPolicyFromEnv(env = process.env) {
    const num = (name, fallback) => {
        const value = Number(env[name]);
        return env[name] !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
    };
    return {
        maxAttempts: Math.max(1, num('CI_LEDGER_MAX_ATTEMPTS', defaultRetryPolicy.maxAttempts)),
        baseDelayMs: num('CI_LEDGER_RETRY_BASE_MS', defaultRetryPolicy.baseDelayMs),
        maxDelayMs: num('CI_LEDGER_RETRY_MAX_MS', defaultRetryPolicy.maxDelayMs),
    };
}

// EXTERNAL MODULE: ./src/ledger/errors.ts
var errors = __webpack_require__(9706);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(5175);
// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/sync.js + 7 modules
var lib_sync = __webpack_require__(6789);
;// CONCATENATED MODULE: ./src/ledger/plan.ts
/**
 * The pure heart of every append: given the files as they are at the branch head, decide
 * which records are new and what each file's content becomes. No I/O, so the same function
 * serves all backends, every retry (it always runs against a freshly read head), and tests.
 */



function planAppend(current, appends, anchor) {
    const changes = new Map();
    const files = [];
    for (const append of appends) {
        const existing = current.get(append.path) ?? null;
        const { content, appended, duplicates } = append.format === 'csv' ? planCsv(existing, append) : planJsonl(existing, append);
        if (appended > 0)
            changes.set(append.path, content);
        files.push({ path: append.path, appended, duplicates });
    }
    const anchored = anchor === undefined ? undefined : files.find((f) => f.path === anchor);
    if (anchored && anchored.appended === 0) {
        // The request as a whole is already recorded: its other records count as duplicates too.
        return {
            changes: new Map(),
            files: files.map((f, i) => ({
                path: f.path,
                appended: 0,
                duplicates: appends[i].records.length,
            })),
        };
    }
    return { changes, files };
}
const keyOf = (values) => JSON.stringify(values);
function planCsv(existing, append) {
    const expected = append.columns;
    const seen = new Set();
    let content;
    if (existing === null || existing.trim() === '') {
        content = (0,lib_sync/* stringify */.A)([expected]);
    }
    else {
        const rows = parseCsv(existing, append.path);
        const header = rows[0] ?? [];
        if (!sameColumns(header, expected))
            throw headerMismatch(append.path, header, expected);
        const keyIndexes = append.key.map((k) => expected.indexOf(k));
        for (const row of rows.slice(1))
            seen.add(keyOf(keyIndexes.map((i) => row[i] ?? '')));
        content = withFinalNewline(existing);
    }
    const fresh = [];
    let duplicates = 0;
    for (const record of append.records) {
        const key = keyOf(append.key.map((k) => record[k] ?? ''));
        if (seen.has(key)) {
            duplicates++;
            continue;
        }
        seen.add(key);
        fresh.push(expected.map((column) => record[column] ?? ''));
    }
    if (fresh.length > 0)
        content += (0,lib_sync/* stringify */.A)(fresh);
    return { content, appended: fresh.length, duplicates };
}
function parseCsv(text, path) {
    try {
        return (0,sync/* parse */.qg)(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
    }
    catch (error) {
        const e = error;
        const where = e.lines ? ` line ${e.lines}` : '';
        throw new errors/* InputError */.dz(`${path}${where}: not valid CSV (${e.message}). Nothing was written.`);
    }
}
function sameColumns(a, b) {
    return a.length === b.length && a.every((v, i) => v.trim() === b[i]);
}
function headerMismatch(path, found, expected) {
    return new errors/* InputError */.dz(`${path}: its header has ${found.length} columns (${found.join(',')}), ` +
        `not the ${expected.length} this file needs (${expected.join(',')}). Nothing was written. ` +
        `Convert the file with: ci-ledger migrate-csv ${path}`);
}
function planJsonl(existing, append) {
    const seen = new Set();
    let content = '';
    if (existing !== null && existing !== '') {
        for (const line of existing.split('\n')) {
            const record = parseJsonObject(line);
            if (record)
                seen.add(keyOf(append.key.map((k) => record[k])));
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
        content += JSON.stringify(record) + '\n';
        appended++;
    }
    return { content, appended, duplicates };
}
/** A line that is not a JSON object cannot match any key; it is kept as it is. */
function parseJsonObject(line) {
    if (!line.trim().startsWith('{'))
        return undefined;
    try {
        const value = JSON.parse(line);
        return value && typeof value === 'object' && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
function withFinalNewline(text) {
    return text.endsWith('\n') ? text : text + '\n';
}

;// CONCATENATED MODULE: ./src/ledger/paths.ts

/**
 * A ledger path is relative to the branch root and may not escape it. Names that end up in
 * paths (env, ecosystem, platform) come from workflow inputs: check them before any write.
 */
function assertSafeRelativePath(path) {
    const problem = unsafePathReason(path);
    if (problem)
        throw new errors/* InputError */.dz(`Unsafe ledger path ${JSON.stringify(path)}: ${problem}`);
}
function unsafePathReason(path) {
    if (path === '')
        return 'it is empty';
    if (path.startsWith('/') || /^[A-Za-z]:/.test(path))
        return 'it is absolute';
    if (path.includes('\\'))
        return 'it contains a backslash';
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    if (/[\0-\x1f\x7f]/.test(path))
        return 'it contains a control character';
    const segments = path.split('/');
    if (segments.some((s) => s === '' || s === '.' || s === '..'))
        return 'it has an empty, "." or ".." segment';
    if (segments.some((s) => s.toLowerCase() === '.git'))
        return 'it reaches into .git';
    return undefined;
}
/**
 * A single path segment built from user input (an environment or ecosystem name).
 * Letters, digits, dot, underscore and dash; not starting with a dot.
 */
function assertSafeName(kind, value) {
    if (!/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(value)) {
        throw new errors/* InputError */.dz(`Unsafe ${kind} ${JSON.stringify(value)}: use letters, digits, ".", "_" and "-" (not starting with "."), at most 128 characters`);
    }
}
/** A branch name git and GitHub accept (git check-ref-format's rules, applied up front). */
function assertSafeBranch(branch) {
    const bad = branch === '' ||
        branch === '@' ||
        branch.startsWith('/') ||
        branch.endsWith('/') ||
        branch.endsWith('.') ||
        branch.endsWith('.lock') ||
        branch.startsWith('-') ||
        // eslint-disable-next-line no-control-regex -- control characters are refused
        /\.\.|\/\/|@\{|[\s~^:?*[\\\x00-\x1f\x7f]/.test(branch) ||
        branch.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock'));
    if (bad)
        throw new errors/* InputError */.dz(`The branch ${JSON.stringify(branch)} is not a valid branch name`);
}

;// CONCATENATED MODULE: ./src/ledger/request.ts
/**
 * The shape an append request must have. Requests built in code always have it; spooled ones
 * come back from files that anybody could have edited, so every one is checked before use.
 */


const isStrings = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string');
/** What is wrong with a request, or undefined. */
function requestProblem(request) {
    if (!request || typeof request !== 'object')
        return 'the request is not an object';
    const r = request;
    if (typeof r.message !== 'string')
        return '/message must be a string';
    if (r.branch !== undefined && typeof r.branch !== 'string')
        return '/branch must be a string';
    if (!Array.isArray(r.files) || r.files.length === 0)
        return '/files must be a non-empty array';
    for (const [i, f] of r.files.entries()) {
        const at = `/files/${i}`;
        if (!f || typeof f !== 'object')
            return `${at} must be an object`;
        if (f.format !== 'csv' && f.format !== 'jsonl')
            return `${at}/format must be "csv" or "jsonl"`;
        if (typeof f.path !== 'string')
            return `${at}/path must be a string`;
        if (!isStrings(f.key) || f.key.length === 0)
            return `${at}/key must be a non-empty array of field names`;
        if (!Array.isArray(f.records))
            return `${at}/records must be an array`;
        if (f.records.some((x) => !x || typeof x !== 'object' || Array.isArray(x))) {
            return `${at}/records must hold objects`;
        }
        if (f.format === 'csv') {
            if (!isStrings(f.columns) || f.columns.length === 0)
                return `${at}/columns must be a non-empty array`;
            const missing = f.key.filter((k) => !f.columns.includes(k));
            if (missing.length > 0)
                return `${at}/key: ${missing.join(', ')} not in the columns`;
        }
    }
    if (r.anchor !== undefined && !r.files.some((f) => f.path === r.anchor)) {
        return `/anchor ${r.anchor} is not one of the files`;
    }
    return undefined;
}
/** Throws one InputError (prefixed with `where`, e.g. a spool file) when the request is malformed or unsafe. */
function assertValidRequest(request, where = 'append request') {
    const problem = requestProblem(request);
    if (problem)
        throw new errors/* InputError */.dz(`${where}: ${problem}`);
    const r = request;
    if (r.branch !== undefined)
        assertSafeBranch(r.branch);
    const seen = new Set();
    for (const file of r.files) {
        assertSafeRelativePath(file.path);
        if (seen.has(file.path))
            throw new errors/* InputError */.dz(`${where}: ${file.path} appears twice in one append`);
        seen.add(file.path);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/ledger/spool.ts
/**
 * The spool: records that could not be written, saved as their append request (plain JSON)
 * so that `ci-ledger flush` can re-submit them. Re-submitting is safe at any time because
 * appends are idempotent by record key.
 */





function defaultSpoolDir(env = process.env, cwd = process.cwd()) {
    return (0,external_node_path_.resolve)(cwd, env.CI_LEDGER_SPOOL_DIR || '.ci-ledger/spool');
}
async function spoolRequest(dir, request, target, reason) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const entry = {
        version: 1,
        createdAt: new Date().toISOString(),
        target,
        reason,
        request,
    };
    const name = `${entry.createdAt.replace(/[:.]/g, '')}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.json`;
    const file = (0,external_node_path_.join)(dir, name);
    const temp = `${file}.tmp`;
    await (0,promises_.writeFile)(temp, JSON.stringify(entry, null, 2) + '\n');
    await (0,promises_.rename)(temp, file);
    return file;
}
async function listSpool(dir) {
    try {
        return (await (0,promises_.readdir)(dir))
            .filter((n) => n.endsWith('.json'))
            .sort()
            .map((n) => (0,external_node_path_.join)(dir, n));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
}
async function readSpoolEntry(file) {
    let entry;
    try {
        entry = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${file}: not a readable spool file (${error.message})`);
    }
    if (entry?.version !== 1)
        throw new errors/* InputError */.dz(`${file}: not a ci-ledger spool file (no "version": 1)`);
    assertValidRequest(entry.request, `${file}: /request`);
    return entry;
}
async function removeSpoolEntry(file) {
    await (0,promises_.rm)(file, { force: true });
}

;// CONCATENATED MODULE: ./src/ledger/append.ts
/**
 * appendRecords: the one way anything is written. Optimistic concurrency: read the head,
 * plan against it, publish as a fast-forward of it; on a lost race or a transient failure,
 * wait (jittered backoff) and start again from a fresh read. Because the duplicate check runs
 * against every fresh read, a retry whose earlier attempt did land adds nothing.
 * When every attempt fails the records are spooled for `ci-ledger flush` — never dropped.
 */





const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function appendRecords(backend, request, options = {}) {
    assertValidRequest(request);
    const { retry = defaultRetryPolicy, log = () => { }, sleep = defaultSleep } = options;
    let branch = request.branch;
    let lastProblem = 'no attempt was made';
    // Set when a publish failed in a way that may have landed anyway (a lost response).
    let publishOutcomeUnknown = false;
    for (let attempt = 1; attempt <= retry.maxAttempts; attempt++) {
        let retryAfter;
        try {
            branch ??= await backend.defaultBranch();
            const snapshot = await backend.read(branch, request.files.map((f) => f.path));
            const plan = planAppend(snapshot.files, request.files, request.anchor);
            if (plan.changes.size === 0) {
                const landedEarlier = publishOutcomeUnknown;
                if (landedEarlier)
                    log(`An earlier attempt landed although its response was lost.`);
                return {
                    status: landedEarlier ? 'recorded' : 'already-recorded',
                    branch,
                    head: snapshot.head,
                    files: plan.files,
                    attempts: attempt,
                    contents: snapshot.files,
                };
            }
            try {
                const published = await backend.publish(snapshot, plan.changes, request.message);
                if (published.status === 'published') {
                    const contents = new Map([...snapshot.files, ...plan.changes]);
                    return {
                        status: 'recorded',
                        branch,
                        head: published.head,
                        files: plan.files,
                        attempts: attempt,
                        contents,
                    };
                }
                lastProblem = published.reason;
            }
            catch (error) {
                if (error instanceof errors/* TransientError */.N_)
                    publishOutcomeUnknown = true;
                throw error;
            }
        }
        catch (error) {
            if (error instanceof errors/* InputError */.dz) {
                throw new errors/* InputError */.dz(`${error.message}${branch ? ` (branch ${branch}, ${backend.description})` : ''}`);
            }
            if (!(error instanceof errors/* TransientError */.N_)) {
                throw await giveUp(request, backend, options, `${(0,errors/* messageOf */.bD)(error)}`, log);
            }
            lastProblem = error.message;
            retryAfter = error.retryAfterSeconds;
        }
        if (attempt < retry.maxAttempts) {
            const delay = backoffDelayMs(attempt, retry, retryAfter);
            log(`Attempt ${attempt}/${retry.maxAttempts} did not land (${lastProblem}); retrying in ${delay} ms.`);
            await sleep(delay);
        }
    }
    throw await giveUp(request, backend, options, `gave up after ${retry.maxAttempts} attempts; last problem: ${lastProblem}`, log);
}
async function giveUp(request, backend, options, why, log) {
    const count = request.files.reduce((n, f) => n + f.records.length, 0);
    const what = `${count} record(s) for ${request.files.map((f) => f.path).join(', ')}`;
    let spoolFile;
    let spoolNote = '';
    if (options.spoolDir !== undefined) {
        try {
            spoolFile = await spoolRequest(options.spoolDir, request, backend.description, why);
            spoolNote = ` They were saved to ${spoolFile}; re-submit them with: ci-ledger flush`;
        }
        catch (error) {
            spoolNote = ` They could not be saved to a spool file either (${(0,errors/* messageOf */.bD)(error)}).`;
        }
    }
    // Printed whole, so that even with no spool file the records survive in the log.
    log(`Unwritten records: ${JSON.stringify(request)}`);
    return new errors/* WriteError */.QM(`Could not write ${what} to ${backend.description}: ${why}.${spoolNote}`, spoolFile);
}

;// CONCATENATED MODULE: ./src/ledger/flush.ts
/** `ci-ledger flush`: re-submit spooled appends; a spool file is removed only once it landed. */



async function flushSpool(backend, spoolDir, options = {}) {
    const report = { files: 0, recorded: 0, alreadyRecorded: 0, landed: [], failed: [] };
    for (const file of await listSpool(spoolDir)) {
        report.files++;
        try {
            const entry = await readSpoolEntry(file);
            // No spoolDir: a failed re-submission stays in its own spool file instead of a new one.
            const result = await appendRecords(backend, entry.request, {
                ...options,
                spoolDir: undefined,
            });
            if (result.status === 'recorded')
                report.recorded++;
            else
                report.alreadyRecorded++;
            report.landed.push({ file, result });
            await removeSpoolEntry(file);
        }
        catch (error) {
            report.failed.push({ file, error: (0,errors/* messageOf */.bD)(error) });
        }
    }
    return report;
}

// EXTERNAL MODULE: ./src/ledger/store.ts
var store = __webpack_require__(492);
;// CONCATENATED MODULE: ./src/ledger/index.ts
/** The ledger: the only code that writes records. */










/***/ }),

/***/ 6550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_ENV_DIR_MAP: () => (/* binding */ DEFAULT_ENV_DIR_MAP),
/* harmony export */   DEFAULT_TIMINGS_BRANCH: () => (/* binding */ DEFAULT_TIMINGS_BRANCH),
/* harmony export */   TIME_SOURCES: () => (/* binding */ TIME_SOURCES),
/* harmony export */   TIMING_COLUMNS: () => (/* binding */ TIMING_COLUMNS),
/* harmony export */   TIMING_KEY: () => (/* binding */ TIMING_KEY),
/* harmony export */   isoSeconds: () => (/* binding */ isoSeconds),
/* harmony export */   parseEnvDirMap: () => (/* binding */ parseEnvDirMap),
/* harmony export */   parseExitCode: () => (/* binding */ parseExitCode),
/* harmony export */   parseUtcTime: () => (/* binding */ parseUtcTime),
/* harmony export */   timingRow: () => (/* binding */ timingRow),
/* harmony export */   timingRowLine: () => (/* binding */ timingRowLine),
/* harmony export */   timingsPath: () => (/* binding */ timingsPath)
/* harmony export */ });
/* harmony import */ var csv_stringify_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6789);
/* harmony import */ var _ledger_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4447);
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
        throw new _ledger_index_js__WEBPACK_IMPORTED_MODULE_1__.InputError(`The end time ${end} is before the start time ${start}`);
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
        throw new _ledger_index_js__WEBPACK_IMPORTED_MODULE_1__.InputError(`${name} ${JSON.stringify(value)} is not an ISO 8601 time with a zone, e.g. 2026-01-24T08:00:00Z`);
    }
    return date;
}
function parseExitCode(value) {
    const code = Number(value.trim());
    if (value.trim() === '' || !Number.isInteger(code) || code < 0 || code > 255) {
        throw new _ledger_index_js__WEBPACK_IMPORTED_MODULE_1__.InputError(`exit-code ${JSON.stringify(value)} is not an exit status (an integer 0–255)`);
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
            throw new _ledger_index_js__WEBPACK_IMPORTED_MODULE_1__.InputError(`env-dir-map entry ${JSON.stringify(entry)} is not "env=dir"`);
        map.set(env, dir);
    }
    return map;
}
function timingsPath(envDir) {
    return `environments/${envDir}/latest/build_timings.csv`;
}
/** The row as one CSV line (RFC 4180 quoting), without the line end. */
function timingRowLine(row) {
    return (0,csv_stringify_sync__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .A)([TIMING_COLUMNS.map((c) => row[c])]).replace(/\r?\n$/, '');
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

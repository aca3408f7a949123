export const id = 373;
export const ids = [373];
export const modules = {

/***/ 9923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ aggregateBatch),
/* harmony export */   s: () => (/* binding */ weakestPlatform)
/* harmony export */ });
/* harmony import */ var _ledger_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9049);
/* harmony import */ var _maps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7921);
/**
 * One batch: per-platform results → the batch record (DESIGN §3.2) and one failure record per
 * failed (recipe, platform) (§3.3). Pure: artifacts and options in, records out.
 */


const STATUS_RANK = { skipped: 0, passed: 1, failed: 2 };
function aggregateBatch(artifacts, options) {
    (0,_ledger_index_js__WEBPACK_IMPORTED_MODULE_0__/* .assertSafeName */ .jP)('ecosystem', options.ecosystem);
    checkAgreement(artifacts, options);
    const timestamp = options.now.toISOString().slice(0, 19) + 'Z';
    // (recipe, reported platform) → the decisive result: failed over passed over skipped.
    const cells = new Map();
    const platforms = new Map();
    const counts = (p) => {
        let c = platforms.get(p);
        if (!c)
            platforms.set(p, (c = { tested: 0, passed: 0, failed: 0, skipped: 0, duration_seconds: null }));
        return c;
    };
    const recipes = new Set();
    for (const artifact of artifacts) {
        if (artifact.platform)
            counts(options.platformMap(artifact.platform)); // an empty artifact still names its platform
        for (const result of artifact.results) {
            (0,_ledger_index_js__WEBPACK_IMPORTED_MODULE_0__/* .assertSafeName */ .jP)(`platform in ${artifact.file}`, result.platform);
            const platform = options.platformMap(result.platform);
            recipes.add(result.recipe);
            counts(platform);
            let byPlatform = cells.get(result.recipe);
            if (!byPlatform)
                cells.set(result.recipe, (byPlatform = new Map()));
            const seen = byPlatform.get(platform);
            if (!seen || STATUS_RANK[result.status] > STATUS_RANK[seen.status])
                byPlatform.set(platform, result);
        }
        addDuration(artifact, options.platformMap, counts);
    }
    const failures = [];
    let merged = 0;
    let failedRecipes = 0;
    for (const [recipe, byPlatform] of [...cells].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        let passes = 0;
        let fails = 0;
        for (const [platform, result] of [...byPlatform].sort(([a], [b]) => (0,_maps_js__WEBPACK_IMPORTED_MODULE_1__/* .platformOrder */ .A_)(a, b))) {
            const c = counts(platform);
            if (result.status !== 'skipped') {
                c[result.status]++;
                c.tested++;
            }
            if (result.status === 'passed')
                passes++;
            if (result.status === 'failed') {
                fails++;
                failures.push(failureRecord(recipe, platform, result, options, timestamp));
            }
        }
        if (fails > 0)
            failedRecipes++;
        else if (passes > 0)
            merged++;
    }
    // Skipped: the batch's recipes this platform did not test — listed as skipped (v1), or absent
    // (the array form lists only what ran). Progressive validation makes these common on macOS.
    for (const c of platforms.values())
        c.skipped = recipes.size - c.tested;
    const total = options.total ?? recipes.size;
    const mergedCount = options.merged ?? merged;
    const ordered = Object.fromEntries([...platforms].sort(([a], [b]) => (0,_maps_js__WEBPACK_IMPORTED_MODULE_1__/* .platformOrder */ .A_)(a, b)));
    const macosSources = macosMinutes(artifacts, options.platformMap);
    const record = {
        schema_version: 1,
        batch_id: options.batchId,
        ecosystem: options.ecosystem,
        total,
        generated: options.generated ?? total,
        failed: failedRecipes,
        merged: mergedCount,
        success_rate: total > 0 ? round(mergedCount / total, 4) : 0,
        platforms: ordered,
        macos_minutes_used: round(macosSources.reduce((sum, s) => sum + s.minutes, 0), 1),
        duration_seconds: batchDuration(artifacts),
        timestamp,
    };
    return { record, failures, macosSources, weakestPlatform: weakestPlatform(ordered) };
}
/** Every v1 artifact must belong to this batch and ecosystem. */
function checkAgreement(artifacts, options) {
    for (const a of artifacts) {
        if (a.batchId !== undefined && a.batchId !== options.batchId) {
            throw new _ledger_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${a.file}: /batch_id is ${JSON.stringify(a.batchId)}, but this batch is ${JSON.stringify(options.batchId)}`);
        }
        if (a.ecosystem !== undefined && a.ecosystem !== options.ecosystem) {
            throw new _ledger_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${a.file}: /ecosystem is ${JSON.stringify(a.ecosystem)}, but this batch is ${JSON.stringify(options.ecosystem)}`);
        }
    }
}
function failureRecord(recipe, platform, r, o, timestamp) {
    const category = r.category ?? o.categoryMap(r.exitCode);
    const parts = [
        r.exitCode !== undefined ? `exit code ${r.exitCode}` : undefined,
        r.attempts !== undefined ? `after ${r.attempts} attempt(s)` : undefined,
        r.platform !== platform ? `on ${r.platform}` : undefined,
    ].filter(Boolean);
    const record = {
        schema_version: 1,
        batch_id: o.batchId,
        ecosystem: o.ecosystem,
        recipe,
        environment: platform,
        category,
        message: r.message ?? (parts.length ? `failed: ${parts.join(' ')}` : 'failed'),
        timestamp,
    };
    if (r.exitCode !== undefined)
        record.exit_code = r.exitCode;
    return record;
}
const seconds = (iso) => (iso ? Date.parse(iso) / 1000 : NaN);
function artifactSeconds(a) {
    const wall = seconds(a.finishedAt) - seconds(a.startedAt);
    if (Number.isFinite(wall) && wall >= 0)
        return { seconds: wall, source: 'finished_at − started_at' };
    const durations = a.results
        .map((r) => r.durationSeconds)
        .filter((d) => d !== undefined);
    if (durations.length > 0)
        return { seconds: durations.reduce((x, y) => x + y, 0), source: 'sum of result durations' };
    return { seconds: NaN, source: 'unknown' };
}
function addDuration(a, map, counts) {
    const platform = a.platform
        ? map(a.platform)
        : a.results[0]
            ? map(a.results[0].platform)
            : undefined;
    if (!platform)
        return;
    const { seconds: s } = artifactSeconds(a);
    if (!Number.isFinite(s))
        return;
    const c = counts(platform);
    c.duration_seconds = Math.round((c.duration_seconds ?? 0) + s);
}
/** Runner minutes of the darwin-* platforms: runner_minutes, else wall time, else summed durations. */
function macosMinutes(artifacts, map) {
    const out = [];
    for (const a of artifacts) {
        const platform = a.platform ? map(a.platform) : a.results[0] ? map(a.results[0].platform) : '';
        if (!platform.startsWith('darwin-'))
            continue;
        if (a.runnerMinutes !== undefined) {
            out.push({ file: a.file, platform, minutes: a.runnerMinutes, source: 'runner_minutes' });
            continue;
        }
        const { seconds: s, source } = artifactSeconds(a);
        out.push({ file: a.file, platform, minutes: Number.isFinite(s) ? s / 60 : 0, source });
    }
    return out;
}
function batchDuration(artifacts) {
    const starts = artifacts.map((a) => seconds(a.startedAt)).filter(Number.isFinite);
    const ends = artifacts.map((a) => seconds(a.finishedAt)).filter(Number.isFinite);
    if (starts.length === 0 || ends.length === 0)
        return null;
    return Math.max(0, Math.round(Math.max(...ends) - Math.min(...starts)));
}
/** The platform with the lowest pass rate among those that tested something (ties: more failures). */
function weakestPlatform(platforms) {
    let weakest;
    for (const [name, c] of Object.entries(platforms)) {
        if (c.tested === 0)
            continue;
        const rate = c.passed / c.tested;
        if (!weakest || rate < weakest.rate || (rate === weakest.rate && c.failed > weakest.failed))
            weakest = { name, rate, failed: c.failed };
    }
    return weakest?.name;
}
const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;


/***/ }),

/***/ 628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ globToRegExp)
/* harmony export */ });
/**
 * Shell-style globs for artifact names and platform maps: `*` (within a path segment),
 * `**` (across segments), `?`, and `[abc]` classes. Everything else is literal.
 */
function globToRegExp(glob) {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            source += '.*';
            i++;
            if (glob[i + 1] === '/')
                i++; // "**/" also matches no directory at all
        }
        else if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else if (c === '[') {
            const end = glob.indexOf(']', i + 1);
            if (end === -1)
                source += '\\[';
            else {
                source += `[${glob
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else
            source += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}


/***/ }),

/***/ 7921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ platformOrder),
/* harmony export */   UW: () => (/* binding */ parseCategoryMap),
/* harmony export */   ky: () => (/* binding */ DEFAULT_CATEGORY_MAP),
/* harmony export */   nd: () => (/* binding */ DEFAULT_PLATFORM_MAP),
/* harmony export */   th: () => (/* binding */ parsePlatformMap)
/* harmony export */ });
/* unused harmony export REPORTED_PLATFORMS */
/* harmony import */ var _ledger_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9049);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(628);
/** The two operator-tunable maps of batch-metrics: detailed platform → reported platform, exit code → category. */


const DEFAULT_PLATFORM_MAP = [
    'linux-*-glibc-x86_64=linux-glibc-x86_64',
    'linux-*-glibc-arm64=linux-glibc-arm64',
    'linux-*-musl-x86_64=linux-musl-x86_64',
    'darwin-arm64*=darwin-arm64',
    'darwin-x86_64*=darwin-x86_64',
].join('\n');
const DEFAULT_CATEGORY_MAP = [
    '3=recipe_not_found',
    '5=network_error',
    '6=install_failed',
    '7=verify_failed',
    '8=missing_dep',
    '*=generation_failed',
].join('\n');
/** The seed's five platforms, in the order operators read them. */
const REPORTED_PLATFORMS = [
    'linux-glibc-x86_64',
    'linux-glibc-arm64',
    'linux-musl-x86_64',
    'darwin-arm64',
    'darwin-x86_64',
];
function entries(kind, text) {
    return text
        .split('\n')
        .map((line, i) => [line.trim(), i + 1])
        .filter(([line]) => line !== '' && !line.startsWith('#'))
        .map(([line, n]) => {
        const at = line.lastIndexOf('=');
        const key = line.slice(0, at).trim();
        const value = line.slice(at + 1).trim();
        if (at <= 0 || !key || !value)
            throw new _ledger_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${kind} line ${n} ${JSON.stringify(line)} is not "pattern=value"`);
        return [key, value, n];
    });
}
/** Ordered `pattern=platform` lines; the first matching pattern wins; unmapped names pass through. */
function parsePlatformMap(text) {
    const rules = entries('platform-map', text).map(([pattern, platform, line]) => {
        // The reported name ends up in records and summaries: the same rule as any platform name.
        if (!/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(platform)) {
            throw new _ledger_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`platform-map line ${line}: ${JSON.stringify(platform)} is not a safe platform name`);
        }
        return { re: (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globToRegExp */ .t)(pattern), platform };
    });
    // Asked once per failure record of a long history: remember the few names real data holds.
    const known = new Map();
    return (name) => {
        let platform = known.get(name);
        if (platform === undefined) {
            platform = rules.find((r) => r.re.test(name))?.platform ?? name;
            if (known.size < 10_000)
                known.set(name, platform);
        }
        return platform;
    };
}
/** `code=category` lines and a `*=category` default (generation_failed when none is given). */
function parseCategoryMap(text) {
    const byCode = new Map();
    let fallback = 'generation_failed';
    for (const [code, category, n] of entries('category-map', text)) {
        if (code === '*')
            fallback = category;
        else if (/^-?\d+$/.test(code))
            byCode.set(Number(code), category);
        else
            throw new _ledger_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`category-map line ${n}: ${JSON.stringify(code)} is not an exit code or "*"`);
    }
    return (exitCode) => (exitCode === undefined ? fallback : (byCode.get(exitCode) ?? fallback));
}
/** Reported platforms in a stable order: the seed's five, other Linux ones after Linux's, other
 * macOS ones after macOS's, then the rest; x86_64 before arm64, then by name, within a rank. */
function platformOrder(a, b) {
    const rank = (p) => {
        const known = REPORTED_PLATFORMS.indexOf(p);
        return known !== -1 ? known : p.startsWith('linux') ? 2.5 : p.startsWith('darwin') ? 4.5 : 5;
    };
    const arch = (p) => (p.endsWith('x86_64') ? 0 : p.endsWith('arm64') ? 1 : 2);
    return rank(a) - rank(b) || arch(a) - arch(b) || (a < b ? -1 : a > b ? 1 : 0);
}


/***/ }),

/***/ 9052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ DEFAULT_FAILURES_DIR),
/* harmony export */   K: () => (/* binding */ DEFAULT_METRICS_PATH)
/* harmony export */ });
/** Where batch histories live on the branch (DESIGN §3): written by batch-metrics, read by reports. */
const DEFAULT_METRICS_PATH = 'data/metrics/batch-runs.jsonl';
const DEFAULT_FAILURES_DIR = 'data/failures';


/***/ }),

/***/ 1373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  batchMetricsCommand: () => (/* binding */ batchMetricsCommand)
});

// EXTERNAL MODULE: ./src/batch/paths.ts
var paths = __webpack_require__(9052);
// EXTERNAL MODULE: ./src/ledger/index.ts + 8 modules
var ledger = __webpack_require__(9049);
// EXTERNAL MODULE: ./src/batch/aggregate.ts
var aggregate = __webpack_require__(9923);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./schemas/validation-result.array.schema.json
const validation_result_array_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:ci-ledger:schema:validation-result:array","title":"Per-platform validation results, array form","description":"The form batch pipelines produce today: one entry per (recipe, detailed platform).","type":"array","items":{"type":"object","required":["recipe","platform","status"],"additionalProperties":true,"properties":{"recipe":{"type":"string","minLength":1,"maxLength":512},"platform":{"type":"string","pattern":"^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"},"status":{"enum":["pass","fail","skipped"]},"exit_code":{"type":"integer"},"attempts":{"type":"integer","minimum":0},"blocked_by":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}},{"type":"null"}]},"category":{"type":"string","minLength":1,"maxLength":128},"message":{"type":"string","maxLength":65536},"duration_seconds":{"type":"number","minimum":0}}}}');
;// CONCATENATED MODULE: ./schemas/validation-result.v1.schema.json
const validation_result_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:ci-ledger:schema:validation-result:v1","title":"ci-ledger per-platform validation result (v1)","description":"What one platform\'s validation job uploads; batch-metrics aggregates these into one batch record.","type":"object","required":["schema_version","batch_id","ecosystem","platform","results"],"additionalProperties":true,"properties":{"schema_version":{"const":1},"batch_id":{"type":"string","minLength":1,"maxLength":128},"ecosystem":{"type":"string","pattern":"^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"},"platform":{"type":"string","pattern":"^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"},"started_at":{"type":"string","format":"date-time"},"finished_at":{"type":"string","format":"date-time"},"runner_minutes":{"type":"number","minimum":0},"results":{"type":"array","items":{"type":"object","required":["recipe","status"],"additionalProperties":true,"properties":{"recipe":{"type":"string","minLength":1,"maxLength":512},"status":{"enum":["passed","failed","skipped"]},"duration_seconds":{"type":"number","minimum":0},"category":{"type":"string","minLength":1,"maxLength":128},"message":{"type":"string","maxLength":65536},"reason":{"type":"string","maxLength":65536},"exit_code":{"type":"integer"},"platform":{"type":"string","pattern":"^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"}}}}}}');
// EXTERNAL MODULE: ./src/batch/glob.ts
var batch_glob = __webpack_require__(628);
;// CONCATENATED MODULE: ./src/batch/artifacts.ts
/**
 * Per-platform result artifacts, in either form, validated against the shipped JSON Schemas
 * and normalised to one shape. Errors name the file and the JSON pointer. Parsing is pure
 * (`parseArtifact`, given the validators); `readArtifacts` is the I/O edge that finds and reads
 * the files.
 */






/** 64 MiB: far above any real artifact; stops a runaway file before it exhausts memory. */
const MAX_ARTIFACT_BYTES = 64 * 1024 * 1024;
let validators;
/** Ajv and its schema compiler are loaded when there are artifacts to check, not at start. */
function loadValidators() {
    // Both are CommonJS: `default` is their module.exports, alike in Node and in the bundle.
    validators ??= Promise.all([__webpack_require__.e(/* import() */ 463).then(__webpack_require__.t.bind(__webpack_require__, 2463, 23)), Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(815)]).then(__webpack_require__.t.bind(__webpack_require__, 2815, 23))]).then(([{ default: ajvModule }, { default: addFormats }]) => {
        const ajv = new ajvModule.Ajv({ allErrors: false, strict: false });
        addFormats(ajv);
        return { v1: ajv.compile(validation_result_v1_schema_namespaceObject), array: ajv.compile(validation_result_array_schema_namespaceObject) };
    });
    return validators;
}
function schemaError(file, errors) {
    const first = errors?.[0];
    if (!first)
        return new ledger/* InputError */.dz(`${file}: does not match the result schema`);
    const pointer = first.instancePath || '/';
    const detail = first.keyword === 'enum'
        ? `must be one of ${first.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
        : first.keyword === 'required'
            ? `is missing the required property "${first.params.missingProperty}"`
            : first.keyword === 'const'
                ? `must be ${JSON.stringify(first.params.allowedValue)}`
                : (first.message ?? 'is invalid');
    return new ledger/* InputError */.dz(`${file}: ${pointer} ${detail}`);
}
/** "validation-results-darwin-arm64.json" → "darwin-arm64" */
function platformFromFileName(file) {
    return /^validation-results?-(.+)\.json$/.exec((0,external_node_path_.basename)(file))?.[1];
}
function parseArtifact(text, file, { v1, array }) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new ledger/* InputError */.dz(`${file}: not valid JSON (${jsonErrorWhere(text, error)})`);
    }
    if (Array.isArray(data)) {
        if (!array(data))
            throw schemaError(file, array.errors);
        const rows = data;
        return {
            file,
            form: 'array',
            platform: rows.length === 0 ? platformFromFileName(file) : undefined,
            results: rows.map((r) => ({
                recipe: r.recipe,
                platform: r.platform,
                status: r.status === 'pass' ? 'passed' : r.status === 'fail' ? 'failed' : 'skipped',
                exitCode: r.exit_code,
                attempts: r.attempts,
                category: r.category,
                message: r.message,
                durationSeconds: r.duration_seconds,
                blockedBy: r.blocked_by == null
                    ? undefined
                    : [].concat(r.blocked_by),
            })),
        };
    }
    if (data && typeof data === 'object' && 'schema_version' in data) {
        if (!v1(data))
            throw schemaError(file, v1.errors);
        const a = data;
        if (typeof a.started_at === 'string' &&
            typeof a.finished_at === 'string' &&
            Date.parse(a.finished_at) < Date.parse(a.started_at)) {
            throw new ledger/* InputError */.dz(`${file}: /finished_at ${a.finished_at} is before /started_at ${a.started_at}`);
        }
        return {
            file,
            form: 'v1',
            batchId: a.batch_id,
            ecosystem: a.ecosystem,
            platform: a.platform,
            startedAt: a.started_at,
            finishedAt: a.finished_at,
            runnerMinutes: a.runner_minutes,
            results: a.results.map((r) => ({
                recipe: r.recipe,
                platform: r.platform ?? a.platform,
                status: r.status,
                exitCode: r.exit_code,
                category: r.category,
                message: r.message ?? r.reason,
                durationSeconds: r.duration_seconds,
            })),
        };
    }
    throw new ledger/* InputError */.dz(`${file}: / is neither a v1 result object (with "schema_version": 1) nor an array of {recipe, platform, status} results`);
}
/** Node's JSON errors give a character position; people want a line and column. */
function jsonErrorWhere(text, error) {
    const position = /position (\d+)/.exec(error.message)?.[1];
    if (position === undefined)
        return error.message;
    const before = text.slice(0, Number(position));
    const line = before.split('\n').length;
    const column = Number(position) - before.lastIndexOf('\n');
    return `${error.message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}
/** Finds the artifacts: `glob` matches the file name at any depth under `dir` (download-artifact
 * puts each artifact in its own folder), or the relative path when the glob has a slash. */
async function findArtifacts(dir, glob) {
    const re = (0,batch_glob/* globToRegExp */.t)(glob);
    let names;
    try {
        names = (await (0,promises_.readdir)(dir, { recursive: true })).map(String);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            throw new ledger/* InputError */.dz(`results-dir ${dir} does not exist`);
        throw error;
    }
    const matches = names
        .filter((n) => re.test(glob.includes('/') ? n.split('\\').join('/') : (0,external_node_path_.basename)(n)))
        .sort();
    const files = [];
    for (const name of matches)
        if ((await (0,promises_.stat)((0,external_node_path_.join)(dir, name))).isFile())
            files.push((0,external_node_path_.join)(dir, name));
    if (files.length === 0)
        throw new ledger/* InputError */.dz(`No result artifacts match ${glob} under ${dir}`);
    return files;
}
async function readArtifacts(dir, glob) {
    const files = await findArtifacts(dir, glob);
    const validators = await loadValidators();
    const artifacts = [];
    for (const file of files) {
        const shown = (0,external_node_path_.relative)(process.cwd(), file) || file;
        const size = (await (0,promises_.stat)(file)).size;
        if (size > MAX_ARTIFACT_BYTES) {
            throw new ledger/* InputError */.dz(`${shown}: ${size} bytes is over the ${MAX_ARTIFACT_BYTES / 1024 / 1024} MiB limit for one result artifact`);
        }
        const bytes = await (0,promises_.readFile)(file);
        let text;
        try {
            text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            throw new ledger/* InputError */.dz(`${shown}: not UTF-8 text (a result artifact is JSON)`);
        }
        artifacts.push(parseArtifact(text, shown, validators));
    }
    return artifacts;
}

// EXTERNAL MODULE: ./src/batch/maps.ts
var maps = __webpack_require__(7921);
;// CONCATENATED MODULE: ./src/batch/record.ts
/**
 * batch-metrics, shared by the action and the CLI: read and validate every artifact, aggregate,
 * and append the batch line and its failure records in one commit. Nothing is written when
 * any input is invalid; a re-run of the same batch writes nothing and says so.
 */





const DEFAULT_RESULTS_GLOB = 'validation-results-*.json';
const BATCH_KEY = ['batch_id', 'ecosystem'];
const FAILURE_KEY = ['batch_id', 'ecosystem', 'recipe', 'environment'];
function count(name, value) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
        throw new ledger/* InputError */.dz(`${name} ${JSON.stringify(value)} is not a whole number`);
    return n;
}
async function recordBatchMetrics(options, backend, appendOptions = {}) {
    if (!options.batchId.trim())
        throw new ledger/* InputError */.dz('batch-id is empty');
    (0,ledger/* assertSafeName */.jP)('ecosystem', options.ecosystem);
    if (options.branch)
        (0,ledger/* assertSafeBranch */.Y)(options.branch);
    const metricsPath = options.metricsPath || paths/* DEFAULT_METRICS_PATH */.K;
    const failuresPath = `${(options.failuresDir || paths/* DEFAULT_FAILURES_DIR */.G).replace(/\/+$/, '')}/${options.ecosystem}.jsonl`;
    const platformMap = (0,maps/* parsePlatformMap */.th)(options.platformMap ?? maps/* DEFAULT_PLATFORM_MAP */.nd);
    const categoryMap = (0,maps/* parseCategoryMap */.UW)(options.categoryMap ?? maps/* DEFAULT_CATEGORY_MAP */.ky);
    const total = count('total', options.total);
    const generated = count('generated', options.generated);
    const merged = count('merged', options.merged);
    const artifacts = await readArtifacts(options.resultsDir || '.', options.results || DEFAULT_RESULTS_GLOB);
    const outcome = (0,aggregate/* aggregateBatch */._)(artifacts, {
        batchId: options.batchId,
        ecosystem: options.ecosystem,
        platformMap,
        categoryMap,
        total,
        generated,
        merged,
        now: options.now ?? new Date(),
    });
    const append = await (0,ledger/* appendRecords */.ho)(backend, {
        branch: options.branch,
        message: `batch-metrics: ${options.ecosystem} ${options.batchId} (${outcome.failures.length} failure(s))`,
        anchor: metricsPath,
        files: [
            { format: 'jsonl', path: metricsPath, key: BATCH_KEY, records: [{ ...outcome.record }] },
            {
                format: 'jsonl',
                path: failuresPath,
                key: FAILURE_KEY,
                records: outcome.failures.map((f) => ({ ...f })),
            },
        ],
    }, appendOptions);
    return { ...outcome, artifacts, metricsPath, failuresPath, append };
}

// EXTERNAL MODULE: ./src/report/batch-table.ts
var batch_table = __webpack_require__(2383);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/batch-metrics-summary.ts


function macosNote(r) {
    if (r.macosSources.length === 0)
        return 'no darwin platform in this batch';
    const sources = [...new Set(r.macosSources.map((s) => s.source))].join(', ');
    const unknown = r.macosSources.filter((s) => s.source === 'unknown').map((s) => s.file);
    return `${r.record.macos_minutes_used} min (from ${sources})${unknown.length ? `; no timing in ${unknown.join(', ')}` : ''}`;
}
function writtenNote(r) {
    return r.append.status === 'already-recorded'
        ? `already recorded in ${r.metricsPath} on ${r.append.branch}: nothing new was written`
        : `written to ${r.metricsPath} and ${r.failuresPath} on ${r.append.branch}${r.append.head ? ` in commit ${r.append.head.slice(0, 12)}` : ''}`;
}
function batchMetricsMarkdown(r) {
    const { record } = r;
    return ([
        `## Batch ${text(record.batch_id)}: ${text(record.ecosystem)}`,
        batchTableMarkdown(record.platforms),
        [
            `**Merged:** ${record.merged} of ${record.total} (${percent(record.success_rate)})`,
            `**Failure records:** ${r.failures.length}`,
            `**Weakest platform:** ${r.weakestPlatform ? text(r.weakestPlatform) : '–'}`,
            `**macOS minutes:** ${text(macosNote(r))}`,
        ].join(' · '),
        writtenMarkdown(r),
    ].join('\n\n') + '\n');
}
function writtenMarkdown(r) {
    const { branch, head } = r.append;
    return r.append.status === 'already-recorded'
        ? `ℹ️ Already recorded in ${code(r.metricsPath)} on ${code(branch)}: nothing new was written.`
        : `✅ Written to ${code(r.metricsPath)} and ${code(r.failuresPath)} on ${code(branch)}${head ? ` (commit ${code(head.slice(0, 12))})` : ''}.`;
}
function batchMetricsText(r) {
    const { record } = r;
    return (0,markdown/* terminalSafe */.kJ)([
        `Batch ${record.batch_id} (${record.ecosystem}): ${record.merged}/${record.total} merged (${(0,markdown/* percent */.KN)(record.success_rate)}), ${r.failures.length} failure record(s), ${r.artifacts.length} artifact(s)`,
        (0,batch_table/* batchTableText */.M)(record.platforms),
        `  weakest platform: ${r.weakestPlatform ?? '–'}`,
        `  macOS minutes: ${macosNote(r)}`,
        `  ${writtenNote(r)}`,
    ].join('\n'));
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/store-options.ts
var store_options = __webpack_require__(8324);
;// CONCATENATED MODULE: ./src/cli/commands/batch-metrics.ts






const options = {
    'batch-id': { type: 'string' },
    ecosystem: { type: 'string' },
    results: { type: 'string' },
    'results-dir': { type: 'string' },
    'platform-map': { type: 'string' },
    'category-map': { type: 'string' },
    total: { type: 'string' },
    generated: { type: 'string' },
    merged: { type: 'string' },
    'metrics-path': { type: 'string' },
    'failures-dir': { type: 'string' },
    branch: { type: 'string' },
    ...store_options/* storeOptions */.S2,
};
const batchMetricsCommand = {
    name: 'batch-metrics',
    help: `Usage: ci-ledger batch-metrics --batch-id ID --ecosystem E [options] [STORE]

Validates the per-platform result artifacts (v1 objects or arrays of {recipe, platform,
status}), appends one line to the metrics file and one failure record per failed
(recipe, platform) to <failures-dir>/<ecosystem>.jsonl, in one commit. Re-running the same
batch writes nothing.

Options:
  --results GLOB        artifact file names (default ${DEFAULT_RESULTS_GLOB}), at any depth
  --results-dir DIR     where the artifacts were downloaded (default .)
  --platform-map MAP    "pattern=platform" lines folding detailed platforms (default: the five)
  --category-map MAP    "exit_code=category" lines, "*=category" for the rest
  --total N, --generated N, --merged N
                        override the counts derived from the artifacts
  --metrics-path P      default ${paths/* DEFAULT_METRICS_PATH */.K}
  --failures-dir D      default ${paths/* DEFAULT_FAILURES_DIR */.G}
  --branch B            default: the repository's default branch

${store_options/* storeHelp */.LL}`,
    async run(args, io) {
        const { values } = (0,command/* parseOptions */.A)(args, options);
        for (const name of ['batch-id', 'ecosystem'])
            if (!values[name])
                throw new command/* UsageError */.e(`--${name} is required`);
        const backend = await (0,ledger/* openStore */.Ch)((0,store_options/* storeFromArgs */.z8)(values), { log: io.stderr, env: io.env });
        try {
            const recorded = await recordBatchMetrics({
                batchId: values['batch-id'],
                ecosystem: values.ecosystem,
                results: values.results,
                resultsDir: values['results-dir'],
                platformMap: values['platform-map'],
                categoryMap: values['category-map'],
                total: values.total,
                generated: values.generated,
                merged: values.merged,
                metricsPath: values['metrics-path'],
                failuresDir: values['failures-dir'],
                branch: values.branch,
            }, backend, {
                log: io.stderr,
                spoolDir: (0,ledger/* defaultSpoolDir */.EX)(io.env, io.cwd),
                retry: (0,ledger/* retryPolicyFromEnv */.ed)(io.env),
            });
            io.stdout(batchMetricsText(recorded));
            return 0;
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

/***/ 2383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ batchTableText),
/* harmony export */   W: () => (/* binding */ batchTableMarkdown)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
/** The per-platform table of one batch (the seed's Option B table), in markdown and plain text. Pure. */

const passRate = (c) => (c.tested > 0 ? c.passed / c.tested : undefined);
function totals(platforms) {
    const t = { tested: 0, passed: 0, failed: 0, skipped: 0, duration_seconds: null };
    for (const c of Object.values(platforms)) {
        t.tested += c.tested;
        t.passed += c.passed;
        t.failed += c.failed;
        t.skipped += c.skipped ?? 0;
        if (typeof c.duration_seconds === 'number')
            t.duration_seconds = (t.duration_seconds ?? 0) + c.duration_seconds;
    }
    return t;
}
function batchTableMarkdown(platforms) {
    const row = (name, c) => [
        name,
        String(c.tested),
        String(c.passed),
        String(c.failed),
        String(c.skipped ?? 0),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(passRate(c)),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0)(typeof c.duration_seconds === 'number' ? c.duration_seconds : undefined),
    ];
    const rows = Object.entries(platforms).map(([name, c]) => row((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(name), c));
    rows.push(row('**Total**', totals(platforms)));
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Platform', 'Tested', 'Passed', 'Failed', 'Skipped', 'Pass rate', 'Duration'], rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right']);
}
function batchTableText(platforms) {
    const names = Object.keys(platforms);
    const width = Math.max(8, ...names.map((n) => n.length), 'Total'.length);
    const line = (name, c) => `  ${name.padEnd(width)}  ${String(c.tested).padStart(6)}  ${String(c.passed).padStart(6)}  ${String(c.failed).padStart(6)}  ${String(c.skipped ?? 0).padStart(7)}  ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(passRate(c)).padStart(9)}`;
    return [
        `  ${'Platform'.padEnd(width)}  ${'Tested'.padStart(6)}  ${'Passed'.padStart(6)}  ${'Failed'.padStart(6)}  ${'Skipped'.padStart(7)}  ${'Pass rate'.padStart(9)}`,
        ...names.map((n) => line(n, platforms[n])),
        line('Total', totals(platforms)),
    ].join('\n');
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


/***/ })

};

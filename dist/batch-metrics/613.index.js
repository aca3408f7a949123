export const id = 613;
export const ids = [613,447];
export const modules = {

/***/ 7613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BATCH_KEY: () => (/* binding */ BATCH_KEY),
  DEFAULT_RESULTS_GLOB: () => (/* binding */ DEFAULT_RESULTS_GLOB),
  FAILURE_KEY: () => (/* binding */ FAILURE_KEY),
  recordBatchMetrics: () => (/* binding */ recordBatchMetrics)
});

// EXTERNAL MODULE: ./src/ledger/index.ts + 7 modules
var ledger = __webpack_require__(4447);
;// CONCATENATED MODULE: ./src/batch/glob.ts
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

;// CONCATENATED MODULE: ./src/batch/maps.ts
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
            throw new ledger.InputError(`${kind} line ${n} ${JSON.stringify(line)} is not "pattern=value"`);
        return [key, value, n];
    });
}
/** Ordered `pattern=platform` lines; the first matching pattern wins; unmapped names pass through. */
function parsePlatformMap(text) {
    const rules = entries('platform-map', text).map(([pattern, platform, line]) => {
        // The reported name ends up in records and summaries: the same rule as any platform name.
        if (!/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(platform)) {
            throw new ledger.InputError(`platform-map line ${line}: ${JSON.stringify(platform)} is not a safe platform name`);
        }
        return { re: globToRegExp(pattern), platform };
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
            throw new ledger.InputError(`category-map line ${n}: ${JSON.stringify(code)} is not an exit code or "*"`);
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

;// CONCATENATED MODULE: ./src/batch/aggregate.ts
/**
 * One batch: per-platform results → the batch record (DESIGN §3.2) and one failure record per
 * failed (recipe, platform) (§3.3). Pure: artifacts and options in, records out.
 */


const STATUS_RANK = { skipped: 0, passed: 1, failed: 2 };
function aggregateBatch(artifacts, options) {
    (0,ledger.assertSafeName)('ecosystem', options.ecosystem);
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
            (0,ledger.assertSafeName)(`platform in ${artifact.file}`, result.platform);
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
        for (const [platform, result] of [...byPlatform].sort(([a], [b]) => platformOrder(a, b))) {
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
    const ordered = Object.fromEntries([...platforms].sort(([a], [b]) => platformOrder(a, b)));
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
            throw new ledger.InputError(`${a.file}: /batch_id is ${JSON.stringify(a.batchId)}, but this batch is ${JSON.stringify(options.batchId)}`);
        }
        if (a.ecosystem !== undefined && a.ecosystem !== options.ecosystem) {
            throw new ledger.InputError(`${a.file}: /ecosystem is ${JSON.stringify(a.ecosystem)}, but this batch is ${JSON.stringify(options.ecosystem)}`);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./schemas/validation-result.array.schema.json
const validation_result_array_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:ci-ledger:schema:validation-result:array","title":"Per-platform validation results, array form","description":"The form batch pipelines produce today: one entry per (recipe, detailed platform).","type":"array","items":{"type":"object","required":["recipe","platform","status"],"additionalProperties":true,"properties":{"recipe":{"type":"string","minLength":1,"maxLength":512},"platform":{"type":"string","pattern":"^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"},"status":{"enum":["pass","fail","skipped"]},"exit_code":{"type":"integer"},"attempts":{"type":"integer","minimum":0},"blocked_by":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}},{"type":"null"}]},"category":{"type":"string","minLength":1,"maxLength":128},"message":{"type":"string","maxLength":65536},"duration_seconds":{"type":"number","minimum":0}}}}');
;// CONCATENATED MODULE: ./schemas/validation-result.v1.schema.json
const validation_result_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:ci-ledger:schema:validation-result:v1","title":"ci-ledger per-platform validation result (v1)","description":"What one platform\'s validation job uploads; batch-metrics aggregates these into one batch record.","type":"object","required":["schema_version","batch_id","ecosystem","platform","results"],"additionalProperties":true,"properties":{"schema_version":{"const":1},"batch_id":{"type":"string","minLength":1,"maxLength":128},"ecosystem":{"type":"string","pattern":"^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"},"platform":{"type":"string","pattern":"^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"},"started_at":{"type":"string","format":"date-time"},"finished_at":{"type":"string","format":"date-time"},"runner_minutes":{"type":"number","minimum":0},"results":{"type":"array","items":{"type":"object","required":["recipe","status"],"additionalProperties":true,"properties":{"recipe":{"type":"string","minLength":1,"maxLength":512},"status":{"enum":["passed","failed","skipped"]},"duration_seconds":{"type":"number","minimum":0},"category":{"type":"string","minLength":1,"maxLength":128},"message":{"type":"string","maxLength":65536},"reason":{"type":"string","maxLength":65536},"exit_code":{"type":"integer"},"platform":{"type":"string","pattern":"^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"}}}}}}');
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
        return new ledger.InputError(`${file}: does not match the result schema`);
    const pointer = first.instancePath || '/';
    const detail = first.keyword === 'enum'
        ? `must be one of ${first.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
        : first.keyword === 'required'
            ? `is missing the required property "${first.params.missingProperty}"`
            : first.keyword === 'const'
                ? `must be ${JSON.stringify(first.params.allowedValue)}`
                : (first.message ?? 'is invalid');
    return new ledger.InputError(`${file}: ${pointer} ${detail}`);
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
        throw new ledger.InputError(`${file}: not valid JSON (${jsonErrorWhere(text, error)})`);
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
            throw new ledger.InputError(`${file}: /finished_at ${a.finished_at} is before /started_at ${a.started_at}`);
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
    throw new ledger.InputError(`${file}: / is neither a v1 result object (with "schema_version": 1) nor an array of {recipe, platform, status} results`);
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
    const re = globToRegExp(glob);
    let names;
    try {
        names = (await (0,promises_.readdir)(dir, { recursive: true })).map(String);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            throw new ledger.InputError(`results-dir ${dir} does not exist`);
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
        throw new ledger.InputError(`No result artifacts match ${glob} under ${dir}`);
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
            throw new ledger.InputError(`${shown}: ${size} bytes is over the ${MAX_ARTIFACT_BYTES / 1024 / 1024} MiB limit for one result artifact`);
        }
        const bytes = await (0,promises_.readFile)(file);
        let text;
        try {
            text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            throw new ledger.InputError(`${shown}: not UTF-8 text (a result artifact is JSON)`);
        }
        artifacts.push(parseArtifact(text, shown, validators));
    }
    return artifacts;
}

;// CONCATENATED MODULE: ./src/batch/paths.ts
/** Where batch histories live on the branch (DESIGN §3): written by batch-metrics, read by reports. */
const DEFAULT_METRICS_PATH = 'data/metrics/batch-runs.jsonl';
const DEFAULT_FAILURES_DIR = 'data/failures';

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
        throw new ledger.InputError(`${name} ${JSON.stringify(value)} is not a whole number`);
    return n;
}
async function recordBatchMetrics(options, backend, appendOptions = {}) {
    if (!options.batchId.trim())
        throw new ledger.InputError('batch-id is empty');
    (0,ledger.assertSafeName)('ecosystem', options.ecosystem);
    if (options.branch)
        (0,ledger.assertSafeBranch)(options.branch);
    const metricsPath = options.metricsPath || DEFAULT_METRICS_PATH;
    const failuresPath = `${(options.failuresDir || DEFAULT_FAILURES_DIR).replace(/\/+$/, '')}/${options.ecosystem}.jsonl`;
    const platformMap = parsePlatformMap(options.platformMap ?? DEFAULT_PLATFORM_MAP);
    const categoryMap = parseCategoryMap(options.categoryMap ?? DEFAULT_CATEGORY_MAP);
    const total = count('total', options.total);
    const generated = count('generated', options.generated);
    const merged = count('merged', options.merged);
    const artifacts = await readArtifacts(options.resultsDir || '.', options.results || DEFAULT_RESULTS_GLOB);
    const outcome = aggregateBatch(artifacts, {
        batchId: options.batchId,
        ecosystem: options.ecosystem,
        platformMap,
        categoryMap,
        total,
        generated,
        merged,
        now: options.now ?? new Date(),
    });
    const append = await (0,ledger.appendRecords)(backend, {
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


/***/ }),

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










/***/ })

};

export const id = 805;
export const ids = [805];
export const modules = {

/***/ 4805:
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
var batch_glob = __webpack_require__(8247);
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
    const re = (0,batch_glob/* globToRegExp */.t)(glob);
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

// EXTERNAL MODULE: ./src/batch/maps.ts
var maps = __webpack_require__(7921);
// EXTERNAL MODULE: ./src/batch/paths.ts
var paths = __webpack_require__(9052);
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


/***/ })

};

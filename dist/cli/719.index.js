export const id = 719;
export const ids = [719];
export const modules = {

/***/ 719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  batchMetricsCommand: () => (/* binding */ batchMetricsCommand)
});

// EXTERNAL MODULE: ./src/batch/record.ts + 3 modules
var record = __webpack_require__(4805);
// EXTERNAL MODULE: ./src/ledger/index.ts + 8 modules
var ledger = __webpack_require__(9049);
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
  --results GLOB        artifact file names (default ${record/* DEFAULT_RESULTS_GLOB */.g2}), at any depth
  --results-dir DIR     where the artifacts were downloaded (default .)
  --platform-map MAP    "pattern=platform" lines folding detailed platforms (default: the five)
  --category-map MAP    "exit_code=category" lines, "*=category" for the rest
  --total N, --generated N, --merged N
                        override the counts derived from the artifacts
  --metrics-path P      default ${record/* DEFAULT_METRICS_PATH */.Kx}
  --failures-dir D      default ${record/* DEFAULT_FAILURES_DIR */.GE}
  --branch B            default: the repository's default branch

${store_options/* storeHelp */.LL}`,
    async run(args, io) {
        const { values } = (0,command/* parseOptions */.A)(args, options);
        for (const name of ['batch-id', 'ecosystem'])
            if (!values[name])
                throw new command/* UsageError */.e(`--${name} is required`);
        const backend = await (0,ledger/* openStore */.Ch)((0,store_options/* storeFromArgs */.z8)(values), { log: io.stderr, env: io.env });
        try {
            const recorded = await (0,record/* recordBatchMetrics */.RG)({
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


/***/ })

};

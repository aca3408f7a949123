export const id = 839;
export const ids = [839];
export const modules = {

/***/ 7839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  batchMetricsAction: () => (/* binding */ batchMetricsAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(3360);
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
        `## Batch ${(0,markdown/* text */.Qq)(record.batch_id)}: ${(0,markdown/* text */.Qq)(record.ecosystem)}`,
        (0,batch_table/* batchTableMarkdown */.W)(record.platforms),
        [
            `**Merged:** ${record.merged} of ${record.total} (${(0,markdown/* percent */.KN)(record.success_rate)})`,
            `**Failure records:** ${r.failures.length}`,
            `**Weakest platform:** ${r.weakestPlatform ? (0,markdown/* text */.Qq)(r.weakestPlatform) : '–'}`,
            `**macOS minutes:** ${(0,markdown/* text */.Qq)(macosNote(r))}`,
        ].join(' · '),
        writtenMarkdown(r),
    ].join('\n\n') + '\n');
}
function writtenMarkdown(r) {
    const { branch, head } = r.append;
    return r.append.status === 'already-recorded'
        ? `ℹ️ Already recorded in ${(0,markdown/* code */.aY)(r.metricsPath)} on ${(0,markdown/* code */.aY)(branch)}: nothing new was written.`
        : `✅ Written to ${(0,markdown/* code */.aY)(r.metricsPath)} and ${(0,markdown/* code */.aY)(r.failuresPath)} on ${(0,markdown/* code */.aY)(branch)}${head ? ` (commit ${(0,markdown/* code */.aY)(head.slice(0, 12))})` : ''}.`;
}
function batchMetricsText(r) {
    const { record } = r;
    return terminalSafe([
        `Batch ${record.batch_id} (${record.ecosystem}): ${record.merged}/${record.total} merged (${percent(record.success_rate)}), ${r.failures.length} failure record(s), ${r.artifacts.length} artifact(s)`,
        batchTableText(record.platforms),
        `  weakest platform: ${r.weakestPlatform ?? '–'}`,
        `  macOS minutes: ${macosNote(r)}`,
        `  ${writtenNote(r)}`,
    ].join('\n'));
}

// EXTERNAL MODULE: ./src/actions/inputs.ts
var inputs = __webpack_require__(6982);
;// CONCATENATED MODULE: ./src/actions/batch-metrics.ts
/** The batch-metrics action: inputs → recordBatchMetrics → outputs and job summary. */





async function batchMetricsAction() {
    const input = (name) => core/* getInput */.V4(name) || undefined;
    const batchId = core/* getInput */.V4('batch-id', { required: true });
    const ecosystem = core/* getInput */.V4('ecosystem', { required: true });
    const backend = await (0,ledger/* openStore */.Ch)((0,inputs/* storeFromInputs */.z)(), { log: core/* info */.pq });
    try {
        const recorded = await (0,record/* recordBatchMetrics */.RG)({
            batchId,
            ecosystem,
            results: input('results'),
            resultsDir: input('results-dir'),
            platformMap: input('platform-map'),
            categoryMap: input('category-map'),
            total: input('total'),
            generated: input('generated'),
            merged: input('merged'),
            metricsPath: input('metrics-path'),
            failuresDir: input('failures-dir'),
            branch: input('branch'),
        }, backend, { log: core/* info */.pq, spoolDir: (0,ledger/* defaultSpoolDir */.EX)(), retry: (0,ledger/* retryPolicyFromEnv */.ed)() });
        core/* setOutput */.uH('record', JSON.stringify(recorded.record));
        core/* setOutput */.uH('pass-rate', String(recorded.record.success_rate));
        core/* setOutput */.uH('weakest-platform', recorded.weakestPlatform ?? '');
        core/* setOutput */.uH('failures', String(recorded.failures.length));
        core/* setOutput */.uH('commit-sha', recorded.append.head ?? '');
        core/* setOutput */.uH('recorded', String(recorded.append.status === 'recorded'));
        if (recorded.append.status === 'already-recorded')
            core/* notice */.lm(`Batch ${batchId} (${ecosystem}) was already recorded; nothing new was written`);
        await core/* summary */.z.addRaw(batchMetricsMarkdown(recorded)).write();
    }
    finally {
        await backend.close();
    }
}


/***/ })

};

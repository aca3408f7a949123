export const id = 103;
export const ids = [103];
export const modules = {

/***/ 103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  summaryCommand: () => (/* binding */ summaryCommand)
});

// EXTERNAL MODULE: ./src/batch/paths.ts
var batch_paths = __webpack_require__(9052);
// EXTERNAL MODULE: ./src/ledger/index.ts + 8 modules
var ledger = __webpack_require__(9049);
// EXTERNAL MODULE: ./src/report/history-report.ts
var history_report = __webpack_require__(8501);
// EXTERNAL MODULE: ./src/history/load.ts + 2 modules
var load = __webpack_require__(417);
// EXTERNAL MODULE: ./src/history/options.ts
var history_options = __webpack_require__(6298);
// EXTERNAL MODULE: ./src/history/source.ts
var source = __webpack_require__(8027);
;// CONCATENATED MODULE: ./src/history/summarize.ts
/** batch-summary, shared by the action and `ci-ledger summary`: read the history, render the summary. */






async function summarizeBatch(backend, inputs) {
    const options = (0,history_options/* historyOptions */.x)(inputs);
    const minPassRate = inputs.minPassRate
        ? (0,history_options/* parseRatio */.L)('min-pass-rate', inputs.minPassRate)
        : undefined;
    const paths = {
        metricsPath: inputs.metricsPath || batch_paths/* DEFAULT_METRICS_PATH */.K,
        failuresDir: inputs.failuresDir || batch_paths/* DEFAULT_FAILURES_DIR */.G,
    };
    const { root, branch } = await (0,source/* checkoutBranch */.n)(backend, inputs.branch, [
        (0,source/* folderOf */.y)(paths.metricsPath),
        paths.failuresDir,
    ]);
    if (!root)
        throw new ledger/* InputError */.dz(`Branch ${branch} does not exist in ${backend.description}: no batch history to summarize`);
    const loaded = await (0,load/* loadHistory */.FB)(root, paths, options, { readAll: inputs.readAll });
    if (options.batchId && !loaded.report.focus) {
        throw new ledger/* InputError */.dz(`No batch ${JSON.stringify(options.batchId)} in ${paths.metricsPath} on ${branch}${options.ecosystem ? ` for ${options.ecosystem}` : ''}`);
    }
    return {
        summary: (0,history_report/* batchSummary */.xC)(loaded.report, { minPassRate, skipThreshold: options.skipThreshold }),
        loaded,
        branch,
    };
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/store-options.ts
var store_options = __webpack_require__(8324);
;// CONCATENATED MODULE: ./src/cli/commands/summary.ts




const options = {
    'batch-id': { type: 'string' },
    ecosystem: { type: 'string' },
    last: { type: 'string' },
    'min-pass-rate': { type: 'string' },
    'macos-budget': { type: 'string' },
    'week-start': { type: 'string' },
    'skip-threshold': { type: 'string' },
    'metrics-path': { type: 'string' },
    'failures-dir': { type: 'string' },
    branch: { type: 'string' },
    'read-all': { type: 'boolean' },
    ...store_options/* storeOptions */.S2,
};
const summaryCommand = {
    name: 'summary',
    help: `Usage: ci-ledger summary [--batch-id ID] [--ecosystem E] [--last N] [STORE]

Prints the markdown batch-summary writes to the job summary: the batch's per-platform table,
its failure categories, the macOS budget of its week, trends over the last N batches (with a
Mermaid chart) and insights. Default batch: the latest.

Options: --min-pass-rate R, --macos-budget MIN, --week-start DAY, --skip-threshold R,
         --metrics-path P, --failures-dir D, --branch B (default: the default branch),
         --read-all (read every record, not only the newest: see \`report --help\`)

${store_options/* storeHelp */.LL}`,
    async run(args, io) {
        const { values } = (0,command/* parseOptions */.A)(args, options);
        const backend = await (0,ledger/* openStore */.Ch)((0,store_options/* storeFromArgs */.z8)(values), { log: io.stderr, env: io.env });
        try {
            const { summary } = await summarizeBatch(backend, {
                batchId: values['batch-id'],
                ecosystem: values.ecosystem,
                last: values.last,
                minPassRate: values['min-pass-rate'],
                macosBudget: values['macos-budget'],
                weekStart: values['week-start'],
                skipThreshold: values['skip-threshold'],
                metricsPath: values['metrics-path'],
                failuresDir: values['failures-dir'],
                branch: values.branch,
                readAll: values['read-all'],
            });
            io.stdout(summary.markdown.trimEnd());
            return 0;
        }
        finally {
            await backend.close();
        }
    },
};


/***/ })

};

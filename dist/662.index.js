export const id = 662;
export const ids = [662];
export const modules = {

/***/ 7662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   batchSummaryAction: () => (/* binding */ batchSummaryAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3360);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6982);
/** The batch-summary action: read the metrics history, write the operator's job summary. */


async function batchSummaryAction() {
    const input = (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name) || undefined;
    const failOnBreach = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt('fail-on-breach');
    const store = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .storeFromInputs */ .z)();
    // Loaded once the inputs are read (a bad input fails fast): the history reader and report.
    const [{ openStore }, { summarizeBatch }] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 492)),
        Promise.all(/* import() */[__webpack_require__.e(631), __webpack_require__.e(494), __webpack_require__.e(568)]).then(__webpack_require__.bind(__webpack_require__, 3568)),
    ]);
    const backend = await openStore(store, { log: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq });
    try {
        const { summary, loaded } = await summarizeBatch(backend, {
            batchId: input('batch-id'),
            ecosystem: input('ecosystem'),
            last: input('last'),
            minPassRate: input('min-pass-rate'),
            macosBudget: input('macos-budget'),
            weekStart: input('week-start'),
            skipThreshold: input('skip-threshold'),
            metricsPath: input('metrics-path'),
            failuresDir: input('failures-dir'),
            branch: input('branch'),
        });
        const { report } = loaded;
        const focus = report.focus;
        for (const platform of summary.breaches) {
            const c = focus?.platforms[platform];
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${platform} passed ${c?.passed}/${c?.tested} in batch ${focus?.batchId}: below min-pass-rate ${input('min-pass-rate')}`);
        }
        if (report.macos?.overBudget) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`macOS minutes projected at ${report.macos.projectedMinutes} of ${report.macos.budgetMinutes} for the week of ${report.macos.weekStart.slice(0, 10)}`);
        }
        if (summary.dropped.length)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`Job summary shortened to fit GitHub's limit: left out ${summary.dropped.join(', ')}`);
        for (const s of loaded.skipped.slice(0, 10))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Skipped an unreadable record: ${s.file} line ${s.line}: ${s.reason}`);
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(summary.markdown).write();
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('weakest-platform', report.insights.weakestPlatform ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('breaches', summary.breaches.join(','));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('summary-bytes', String(summary.bytes));
        if (failOnBreach && summary.breaches.length > 0) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`Below min-pass-rate: ${summary.breaches.join(', ')}`);
        }
    }
    finally {
        await backend.close();
    }
}


/***/ })

};

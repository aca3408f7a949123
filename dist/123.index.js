export const id = 123;
export const ids = [123];
export const modules = {

/***/ 3123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   batchMetricsAction: () => (/* binding */ batchMetricsAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3360);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6982);
/** The batch-metrics action: inputs → recordBatchMetrics → outputs and job summary. */


async function batchMetricsAction() {
    const input = (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name) || undefined;
    const batchId = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('batch-id', { required: true });
    const ecosystem = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('ecosystem', { required: true });
    const store = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .storeFromInputs */ .z)();
    // Loaded once the inputs are read (a bad input fails fast): the recorder, CSV, the ledger.
    const [ledger, { recordBatchMetrics }, { batchMetricsMarkdown }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(631), __webpack_require__.e(447)]).then(__webpack_require__.bind(__webpack_require__, 4447)),
        Promise.all(/* import() */[__webpack_require__.e(631), __webpack_require__.e(494), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 4805)),
        __webpack_require__.e(/* import() */ 371).then(__webpack_require__.bind(__webpack_require__, 5371)),
    ]);
    const backend = await ledger.openStore(store, { log: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq });
    try {
        const recorded = await recordBatchMetrics({
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
        }, backend, { log: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq, spoolDir: ledger.defaultSpoolDir(), retry: ledger.retryPolicyFromEnv() });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('record', JSON.stringify(recorded.record));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('pass-rate', String(recorded.record.success_rate));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('weakest-platform', recorded.weakestPlatform ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('failures', String(recorded.failures.length));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('commit-sha', recorded.append.head ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('recorded', String(recorded.append.status === 'recorded'));
        if (recorded.append.status === 'already-recorded')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`Batch ${batchId} (${ecosystem}) was already recorded; nothing new was written`);
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(batchMetricsMarkdown(recorded)).write();
    }
    finally {
        await backend.close();
    }
}


/***/ })

};

export const id = 123;
export const ids = [123];
export const modules = {

/***/ 3123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   batchMetrics: () => (/* binding */ batchMetrics)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6982);

const batchMetrics = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .notYetAvailable */ .fY)('batch-metrics', ['batch-id', 'ecosystem']);


/***/ })

};

export const id = 662;
export const ids = [662];
export const modules = {

/***/ 7662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   batchSummary: () => (/* binding */ batchSummary)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6982);

const batchSummary = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .notYetAvailable */ .fY)('batch-summary', []);


/***/ })

};

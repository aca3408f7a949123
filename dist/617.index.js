export const id = 617;
export const ids = [617];
export const modules = {

/***/ 9617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recordTiming: () => (/* binding */ recordTiming)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6982);

const recordTiming = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .notYetAvailable */ .fY)('record-timing', ['env', 'build-id', 'phase']);


/***/ })

};

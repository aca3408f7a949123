export const id = 167;
export const ids = [167];
export const modules = {

/***/ 5167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   flushCommand: () => (/* binding */ flushCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ledger_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9049);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);
/* harmony import */ var _store_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8324);




const flushCommand = {
    name: 'flush',
    help: `Usage: ci-ledger flush [--spool-dir DIR] [STORE]

Re-submits every spooled append (default spool: .ci-ledger/spool, or CI_LEDGER_SPOOL_DIR).
Records already on the branch are not written twice. A spool file is removed once it landed.

${_store_options_js__WEBPACK_IMPORTED_MODULE_3__/* .storeHelp */ .LL}`,
    async run(args, io) {
        const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .parseOptions */ .A)(args, { ..._store_options_js__WEBPACK_IMPORTED_MODULE_3__/* .storeOptions */ .S2, 'spool-dir': { type: 'string' } });
        const spoolDir = values['spool-dir'] ?? (0,_ledger_index_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultSpoolDir */ .EX)(io.env, io.cwd);
        const backend = await (0,_ledger_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openStore */ .Ch)((0,_store_options_js__WEBPACK_IMPORTED_MODULE_3__/* .storeFromArgs */ .z8)(values), { log: io.stderr });
        try {
            const report = await (0,_ledger_index_js__WEBPACK_IMPORTED_MODULE_1__/* .flushSpool */ .We)(backend, spoolDir, {
                log: io.stderr,
                retry: (0,_ledger_index_js__WEBPACK_IMPORTED_MODULE_1__/* .retryPolicyFromEnv */ .ed)(io.env),
            });
            for (const { file, result } of report.landed) {
                const counts = result.files.map((f) => `${f.path} +${f.appended}${f.duplicates ? ` (${f.duplicates} already there)` : ''}`);
                io.stdout(`${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file)}: ${result.status} on ${result.branch} at ${result.head ?? '-'} after ${result.attempts} attempt(s): ${counts.join(', ')}`);
            }
            io.stdout(`${report.files} spool file(s): ${report.recorded} recorded, ${report.alreadyRecorded} already on the branch, ${report.failed.length} failed`);
            for (const failure of report.failed) {
                // Errors about the spool file itself already name it.
                io.stderr(failure.error.includes(failure.file)
                    ? failure.error
                    : `${failure.file}: ${failure.error}`);
            }
            return report.failed.length > 0 ? 1 : 0;
        }
        finally {
            await backend.close();
        }
    },
};


/***/ }),

/***/ 8324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LL: () => (/* binding */ storeHelp),
/* harmony export */   S2: () => (/* binding */ storeOptions),
/* harmony export */   z8: () => (/* binding */ storeFromArgs)
/* harmony export */ });
/* harmony import */ var _ledger_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9049);

const storeOptions = {
    'data-dir': { type: 'string' },
    'git-remote': { type: 'string' },
    repo: { type: 'string' },
};
const storeHelp = `STORE (one of):
  --data-dir DIR          a plain directory holding the branch's files
  --git-remote URL|PATH   git: a temporary clone, commit on --branch, push
  --repo OWNER/NAME       the GitHub API (token in GITHUB_TOKEN, base URL in GITHUB_API_URL)
  Default: the GitHub API for GITHUB_REPOSITORY inside Actions; elsewhere git with this
  repository's "origin".`;
function storeFromArgs(values) {
    return (0,_ledger_index_js__WEBPACK_IMPORTED_MODULE_0__/* .chooseStore */ .zp)({
        dataDir: values['data-dir'],
        gitRemote: values['git-remote'],
        repo: values.repo,
    });
}


/***/ })

};

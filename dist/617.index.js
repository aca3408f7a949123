export const id = 617;
export const ids = [617];
export const modules = {

/***/ 9617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recordTimingAction: () => (/* binding */ recordTimingAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3360);
/* harmony import */ var _timing_wrap_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5200);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6982);
/** The record-timing action: inputs → recordTiming → outputs and job summary. */



async function recordTimingAction() {
    const input = (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name) || undefined;
    const env = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('env', { required: true });
    const buildId = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('build-id', { required: true });
    const phase = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('phase', { required: true });
    const run = input('run');
    const store = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .storeFromInputs */ .z)();
    // Loaded once the inputs are read (a bad input fails fast): the recorder, CSV, the ledger.
    const [ledger, { recordTiming }, { timingRowLine }, { timingSummaryMarkdown }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(631), __webpack_require__.e(447)]).then(__webpack_require__.bind(__webpack_require__, 4447)),
        Promise.all(/* import() */[__webpack_require__.e(631), __webpack_require__.e(550), __webpack_require__.e(27)]).then(__webpack_require__.bind(__webpack_require__, 7027)),
        Promise.all(/* import() */[__webpack_require__.e(631), __webpack_require__.e(550)]).then(__webpack_require__.bind(__webpack_require__, 6550)),
        Promise.all(/* import() */[__webpack_require__.e(631), __webpack_require__.e(550), __webpack_require__.e(275)]).then(__webpack_require__.bind(__webpack_require__, 2275)),
    ]);
    const backend = await ledger.openStore(store, { log: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq });
    try {
        const recorded = await recordTiming({
            env,
            buildId,
            phase,
            command: run ? (0,_timing_wrap_js__WEBPACK_IMPORTED_MODULE_1__/* .shellCommand */ .q$)(run) : undefined,
            logPath: input('log-path'),
            logDir: input('log-dir'),
            flags: input('flags'),
            exitCode: input('exit-code'),
            startTime: input('start-time'),
            endTime: input('end-time'),
            envDir: input('env-dir'),
            envDirMap: input('env-dir-map'),
            branch: input('branch'),
            path: input('path'),
            cwd: process.cwd(),
            root: process.env.GITHUB_WORKSPACE || process.cwd(),
        }, backend, { log: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq, spoolDir: ledger.defaultSpoolDir(), retry: ledger.retryPolicyFromEnv() });
        const { row } = recorded;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('row', timingRowLine(row));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('duration-seconds', row.duration_seconds);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('exit-code', row.exit_code);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('resources-added', row.resources_added);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('resources-changed', row.resources_changed);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('resources-destroyed', row.resources_destroyed);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('log-path', row.log_path);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('file', recorded.file);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('commit-sha', recorded.append.head ?? '');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('recorded', String(recorded.append.status === 'recorded'));
        if (recorded.regression)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${phase} on ${env} took ${row.duration_seconds} s: a regression against its median`);
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(timingSummaryMarkdown(recorded)).write();
        if (recorded.exitCode !== 0) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${phase} exited with status ${recorded.exitCode} (the run was recorded)`);
        }
    }
    finally {
        await backend.close();
    }
}


/***/ }),

/***/ 5200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pm: () => (/* binding */ runAndLog),
/* harmony export */   lR: () => (/* binding */ wrappedLogName),
/* harmony export */   q$: () => (/* binding */ shellCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_3__);
/**
 * Wrap mode: start the phase command ourselves, stream its output live to the console and
 * to the log file, and measure start, end and the real exit status. Interrupts (Ctrl-C in a
 * Makefile run) reach the command itself; we stay alive to record its outcome.
 */




/** `run: make x` is a shell command line, like a workflow step's `run`. */
function shellCommand(line) {
    return { file: 'bash', args: ['-o', 'pipefail', '-c', line] };
}
/** <phase>-<env>-<build_id>-<YYYYMMDDTHHMMSSZ>.log: the seed's naming, by construction. */
function wrappedLogName(phase, env, buildId, start) {
    const stamp = start
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return `${phase}-${env}-${buildId}-${stamp}.log`;
}
async function runAndLog(command, logFile, cwd) {
    // Loaded here, in wrap mode only (and before the clock starts): reading a log needs no exec.
    const exec = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2876));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(logFile), { recursive: true });
    const log = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(logFile);
    // The signal goes to the whole process group; the command handles it, we note it.
    let signal;
    const ignore = (received) => (signal = received);
    process.on('SIGINT', ignore);
    process.on('SIGTERM', ignore);
    const start = new Date();
    let exitCode;
    try {
        const code = await exec.exec(command.file, command.args, {
            cwd,
            // The action's own inputs (INPUT_TOKEN among them) are not the command's business: a
            // phase that prints its environment must not put the token into a log file.
            env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_'))),
            ignoreReturnCode: true,
            listeners: { stdout: (data) => log.write(data), stderr: (data) => log.write(data) },
        });
        // null: killed by a signal; report it the way a shell would (128 + signal number).
        exitCode = code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 137);
    }
    catch (error) {
        // The command could not be started at all (not found, not executable): say so in the log too.
        log.write(`ci-ledger: could not start ${command.file}: ${error.message}\n`);
        exitCode = 127;
    }
    finally {
        process.off('SIGINT', ignore);
        process.off('SIGTERM', ignore);
    }
    const end = new Date();
    log.end();
    await (0,node_events__WEBPACK_IMPORTED_MODULE_3__.once)(log, 'close');
    return { start, end, exitCode };
}


/***/ })

};

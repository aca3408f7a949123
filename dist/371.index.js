export const id = 371;
export const ids = [371];
export const modules = {

/***/ 5371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   batchMetricsMarkdown: () => (/* binding */ batchMetricsMarkdown),
/* harmony export */   batchMetricsText: () => (/* binding */ batchMetricsText)
/* harmony export */ });
/* harmony import */ var _batch_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2383);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);


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
        `## Batch ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(record.batch_id)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(record.ecosystem)}`,
        (0,_batch_table_js__WEBPACK_IMPORTED_MODULE_1__/* .batchTableMarkdown */ .W)(record.platforms),
        [
            `**Merged:** ${record.merged} of ${record.total} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(record.success_rate)})`,
            `**Failure records:** ${r.failures.length}`,
            `**Weakest platform:** ${r.weakestPlatform ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(r.weakestPlatform) : '–'}`,
            `**macOS minutes:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(macosNote(r))}`,
        ].join(' · '),
        writtenMarkdown(r),
    ].join('\n\n') + '\n');
}
function writtenMarkdown(r) {
    const { branch, head } = r.append;
    return r.append.status === 'already-recorded'
        ? `ℹ️ Already recorded in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.metricsPath)} on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(branch)}: nothing new was written.`
        : `✅ Written to ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.metricsPath)} and ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.failuresPath)} on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(branch)}${head ? ` (commit ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(head.slice(0, 12))})` : ''}.`;
}
function batchMetricsText(r) {
    const { record } = r;
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalSafe */ .kJ)([
        `Batch ${record.batch_id} (${record.ecosystem}): ${record.merged}/${record.total} merged (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(record.success_rate)}), ${r.failures.length} failure record(s), ${r.artifacts.length} artifact(s)`,
        (0,_batch_table_js__WEBPACK_IMPORTED_MODULE_1__/* .batchTableText */ .M)(record.platforms),
        `  weakest platform: ${r.weakestPlatform ?? '–'}`,
        `  macOS minutes: ${macosNote(r)}`,
        `  ${writtenNote(r)}`,
    ].join('\n'));
}


/***/ }),

/***/ 2383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ batchTableText),
/* harmony export */   W: () => (/* binding */ batchTableMarkdown)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
/** The per-platform table of one batch (the seed's Option B table), in markdown and plain text. Pure. */

const passRate = (c) => (c.tested > 0 ? c.passed / c.tested : undefined);
function totals(platforms) {
    const t = { tested: 0, passed: 0, failed: 0, skipped: 0, duration_seconds: null };
    for (const c of Object.values(platforms)) {
        t.tested += c.tested;
        t.passed += c.passed;
        t.failed += c.failed;
        t.skipped += c.skipped ?? 0;
        if (typeof c.duration_seconds === 'number')
            t.duration_seconds = (t.duration_seconds ?? 0) + c.duration_seconds;
    }
    return t;
}
function batchTableMarkdown(platforms) {
    const row = (name, c) => [
        name,
        String(c.tested),
        String(c.passed),
        String(c.failed),
        String(c.skipped ?? 0),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(passRate(c)),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0)(typeof c.duration_seconds === 'number' ? c.duration_seconds : undefined),
    ];
    const rows = Object.entries(platforms).map(([name, c]) => row((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(name), c));
    rows.push(row('**Total**', totals(platforms)));
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Platform', 'Tested', 'Passed', 'Failed', 'Skipped', 'Pass rate', 'Duration'], rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right']);
}
function batchTableText(platforms) {
    const names = Object.keys(platforms);
    const width = Math.max(8, ...names.map((n) => n.length), 'Total'.length);
    const line = (name, c) => `  ${name.padEnd(width)}  ${String(c.tested).padStart(6)}  ${String(c.passed).padStart(6)}  ${String(c.failed).padStart(6)}  ${String(c.skipped ?? 0).padStart(7)}  ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(passRate(c)).padStart(9)}`;
    return [
        `  ${'Platform'.padEnd(width)}  ${'Tested'.padStart(6)}  ${'Passed'.padStart(6)}  ${'Failed'.padStart(6)}  ${'Skipped'.padStart(7)}  ${'Pass rate'.padStart(9)}`,
        ...names.map((n) => line(n, platforms[n])),
        line('Total', totals(platforms)),
    ].join('\n');
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   kJ: () => (/* binding */ terminalSafe),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/**
 * Markdown building blocks for job summaries. Text that came from data (names, messages,
 * flags) is escaped so it shows as text: no HTML, no formatting, no broken table cells.
 * core.summary escapes nothing, so everything goes through here.
 */
/**
 * Escape for inline text and table cells: HTML specials, markdown punctuation, pipes, newlines,
 * and the "://" and "www." that GFM would turn into links (an attacker-chosen link in a summary is
 * formatting too). E-mail addresses still become mailto: links: no escape stops that.
 */
function text(value) {
    return String(value ?? '')
        .replace(/[\r\n]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
        .replace(/:\/\//g, '\\://')
        .replace(/\b(www)\./gi, '$1\\.');
}
/** Inline code for a value such as a path or branch; backticks inside are not possible to escape, so they are dropped. */
function code(value) {
    const clean = String(value ?? '').replace(/[\r\n`|]/g, ' ');
    return clean.trim() === '' ? '' : `\`${clean}\``;
}
/** A GFM table; cells must already be escaped (use `text`). */
function table(headers, rows, align = []) {
    const rule = headers.map((_, i) => ({ left: '---', right: '--:', center: ':-:' })[align[i] ?? 'left']);
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(headers), line(rule), ...rows.map(line)].join('\n');
}
function percent(ratio, digits = 0) {
    return ratio === undefined || !Number.isFinite(ratio) ? '–' : `${(ratio * 100).toFixed(digits)}%`;
}
/** 3725 → "1h 02m 05s"; 65 → "1m 05s"; 7 → "7s". */
function duration(seconds) {
    if (seconds === undefined || !Number.isFinite(seconds))
        return '–';
    const s = Math.round(seconds);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const r = s % 60;
    const pad = (n) => String(n).padStart(2, '0');
    return h > 0 ? `${h}h ${pad(m)}m ${pad(r)}s` : m > 0 ? `${m}m ${pad(r)}s` : `${r}s`;
}
/** For terminal output: control characters from data (escape sequences, carriage returns) become "?". */
function terminalSafe(value) {
    // eslint-disable-next-line no-control-regex -- control characters are what is replaced
    return value.replace(/[\x00-\x09\x0b-\x1f\x7f\x9b]/g, '?');
}


/***/ })

};

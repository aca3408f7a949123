export const id = 674;
export const ids = [674];
export const modules = {

/***/ 2674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  timingSummaryMarkdown: () => (/* binding */ timingSummaryMarkdown),
  timingSummaryText: () => (/* binding */ timingSummaryText)
});

// EXTERNAL MODULE: ./src/timing/history.ts
var timing_history = __webpack_require__(8010);
// EXTERNAL MODULE: ./src/timing/row.ts
var timing_row = __webpack_require__(6550);
;// CONCATENATED MODULE: ./src/report/markdown.ts
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
function markdown_text(value) {
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

;// CONCATENATED MODULE: ./src/report/timing-summary.ts
/** The record-timing job summary (markdown) and its terminal counterpart. Pure. */



const resources = (row) => row.resources_added === ''
    ? ['–', '–', '–']
    : [row.resources_added, row.resources_changed, row.resources_destroyed];
function timingSummaryMarkdown(r) {
    const { row, stats } = r;
    const ok = row.exit_code === '0';
    const parts = [];
    parts.push(`## ${ok ? '✅' : '❌'} ${markdown_text(row.phase)} on ${markdown_text(row.env)} (build ${markdown_text(row.build_id)})`);
    parts.push(table(['Start (UTC)', 'End (UTC)', 'Duration', 'Exit code', 'Added', 'Changed', 'Destroyed', 'Log'], [
        [
            row.start_time_utc,
            row.end_time_utc,
            duration(Number(row.duration_seconds)),
            row.exit_code,
            ...resources(row),
            code(row.log_path),
        ],
    ], ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'left']));
    const notes = [
        `Start ${timing_row.TIME_SOURCES[r.timeSources.start]}; end ${timing_row.TIME_SOURCES[r.timeSources.end]}.`,
    ];
    if (row.flags)
        notes.push(`Flags: ${markdown_text(row.flags)}.`);
    if (row.resources_added === '')
        notes.push('The log holds no Terraform/OpenTofu apply or destroy summary, so the resource columns are empty.');
    if (r.logChoice && r.logChoice.candidates.length > 1) {
        notes.push(`${r.logChoice.candidates.length} logs match ${code(r.logChoice.pattern)}; the newest was recorded.`);
    }
    notes.push(r.append.status === 'already-recorded'
        ? `This run was already in ${code(r.file)} on ${code(r.append.branch)}; nothing new was written.`
        : `Recorded in ${code(r.file)} on ${code(r.append.branch)}${r.append.head ? ` (commit ${code(r.append.head.slice(0, 12))})` : ''}.`);
    parts.push(notes.join(' '));
    parts.push(`### History: ${markdown_text(row.phase)} on ${markdown_text(row.env)}`);
    parts.push(table(['Runs', 'Success rate', 'Median', 'p95', 'Last run'], [
        [
            String(stats.runs),
            percent(stats.successRate),
            duration(stats.medianSeconds),
            duration(stats.p95Seconds),
            stats.last ? `${stats.last.start_time_utc} (exit ${markdown_text(stats.last.exit_code)})` : '–',
        ],
    ], ['right', 'right', 'right', 'right', 'left']));
    if (r.regression) {
        parts.push(`> [!WARNING]\n> Regression: this run took ${duration(Number(row.duration_seconds))}, over ${timing_history/* REGRESSION_FACTOR */.WV}× the median ` +
            `(${duration(stats.baselineSeconds)}) of the ${stats.baselineRuns} previous successful run(s).`);
    }
    else if (stats.baselineRuns > 0) {
        parts.push(`Within ${timing_history/* REGRESSION_FACTOR */.WV}× the median (${duration(stats.baselineSeconds)}) of the ${stats.baselineRuns} previous successful run(s).`);
    }
    return parts.join('\n\n') + '\n';
}
function timingSummaryText(r) {
    const { row, stats } = r;
    const changes = row.resources_added === ''
        ? 'no resource summary in the log'
        : `resources +${row.resources_added} ~${row.resources_changed} -${row.resources_destroyed}`;
    const lines = [
        `${r.append.status === 'recorded' ? 'Recorded' : 'Already recorded'}: ${row.phase} on ${row.env} (build ${row.build_id}), ` +
            `${row.start_time_utc} → ${row.end_time_utc}, ${duration(Number(row.duration_seconds))}, exit ${row.exit_code}, ${changes}`,
        `  times: start ${timing_row.TIME_SOURCES[r.timeSources.start]}, end ${timing_row.TIME_SOURCES[r.timeSources.end]}`,
        `  log: ${row.log_path}${r.logChoice && r.logChoice.candidates.length > 1 ? ` (newest of ${r.logChoice.candidates.length} matching ${r.logChoice.pattern})` : ''}`,
        `  file: ${r.file} on ${r.append.branch}${r.append.head ? ` at ${r.append.head}` : ''}`,
        `  history: ${stats.runs} run(s), ${percent(stats.successRate)} success, median ${duration(stats.medianSeconds)}, p95 ${duration(stats.p95Seconds)}`,
    ];
    if (r.regression) {
        lines.push(`  REGRESSION: over ${timing_history/* REGRESSION_FACTOR */.WV}× the median (${duration(stats.baselineSeconds)}) of ${stats.baselineRuns} previous successful run(s)`);
    }
    return lines.join('\n');
}


/***/ }),

/***/ 8010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ readTimingHistory),
/* harmony export */   Rz: () => (/* binding */ phaseStats),
/* harmony export */   WV: () => (/* binding */ REGRESSION_FACTOR),
/* harmony export */   kj: () => (/* binding */ isRegression),
/* harmony export */   ky: () => (/* binding */ runsOf)
/* harmony export */ });
/* unused harmony exports quantile, percentileNearestRank */
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5175);
/* harmony import */ var _ledger_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4447);
/* harmony import */ var _row_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6550);
/**
 * Reading build_timings.csv as real registries wrote it: besides rows that match the file's
 * header, older and newer writers left 12-column rows under a 9-column header and 11-column
 * rows (the 12 without flags). Each row is matched to the first known shape of its length
 * whose values make sense; the rest are reported, never guessed.
 */



const WITHOUT_FLAGS = _row_js__WEBPACK_IMPORTED_MODULE_2__.TIMING_COLUMNS.filter((c) => c !== 'flags');
const REQUIRED = ['start_time_utc', 'phase', 'env', 'build_id'];
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const INT = /^-?\d+$/;
function readTimingHistory(text, file = 'build_timings.csv') {
    let records;
    try {
        records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, {
            bom: true,
            relax_column_count: true,
            skip_empty_lines: true,
            info: true,
        });
    }
    catch (error) {
        const e = error;
        throw new _ledger_index_js__WEBPACK_IMPORTED_MODULE_1__.InputError(`${file}${e.lines ? ` line ${e.lines}` : ''}: not valid CSV (${e.message})`);
    }
    const [first, ...body] = records;
    const header = (first?.record ?? []).map((h) => h.trim());
    const shapes = [header, [..._row_js__WEBPACK_IMPORTED_MODULE_2__.TIMING_COLUMNS], WITHOUT_FLAGS];
    const rows = [];
    const unmapped = [];
    for (const { record, info } of body) {
        const shape = shapes.find((s) => s.length === record.length && plausible(s, record));
        if (!shape) {
            unmapped.push({
                line: info.lines,
                fields: record,
                reason: reasonFor(record.length, header.length),
            });
            continue;
        }
        const missing = REQUIRED.filter((c) => !shape.includes(c));
        if (missing.length > 0) {
            unmapped.push({
                line: info.lines,
                fields: record,
                reason: `no ${missing.join(', ')} column`,
            });
            continue;
        }
        const row = Object.fromEntries(_row_js__WEBPACK_IMPORTED_MODULE_2__.TIMING_COLUMNS.map((c) => [c, '']));
        shape.forEach((column, i) => {
            if (_row_js__WEBPACK_IMPORTED_MODULE_2__.TIMING_COLUMNS.includes(column))
                row[column] = record[i] ?? '';
        });
        rows.push(row);
    }
    return { header, rows, unmapped };
}
/** Values that fit the shape: times are times, counts are integers (or empty). */
function plausible(shape, record) {
    return shape.every((column, i) => {
        const v = (record[i] ?? '').trim();
        switch (column) {
            case 'start_time_utc':
                return ISO.test(v);
            case 'end_time_utc':
                return v === '' || ISO.test(v);
            case 'duration_seconds':
            case 'exit_code':
                return v === '' || INT.test(v);
            case 'resources_added':
            case 'resources_changed':
            case 'resources_destroyed':
                return v === '' || INT.test(v);
            case 'phase':
            case 'env':
                return v !== '' && !ISO.test(v) && !INT.test(v);
            case 'build_id':
                return v !== '' && !ISO.test(v);
            default:
                return true;
        }
    });
}
function reasonFor(length, headerLength) {
    const known = [...new Set([headerLength, _row_js__WEBPACK_IMPORTED_MODULE_2__.TIMING_COLUMNS.length, WITHOUT_FLAGS.length])].join(', ');
    return `${length} fields fit none of the known row shapes (${known} fields with matching values)`;
}
/** Runs of one env + phase, oldest first. */
function runsOf(rows, env, phase) {
    return rows
        .filter((r) => r.env === env && r.phase === phase)
        .sort((a, b) => a.start_time_utc < b.start_time_utc ? -1 : a.start_time_utc > b.start_time_utc ? 1 : 0);
}
/**
 * Statistics of a phase's runs, and the baseline for `current`: the median duration of the
 * successful runs that started before it (failed runs often stop early and would drag it down).
 */
function phaseStats(runs, current) {
    const durations = runs.map((r) => Number(r.duration_seconds)).filter((d) => Number.isFinite(d));
    const successes = runs.filter((r) => r.exit_code === '0').length;
    const previous = current
        ? runs
            .filter((r) => r.start_time_utc < current.start_time_utc && r.exit_code === '0')
            .map((r) => Number(r.duration_seconds))
            .filter((d) => Number.isFinite(d))
        : [];
    return {
        runs: runs.length,
        successRate: runs.length ? successes / runs.length : 0,
        medianSeconds: quantile(durations, 0.5),
        p95Seconds: percentileNearestRank(durations, 0.95),
        last: runs[runs.length - 1],
        baselineSeconds: quantile(previous, 0.5),
        baselineRuns: previous.length,
    };
}
const REGRESSION_FACTOR = 1.5;
function isRegression(durationSeconds, stats) {
    return (stats.baselineSeconds !== undefined &&
        stats.baselineSeconds > 0 &&
        durationSeconds > REGRESSION_FACTOR * stats.baselineSeconds);
}
/** The median (interpolated between the two middle values for an even count). */
function quantile(values, q) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
/** p95 by nearest rank: a duration that actually occurred. */
function percentileNearestRank(values, p) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}


/***/ })

};

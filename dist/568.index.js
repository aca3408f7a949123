export const id = 568;
export const ids = [568];
export const modules = {

/***/ 3568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  summarizeBatch: () => (/* binding */ summarizeBatch)
});

// EXTERNAL MODULE: ./src/batch/paths.ts
var batch_paths = __webpack_require__(9052);
// EXTERNAL MODULE: ./src/ledger/index.ts + 7 modules
var ledger = __webpack_require__(4447);
// EXTERNAL MODULE: ./src/report/batch-table.ts
var batch_table = __webpack_require__(2383);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/history-report.ts


/** GitHub drops a step summary over 1 MiB; stay well inside it. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
const pct1 = (r) => r === null || r === undefined ? '–' : `${(r * 100).toFixed(1)}%`;
function change(p) {
    if (p.passRate === null || p.previousPassRate === null)
        return '–';
    const pts = (p.passRate - p.previousPassRate) * 100;
    return `${pts >= 0 ? '+' : '−'}${Math.abs(pts).toFixed(1)} pts`;
}
function windowLabel(r) {
    const span = r.window.from
        ? `, ${r.window.from.slice(0, 10)} → ${(r.window.to ?? '').slice(0, 10)}`
        : '';
    return r.window.last > 0
        ? `last ${r.window.batches} batches${span}`
        : `all ${r.window.batches} batches${span}`;
}
function budgetLine(m) {
    const unknown = m.batchesWithoutMinutes
        ? `; ${m.batchesWithoutMinutes} of ${m.batches} batches recorded no macOS minutes`
        : '';
    return (`${m.usedMinutes} / ${m.budgetMinutes} min (${(0,markdown/* percent */.KN)(m.usedMinutes / m.budgetMinutes, 1)}) in the week of ${m.weekStart.slice(0, 10)}; ` +
        `burn ${m.burnPerDay} min/day, projected ${m.projectedMinutes} min by ${m.weekEnd.slice(0, 10)}${unknown}`);
}
// ---- Mermaid chart ---------------------------------------------------------------------------
/** Colours given to the chart's lines, and the matching marks for its legend. */
const PALETTE = [
    ['#1f77b4', '🔵'],
    ['#ff7f0e', '🟠'],
    ['#2ca02c', '🟢'],
    ['#d62728', '🔴'],
    ['#9467bd', '🟣'],
    ['#8c564b', '🟤'],
    ['#000000', '⚫'],
];
/** Mermaid labels: quoted, and nothing in them that could close the quote or the block. */
const label = (s) => `"${s.replace(/[^A-Za-z0-9 ._:/+-]/g, '').slice(0, 40)}"`;
function trendChart(r) {
    const points = r.trend.filter((t) => Object.values(t.passRates).some((v) => v !== null));
    const names = Object.keys(r.platforms)
        .filter((n) => points.some((p) => p.passRates[n] !== null))
        .slice(0, PALETTE.length);
    if (points.length < 2 || names.length === 0)
        return undefined;
    const lines = names.map((name) => {
        let last = 0;
        // A platform that tested nothing in a batch keeps its previous value: a gap, not a 0%.
        return points.map((p) => (last = p.passRates[name] === null ? last : Math.round(p.passRates[name] * 1000) / 10));
    });
    const palette = PALETTE.slice(0, names.length)
        .map(([hex]) => hex)
        .join(', ');
    return [
        '```mermaid',
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
        'xychart-beta',
        `    title "Pass rate per platform, ${points.length} batches, ${points[0].timestamp.slice(0, 10)} to ${points[points.length - 1].timestamp.slice(0, 10)}"`,
        `    x-axis [${points.map((p) => label(p.batchId)).join(', ')}]`,
        '    y-axis "Pass rate (%)" 0 --> 100',
        ...lines.map((values) => `    line [${values.join(', ')}]`),
        '```',
        names.map((n, i) => `${PALETTE[i][1]} ${(0,markdown/* text */.Qq)(n)}`).join(' · '),
    ].join('\n');
}
// ---- sections shared by summary and markdown report ------------------------------------------
function trendsTable(r) {
    const rows = Object.entries(r.platforms).map(([name, p]) => [
        (0,markdown/* text */.Qq)(name),
        pct1(p.passRate),
        `${p.passed}/${p.tested}`,
        change(p),
    ]);
    const previous = r.window.last > 0 ? `Change vs the ${r.window.last} before` : 'Change';
    return (0,markdown/* table */.tp)(['Platform', 'Pass rate', 'Passed/tested', previous], rows, [
        'left',
        'right',
        'right',
        'right',
    ]);
}
function categoriesTable(categories, top = 5) {
    const rows = Object.entries(categories).map(([platform, cats]) => [
        (0,markdown/* text */.Qq)(platform),
        cats
            .slice(0, top)
            .map((c) => `${(0,markdown/* text */.Qq)(c.category)} (${c.count}, ${(0,markdown/* percent */.KN)(c.share)})`)
            .join(', ') + (cats.length > top ? `, … ${cats.length - top} more` : ''),
    ]);
    return rows.length
        ? (0,markdown/* table */.tp)(['Platform', 'Top failure categories (count, share)'], rows)
        : undefined;
}
function matrixTable(r) {
    const ecosystems = Object.keys(r.matrix).sort();
    const platforms = Object.keys(r.platforms).filter((p) => ecosystems.some((e) => r.matrix[e]?.[p]));
    if (!ecosystems.length || !platforms.length)
        return undefined;
    const rows = ecosystems.map((e) => [
        (0,markdown/* text */.Qq)(e),
        ...platforms.map((p) => {
            const c = r.matrix[e]?.[p];
            return c ? `${pct1(c.failureRate)} (${c.failed}/${c.tested}, ${c.batches} b.)` : '–';
        }),
    ]);
    return (0,markdown/* table */.tp)(['Ecosystem', ...platforms.map(markdown/* text */.Qq)], rows);
}
function insightLines(r, threshold) {
    const lines = [];
    const weakest = r.insights.weakestPlatform;
    const weakestRate = weakest ? r.platforms[weakest]?.passRate : null;
    if (weakest && weakestRate !== null && weakestRate !== undefined && weakestRate < 1) {
        lines.push(`Weakest platform: ${weakest} (${pct1(weakestRate)} pass rate)`);
    }
    for (const u of r.insights.unlock) {
        lines.push(`${u.platform}: fixing ${u.category} would unlock ${u.recipes} recipe(s) that fail only there (e.g. ${u.examples.join(', ')})`);
    }
    for (const s of r.insights.considerSkipping) {
        lines.push(`Consider skipping ${s.platform} for ${s.ecosystem}: ${pct1(s.failureRate)} of its tests failed over ${s.batches} batches (threshold ${(0,markdown/* percent */.KN)(threshold)})`);
    }
    const testedAny = Object.values(r.platforms).some((p) => p.tested > 0);
    if (!testedAny) {
        lines.unshift(r.lastTested
            ? `No recipe was tested in these batches; the latest batch with results is ${r.lastTested.batchId} (${r.lastTested.ecosystem}, ${r.lastTested.timestamp}).`
            : 'No batch in the history tested any recipe.');
    }
    if (lines.length === 0)
        lines.push('Nothing stands out: no failure records matched the window.');
    return lines;
}
function batchSummary(r, options) {
    const focus = r.focus;
    const breaches = focus && options.minPassRate !== undefined
        ? Object.entries(focus.platforms)
            .filter(([, c]) => c.tested > 0 && c.passed / c.tested < options.minPassRate)
            .map(([name]) => name)
        : [];
    const sections = [];
    if (!focus) {
        sections.push({
            name: 'heading',
            keep: true,
            body: `## Batch summary\n\nNo batch record found${r.window.ecosystem ? ` for ${(0,markdown/* text */.Qq)(r.window.ecosystem)}` : ''}.`,
        });
    }
    else {
        sections.push({
            name: 'heading',
            keep: true,
            body: [
                `## Batch ${(0,markdown/* text */.Qq)(focus.batchId)}: ${(0,markdown/* text */.Qq)(focus.ecosystem)}`,
                (0,batch_table/* batchTableMarkdown */.W)(focus.platforms),
                focus.total !== undefined && focus.merged !== undefined
                    ? `**Merged:** ${focus.merged} of ${focus.total} recipes.`
                    : '',
            ]
                .filter(Boolean)
                .join('\n\n'),
        });
        const cats = categoriesTable(r.focusCategories);
        sections.push({
            name: 'failure categories',
            body: `### Failure categories in this batch\n\n${cats ?? 'No failure records for this batch.'}`,
        });
        if (r.macos) {
            sections.push({
                name: 'macOS budget',
                keep: true,
                body: `${r.macos.overBudget ? '⚠️' : '🍏'} **macOS budget:** ${(0,markdown/* text */.Qq)(budgetLine(r.macos))}${r.macos.overBudget ? ' — **projected over budget**' : ''}`,
            });
        }
    }
    if (breaches.length) {
        sections.push({
            name: 'breaches',
            keep: true,
            body: `> [!WARNING]\n> Below the minimum pass rate of ${(0,markdown/* percent */.KN)(options.minPassRate)}: ${breaches.map(markdown/* text */.Qq).join(', ')}`,
        });
    }
    sections.push({
        name: 'trends',
        body: `### Trends: ${(0,markdown/* text */.Qq)(windowLabel(r))}\n\n${trendsTable(r)}`,
    });
    const chart = trendChart(r);
    if (chart)
        sections.push({ name: 'chart', body: chart });
    sections.push({
        name: 'insights',
        keep: true,
        body: `### Insights\n\n${insightLines(r, options.skipThreshold)
            .map((l) => `- ${(0,markdown/* text */.Qq)(l)}`)
            .join('\n')}`,
    });
    const matrix = matrixTable(r);
    if (matrix)
        sections.push({
            name: 'matrix',
            body: `### Failure rate by ecosystem and platform\n\n${matrix}`,
        });
    const windowCats = categoriesTable(r.categories);
    if (windowCats)
        sections.push({
            name: 'window categories',
            body: `### Failure categories, ${(0,markdown/* text */.Qq)(windowLabel(r))}\n\n${windowCats}`,
        });
    return fitToLimit(sections, options.limitBytes ?? SUMMARY_LIMIT_BYTES, breaches);
}
/** Drops the least essential sections (from the end) until the summary fits, and says so. */
function fitToLimit(sections, limit, breaches) {
    const dropped = [];
    const render = () => sections.map((s) => s.body).join('\n\n') +
        (dropped.length
            ? `\n\n_Left out to stay under GitHub's 1 MiB summary limit: ${dropped.join(', ')}._`
            : '') +
        '\n';
    let markdown = render();
    while (Buffer.byteLength(markdown) > limit) {
        const at = sections.map((s) => !s.keep).lastIndexOf(true);
        if (at === -1) {
            // Even the essentials are too big (a huge batch table): cut at a line boundary.
            const cut = Buffer.from(markdown)
                .subarray(0, limit - 200)
                .toString('utf8');
            markdown = `${cut.slice(0, cut.lastIndexOf('\n'))}\n\n_Summary cut short at GitHub's 1 MiB limit._\n`;
            dropped.push('the end of the summary');
            break;
        }
        dropped.unshift(sections[at].name);
        sections.splice(at, 1);
        markdown = render();
    }
    return { markdown, bytes: Buffer.byteLength(markdown), breaches, dropped };
}
// ---- ci-ledger report ------------------------------------------------------------------------
function historyMarkdown(loaded, skipThreshold) {
    const r = loaded.report;
    const parts = [
        `## Batch report: ${text(windowLabel(r))}${r.window.ecosystem ? `, ${text(r.window.ecosystem)}` : ''}`,
        trendsTable(r),
    ];
    const chart = trendChart(r);
    if (chart)
        parts.push(chart);
    const cats = categoriesTable(r.categories);
    parts.push(`### Top failure categories\n\n${cats ?? 'No failure records matched this window.'}`);
    if (r.macos)
        parts.push(`### macOS budget\n\n${text(budgetLine(r.macos))}`);
    const matrix = matrixTable(r);
    if (matrix)
        parts.push(`### Failure rate by ecosystem and platform\n\n${matrix}`);
    parts.push(`### Insights\n\n${insightLines(r, skipThreshold)
        .map((l) => `- ${text(l)}`)
        .join('\n')}`);
    parts.push(sourcesLine(loaded));
    return parts.join('\n\n') + '\n';
}
function sourcesLine(loaded) {
    const c = loaded.report.counts;
    return (`Read ${loaded.files.metrics} metrics file(s) (${c.runs} batch records${c.duplicateRuns ? `, ${c.duplicateRuns} duplicates ignored` : ''}) and ` +
        `${loaded.files.failures} failure file(s) (${c.failures} failure records, ${c.failuresInWindow} in the window` +
        `${c.failuresMatchedByTime ? `, ${c.failuresMatchedByTime} of them placed by time` : ''})` +
        `${loaded.skipped.length ? `; ${loaded.skipped.length} unreadable value(s) skipped` : ''}` +
        `${loaded.readFromEnd ? ', newest first, back to where older records no longer change this report' : ''}.`);
}
function historyText(loaded, skipThreshold) {
    const r = loaded.report;
    const names = Object.keys(r.platforms);
    const width = Math.max(10, ...names.map((n) => n.length + 1));
    const out = [];
    out.push(`Platform Pass Rates (${windowLabel(r)}${r.window.ecosystem ? `, ${r.window.ecosystem}` : ''}):`);
    if (names.length === 0)
        out.push('  (no batch records)');
    for (const [name, p] of Object.entries(r.platforms)) {
        out.push(`  ${`${name}:`.padEnd(width)} ${pct1(p.passRate).padStart(6)}  (${p.passed}/${p.tested})${p.previousPassRate !== null ? `  ${change(p)} vs previous ${r.window.last}` : ''}`);
    }
    out.push('');
    out.push('Top Failure Categories:');
    const cats = Object.entries(r.categories);
    if (cats.length === 0)
        out.push('  (no failure records in this window)');
    for (const [platform, list] of cats) {
        out.push(`  ${platform}:`);
        const w = Math.max(...list.slice(0, 5).map((c) => c.category.length + 1));
        for (const c of list.slice(0, 5))
            out.push(`    ${`${c.category}:`.padEnd(w)} ${String(c.count).padStart(4)} (${percent(c.share)})`);
        if (list.length > 5)
            out.push(`    … ${list.length - 5} more`);
    }
    if (r.macos) {
        out.push('');
        out.push(`macOS Budget: ${budgetLine(r.macos)}`);
    }
    const ecosystems = Object.keys(r.matrix).sort();
    if (ecosystems.length) {
        out.push('');
        out.push('Failure rate by ecosystem × platform (failed/tested):');
        const ew = Math.max(10, ...ecosystems.map((e) => e.length));
        out.push(`  ${''.padEnd(ew)}  ${names.map((n) => n.padStart(Math.max(n.length, 16))).join('  ')}`);
        for (const e of ecosystems) {
            const cells = names.map((n) => {
                const c = r.matrix[e]?.[n];
                return (c ? `${pct1(c.failureRate)} ${c.failed}/${c.tested}` : '–').padStart(Math.max(n.length, 16));
            });
            out.push(`  ${e.padEnd(ew)}  ${cells.join('  ')}`);
        }
    }
    out.push('');
    out.push('Insights:');
    for (const line of insightLines(r, skipThreshold))
        out.push(`  ${line}`);
    out.push('');
    out.push(sourcesLine(loaded));
    for (const s of loaded.skipped.slice(0, 5))
        out.push(`  skipped ${s.file} line ${s.line}: ${s.reason}`);
    return terminalSafe(out.join('\n'));
}
function historyJson(loaded) {
    const { report, files, skipped, ignored, readFromEnd } = loaded;
    return JSON.stringify({ ...report, files, skipped, ignored, readFromEnd }, null, 2);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/batch/aggregate.ts
var aggregate = __webpack_require__(9923);
// EXTERNAL MODULE: ./src/batch/maps.ts
var maps = __webpack_require__(7921);
;// CONCATENATED MODULE: ./src/history/records.ts
const num = (v) => typeof v === 'number' && Number.isFinite(v) ? v : undefined;
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
/** "2026-02-19T08-45-18Z" (a file-name-safe stamp) → "2026-02-19T08:45:18Z"; others unchanged. */
function normalizeTimestamp(value) {
    if (value.charCodeAt(13) === 58)
        return value; // already "…T08:", the common case
    return value.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})/, '$1:$2:$3');
}
const MIXED = 'mixed';
const TIMESTAMP_FIELD = /^"timestamp"\s*:\s*"([^"\\]*)"/;
/** A record's time read from its raw text, without parsing it: only when it names one timestamp. */
function rawTimestamp(text) {
    const at = text.indexOf('"timestamp"');
    if (at === -1 || text.includes('"timestamp"', at + 1))
        return undefined;
    const value = TIMESTAMP_FIELD.exec(text.slice(at, at + 80))?.[1];
    return value ? normalizeTimestamp(value) : undefined;
}
function toBatchRun(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const o = value;
    const batchId = str(o.batch_id);
    const timestamp = str(o.timestamp);
    if (!batchId || !timestamp || !o.platforms || typeof o.platforms !== 'object')
        return undefined;
    let ecosystem = str(o.ecosystem);
    if (!ecosystem && o.ecosystems && typeof o.ecosystems === 'object') {
        const names = Object.keys(o.ecosystems);
        ecosystem = names.length === 1 ? names[0] : MIXED;
    }
    const platforms = {};
    for (const [name, raw] of Object.entries(o.platforms)) {
        if (!raw || typeof raw !== 'object')
            continue;
        const c = raw;
        platforms[name] = {
            tested: num(c.tested) ?? 0,
            passed: num(c.passed) ?? 0,
            failed: num(c.failed) ?? 0,
            skipped: num(c.skipped),
            duration_seconds: num(c.duration_seconds) ?? null,
        };
    }
    return {
        batchId,
        ecosystem: ecosystem ?? 'unknown',
        timestamp: normalizeTimestamp(timestamp),
        total: num(o.total),
        merged: num(o.merged),
        platforms,
        macosMinutes: num(o.macos_minutes_used),
        durationSeconds: num(o.duration_seconds),
    };
}
/** The failures one JSON value holds: none, one, or (a per-ecosystem file) many. */
function toFailures(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return [];
    const o = value;
    if (Array.isArray(o.failures)) {
        const environment = str(o.environment) ?? 'unknown';
        const ecosystem = str(o.ecosystem);
        const updated = str(o.updated_at);
        return o.failures.flatMap((item) => {
            if (!item || typeof item !== 'object')
                return [];
            const f = item;
            const id = str(f.package_id) ?? str(f.recipe);
            if (!id)
                return [];
            const timestamp = str(f.timestamp) ?? updated;
            return [
                {
                    batchId: str(f.batch_id),
                    ecosystem: str(f.ecosystem) ??
                        ecosystem ??
                        (id.includes(':') ? id.slice(0, id.indexOf(':')) : undefined),
                    recipe: id.includes(':') ? id.slice(id.indexOf(':') + 1) : id,
                    environment: str(f.environment) ?? str(f.platform) ?? environment,
                    category: str(f.category) ?? 'unknown',
                    message: str(f.message),
                    timestamp: timestamp ? normalizeTimestamp(timestamp) : undefined,
                },
            ];
        });
    }
    const recipe = str(o.recipe) ?? str(o.package_id);
    const environment = str(o.environment) ?? str(o.platform);
    if (!recipe || !environment)
        return [];
    const timestamp = str(o.timestamp);
    return [
        {
            batchId: str(o.batch_id),
            ecosystem: str(o.ecosystem),
            recipe,
            environment,
            category: str(o.category) ?? 'unknown',
            message: str(o.message),
            timestamp: timestamp ? normalizeTimestamp(timestamp) : undefined,
        },
    ];
}

;// CONCATENATED MODULE: ./src/history/aggregate.ts
/**
 * Cross-batch aggregation for batch-summary and `ci-ledger report`. Runs and failures are fed
 * one at a time (the files are streamed), and only what the report needs is kept: the latest
 * 2×N runs (this window and the one before), per-week macOS minutes, and per-platform totals —
 * so memory stays bounded however long the history is. Pure.
 */




const defaultHistoryOptions = {
    last: 10,
    macosBudgetMinutes: 1000,
    weekStartDay: 1,
    skipThreshold: 0.8,
    skipMinRuns: 3,
};
/** Batches kept for the trend of a whole-history report. */
const TREND_LIMIT = 50;
const BATCH_ID = /"batch_id"\s*:\s*"([^"]*)"/;
const rate = (passed, tested) => (tested > 0 ? passed / tested : null);
class HistoryAccumulator {
    options;
    keep;
    /** The latest runs, oldest first, at most `keep`. */
    latest = [];
    focusRun;
    added = 0;
    weekByDay = new Map();
    position = new WeakMap();
    seen = new Set();
    weeks = new Map();
    totals = new Map();
    duplicates = 0;
    runs = 0;
    lastTested;
    earliest;
    /** Full-history matrix (the window's is computed from the kept runs). */
    fullMatrix = {};
    windowCache;
    /** runHorizon/failureHorizon, asked once per record read: kept until the next run arrives. */
    horizons = {};
    failureCounts = new Map();
    focusCounts = new Map();
    /** recipe → platform → its newest failure in the window (any reading order gives the same) */
    recipeFailures = new Map();
    failures = 0;
    failuresInWindow = 0;
    matchedByTime = 0;
    constructor(options) {
        this.options = options;
        // The whole history (last 0) is summed as it streams by; only the latest runs are kept, for the trend.
        this.keep = options.last > 0 ? options.last * 2 : TREND_LIMIT;
    }
    /**
     * `position`: where the run lies in the history (file order), which breaks ties in time as a
     * reader going forward would (the later line is the newer run); by default, the order added.
     */
    addRun(run, position = this.added) {
        this.added++;
        if (this.options.ecosystem && run.ecosystem !== this.options.ecosystem)
            return;
        this.position.set(run, position);
        const key = `${run.batchId}\0${run.ecosystem}\0${run.timestamp}`;
        if (this.seen.has(key)) {
            this.duplicates++;
            return;
        }
        this.seen.add(key);
        this.runs++;
        this.windowCache = undefined;
        this.horizons = {};
        if (this.options.batchId !== undefined && run.batchId === this.options.batchId) {
            if (!this.focusRun || this.newer(run, this.focusRun))
                this.focusRun = run;
        }
        if (this.earliest === undefined || run.timestamp < this.earliest)
            this.earliest = run.timestamp;
        const tested = Object.values(run.platforms).some((c) => c.tested > 0);
        if (tested && (!this.lastTested || this.newer(run, this.lastTested)))
            this.lastTested = run;
        for (const [name, c] of Object.entries(run.platforms)) {
            if (c.tested > 0) {
                const cell = ((this.fullMatrix[run.ecosystem] ??= {})[name] ??= {
                    batches: 0,
                    tested: 0,
                    failed: 0,
                    failureRate: null,
                });
                cell.batches++;
                cell.tested += c.tested;
                cell.failed += c.failed;
                cell.failureRate = cell.failed / cell.tested;
            }
            const t = this.totals.get(name) ?? { tested: 0, passed: 0, failed: 0, skipped: 0 };
            t.tested += c.tested;
            t.passed += c.passed;
            t.failed += c.failed;
            t.skipped = (t.skipped ?? 0) + (c.skipped ?? 0);
            this.totals.set(name, t);
        }
        const week = this.weekOf(run.timestamp);
        const w = this.weeks.get(week) ?? { minutes: 0, batches: 0, without: 0 };
        const minutes = macosMinutesOf(run);
        w.batches++;
        if (minutes === undefined)
            w.without++;
        else
            w.minutes += minutes;
        this.weeks.set(week, w);
        // Insert by time, dropping the oldest beyond what the report can use.
        let at = this.latest.length;
        while (at > 0 && this.newer(this.latest[at - 1], run))
            at--;
        if (this.latest.length >= this.keep && at === 0)
            return;
        this.latest.splice(at, 0, run);
        if (this.latest.length > this.keep)
            this.latest.shift();
    }
    /**
     * Whether a failure record's raw text can matter, judged without parsing it: a record naming
     * a batch outside the window (and not the focus batch) cannot. Most of a long history is
     * skipped this way. Anything unusual (no batch_id, escapes, a `failures` array) is parsed.
     */
    mayMatter(text) {
        if (this.options.last === 0 || text.includes('"failures"'))
            return true;
        const id = BATCH_ID.exec(text)?.[1];
        if (id === undefined || id.includes('\\'))
            return true;
        const matters = this.window().ids.has(id) || id === this.focus()?.batchId;
        if (!matters)
            this.failures++; // counted, though never parsed
        return matters;
    }
    /**
     * For reading a history newest first: the time before which no further run can change this
     * report (the window and the N before it, the focus batch's week, the latest batch that
     * tested anything) — undefined while runs of any time are still needed.
     */
    runHorizon() {
        if ('runs' in this.horizons)
            return this.horizons.runs;
        const o = this.options;
        const focus = this.focus();
        return (this.horizons.runs =
            o.last === 0 || this.latest.length < this.keep || !this.lastTested || !focus
                ? undefined
                : minTime([
                    this.latest[0].timestamp,
                    weekStart(focus.timestamp, o.weekStartDay),
                    this.lastTested.timestamp,
                ]));
    }
    /** Likewise for failure records, once every run was added (an hour's slack, as when placing by time). */
    failureHorizon() {
        if ('failures' in this.horizons)
            return this.horizons.failures;
        if (this.options.last === 0)
            return (this.horizons.failures = undefined);
        const w = this.window();
        const focus = this.focus();
        const earliest = minTime([w.from || w.window[0]?.timestamp, w.beforeFocus || focus?.timestamp].filter((t) => !!t));
        return (this.horizons.failures = earliest === undefined ? undefined : hourBefore(earliest));
    }
    /** Like mayMatter, for batch records read newest first: one older than runHorizon() cannot
     * change the report (counted, not parsed). */
    runMayMatter(text) {
        const horizon = this.runHorizon();
        const time = horizon === undefined ? undefined : rawTimestamp(text);
        if (time === undefined || time >= horizon)
            return true;
        this.runs++;
        return false;
    }
    /** Call after every run was added: failures are matched against the window. */
    addFailure(failure) {
        this.failures++;
        if (this.options.ecosystem &&
            failure.ecosystem !== undefined &&
            failure.ecosystem !== this.options.ecosystem)
            return;
        const w = this.window();
        const platform = this.options.platformOf
            ? this.options.platformOf(failure.environment)
            : failure.environment;
        if (this.options.platform && platform !== this.options.platform)
            return;
        const focus = this.focus();
        let inWindow;
        let inFocus = false;
        if (failure.batchId !== undefined) {
            inWindow = this.options.last === 0 || w.ids.has(failure.batchId);
            inFocus = focus !== undefined && failure.batchId === focus.batchId;
        }
        else {
            // Records without a batch id are placed by time: after the run before the window, up to
            // an hour past the window's last run (failures are written before the batch record).
            const t = failure.timestamp;
            inWindow = t !== undefined && t > w.from && t <= w.hourAfterTo;
            if (inWindow)
                this.matchedByTime++;
            if (focus && t !== undefined)
                inFocus = t > w.beforeFocus && t <= w.hourAfterFocus;
        }
        if (inFocus)
            bump(this.focusCounts, platform, failure.category);
        if (!inWindow)
            return;
        this.failuresInWindow++;
        bump(this.failureCounts, platform, failure.category);
        let perPlatform = this.recipeFailures.get(failure.recipe);
        if (!perPlatform)
            this.recipeFailures.set(failure.recipe, (perPlatform = new Map()));
        const seen = perPlatform.get(platform);
        const timestamp = failure.timestamp ?? '';
        if (!seen)
            perPlatform.set(platform, { category: failure.category, timestamp });
        else if (timestamp > seen.timestamp ||
            (timestamp === seen.timestamp && failure.category > seen.category)) {
            seen.category = failure.category;
            seen.timestamp = timestamp;
        }
    }
    report() {
        const o = this.options;
        const { window, previous } = this.window();
        const keepPlatform = (name) => !o.platform || name === o.platform;
        const sum = (runs) => {
            const m = new Map();
            for (const run of runs)
                for (const [name, c] of Object.entries(run.platforms)) {
                    if (!keepPlatform(name))
                        continue;
                    const t = m.get(name) ?? { tested: 0, passed: 0, failed: 0, skipped: 0 };
                    t.tested += c.tested;
                    t.passed += c.passed;
                    t.failed += c.failed;
                    t.skipped = (t.skipped ?? 0) + (c.skipped ?? 0);
                    m.set(name, t);
                }
            return m;
        };
        const current = o.last > 0 ? sum(window) : new Map([...this.totals].filter(([n]) => keepPlatform(n)));
        const before = sum(previous);
        const names = [...current.keys()].sort(maps/* platformOrder */.A_);
        const platforms = {};
        for (const name of names) {
            const c = current.get(name);
            const p = before.get(name);
            platforms[name] = {
                tested: c.tested,
                passed: c.passed,
                failed: c.failed,
                skipped: c.skipped ?? 0,
                passRate: rate(c.passed, c.tested),
                previousPassRate: p ? rate(p.passed, p.tested) : null,
            };
        }
        const matrix = {};
        for (const run of o.last > 0 ? window : []) {
            for (const [name, c] of Object.entries(run.platforms)) {
                if (!keepPlatform(name) || c.tested === 0)
                    continue;
                const row = (matrix[run.ecosystem] ??= {});
                const cell = (row[name] ??= { batches: 0, tested: 0, failed: 0, failureRate: null });
                cell.batches++;
                cell.tested += c.tested;
                cell.failed += c.failed;
                cell.failureRate = cell.failed / cell.tested;
            }
        }
        if (o.last === 0) {
            for (const [e, row] of Object.entries(this.fullMatrix))
                for (const [p, cell] of Object.entries(row))
                    if (keepPlatform(p))
                        (matrix[e] ??= {})[p] = { ...cell };
        }
        const considerSkipping = Object.entries(matrix).flatMap(([ecosystem, row]) => Object.entries(row)
            .filter(([, c]) => ecosystem !== MIXED &&
            c.batches >= o.skipMinRuns &&
            (c.failureRate ?? 0) > o.skipThreshold)
            .map(([platform, c]) => ({
            ecosystem,
            platform,
            failureRate: c.failureRate,
            batches: c.batches,
        })));
        const focus = this.focus();
        return {
            window: {
                last: o.last,
                batches: o.last > 0 ? window.length : this.runs,
                from: o.last > 0 ? window[0]?.timestamp : this.earliest,
                to: window[window.length - 1]?.timestamp,
                ecosystem: o.ecosystem,
                platform: o.platform,
            },
            focus,
            platforms,
            trend: window.map((run) => ({
                batchId: run.batchId,
                ecosystem: run.ecosystem,
                timestamp: run.timestamp,
                passRates: Object.fromEntries(names.map((n) => [
                    n,
                    run.platforms[n] ? rate(run.platforms[n].passed, run.platforms[n].tested) : null,
                ])),
            })),
            categories: categoryShares(this.failureCounts),
            focusCategories: categoryShares(this.focusCounts),
            matrix,
            macos: focus ? this.budget(focus.timestamp) : undefined,
            insights: {
                weakestPlatform: (0,aggregate/* weakestPlatform */.s)(Object.fromEntries([...current].filter(([, c]) => c.tested > 0))),
                unlock: this.unlock(),
                considerSkipping,
            },
            lastTested: this.lastTested
                ? {
                    batchId: this.lastTested.batchId,
                    ecosystem: this.lastTested.ecosystem,
                    timestamp: this.lastTested.timestamp,
                }
                : undefined,
            counts: {
                runs: this.runs,
                duplicateRuns: this.duplicates,
                failures: this.failures,
                failuresInWindow: this.failuresInWindow,
                failuresMatchedByTime: this.matchedByTime,
            },
        };
    }
    /** weekStart, once per day seen (asked for every run of a long history). */
    weekOf(timestamp) {
        const day = timestamp.endsWith('Z') ? timestamp.slice(0, 10) : timestamp; // an offset may change the day
        let week = this.weekByDay.get(day);
        if (week === undefined)
            this.weekByDay.set(day, (week = weekStart(timestamp, this.options.weekStartDay)));
        return week;
    }
    newer(a, b) {
        if (a.timestamp !== b.timestamp)
            return a.timestamp > b.timestamp;
        return this.position.get(a) > this.position.get(b);
    }
    /** The batch the summary is about: the requested one, else the latest. */
    focus() {
        return this.options.batchId !== undefined ? this.focusRun : this.latest[this.latest.length - 1];
    }
    window() {
        if (!this.windowCache) {
            const n = this.options.last > 0 ? this.options.last : this.latest.length;
            const window = this.latest.slice(-n);
            const previous = this.options.last > 0 ? this.latest.slice(0, -n).slice(-n) : [];
            const beforeWindow = this.latest[this.latest.length - window.length - 1];
            const focus = this.focus();
            this.windowCache = {
                beforeFocus: focus
                    ? (this.latest.filter((r) => r.timestamp < focus.timestamp).pop()?.timestamp ?? '')
                    : '',
                window,
                previous,
                ids: new Set(window.map((r) => r.batchId)),
                from: this.options.last > 0 ? (beforeWindow?.timestamp ?? '') : '',
                to: window[window.length - 1]?.timestamp ?? '',
                hourAfterTo: hourAfter(window[window.length - 1]?.timestamp ?? ''),
                hourAfterFocus: focus ? hourAfter(focus.timestamp) : '',
            };
        }
        return this.windowCache;
    }
    budget(at) {
        const o = this.options;
        const start = weekStart(at, o.weekStartDay);
        const w = this.weeks.get(start) ?? { minutes: 0, batches: 0, without: 0 };
        const days = Math.max(1, (Date.parse(at) - Date.parse(start)) / 86_400_000);
        const burnPerDay = w.minutes / days;
        const projected = Math.max(w.minutes, burnPerDay * 7);
        return {
            weekStart: start,
            weekEnd: new Date(Date.parse(start) + 7 * 86_400_000).toISOString().slice(0, 19) + 'Z',
            usedMinutes: round1(w.minutes),
            budgetMinutes: o.macosBudgetMinutes,
            burnPerDay: round1(burnPerDay),
            projectedMinutes: round1(projected),
            overBudget: projected > o.macosBudgetMinutes,
            batches: w.batches,
            batchesWithoutMinutes: w.without,
        };
    }
    /** Per platform, the category whose fixing would unlock most recipes that fail only there. */
    unlock() {
        const perPlatform = new Map();
        for (const [recipe, platforms] of this.recipeFailures) {
            if (platforms.size !== 1)
                continue;
            const [platform, { category }] = [...platforms][0];
            const cats = perPlatform.get(platform) ?? new Map();
            cats.set(category, [...(cats.get(category) ?? []), recipe]);
            perPlatform.set(platform, cats);
        }
        return [...perPlatform]
            .sort(([a], [b]) => (0,maps/* platformOrder */.A_)(a, b))
            .map(([platform, cats]) => {
            const [category, recipes] = [...cats].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0];
            return {
                platform,
                category,
                recipes: recipes.length,
                examples: [...recipes].sort().slice(0, 5),
            };
        });
    }
}
function bump(map, platform, category) {
    const cats = map.get(platform) ?? new Map();
    cats.set(category, (cats.get(category) ?? 0) + 1);
    map.set(platform, cats);
}
function categoryShares(map) {
    const out = {};
    for (const platform of [...map.keys()].sort(maps/* platformOrder */.A_)) {
        const cats = map.get(platform);
        const total = [...cats.values()].reduce((a, b) => a + b, 0);
        out[platform] = [...cats]
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
            .map(([category, count]) => ({ category, count, share: count / total }));
    }
    return out;
}
/** macOS minutes of a run: its own field, else its darwin platforms' durations. */
function macosMinutesOf(run) {
    if (run.macosMinutes !== undefined)
        return run.macosMinutes;
    const darwin = Object.entries(run.platforms).filter(([n]) => n.startsWith('darwin-'));
    const durations = darwin
        .map(([, c]) => c.duration_seconds)
        .filter((d) => typeof d === 'number');
    if (darwin.length > 0 && durations.length === darwin.length)
        return durations.reduce((a, b) => a + b, 0) / 60;
    return undefined;
}
/** Start (00:00 UTC) of the week holding `timestamp`, weeks starting on `day` (1 = Monday). */
function weekStart(timestamp, day) {
    const t = new Date(timestamp);
    const back = (t.getUTCDay() - day + 7) % 7;
    const start = Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate() - back);
    return new Date(start).toISOString().slice(0, 19) + 'Z';
}
function hourBefore(timestamp) {
    const t = Date.parse(timestamp);
    return Number.isNaN(t) ? timestamp : new Date(t - 3_600_000).toISOString().slice(0, 19) + 'Z';
}
const minTime = (times) => times.reduce((a, b) => (a === undefined || b < a ? b : a), undefined);
function hourAfter(timestamp) {
    const t = Date.parse(timestamp);
    return Number.isNaN(t) ? timestamp : new Date(t + 3_600_000).toISOString().slice(0, 19) + 'Z';
}
const round1 = (v) => Math.round(v * 10) / 10;
function parseWeekStart(value) {
    const days = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
    const i = days.indexOf(value.trim().toLowerCase());
    if (i === -1)
        throw new ledger.InputError(`week-start ${JSON.stringify(value)} is not a day of the week`);
    return i;
}

;// CONCATENATED MODULE: ./src/history/json-stream.ts
class JsonValueSplitter {
    fastLines;
    buffer = '';
    depth = 0;
    inString = false;
    escaped = false;
    start = -1;
    startLine = 1;
    line = 1;
    /** Position in `buffer` up to which characters have been scanned. */
    scanned = 0;
    /** fastLines: hand over whole `{…}` lines unscanned (re-split a text that fails to parse with false). */
    constructor(fastLines = true) {
        this.fastLines = fastLines;
    }
    /** Every value of a complete text, scanned character by character (for a fast-path line that held several). */
    static splitStrictly(text, line) {
        const strict = new JsonValueSplitter(false);
        strict.line = line;
        return [...strict.push(text), ...strict.finish()];
    }
    push(chunk) {
        this.buffer += chunk;
        const out = [];
        const b = this.buffer;
        let i = this.scanned;
        for (; i < b.length; i++) {
            // Fast path for JSON Lines: between values, a whole line that opens and closes like an
            // object is handed over as one text without a character-by-character scan. (If it is
            // not one value after all, e.g. two objects on a line, the parser says so.)
            if (this.fastLines && this.depth === 0 && !this.inString && b.charCodeAt(i) === 123) {
                const end = b.indexOf('\n', i);
                if (end === -1)
                    break; // wait for the rest of the line
                let last = end - 1;
                if (b.charCodeAt(last) === 13)
                    last--;
                if (b.charCodeAt(last) === 125) {
                    out.push({ text: b.slice(i, last + 1), line: this.line });
                    this.line++;
                    i = end;
                    continue;
                }
            }
            const c = b.charCodeAt(i);
            if (c === 10)
                this.line++;
            if (this.inString) {
                if (this.escaped)
                    this.escaped = false;
                else if (c === 92)
                    this.escaped = true; // backslash
                else if (c === 34)
                    this.inString = false; // quote
                continue;
            }
            if (c === 34) {
                this.inString = true;
                if (this.depth === 0)
                    this.begin(i); // a bare string value
                continue;
            }
            if (c === 123 || c === 91) {
                if (this.depth === 0)
                    this.begin(i);
                this.depth++;
            }
            else if (c === 125 || c === 93) {
                this.depth--;
                if (this.depth === 0) {
                    out.push({ text: b.slice(this.start, i + 1), line: this.startLine });
                    this.start = -1;
                }
                else if (this.depth < 0) {
                    out.push({ text: b.slice(i, i + 1), line: this.line }); // unbalanced: let the parser say so
                    this.depth = 0;
                }
            }
            else if (this.depth === 0 && c > 32) {
                // A scalar at the top level (a stray word, a number): hand its line to the parser.
                const end = b.indexOf('\n', i);
                if (end === -1)
                    break;
                out.push({ text: b.slice(i, end), line: this.line });
                this.line++;
                i = end;
            }
        }
        // Keep only the unfinished value (or nothing) for the next chunk.
        const keepFrom = this.start === -1 ? i : this.start;
        this.buffer = b.slice(keepFrom);
        if (this.start !== -1)
            this.start -= keepFrom;
        this.scanned = i - keepFrom;
        return out;
    }
    /** Whatever is left at the end of the stream (a truncated value) is returned as is. */
    finish() {
        const rest = this.start === -1 ? this.buffer.slice(this.scanned).trim() : this.buffer.slice(this.start);
        this.buffer = '';
        return rest.trim()
            ? [{ text: rest, line: this.start === -1 ? this.line : this.startLine }]
            : [];
    }
    begin(i) {
        this.start = i;
        this.startLine = this.line;
    }
}

;// CONCATENATED MODULE: ./src/history/lines-from-end.ts
/**
 * Reads a file's lines newest first, one block at a time from its end: a report over the
 * latest batches reads only the tail of an append-only history, however long it grew.
 */

const NEWLINE = 0x0a;
/**
 * Yields each non-blank line (without its line ending), the last line of the file first. Blocks
 * start small and double up to `maxBlock`: a reader that stops early reads little.
 */
async function* linesFromEnd(file, maxBlock = 1 << 20, firstBlock = Math.min(maxBlock, 64 << 10)) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        let position = (await handle.stat()).size;
        // The start of a line whose beginning lies in an earlier block.
        let carry = Buffer.alloc(0);
        for (let blockSize = firstBlock; position > 0; blockSize = Math.min(maxBlock, blockSize * 2)) {
            const length = Math.min(blockSize, position);
            position -= length;
            const block = Buffer.allocUnsafe(length);
            for (let read = 0; read < length;) {
                const { bytesRead } = await handle.read(block, read, length - read, position + read);
                if (bytesRead === 0)
                    throw new Error(`${file} shrank while it was read`);
                read += bytesRead;
            }
            const bytes = carry.length ? Buffer.concat([block, carry]) : block;
            let end = bytes.length;
            // Every line after the block's first newline is whole (a newline byte never occurs inside
            // a UTF-8 sequence, so decoding line by line is safe).
            for (let nl = end > 0 ? bytes.lastIndexOf(NEWLINE, end - 1) : -1; nl !== -1;) {
                const line = lineText(bytes, nl + 1, end);
                if (line)
                    yield line;
                end = nl;
                nl = end > 0 ? bytes.lastIndexOf(NEWLINE, end - 1) : -1;
            }
            carry = bytes.subarray(0, end);
        }
        const first = lineText(carry, 0, carry.length);
        if (first)
            yield first;
    }
    finally {
        await handle.close();
    }
}
function lineText(bytes, start, end) {
    return bytes.toString('utf8', start, end).trim();
}

;// CONCATENATED MODULE: ./src/history/load.ts
/**
 * The I/O edge of reports: find the history files under a checked-out branch and stream them
 * through the accumulator — every metrics file first (the window depends on all runs), then
 * every failures file. A value that is not valid JSON is reported and skipped: one bad line
 * in a long real history must not hide the rest.
 */







async function exists(path) {
    return (0,promises_.stat)(path).then((s) => s.isFile(), () => false);
}
async function filesUnder(dir) {
    try {
        const names = (await (0,promises_.readdir)(dir, { recursive: true })).map(String);
        return names
            .filter((n) => /\.jsonl?$/.test(n))
            .sort()
            .map((n) => (0,external_node_path_.join)(dir, n));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
}
async function historyFiles(root, paths) {
    const metricsFile = (0,external_node_path_.join)(root, paths.metricsPath);
    const dir = (0,external_node_path_.dirname)(metricsFile);
    const stem = (0,external_node_path_.basename)(metricsFile).replace(/\.jsonl?$/, '');
    const siblings = (await filesUnder(dir)).filter((f) => (0,external_node_path_.dirname)(f) === dir && (0,external_node_path_.basename)(f).startsWith(`${stem}-`));
    const metrics = [...((await exists(metricsFile)) ? [metricsFile] : []), ...siblings];
    return { metrics, failures: await filesUnder((0,external_node_path_.join)(root, paths.failuresDir)) };
}
/** Streams every JSON value of a file to `each`; unparsable values go to `skipped`. */
async function eachJsonValue(file, shownAs, each, skipped, 
/** A cheap look at the raw text first: false skips parsing it. */
mayMatter = () => true) {
    const splitter = new JsonValueSplitter();
    const handle = (texts, retry = true) => {
        for (const { text, line } of texts) {
            if (!mayMatter(text))
                continue;
            let value;
            try {
                value = JSON.parse(text);
            }
            catch (error) {
                const pieces = retry ? JsonValueSplitter.splitStrictly(text, line) : [];
                if (pieces.length > 1)
                    handle(pieces, false);
                else
                    skipped.push({ file: shownAs, line, reason: error.message });
                continue;
            }
            each(value);
        }
    };
    const stream = (0,external_node_fs_.createReadStream)(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
    for await (const chunk of stream)
        handle(splitter.push(chunk));
    handle(splitter.finish());
}
/** Records older than what a report needs, read past it before a file is left unread: appends
 * arrive roughly, not strictly, in time order. */
const TAIL_MARGIN = 1000;
/**
 * A report over the last N batches reads each file newest first and stops once TAIL_MARGIN
 * records in a row are older than anything it needs, so its cost follows the window, not the
 * history. Files that are not JSON Lines, and unreadable lines, get the whole read instead.
 */
async function loadHistory(root, paths, options, { readAll = false } = {}) {
    const files = await historyFiles(root, paths);
    if (options.last > 0 && !readAll) {
        const newestFirst = await loadNewestFirst(root, files, options);
        if (newestFirst)
            return newestFirst;
    }
    return loadWhole(root, files, options);
}
async function loadWhole(root, files, options) {
    const acc = new HistoryAccumulator(options);
    const skipped = [];
    let ignored = 0;
    for (const file of files.metrics) {
        await eachJsonValue(file, (0,external_node_path_.relative)(root, file), (value) => {
            const run = toBatchRun(value);
            if (run)
                acc.addRun(run);
            else
                ignored++;
        }, skipped);
    }
    for (const file of files.failures) {
        await eachJsonValue(file, (0,external_node_path_.relative)(root, file), (value) => {
            const failures = toFailures(value);
            if (failures.length === 0)
                ignored++;
            for (const f of failures)
                acc.addFailure(f);
        }, skipped, (text) => acc.mayMatter(text));
    }
    return {
        report: acc.report(),
        files: { metrics: files.metrics.length, failures: files.failures.length },
        skipped,
        ignored,
        readFromEnd: false,
    };
}
/** undefined when a file is not line-per-record JSON or holds an unreadable line. */
async function loadNewestFirst(root, files, options) {
    const acc = new HistoryAccumulator(options);
    let ignored = 0;
    let leftEarly = false;
    for (const [index, file] of files.metrics.entries()) {
        // Ties in time go as a forward read would order them: later file, later line = newer.
        let position = (index + 1) * 2 ** 40;
        const read = await eachLineNewestFirst(file, () => acc.runHorizon(), (value) => {
            const run = toBatchRun(value);
            if (run)
                acc.addRun(run, --position);
            else
                ignored++;
            return run?.timestamp;
        }, (text) => acc.runMayMatter(text));
        if (read === 'unsuitable')
            return undefined;
        leftEarly ||= read === 'left early';
    }
    for (const file of files.failures) {
        const read = await eachLineNewestFirst(file, () => acc.failureHorizon(), (value) => {
            const failures = toFailures(value);
            if (failures.length === 0)
                ignored++;
            for (const f of failures)
                acc.addFailure(f);
        }, (text) => acc.mayMatter(text));
        if (read === 'unsuitable')
            return undefined;
        leftEarly ||= read === 'left early';
    }
    return {
        report: acc.report(),
        files: { metrics: files.metrics.length, failures: files.failures.length },
        skipped: [],
        ignored,
        readFromEnd: leftEarly,
    };
}
/**
 * Feeds a file's records to `each`, newest first, until TAIL_MARGIN records in a row are older
 * than `horizon()`. A record's time is what `each` returns, else its raw "timestamp" field.
 * 'unsuitable': the file is not one JSON object per line, or a line does not parse.
 */
async function eachLineNewestFirst(file, horizon, each, mayMatter = () => true) {
    let older = 0;
    for await (const text of linesFromEnd(file)) {
        if (!text.startsWith('{') || !text.endsWith('}'))
            return 'unsuitable';
        let time;
        if (mayMatter(text)) {
            let value;
            try {
                value = JSON.parse(text);
            }
            catch {
                return 'unsuitable';
            }
            time = each(value) ?? undefined;
        }
        time ??= rawTimestamp(text);
        if (time === undefined)
            continue;
        const before = horizon();
        older = before !== undefined && time < before ? older + 1 : 0;
        if (older >= TAIL_MARGIN)
            return 'left early';
    }
    return 'read whole';
}

;// CONCATENATED MODULE: ./src/history/options.ts
/** Report settings as users give them (strings from flags or action inputs), checked once. */



function wholeNumber(name, value) {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n))
        throw new ledger.InputError(`${name} ${JSON.stringify(value)} is not a whole number`);
    return n;
}
/** "0.8", "80%" → 0.8 */
function parseRatio(name, value) {
    const v = value.trim();
    const n = v.endsWith('%') ? Number(v.slice(0, -1)) / 100 : Number(v);
    if (v === '' || !Number.isFinite(n) || n < 0 || n > 1)
        throw new ledger.InputError(`${name} ${JSON.stringify(value)} is not a ratio (0.8 or 80%)`);
    return n;
}
function historyOptions(inputs) {
    const d = defaultHistoryOptions;
    return {
        ...d,
        last: inputs.last ? wholeNumber('last', inputs.last) : d.last,
        ecosystem: inputs.ecosystem || undefined,
        platform: inputs.platform || undefined,
        batchId: inputs.batchId || undefined,
        macosBudgetMinutes: inputs.macosBudget
            ? wholeNumber('macos-budget', inputs.macosBudget)
            : d.macosBudgetMinutes,
        weekStartDay: inputs.weekStart ? parseWeekStart(inputs.weekStart) : d.weekStartDay,
        skipThreshold: inputs.skipThreshold
            ? parseRatio('skip-threshold', inputs.skipThreshold)
            : d.skipThreshold,
        platformOf: (0,maps/* parsePlatformMap */.th)(inputs.platformMap ?? maps/* DEFAULT_PLATFORM_MAP */.nd),
    };
}

;// CONCATENATED MODULE: ./src/history/source.ts
async function checkoutBranch(backend, branch, prefixes) {
    const name = branch || (await backend.defaultBranch());
    return { root: await backend.checkout(name, prefixes), branch: name };
}
/** The folder part of a path, for checking out only what a report reads. */
function folderOf(path) {
    const at = path.lastIndexOf('/');
    return at === -1 ? path : path.slice(0, at);
}

;// CONCATENATED MODULE: ./src/history/summarize.ts
/** batch-summary, shared by the action and `ci-ledger summary`: read the history, render the summary. */






async function summarizeBatch(backend, inputs) {
    const options = historyOptions(inputs);
    const minPassRate = inputs.minPassRate
        ? parseRatio('min-pass-rate', inputs.minPassRate)
        : undefined;
    const paths = {
        metricsPath: inputs.metricsPath || batch_paths/* DEFAULT_METRICS_PATH */.K,
        failuresDir: inputs.failuresDir || batch_paths/* DEFAULT_FAILURES_DIR */.G,
    };
    const { root, branch } = await checkoutBranch(backend, inputs.branch, [
        folderOf(paths.metricsPath),
        paths.failuresDir,
    ]);
    if (!root)
        throw new ledger.InputError(`Branch ${branch} does not exist in ${backend.description}: no batch history to summarize`);
    const loaded = await loadHistory(root, paths, options, { readAll: inputs.readAll });
    if (options.batchId && !loaded.report.focus) {
        throw new ledger.InputError(`No batch ${JSON.stringify(options.batchId)} in ${paths.metricsPath} on ${branch}${options.ecosystem ? ` for ${options.ecosystem}` : ''}`);
    }
    return {
        summary: batchSummary(loaded.report, { minPassRate, skipThreshold: options.skipThreshold }),
        loaded,
        branch,
    };
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

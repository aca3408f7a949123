import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  DEFAULT_FAILURES_DIR,
  DEFAULT_METRICS_PATH,
  DEFAULT_PLATFORM_MAP,
  parsePlatformMap,
  platformOrder,
  weakestPlatform
} from "./chunk-VHWN3QQP.js";
import {
  alertsMarkdown,
  attentionOf,
  budgetLine,
  budgetMark,
  categoriesTable,
  changesMarkdown,
  failingRecipesMarkdown,
  focusTable,
  foldedNote,
  headline,
  insightLines,
  matrixTable,
  sameIdNote,
  trendChart,
  trendsTable,
  windowLabel
} from "./chunk-SDX3AQEK.js";
import {
  text
} from "./chunk-PFC7IDFY.js";
import {
  JsonValueSplitter,
  withStore
} from "./chunk-YV4FLQZ3.js";
import "./chunk-NPYFOKNV.js";
import {
  InputError
} from "./chunk-CMNREZAP.js";
import "./chunk-RXARMASY.js";

// src/history/records.ts
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
var int = (v) => Number.isSafeInteger(v) ? v : void 0;
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;
function normalizeTimestamp(value) {
  if (value.charCodeAt(13) === 58) return value;
  return value.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})/, "$1:$2:$3");
}
var MIXED = "mixed";
var TIMESTAMP_FIELD = /^"timestamp"\s*:\s*"([^"\\]*)"/;
function rawTimestamp(text2) {
  const at = text2.indexOf('"timestamp"');
  if (at === -1 || text2.includes('"timestamp"', at + 1)) return void 0;
  const value = TIMESTAMP_FIELD.exec(text2.slice(at, at + 80))?.[1];
  return value ? normalizeTimestamp(value) : void 0;
}
function toBatchRun(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return void 0;
  const o = value;
  const batchId = str(o.batch_id);
  const timestamp = str(o.timestamp);
  if (!batchId || !timestamp || !o.platforms || typeof o.platforms !== "object") return void 0;
  let ecosystem = str(o.ecosystem);
  if (!ecosystem && o.ecosystems && typeof o.ecosystems === "object") {
    const names = Object.keys(o.ecosystems);
    ecosystem = names.length === 1 ? names[0] : MIXED;
  }
  const platforms = {};
  for (const [name, raw] of Object.entries(o.platforms)) {
    if (!raw || typeof raw !== "object") continue;
    const c = raw;
    platforms[name] = {
      tested: num(c.tested) ?? 0,
      passed: num(c.passed) ?? 0,
      failed: num(c.failed) ?? 0,
      skipped: num(c.skipped),
      duration_seconds: num(c.duration_seconds) ?? null
    };
  }
  return {
    batchId,
    ecosystem: ecosystem ?? "unknown",
    timestamp: normalizeTimestamp(timestamp),
    total: num(o.total),
    merged: num(o.merged),
    platforms,
    macosMinutes: num(o.macos_minutes_used),
    durationSeconds: num(o.duration_seconds)
  };
}
function toFailures(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return [];
  const o = value;
  if (Array.isArray(o.failures)) {
    const environment2 = str(o.environment) ?? "unknown";
    const ecosystem = str(o.ecosystem);
    const updated = str(o.updated_at);
    return o.failures.flatMap((item) => {
      if (!item || typeof item !== "object") return [];
      const f = item;
      const id = str(f.package_id) ?? str(f.recipe);
      if (!id) return [];
      const timestamp2 = str(f.timestamp) ?? updated;
      return [
        {
          batchId: str(f.batch_id),
          ecosystem: str(f.ecosystem) ?? ecosystem ?? (id.includes(":") ? id.slice(0, id.indexOf(":")) : void 0),
          recipe: id.includes(":") ? id.slice(id.indexOf(":") + 1) : id,
          environment: str(f.environment) ?? str(f.platform) ?? environment2,
          category: str(f.category) ?? "unknown",
          exitCode: int(f.exit_code),
          message: str(f.message),
          timestamp: timestamp2 ? normalizeTimestamp(timestamp2) : void 0
        }
      ];
    });
  }
  const recipe = str(o.recipe) ?? str(o.package_id);
  const environment = str(o.environment) ?? str(o.platform);
  if (!recipe || !environment) return [];
  const timestamp = str(o.timestamp);
  return [
    {
      batchId: str(o.batch_id),
      ecosystem: str(o.ecosystem),
      recipe,
      environment,
      category: str(o.category) ?? "unknown",
      exitCode: int(o.exit_code),
      message: str(o.message),
      timestamp: timestamp ? normalizeTimestamp(timestamp) : void 0
    }
  ];
}

// src/history/options.ts
var defaultHistoryOptions = {
  last: 10,
  macosBudgetMinutes: 1e3,
  weekStartDay: 1,
  skipThreshold: 0.8,
  skipMinRuns: 3,
  fallThreshold: 0.2
};
function parseWeekStart(value) {
  const days = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
  const i = days.indexOf(value.trim().toLowerCase());
  if (i === -1)
    throw new InputError(`week-start ${JSON.stringify(value)} is not a day of the week`);
  return i;
}
function wholeNumber(name, value) {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n))
    throw new InputError(`${name} ${JSON.stringify(value)} is not a whole number`);
  return n;
}
function parseRatio(name, value) {
  const v = value.trim();
  const n = v.endsWith("%") ? Number(v.slice(0, -1)) / 100 : Number(v);
  if (v === "" || !Number.isFinite(n) || n < 0 || n > 1)
    throw new InputError(`${name} ${JSON.stringify(value)} is not a ratio (0.8 or 80%)`);
  return n;
}
function historyOptions(inputs) {
  const d = defaultHistoryOptions;
  return {
    ...d,
    last: inputs.last ? wholeNumber("last", inputs.last) : d.last,
    ecosystem: inputs.ecosystem || void 0,
    platform: inputs.platform || void 0,
    ...batchRef(inputs.batchId),
    macosBudgetMinutes: inputs.macosBudget ? wholeNumber("macos-budget", inputs.macosBudget) : d.macosBudgetMinutes,
    weekStartDay: inputs.weekStart ? parseWeekStart(inputs.weekStart) : d.weekStartDay,
    skipThreshold: inputs.skipThreshold ? parseRatio("skip-threshold", inputs.skipThreshold) : d.skipThreshold,
    platformOf: parsePlatformMap(inputs.platformMap ?? DEFAULT_PLATFORM_MAP)
  };
}
function batchRef(value) {
  if (!value) return {};
  const at = value.lastIndexOf("@");
  const time = at > 0 ? value.slice(at + 1) : "";
  if (!/^\d{4}-\d{2}-\d{2}T/.test(time)) return { batchId: value };
  const parsed = Date.parse(time);
  if (Number.isNaN(parsed))
    throw new InputError(
      `batch-id ${JSON.stringify(value)}: ${JSON.stringify(time)} is not a time`
    );
  return { batchId: value.slice(0, at), batchAt: normalizeTimestamp(time) };
}

// src/report/batch-summary.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
var DROP_ORDER = [
  "window categories",
  "matrix",
  "chart",
  "failing recipes",
  "trends",
  "failure categories",
  "changes"
];
function batchSummary(r, options) {
  const focus = r.focus;
  const attention = attentionOf(r, options.minPassRate);
  const sections = [];
  const add = (name, body) => body && sections.push({ name, body });
  if (!focus) {
    add(
      "heading",
      `## Batch summary

No batch record found${r.window.ecosystem ? ` for ${text(r.window.ecosystem)}` : ""}.`
    );
  } else {
    add("heading", `## ${headline(r, attention)}`);
    add("alerts", alertsMarkdown(attention));
    add("same id", sameIdNote(r));
    add(
      "batch table",
      options.batchTableAbove ? `${focusTable(r, true)}

_This batch's counts per platform are in the batch-metrics table above._` : focusTable(r)
    );
    add("changes", changesMarkdown(r));
    add("failing recipes", failingRecipesMarkdown(r));
    const cats = categoriesTable(r.focusCategories);
    add(
      "failure categories",
      `### Failure categories in this batch

${cats ?? "No failure records for this batch."}`
    );
    if (r.macos)
      add(
        "macOS budget",
        `${budgetMark(r.macos)} **macOS budget:** ${text(budgetLine(r.macos))}${r.macos.overBudget ? " \u2014 **projected over budget**" : ""}`
      );
  }
  const oneBatch = focus !== void 0 && r.window.batches <= 1;
  if (!oneBatch) add("trends", `### Trends: ${text(windowLabel(r))}

${trendsTable(r)}`);
  add("chart", trendChart(r, options.minPassRate));
  add(
    "insights",
    `### Insights

${insightLines(r, options.skipThreshold, true).map((l) => `- ${text(l)}`).join("\n")}`
  );
  const matrix = matrixTable(r);
  if (matrix) add("matrix", `### Failure rate by ecosystem and platform

${matrix}`);
  const windowCats = categoriesTable(r.categories);
  if (windowCats && !oneBatch)
    add("window categories", `### Failure categories, ${text(windowLabel(r))}

${windowCats}`);
  add("folded", foldedNote(r));
  return fitToLimit(sections, options.limitBytes ?? SUMMARY_LIMIT_BYTES, attention);
}
function fitToLimit(sections, limit, attention) {
  const dropped = [];
  const render = () => sections.map((s) => s.body).join("\n\n") + (dropped.length ? `

_Left out to stay under GitHub's 1 MiB summary limit: ${dropped.join(", ")}._` : "") + "\n";
  let markdown = render();
  while (Buffer.byteLength(markdown) > limit) {
    const name = DROP_ORDER.find((n) => sections.some((s) => s.name === n));
    const at = name === void 0 ? -1 : sections.findIndex((s) => s.name === name);
    if (at === -1) {
      const cut = Buffer.from(markdown).subarray(0, limit - 200).toString("utf8");
      markdown = `${cut.slice(0, cut.lastIndexOf("\n"))}

_Summary cut short at GitHub's 1 MiB limit._
`;
      dropped.push("the end of the summary");
      break;
    }
    dropped.unshift(sections[at].name);
    sections.splice(at, 1);
    markdown = render();
  }
  return {
    markdown,
    bytes: Buffer.byteLength(markdown),
    breaches: attention.breaches,
    attention,
    dropped
  };
}

// src/history/load.ts
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";

// src/history/time.ts
function weekStart(timestamp, day) {
  const t = new Date(timestamp);
  const back = (t.getUTCDay() - day + 7) % 7;
  const start = Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate() - back);
  return new Date(start).toISOString().slice(0, 19) + "Z";
}
function hourBefore(timestamp) {
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? timestamp : new Date(t - 36e5).toISOString().slice(0, 19) + "Z";
}
function hourAfter(timestamp) {
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? timestamp : new Date(t + 36e5).toISOString().slice(0, 19) + "Z";
}
var minTime = (times) => times.reduce((a, b) => a === void 0 || b < a ? b : a, void 0);

// src/history/budget.ts
function macosMinutesOf(run) {
  if (run.macosMinutes !== void 0) return run.macosMinutes;
  const darwin = Object.entries(run.platforms).filter(([n]) => n.startsWith("darwin-"));
  const durations = darwin.map(([, c]) => c.duration_seconds).filter((d) => typeof d === "number");
  if (darwin.length > 0 && durations.length === darwin.length)
    return durations.reduce((a, b) => a + b, 0) / 60;
  return void 0;
}
function addToWeek(week, run) {
  const minutes = macosMinutesOf(run);
  week.batches++;
  if (minutes === void 0) week.without++;
  else week.minutes += minutes;
}
function weekBudget(weeks, at, options) {
  const start = weekStart(at, options.weekStartDay);
  const w = weeks.get(start) ?? { minutes: 0, batches: 0, without: 0 };
  const days = Math.max(1, (Date.parse(at) - Date.parse(start)) / 864e5);
  const burnPerDay = w.minutes / days;
  const projected = Math.max(w.minutes, burnPerDay * 7);
  return {
    weekStart: start,
    weekEnd: new Date(Date.parse(start) + 7 * 864e5).toISOString().slice(0, 19) + "Z",
    usedMinutes: round1(w.minutes),
    budgetMinutes: options.macosBudgetMinutes,
    burnPerDay: round1(burnPerDay),
    projectedMinutes: round1(projected),
    overBudget: projected > options.macosBudgetMinutes,
    batches: w.batches,
    batchesWithoutMinutes: w.without
  };
}
var round1 = (v) => Math.round(v * 10) / 10;

// src/history/failures.ts
function countCategory(counts, platform, category) {
  const cats = counts.get(platform) ?? /* @__PURE__ */ new Map();
  cats.set(category, (cats.get(category) ?? 0) + 1);
  counts.set(platform, cats);
}
function categoryShares(counts) {
  const out = {};
  for (const platform of [...counts.keys()].sort(platformOrder)) {
    const cats = counts.get(platform);
    const total = [...cats.values()].reduce((a, b) => a + b, 0);
    out[platform] = [...cats].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([category, count]) => ({ category, count, share: count / total }));
  }
  return out;
}
function noteRecipeFailure(recipes, failure, platform) {
  let perPlatform = recipes.get(failure.recipe);
  if (!perPlatform) recipes.set(failure.recipe, perPlatform = /* @__PURE__ */ new Map());
  const seen = perPlatform.get(platform);
  const timestamp = failure.timestamp ?? "";
  if (!seen) perPlatform.set(platform, { category: failure.category, timestamp });
  else if (timestamp > seen.timestamp || timestamp === seen.timestamp && failure.category > seen.category) {
    seen.category = failure.category;
    seen.timestamp = timestamp;
  }
}
function unlockInsight(recipes) {
  const perPlatform = /* @__PURE__ */ new Map();
  for (const [recipe, platforms] of recipes) {
    if (platforms.size !== 1) continue;
    const [platform, { category }] = [...platforms][0];
    const cats = perPlatform.get(platform) ?? /* @__PURE__ */ new Map();
    cats.set(category, [...cats.get(category) ?? [], recipe]);
    perPlatform.set(platform, cats);
  }
  return [...perPlatform].sort(([a], [b]) => platformOrder(a, b)).map(([platform, cats]) => {
    const [category, recipes2] = [...cats].sort(
      (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)
    )[0];
    return {
      platform,
      category,
      recipes: recipes2.length,
      examples: [...recipes2].sort().slice(0, 5)
    };
  });
}

// src/history/model.ts
var FOCUS_FAILURE_LIMIT = 1e3;

// src/history/focus.ts
var cell = (recipe, platform) => `${platform}\0${recipe}`;
var FocusFailures = class {
  /** (platform, recipe) → the failure; one per cell, the newest record wins. */
  current = /* @__PURE__ */ new Map();
  previous = /* @__PURE__ */ new Set();
  addFocus(failure, platform) {
    const key = cell(failure.recipe, platform);
    const timestamp = failure.timestamp ?? "";
    const seen = this.current.get(key);
    if (seen && seen.timestamp > timestamp) return;
    this.current.set(key, {
      recipe: failure.recipe,
      platform,
      category: failure.category,
      exitCode: failure.exitCode,
      message: failure.message,
      timestamp
    });
  }
  addPrevious(failure, platform) {
    this.previous.add(cell(failure.recipe, platform));
  }
  detail(focus, previous, sameId, keepPlatform) {
    const all = [...this.current.values()].filter((f) => keepPlatform(f.platform)).sort(
      (a, b) => platformOrder(a.platform, b.platform) || (a.recipe < b.recipe ? -1 : a.recipe > b.recipe ? 1 : 0)
    );
    const failures = all.slice(0, FOCUS_FAILURE_LIMIT).map(({ timestamp: _t, ...failure }) => failure);
    const tested = (run) => Object.entries(run.platforms).filter(([name, c]) => c.tested > 0 && keepPlatform(name));
    return {
      sameId: [...sameId].sort(),
      previous: previous ? {
        batchId: previous.batchId,
        timestamp: previous.timestamp,
        platforms: previous.platforms
      } : void 0,
      weakestPlatform: weakestPlatform(Object.fromEntries(tested(focus))),
      missingPlatforms: previous ? tested(previous).map(([name]) => name).filter((name) => !(name in focus.platforms)) : [],
      failures,
      failureCount: all.length,
      // Only meaningful when the previous batch's failure records were read (a previous exists).
      newlyFailing: previous ? all.filter((f) => !this.previous.has(cell(f.recipe, f.platform))).map(({ recipe, platform }) => ({ recipe, platform })) : []
    };
  }
};

// src/history/matrix.ts
function addToMatrix(matrix, run, keep = () => true) {
  for (const [name, c] of Object.entries(run.platforms)) {
    if (!keep(name) || c.tested === 0) continue;
    const cell2 = (matrix[run.ecosystem] ??= {})[name] ??= {
      batches: 0,
      tested: 0,
      failed: 0,
      failureRate: null
    };
    cell2.batches++;
    cell2.tested += c.tested;
    cell2.failed += c.failed;
    cell2.failureRate = cell2.failed / cell2.tested;
  }
}
function cellsWorthSkipping(matrix, threshold, minRuns) {
  return Object.entries(matrix).flatMap(
    ([ecosystem, row]) => Object.entries(row).filter(
      ([, c]) => ecosystem !== MIXED && c.batches >= minRuns && (c.failureRate ?? 0) > threshold
    ).map(([platform, c]) => ({
      ecosystem,
      platform,
      failureRate: c.failureRate,
      batches: c.batches
    }))
  );
}

// src/history/placement.ts
function spanOf(run, before, next, sharedId) {
  const hour = hourAfter(run.timestamp);
  const upTo = next !== void 0 && next <= hour ? justBefore(next, run.timestamp) : hour;
  return { batchId: run.batchId, after: before?.timestamp ?? "", upTo, sharedId };
}
function inSpan(failure, span) {
  if (failure.batchId !== void 0) {
    if (failure.batchId !== span.batchId) return false;
    if (!span.sharedId || failure.timestamp === void 0) return true;
  }
  return inTimes(failure.timestamp, span);
}
function inTimes(t, span) {
  return t !== void 0 && t > span.after && t <= span.upTo;
}
function justBefore(next, floor) {
  const t = Date.parse(next);
  if (Number.isNaN(t)) return floor;
  const before = new Date(t - 1e3).toISOString().slice(0, 19) + "Z";
  return before < floor ? floor : before;
}

// src/history/platform-names.ts
var PlatformFolding = class {
  constructor(known, configured = (e) => e) {
    this.known = known;
    this.configured = configured;
  }
  known;
  configured;
  cache = /* @__PURE__ */ new Map();
  foldedNames = /* @__PURE__ */ new Map();
  fold(environment) {
    let platform = this.cache.get(environment);
    if (platform === void 0) {
      platform = this.resolve(environment);
      this.cache.set(environment, platform);
      if (platform !== environment) this.foldedNames.set(environment, platform);
    }
    return platform;
  }
  /** Every environment seen under another name, sorted: what the page says it folded. */
  folded() {
    return [...this.foldedNames].map(([from, to]) => ({ from, to })).sort((a, b) => a.from < b.from ? -1 : a.from > b.from ? 1 : 0);
  }
  resolve(environment) {
    if (this.known.has(environment)) return environment;
    const mapped = this.configured(environment);
    if (this.known.has(mapped) || this.known.size === 0) return mapped;
    const coarse = osAndArch(mapped) ?? osAndArch(environment);
    return coarse && this.known.has(coarse) ? coarse : mapped;
  }
};
function osAndArch(name) {
  const parts = name.split("-");
  return parts.length > 2 ? `${parts[0]}-${parts[parts.length - 1]}` : void 0;
}

// src/history/platforms.ts
var passRate = (passed, tested) => tested > 0 ? passed / tested : null;
function addCounts(totals, name, c) {
  const t = totals.get(name) ?? { tested: 0, passed: 0, failed: 0, skipped: 0 };
  t.tested += c.tested;
  t.passed += c.passed;
  t.failed += c.failed;
  t.skipped = (t.skipped ?? 0) + (c.skipped ?? 0);
  totals.set(name, t);
}
function sumPlatforms(runs, keep) {
  const totals = /* @__PURE__ */ new Map();
  for (const run of runs)
    for (const [name, c] of Object.entries(run.platforms))
      if (keep(name)) addCounts(totals, name, c);
  return totals;
}
function platformSummaries(current, before) {
  const platforms = {};
  for (const name of [...current.keys()].sort(platformOrder)) {
    const c = current.get(name);
    const p = before.get(name);
    platforms[name] = {
      tested: c.tested,
      passed: c.passed,
      failed: c.failed,
      skipped: c.skipped ?? 0,
      passRate: passRate(c.passed, c.tested),
      previousPassRate: p ? passRate(p.passed, p.tested) : null
    };
  }
  return platforms;
}
function passRateTrend(window, names) {
  return window.map((run) => ({
    batchId: run.batchId,
    ecosystem: run.ecosystem,
    timestamp: run.timestamp,
    passRates: Object.fromEntries(
      names.map((n) => [
        n,
        run.platforms[n] ? passRate(run.platforms[n].passed, run.platforms[n].tested) : null
      ])
    )
  }));
}
function fallingPlatforms(window, names, threshold) {
  const out = [];
  for (const name of names) {
    const tested = window.filter((r) => (r.platforms[name]?.tested ?? 0) > 0);
    if (tested.length < 4) continue;
    const half = Math.floor(tested.length / 2);
    const rateOf = (runs) => {
      const c = sumPlatforms(runs, (n) => n === name).get(name);
      return c.passed / c.tested;
    };
    const from = rateOf(tested.slice(0, half));
    const to = rateOf(tested.slice(tested.length - half));
    if (from - to > threshold) out.push({ platform: name, from, to, batches: tested.length });
  }
  return out;
}

// src/history/aggregate.ts
var TREND_LIMIT = 50;
var BATCH_ID = /"batch_id"\s*:\s*"([^"]*)"/;
var HistoryAccumulator = class {
  constructor(options) {
    this.options = options;
    this.keep = options.last > 0 ? options.last * 2 : TREND_LIMIT;
  }
  options;
  keep;
  /** The latest runs up to the focus, oldest first, at most `keep`. */
  latest = [];
  focusRun;
  /** The earliest run after an anchored focus: failures placed by time stop there. */
  nextAfterFocus;
  added = 0;
  weekByDay = /* @__PURE__ */ new Map();
  position = /* @__PURE__ */ new WeakMap();
  seen = /* @__PURE__ */ new Set();
  /** How many runs carry each id: a shared id does not place a failure on its own. */
  idCount = /* @__PURE__ */ new Map();
  weeks = /* @__PURE__ */ new Map();
  totals = /* @__PURE__ */ new Map();
  duplicates = 0;
  runs = 0;
  lastTested;
  /** Times of the runs newer than lastTested that tested nothing (an idle pipeline's span). */
  untestedSince = [];
  earliest;
  /** Full-history matrix (the window's is computed from the kept runs). */
  fullMatrix = {};
  windowCache;
  /** runHorizon/failureHorizon, asked once per record read: kept until the next run arrives. */
  horizons = {};
  folding;
  failureCounts = /* @__PURE__ */ new Map();
  focusCounts = /* @__PURE__ */ new Map();
  focusFailures = new FocusFailures();
  recipeFailures = /* @__PURE__ */ new Map();
  failures = 0;
  failuresInWindow = 0;
  matchedByTime = 0;
  /**
   * `position`: where the run lies in the history (file order), which breaks ties in time as a
   * reader going forward would (the later line is the newer run); by default, the order added.
   */
  addRun(run, position = this.added) {
    this.added++;
    if (this.options.ecosystem && run.ecosystem !== this.options.ecosystem) return;
    this.position.set(run, position);
    const key = `${run.batchId}\0${run.ecosystem}\0${run.timestamp}`;
    if (this.seen.has(key)) {
      this.duplicates++;
      return;
    }
    this.seen.add(key);
    this.runs++;
    this.windowCache = void 0;
    this.horizons = {};
    this.folding = void 0;
    this.idCount.set(run.batchId, (this.idCount.get(run.batchId) ?? 0) + 1);
    if (this.earliest === void 0 || run.timestamp < this.earliest) this.earliest = run.timestamp;
    addToMatrix(this.fullMatrix, run);
    for (const [name, c] of Object.entries(run.platforms)) addCounts(this.totals, name, c);
    const { batchId, focusAt } = this.options;
    if (batchId !== void 0 && run.batchId === batchId && (!focusAt || run.timestamp === focusAt)) {
      if (!this.focusRun || this.newer(run, this.focusRun)) this.focusRun = run;
    }
    if (focusAt !== void 0 && run.timestamp > focusAt) {
      if (this.nextAfterFocus === void 0 || run.timestamp < this.nextAfterFocus)
        this.nextAfterFocus = run.timestamp;
      return;
    }
    const week = this.weekOf(run.timestamp);
    const w = this.weeks.get(week) ?? { minutes: 0, batches: 0, without: 0 };
    addToWeek(w, run);
    this.weeks.set(week, w);
    const tested = Object.values(run.platforms).some((c) => c.tested > 0);
    if (tested && (!this.lastTested || this.newer(run, this.lastTested))) {
      this.lastTested = run;
      this.untestedSince = this.untestedSince.filter((t) => t > run.timestamp);
    } else if (!tested && (!this.lastTested || this.newer(run, this.lastTested)))
      this.untestedSince.push(run.timestamp);
    let at = this.latest.length;
    while (at > 0 && this.newer(this.latest[at - 1], run)) at--;
    if (this.latest.length >= this.keep && at === 0) return;
    this.latest.splice(at, 0, run);
    if (this.latest.length > this.keep) this.latest.shift();
  }
  /**
   * Whether a failure record's raw text can matter, judged without parsing it: a record naming
   * a batch outside the window (and not the focus batch or the one before it) cannot. Most of a
   * long history is skipped this way. Anything unusual (no batch_id, escapes, a `failures`
   * array) is parsed.
   */
  mayMatter(text2) {
    if (this.options.last === 0 || text2.includes('"failures"')) return true;
    const id = BATCH_ID.exec(text2)?.[1];
    if (id === void 0 || id.includes("\\")) return true;
    const w = this.window();
    const matters = w.ids.has(id) || id === this.focus()?.batchId || id === w.previousOfFocus?.run.batchId;
    if (!matters) this.failures++;
    return matters;
  }
  /**
   * For reading a history newest first: the time before which no further run can change this
   * report (the window and the N before it, the focus batch's week, the latest batch that
   * tested anything) — undefined while runs of any time are still needed.
   */
  runHorizon() {
    if ("runs" in this.horizons) return this.horizons.runs;
    const o = this.options;
    const focus = this.focus();
    return this.horizons.runs = o.last === 0 || this.latest.length < this.keep || !this.lastTested || !focus ? void 0 : minTime([
      this.latest[0].timestamp,
      this.weekOf(focus.timestamp),
      this.lastTested.timestamp
    ]);
  }
  /** Likewise for failure records, once every run was added (an hour's slack, as when placing by time). */
  failureHorizon() {
    if ("failures" in this.horizons) return this.horizons.failures;
    if (this.options.last === 0) return this.horizons.failures = void 0;
    const w = this.window();
    const earliest = minTime(
      [
        w.span.after || w.window[0]?.timestamp,
        w.focusSpan?.after || this.focus()?.timestamp,
        w.previousOfFocus?.span.after || w.previousOfFocus?.run.timestamp
      ].filter((t) => !!t)
    );
    return this.horizons.failures = earliest === void 0 ? void 0 : hourBefore(earliest);
  }
  /** Like mayMatter, for batch records read newest first: one whose time (read raw, unparsed)
   * is older than runHorizon() cannot change the report (counted, not parsed). */
  runMayMatter(rawTime) {
    const horizon = this.runHorizon();
    if (horizon === void 0 || rawTime === void 0 || rawTime >= horizon) return true;
    this.runs++;
    return false;
  }
  /** Call after every run was added: failures are matched against the window. */
  addFailure(failure) {
    this.failures++;
    const o = this.options;
    if (o.ecosystem && failure.ecosystem !== void 0 && failure.ecosystem !== o.ecosystem) return;
    const w = this.window();
    this.folding ??= new PlatformFolding(new Set(this.totals.keys()), o.platformOf);
    const platform = this.folding.fold(failure.environment);
    if (o.platform && platform !== o.platform) return;
    const t = failure.timestamp;
    let inWindow;
    if (o.last === 0) inWindow = true;
    else if (failure.batchId !== void 0)
      inWindow = w.ids.has(failure.batchId) && ((this.idCount.get(failure.batchId) ?? 0) < 2 || t === void 0 || inTimes(t, w.span));
    else {
      inWindow = inTimes(t, w.span);
      if (inWindow) this.matchedByTime++;
    }
    if (w.focusSpan && inSpan(failure, w.focusSpan)) {
      countCategory(this.focusCounts, platform, failure.category);
      this.focusFailures.addFocus(failure, platform);
    } else if (w.previousOfFocus && inSpan(failure, w.previousOfFocus.span))
      this.focusFailures.addPrevious(failure, platform);
    if (!inWindow) return;
    this.failuresInWindow++;
    countCategory(this.failureCounts, platform, failure.category);
    noteRecipeFailure(this.recipeFailures, failure, platform);
  }
  report() {
    const o = this.options;
    const w = this.window();
    const { window, previous } = w;
    const keepPlatform = (name) => !o.platform || name === o.platform;
    const current = o.last > 0 ? sumPlatforms(window, keepPlatform) : new Map([...this.totals].filter(([n]) => keepPlatform(n)));
    const platforms = platformSummaries(current, sumPlatforms(previous, keepPlatform));
    const names = [...current.keys()].sort(platformOrder);
    const matrix = {};
    if (o.last > 0) for (const run of window) addToMatrix(matrix, run, keepPlatform);
    else
      for (const [e, row] of Object.entries(this.fullMatrix))
        for (const [p, cell2] of Object.entries(row))
          if (keepPlatform(p)) (matrix[e] ??= {})[p] = { ...cell2 };
    const focus = this.focus();
    const trend = passRateTrend(window, names);
    return {
      window: {
        last: o.last,
        batches: o.last > 0 ? window.length : this.runs,
        previousBatches: previous.length,
        from: o.last > 0 ? window[0]?.timestamp : this.earliest,
        to: window[window.length - 1]?.timestamp,
        ecosystem: o.ecosystem,
        platform: o.platform
      },
      focus,
      focusDetail: focus ? this.focusFailures.detail(focus, w.previousOfFocus?.run, this.sameId(focus), keepPlatform) : void 0,
      idle: this.idle(),
      platforms,
      trend,
      categories: categoryShares(this.failureCounts),
      focusCategories: categoryShares(this.focusCounts),
      matrix,
      macos: focus ? weekBudget(this.weeks, focus.timestamp, o) : void 0,
      insights: {
        weakestPlatform: weakestPlatform(
          Object.fromEntries([...current].filter(([, c]) => c.tested > 0))
        ),
        falling: fallingPlatforms(window, names, o.fallThreshold),
        unlock: unlockInsight(this.recipeFailures),
        considerSkipping: cellsWorthSkipping(matrix, o.skipThreshold, o.skipMinRuns)
      },
      folded: this.folding?.folded() ?? [],
      lastTested: this.lastTested ? {
        batchId: this.lastTested.batchId,
        ecosystem: this.lastTested.ecosystem,
        timestamp: this.lastTested.timestamp
      } : void 0,
      counts: {
        runs: this.runs,
        duplicateRuns: this.duplicates,
        failures: this.failures,
        failuresInWindow: this.failuresInWindow,
        failuresMatchedByTime: this.matchedByTime
      }
    };
  }
  /** The batch the summary is about: the requested one, else the latest. */
  focus() {
    return this.options.batchId !== void 0 ? this.focusRun : this.latest[this.latest.length - 1];
  }
  /** Times of every record carrying the focus's id that this reader kept (the loader lists them all). */
  sameId(focus) {
    if (this.options.focusCandidates) return this.options.focusCandidates;
    return this.latest.filter((r) => r.batchId === focus.batchId).map((r) => r.timestamp);
  }
  /** Batches up to the focus that tested nothing, since the latest one that did. */
  idle() {
    return { batches: this.untestedSince.length, since: this.lastTested?.timestamp };
  }
  /** weekStart, once per day seen (asked for every run of a long history). */
  weekOf(timestamp) {
    const day = timestamp.endsWith("Z") ? timestamp.slice(0, 10) : timestamp;
    let week = this.weekByDay.get(day);
    if (week === void 0)
      this.weekByDay.set(day, week = weekStart(timestamp, this.options.weekStartDay));
    return week;
  }
  newer(a, b) {
    if (a.timestamp !== b.timestamp) return a.timestamp > b.timestamp;
    return this.position.get(a) > this.position.get(b);
  }
  window() {
    if (this.windowCache) return this.windowCache;
    const latest = this.latest;
    const n = this.options.last > 0 ? this.options.last : latest.length;
    const window = latest.slice(-n);
    const previous = this.options.last > 0 ? latest.slice(0, -n).slice(-n) : [];
    const beforeWindow = latest[latest.length - window.length - 1];
    const shared = (id) => (this.idCount.get(id) ?? 0) > 1;
    const nextOf = (i) => latest[i + 1]?.timestamp ?? this.nextAfterFocus;
    const focus = this.focus();
    const focusAt = focus ? latest.lastIndexOf(focus) : -1;
    let previousOfFocus;
    for (let i = focusAt - 1; i >= 0; i--) {
      if (latest[i].ecosystem !== focus.ecosystem) continue;
      if (!Object.values(latest[i].platforms).some((c) => c.tested > 0)) continue;
      const run = latest[i];
      previousOfFocus = { run, span: spanOf(run, latest[i - 1], nextOf(i), shared(run.batchId)) };
      break;
    }
    const lastSpan = window.length ? spanOf(window[window.length - 1], void 0, nextOf(latest.length - 1), true) : void 0;
    this.windowCache = {
      window,
      previous,
      ids: new Set(window.map((r) => r.batchId)),
      span: {
        after: this.options.last > 0 ? beforeWindow?.timestamp ?? "" : "",
        upTo: lastSpan?.upTo ?? ""
      },
      focusSpan: focus && focusAt >= 0 ? spanOf(
        focus,
        latest[focusAt - 1],
        nextOf(focusAt),
        shared(focus.batchId) || (this.options.focusCandidates?.length ?? 0) > 1
      ) : void 0,
      previousOfFocus
    };
    return this.windowCache;
  }
};

// src/history/lines-from-end.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var NEWLINE = 10;
function* linesFromEnd(file, maxBlock = 1 << 20, firstBlock = Math.min(maxBlock, 64 << 10)) {
  const fd = openSync(file, "r");
  try {
    let position = fstatSync(fd).size;
    let carry = Buffer.alloc(0);
    for (let blockSize = firstBlock; position > 0; blockSize = Math.min(maxBlock, blockSize * 2)) {
      const length = Math.min(blockSize, position);
      position -= length;
      const block = Buffer.allocUnsafe(length);
      for (let read = 0; read < length; ) {
        const bytesRead = readSync(fd, block, read, length - read, position + read);
        if (bytesRead === 0) throw new Error(`${file} shrank while it was read`);
        read += bytesRead;
      }
      const bytes = carry.length ? Buffer.concat([block, carry]) : block;
      let end = bytes.length;
      for (let nl = end > 0 ? bytes.lastIndexOf(NEWLINE, end - 1) : -1; nl !== -1; ) {
        const line = lineText(bytes, nl + 1, end);
        if (line) yield line;
        end = nl;
        nl = end > 0 ? bytes.lastIndexOf(NEWLINE, end - 1) : -1;
      }
      carry = bytes.subarray(0, end);
    }
    const first = lineText(carry, 0, carry.length);
    if (first) yield first;
  } finally {
    closeSync(fd);
  }
}
function lineText(bytes, start, end) {
  return bytes.toString("utf8", start, end).trim();
}

// src/history/load.ts
async function exists(path) {
  return stat(path).then(
    (s) => s.isFile(),
    () => false
  );
}
async function filesUnder(dir) {
  try {
    const names = (await readdir(dir, { recursive: true })).map(String);
    return names.filter((n) => /\.jsonl?$/.test(n)).sort().map((n) => join(dir, n));
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
}
async function historyFiles(root, paths) {
  const metricsFile = join(root, paths.metricsPath);
  const dir = dirname(metricsFile);
  const stem = basename(metricsFile).replace(/\.jsonl?$/, "");
  const siblings = (await filesUnder(dir)).filter(
    (f) => dirname(f) === dir && basename(f).startsWith(`${stem}-`)
  );
  const metrics = [...await exists(metricsFile) ? [metricsFile] : [], ...siblings];
  return { metrics, failures: await filesUnder(join(root, paths.failuresDir)) };
}
async function eachJsonValue(file, shownAs, each, skipped, mayMatter = () => true) {
  const splitter = new JsonValueSplitter();
  const handle = (texts, retry = true) => {
    for (const { text: text2, line } of texts) {
      if (!mayMatter(text2)) continue;
      let value;
      try {
        value = JSON.parse(text2);
      } catch (error) {
        const pieces = retry ? JsonValueSplitter.splitStrictly(text2, line) : [];
        if (pieces.length > 1) handle(pieces, false);
        else skipped.push({ file: shownAs, line, reason: error.message });
        continue;
      }
      each(value);
    }
  };
  const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 });
  for await (const chunk of stream) handle(splitter.push(chunk));
  handle(splitter.finish());
}
var TAIL_MARGIN = 1e3;
async function loadHistory(root, paths, options, { readAll = false } = {}) {
  const files = await historyFiles(root, paths);
  if (options.batchId !== void 0) options = await locateFocus(root, files.metrics, options);
  if (options.last > 0 && !readAll) {
    const newestFirst = loadNewestFirst(root, files, options);
    if (newestFirst) return newestFirst;
  }
  return loadWhole(root, files, options);
}
async function locateFocus(root, metrics, options) {
  const id = options.batchId;
  const needle = JSON.stringify(id);
  const times = /* @__PURE__ */ new Set();
  for (const file of metrics) {
    await eachJsonValue(
      file,
      relative(root, file),
      (value) => {
        const run = toBatchRun(value);
        if (run?.batchId === id && (!options.ecosystem || run.ecosystem === options.ecosystem))
          times.add(run.timestamp);
      },
      [],
      (text2) => text2.includes(needle)
    );
  }
  const candidates = [...times].sort();
  if (candidates.length === 0) return options;
  if (options.batchAt !== void 0 && !times.has(options.batchAt)) {
    throw new InputError(
      `No record of batch ${needle} at ${options.batchAt}: the ${candidates.length} record(s) carrying it were written at ${candidates.join(", ")}`
    );
  }
  const focusAt = options.batchAt ?? candidates[candidates.length - 1];
  return { ...options, focusAt, focusCandidates: candidates };
}
async function loadWhole(root, files, options) {
  const acc = new HistoryAccumulator(options);
  const skipped = [];
  let ignored = 0;
  for (const file of files.metrics) {
    await eachJsonValue(
      file,
      relative(root, file),
      (value) => {
        const run = toBatchRun(value);
        if (run) acc.addRun(run);
        else ignored++;
      },
      skipped
    );
  }
  for (const file of files.failures) {
    await eachJsonValue(
      file,
      relative(root, file),
      (value) => {
        const failures = toFailures(value);
        if (failures.length === 0) ignored++;
        for (const f of failures) acc.addFailure(f);
      },
      skipped,
      (text2) => acc.mayMatter(text2)
    );
  }
  return {
    report: acc.report(),
    files: { metrics: files.metrics.length, failures: files.failures.length },
    skipped,
    ignored,
    readFromEnd: false
  };
}
function loadNewestFirst(root, files, options) {
  const acc = new HistoryAccumulator(options);
  let ignored = 0;
  let leftEarly = false;
  for (const [index, file] of files.metrics.entries()) {
    let position = (index + 1) * 2 ** 40;
    const read = eachLineNewestFirst(
      file,
      () => acc.runHorizon(),
      (value) => {
        const run = toBatchRun(value);
        if (run) acc.addRun(run, --position);
        else ignored++;
        return run?.timestamp;
      },
      (_text, rawTime) => acc.runMayMatter(rawTime)
    );
    if (read === "unsuitable") return void 0;
    leftEarly ||= read === "left early";
  }
  for (const file of files.failures) {
    const read = eachLineNewestFirst(
      file,
      () => acc.failureHorizon(),
      (value) => {
        const failures = toFailures(value);
        if (failures.length === 0) ignored++;
        for (const f of failures) acc.addFailure(f);
      },
      (text2) => acc.mayMatter(text2)
    );
    if (read === "unsuitable") return void 0;
    leftEarly ||= read === "left early";
  }
  return {
    report: acc.report(),
    files: { metrics: files.metrics.length, failures: files.failures.length },
    skipped: [],
    ignored,
    readFromEnd: leftEarly
  };
}
function eachLineNewestFirst(file, horizon, each, mayMatter = () => true) {
  let older = 0;
  for (const text2 of linesFromEnd(file)) {
    if (!text2.startsWith("{") || !text2.endsWith("}")) return "unsuitable";
    const rawTime = rawTimestamp(text2);
    let time = rawTime;
    if (mayMatter(text2, rawTime)) {
      let value;
      try {
        value = JSON.parse(text2);
      } catch {
        return "unsuitable";
      }
      time = each(value) ?? rawTime;
    }
    if (time === void 0) continue;
    const before = horizon();
    older = before !== void 0 && time < before ? older + 1 : 0;
    if (older >= TAIL_MARGIN) return "left early";
  }
  return "read whole";
}

// src/jobs/branch-files.ts
async function checkoutBranch(backend, branch, prefixes) {
  const name = branch || await backend.defaultBranch();
  return { root: await backend.checkout(name, prefixes), branch: name };
}
function noHistoryError(place, metricsPath) {
  const stem = metricsPath.replace(/\.jsonl?$/, "");
  return new InputError(
    `No batch history in ${place}: neither ${metricsPath} nor ${stem}-*.jsonl beside it. Check the store (--data-dir is the folder that holds data/, as the branch does), --branch and --metrics-path.`
  );
}
function placeOf(store, backend, branch) {
  return store.kind === "directory" ? backend.description : `${backend.description}, branch ${branch}`;
}
function folderOf(path) {
  const at = path.lastIndexOf("/");
  return at === -1 ? path : path.slice(0, at);
}
async function readBatchHistory(store, backend, inputs, options, purpose) {
  const paths = {
    metricsPath: inputs.metricsPath || DEFAULT_METRICS_PATH,
    failuresDir: inputs.failuresDir || DEFAULT_FAILURES_DIR
  };
  const { root, branch } = await checkoutBranch(backend, inputs.branch, [
    folderOf(paths.metricsPath),
    paths.failuresDir
  ]);
  if (!root)
    throw new InputError(
      `Branch ${branch} does not exist in ${backend.description}: no batch history to ${purpose}`
    );
  const loaded = await loadHistory(root, paths, options, { readAll: inputs.readAll });
  if (loaded.files.metrics === 0)
    throw noHistoryError(placeOf(store, backend, branch), paths.metricsPath);
  return { loaded, branch, paths };
}

// src/jobs/summarize-batch.ts
async function summarizeBatch(inputs, context) {
  const options = historyOptions(inputs);
  const minPassRate = inputs.minPassRate ? parseRatio("min-pass-rate", inputs.minPassRate) : void 0;
  return withStore(context, async (backend) => {
    const { loaded, branch, paths } = await readBatchHistory(
      context.store,
      backend,
      inputs,
      options,
      "summarize"
    );
    if (options.batchId && !loaded.report.focus) {
      throw new InputError(
        `No batch ${JSON.stringify(options.batchId)} in ${paths.metricsPath} on ${branch}${options.ecosystem ? ` for ${options.ecosystem}` : ""}`
      );
    }
    return {
      summary: batchSummary(loaded.report, {
        minPassRate,
        skipThreshold: options.skipThreshold,
        batchTableAbove: loaded.report.focus !== void 0 && (inputs.tableAlreadyShown?.(loaded.report.focus.batchId, loaded.report.focus.ecosystem) ?? false)
      }),
      loaded,
      branch
    };
  });
}
export {
  summarizeBatch
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  MIXED,
  addToWeek,
  batchKey,
  changePoints,
  hourAfter,
  hourBefore,
  minTime,
  rawTimestamp,
  readBatchRecord,
  toFailures,
  weekBudget,
  weekStart
} from "./chunk-EONKB2LE.js";
import {
  DEFAULT_FAILURES_DIR,
  DEFAULT_METRICS_PATH,
  weakestPlatform
} from "./chunk-AAX545PN.js";
import {
  platformOrder
} from "./chunk-Y2ZIECC3.js";
import {
  JsonValueSplitter,
  latestTimeIn,
  splitExtension
} from "./chunk-QZTMOEK6.js";
import {
  InputError,
  assertSafeBranch,
  dictFrom,
  emptyDict
} from "./chunk-V7MP4ZTR.js";

// src/history/load.ts
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";

// src/history/failures.ts
var failureOfEcosystem = (failure, ecosystem) => failure.ecosystem === void 0 || failure.ecosystem === ecosystem;
function countCategory(counts, platform, category) {
  const cats = counts.get(platform) ?? /* @__PURE__ */ new Map();
  cats.set(category, (cats.get(category) ?? 0) + 1);
  counts.set(platform, cats);
}
function categoryShares(counts) {
  const out = emptyDict();
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
    const cell2 = (matrix[run.ecosystem] ??= emptyDict())[name] ??= {
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

// src/history/pass-rate-changes.ts
var MIN_BATCHES_FOR_CHANGES = 8;
function passRateChanges(runs, windowStart, names) {
  const out = { tested: [], tooShort: [], changes: [] };
  const inWindow = new Set(runs.slice(windowStart));
  for (const platform of names) {
    const points = runs.filter((r) => (r.platforms[platform]?.tested ?? 0) > 0);
    if (!points.some((r) => inWindow.has(r))) continue;
    if (points.length < MIN_BATCHES_FOR_CHANGES) {
      out.tooShort.push(platform);
      continue;
    }
    out.tested.push(platform);
    const rates = points.map((r) => r.platforms[platform].passed / r.platforms[platform].tested);
    for (const c of changePoints(rates)) {
      const first = points[c.index];
      if (!inWindow.has(first)) continue;
      out.changes.push({
        platform,
        batchId: first.batchId,
        timestamp: first.timestamp,
        before: c.meanBefore,
        after: c.meanAfter,
        batchesBefore: c.pointsBefore,
        batchesAfter: c.pointsAfter,
        relativeChange: c.relativeChange,
        pValue: c.pValue,
        falling: c.meanAfter < c.meanBefore
      });
    }
  }
  return out;
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
  const platforms = emptyDict();
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
    passRates: dictFrom(
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
    this.keep = Math.max(options.last > 0 ? options.last * 2 : TREND_LIMIT, options.keepRuns ?? 0);
  }
  options;
  keep;
  /** The latest runs up to the focus, oldest first, at most `keep`. */
  latest = [];
  /**
   * For the whole history (last 0): every batch's pass counts, compactly, for change-point
   * detection over the whole series (the trend keeps only the latest TREND_LIMIT).
   */
  passCounts = [];
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
  fullMatrix = emptyDict();
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
  /** The latest batches kept, up to the focus, oldest first (objectives over the last N batches). */
  recentRuns() {
    return [...this.latest];
  }
  /**
   * Runner minutes per week, oldest first, for the weeks read whole: every week when no kept
   * batch was dropped, else the focus's week and those that start after the oldest kept batch.
   */
  weeklyMinutes() {
    const dropped = this.runs > this.latest.length;
    const from = dropped ? this.latest[0]?.timestamp ?? "" : "";
    const focus = this.focus();
    const focusWeek = focus ? this.weekOf(focus.timestamp) : void 0;
    return [...this.weeks].filter(([start]) => start >= from || start === focusWeek).sort(([a], [b]) => a < b ? -1 : 1).map(([weekStart2, w]) => ({ weekStart: weekStart2, ...w }));
  }
  /**
   * `position`: where the run lies in the history (file order), which breaks ties in time as a
   * reader going forward would (the later line is the newer run); by default, the order added.
   */
  addRun(run, position = this.added) {
    this.added++;
    if (this.options.ecosystem && run.ecosystem !== this.options.ecosystem) return;
    this.position.set(run, position);
    const key = batchKey(run);
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
    if (this.options.last === 0)
      this.passCounts.push({
        batchId: run.batchId,
        timestamp: run.timestamp,
        platforms: run.platforms,
        position
      });
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
  mayMatter(text) {
    if (this.options.last === 0 || text.includes('"failures"')) return true;
    const id = BATCH_ID.exec(text)?.[1];
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
    if (o.ecosystem && !failureOfEcosystem(failure, o.ecosystem)) return;
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
    const matrix = emptyDict();
    if (o.last > 0) for (const run of window) addToMatrix(matrix, run, keepPlatform);
    else
      for (const [e, row] of Object.entries(this.fullMatrix))
        for (const [p, cell2] of Object.entries(row))
          if (keepPlatform(p)) (matrix[e] ??= emptyDict())[p] = { ...cell2 };
    const focus = this.focus();
    const trend = passRateTrend(window, names);
    const changes = o.last > 0 ? passRateChanges([...previous, ...window], previous.length, names) : passRateChanges(
      [...this.passCounts].sort(
        (a, b) => a.timestamp !== b.timestamp ? a.timestamp < b.timestamp ? -1 : 1 : a.position - b.position
      ),
      0,
      names
    );
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
        falling: fallingPlatforms(window, names, o.fallThreshold).filter(
          (f) => !changes.tested.includes(f.platform)
        ),
        passRateChanges: changes,
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

// src/history/latest-batches.ts
var inTimeOrder = (runs) => [...runs].sort(
  (a, b) => a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : a.position - b.position
);
var LatestBatches = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  /** The latest runs that tested anything, oldest first, at most `limit`. */
  kept = [];
  /** Inserted by time (ties: the later record is the newer), the oldest dropped beyond the limit. */
  keep(run, position) {
    const kept = this.kept;
    const newer = (a) => a.run.timestamp > run.timestamp || a.run.timestamp === run.timestamp && a.position > position;
    let at = kept.length;
    while (at > 0 && newer(kept[at - 1])) at--;
    if (kept.length >= this.limit && at === 0) return;
    kept.splice(at, 0, { run, position });
    if (kept.length > this.limit) kept.shift();
  }
  /**
   * Once every run is in (`sorted`: all of them in time order; `idCount`: records per id): each
   * kept batch's span, from the run before it to the run after it, whether kept or not.
   */
  place(sorted, idCount) {
    const indexOf = new Map(sorted.map((r, i) => [r.position, i]));
    const spans = [];
    const batches = [];
    for (const { run, position } of [...this.kept].reverse()) {
      const at = indexOf.get(position);
      const before = sorted[at - 1];
      const span = spanOf(
        run,
        before ? { timestamp: before.timestamp } : void 0,
        sorted[at + 1]?.timestamp,
        (idCount.get(run.batchId) ?? 0) > 1
      );
      const batch = {
        batchId: run.batchId,
        ecosystem: run.ecosystem,
        timestamp: run.timestamp,
        platforms: Object.fromEntries(
          Object.entries(run.platforms).sort(([a], [b]) => platformOrder(a, b)).map(([n, c]) => [
            n,
            { tested: c.tested, passed: c.passed, failed: c.failed, batches: 1 }
          ])
        ),
        ...run.macosMinutes !== void 0 ? { macosMinutes: run.macosMinutes } : {},
        failures: [],
        failureCount: 0
      };
      batches.push(batch);
      spans.push({ span, batch, at });
    }
    return new PlacedBatches(
      batches,
      spans.sort((a, b) => a.at - b.at)
    );
  }
};
var PlacedBatches = class {
  constructor(batches, spans) {
    this.batches = batches;
    this.spans = spans;
    spans.forEach(
      (s, i) => this.byId.set(s.span.batchId, [...this.byId.get(s.span.batchId) ?? [], i])
    );
  }
  batches;
  spans;
  byId = /* @__PURE__ */ new Map();
  /**
   * The listed batch a failure belongs to (placement.ts): by its batch id, or by time — the
   * newest span that holds it, as the summary prefers the focus batch over the one before it.
   */
  ownerOf(failure) {
    const spans = this.spans;
    let candidates;
    if (failure.batchId !== void 0) candidates = [...this.byId.get(failure.batchId) ?? []];
    else {
      const t = failure.timestamp;
      if (t === void 0 || spans.length === 0) return void 0;
      let lo = 0;
      let hi = spans.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (spans[mid].batch.timestamp < t) lo = mid + 1;
        else hi = mid;
      }
      candidates = [lo, lo - 1].filter((i) => i >= 0 && i < spans.length);
    }
    for (const i of candidates.sort((a, b) => b - a))
      if (inSpan(failure, spans[i].span)) return spans[i].batch;
    return void 0;
  }
};

// src/history/series.ts
var ALL_ECOSYSTEMS = "*";
var defaultSeriesOptions = {
  weekStartDay: 1,
  macosBudgetMinutes: 1e3,
  latestBatches: 100,
  failuresPerBatch: 300
};
var NO_ECOSYSTEM = "\0none";
var HistorySeriesBuilder = class {
  constructor(options = defaultSeriesOptions) {
    this.options = options;
    this.latest = new LatestBatches(options.latestBatches);
  }
  options;
  seen = /* @__PURE__ */ new Set();
  duplicates = 0;
  all = [];
  idCount = /* @__PURE__ */ new Map();
  /** ecosystem (and ALL) → day → platform → counts */
  daily = /* @__PURE__ */ new Map();
  weeks = /* @__PURE__ */ new Map();
  weekByDay = /* @__PURE__ */ new Map();
  matrix = emptyDict();
  /** Platforms that tested anything (the series), and every platform named (for folding). */
  platformNames = /* @__PURE__ */ new Set();
  namedPlatforms = /* @__PURE__ */ new Set();
  ecosystemNames = /* @__PURE__ */ new Set();
  latest;
  latestAt;
  earliestAt;
  /** ecosystem of the record (or NO_ECOSYSTEM) → platform → week → category → count */
  categoryCounts = /* @__PURE__ */ new Map();
  /** Once the first failure arrives: every run in order, the listed batches, the folding. */
  placement;
  failureCount = 0;
  addRun(run) {
    if (this.placement) throw new Error("HistorySeriesBuilder: every run before any failure");
    const key = batchKey(run);
    if (this.seen.has(key)) {
      this.duplicates++;
      return;
    }
    this.seen.add(key);
    const position = this.all.length;
    const tested = Object.values(run.platforms).some((c) => c.tested > 0);
    this.all.push({ batchId: run.batchId, timestamp: run.timestamp, tested, position });
    this.idCount.set(run.batchId, (this.idCount.get(run.batchId) ?? 0) + 1);
    if (this.latestAt === void 0 || run.timestamp > this.latestAt) this.latestAt = run.timestamp;
    if (this.earliestAt === void 0 || run.timestamp < this.earliestAt)
      this.earliestAt = run.timestamp;
    this.ecosystemNames.add(run.ecosystem);
    for (const name of Object.keys(run.platforms)) this.namedPlatforms.add(name);
    addToMatrix(this.matrix, run);
    const week = this.weekOf(run.timestamp);
    const w = this.weeks.get(week) ?? { minutes: 0, batches: 0, without: 0 };
    addToWeek(w, run);
    this.weeks.set(week, w);
    if (!tested) return;
    const day = run.timestamp.slice(0, 10);
    for (const ecosystem of [run.ecosystem, ALL_ECOSYSTEMS]) {
      let days = this.daily.get(ecosystem);
      if (!days) this.daily.set(ecosystem, days = /* @__PURE__ */ new Map());
      let platforms = days.get(day);
      if (!platforms) days.set(day, platforms = /* @__PURE__ */ new Map());
      for (const [name, c] of Object.entries(run.platforms)) {
        if (c.tested === 0) continue;
        this.platformNames.add(name);
        addCounts(platforms, name, c);
        const t = platforms.get(name);
        t.batches = (t.batches ?? 0) + 1;
      }
    }
    this.latest.keep(run, position);
  }
  /** Every run must have been added. */
  addFailure(failure) {
    this.failureCount++;
    const p = this.placement ??= this.place();
    const platform = p.folding.fold(failure.environment);
    if (failure.timestamp !== void 0) {
      const ecosystem = failure.ecosystem ?? NO_ECOSYSTEM;
      const week = this.weekOf(failure.timestamp);
      let perPlatform = this.categoryCounts.get(ecosystem);
      if (!perPlatform) this.categoryCounts.set(ecosystem, perPlatform = /* @__PURE__ */ new Map());
      let perWeek = perPlatform.get(platform);
      if (!perWeek) perPlatform.set(platform, perWeek = /* @__PURE__ */ new Map());
      let cats = perWeek.get(week);
      if (!cats) perWeek.set(week, cats = /* @__PURE__ */ new Map());
      cats.set(failure.category, (cats.get(failure.category) ?? 0) + 1);
    }
    const owner = p.listed.ownerOf(failure);
    if (!owner) return;
    owner.failureCount++;
    if (owner.failures.length < this.options.failuresPerBatch)
      owner.failures.push({
        recipe: failure.recipe,
        platform,
        ...failure.environment !== platform ? { environment: failure.environment } : {},
        category: failure.category,
        ...failure.exitCode !== void 0 ? { exitCode: failure.exitCode } : {}
      });
  }
  series() {
    const p = this.placement ??= this.place();
    const platforms = [...this.platformNames].sort(platformOrder);
    const ecosystems = [...this.ecosystemNames].sort();
    const passRates = {};
    for (const ecosystem of [ALL_ECOSYSTEMS, ...ecosystems]) {
      const days = this.daily.get(ecosystem);
      if (!days) continue;
      const dayNames = [...days.keys()].sort();
      passRates[ecosystem] = {
        days: dayNames,
        platforms: Object.fromEntries(
          platforms.map((name) => [
            name,
            dayNames.map((d) => {
              const c = days.get(d).get(name);
              return c ? { tested: c.tested, passed: c.passed, failed: c.failed, batches: c.batches ?? 0 } : null;
            })
          ])
        )
      };
    }
    const categories = {};
    for (const ecosystem of [ALL_ECOSYSTEMS, ...ecosystems]) {
      const sources = [...this.categoryCounts.keys()].filter(
        (e) => ecosystem === ALL_ECOSYSTEMS || failureOfEcosystem({ ecosystem: e === NO_ECOSYSTEM ? void 0 : e }, ecosystem)
      );
      const out = {};
      const names = new Set(sources.flatMap((e) => [...this.categoryCounts.get(e).keys()]));
      for (const platform of [...names].sort(platformOrder)) {
        const weekly = /* @__PURE__ */ new Map();
        for (const e of sources)
          for (const [week, cats] of this.categoryCounts.get(e).get(platform) ?? []) {
            const w = weekly.get(week) ?? /* @__PURE__ */ new Map();
            for (const [c, n] of cats) w.set(c, (w.get(c) ?? 0) + n);
            weekly.set(week, w);
          }
        const weeks = [...weekly.keys()].sort();
        const catNames = [...new Set([...weekly.values()].flatMap((w) => [...w.keys()]))];
        const total = (c) => weeks.reduce((s, w) => s + (weekly.get(w).get(c) ?? 0), 0);
        catNames.sort((a, b) => total(b) - total(a) || (a < b ? -1 : 1));
        out[platform] = {
          weeks,
          categories: Object.fromEntries(
            catNames.map((c) => [c, weeks.map((w) => weekly.get(w).get(c) ?? 0)])
          )
        };
      }
      categories[ecosystem] = out;
    }
    const newestListed = p.listed.batches[0]?.timestamp;
    return {
      runs: this.all.length,
      duplicateRuns: this.duplicates,
      failures: this.failureCount,
      from: this.earliestAt,
      to: this.latestAt,
      ecosystems,
      platforms,
      passRates,
      categories,
      matrix: this.matrix,
      macos: {
        weeks: [...this.weeks].sort(([a], [b]) => a < b ? -1 : 1).map(([start, w]) => ({ weekStart: start, ...w })),
        current: this.latestAt === void 0 ? void 0 : weekBudget(this.weeks, this.latestAt, {
          weekStartDay: this.options.weekStartDay,
          macosBudgetMinutes: this.options.macosBudgetMinutes
        })
      },
      latest: p.listed.batches,
      idleSince: newestListed === void 0 ? this.all.length : p.sorted.filter((r) => r.timestamp > newestListed && !r.tested).length,
      folded: p.folding.folded()
    };
  }
  /** Once every run is in: every run in time order, the listed batches and their spans. */
  place() {
    const sorted = inTimeOrder(this.all);
    return {
      sorted,
      listed: this.latest.place(sorted, this.idCount),
      folding: new PlatformFolding(this.namedPlatforms, this.options.platformOf)
    };
  }
  weekOf(timestamp) {
    const day = timestamp.endsWith("Z") ? timestamp.slice(0, 10) : timestamp;
    let week = this.weekByDay.get(day);
    if (week === void 0)
      this.weekByDay.set(day, week = weekStart(timestamp, this.options.weekStartDay));
    return week;
  }
};

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
function metricsPathIsFolder(metricsPath) {
  return new InputError(
    `${metricsPath} is a folder, not the metrics file: --metrics-path names a file such as data/metrics/batch-runs.jsonl (its batch-runs-*.jsonl siblings are read too)`
  );
}
async function historyFiles(root, paths) {
  const metricsFile = join(root, paths.metricsPath);
  if ((await stat(metricsFile).catch(() => void 0))?.isDirectory())
    throw metricsPathIsFolder(paths.metricsPath);
  const dir = dirname(metricsFile);
  const stem = basename(metricsFile).replace(/\.jsonl?$/, "");
  const siblings = (await filesUnder(dir)).filter(
    (f) => dirname(f) === dir && basename(f).startsWith(`${stem}-`)
  );
  const metrics = [...await exists(metricsFile) ? [metricsFile] : [], ...siblings];
  return { metrics, failures: await filesUnder(join(root, paths.failuresDir)) };
}
async function readBatchRuns(root, file, add, skipped) {
  let ignored = 0;
  const shown = relative(root, file);
  await eachJsonValue(
    file,
    shown,
    (value, line) => {
      const record = readBatchRecord(value);
      if (!record) ignored++;
      else if ("problem" in record) skipped.push({ file: shown, line, reason: record.problem });
      else add(record.run);
    },
    skipped
  );
  return ignored;
}
async function eachJsonValue(file, shownAs, each, skipped, mayMatter = () => true) {
  const splitter = new JsonValueSplitter();
  const handle = (texts, retry = true) => {
    for (const { text, line } of texts) {
      if (!mayMatter(text)) continue;
      let value;
      try {
        value = JSON.parse(text);
      } catch (error) {
        const pieces = retry ? JsonValueSplitter.splitStrictly(text, line) : [];
        if (pieces.length > 1) handle(pieces, false);
        else skipped.push({ file: shownAs, line, reason: withoutQuote(error.message) });
        continue;
      }
      each(value, line);
    }
  };
  const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 });
  for await (const chunk of stream) handle(splitter.push(chunk));
  handle(splitter.finish());
}
function withoutQuote(message) {
  return message.replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, " (not valid JSON)");
}
var TAIL_MARGIN = 1e3;
async function loadHistory(root, paths, options, { readAll = false } = {}) {
  const files = await historyFiles(root, paths);
  if (options.batchId !== void 0) options = await locateFocus(root, files.metrics, options);
  if (options.last > 0 && !readAll) {
    const newestFirst2 = loadNewestFirst(root, files, options);
    if (newestFirst2) return newestFirst2;
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
        const record = readBatchRecord(value);
        const run = record && "run" in record ? record.run : void 0;
        if (run?.batchId === id && (!options.ecosystem || run.ecosystem === options.ecosystem))
          times.add(run.timestamp);
      },
      [],
      (text) => text.includes(needle)
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
  for (const file of files.metrics)
    ignored += await readBatchRuns(root, file, (run) => acc.addRun(run), skipped);
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
      (text) => acc.mayMatter(text)
    );
  }
  return {
    report: acc.report(),
    recent: acc.recentRuns(),
    weeks: acc.weeklyMinutes(),
    files: { metrics: files.metrics.length, failures: files.failures.length },
    skipped,
    ignored,
    readFromEnd: false
  };
}
var UNSUITABLE = /* @__PURE__ */ Symbol("unsuitable");
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
        const record = readBatchRecord(value);
        if (record && "problem" in record) return UNSUITABLE;
        if (record) acc.addRun(record.run, --position);
        else ignored++;
        return record?.run.timestamp;
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
      (text) => acc.mayMatter(text)
    );
    if (read === "unsuitable") return void 0;
    leftEarly ||= read === "left early";
  }
  return {
    report: acc.report(),
    recent: acc.recentRuns(),
    weeks: acc.weeklyMinutes(),
    files: { metrics: files.metrics.length, failures: files.failures.length },
    skipped: [],
    ignored,
    readFromEnd: leftEarly
  };
}
function eachLineNewestFirst(file, horizon, each, mayMatter = () => true) {
  let older = 0;
  for (const text of linesFromEnd(file)) {
    if (!text.startsWith("{") || !text.endsWith("}")) return "unsuitable";
    const rawTime = rawTimestamp(text);
    let time = rawTime;
    if (mayMatter(text, rawTime)) {
      let value;
      try {
        value = JSON.parse(text);
      } catch {
        return "unsuitable";
      }
      const result = each(value);
      if (result === UNSUITABLE) return "unsuitable";
      time = result ?? rawTime;
    }
    if (time === void 0) continue;
    const before = horizon();
    older = before !== void 0 && time < before ? older + 1 : 0;
    if (older >= TAIL_MARGIN) return "left early";
  }
  return "read whole";
}
async function loadHistorySeries(root, paths, options) {
  const files = await historyFiles(root, paths);
  const builder = new HistorySeriesBuilder(options);
  const skipped = [];
  let ignored = 0;
  for (const file of files.metrics)
    ignored += await readBatchRuns(root, file, (run) => builder.addRun(run), skipped);
  for (const file of files.failures)
    await eachJsonValue(
      file,
      relative(root, file),
      (value) => {
        const failures = toFailures(value);
        if (failures.length === 0) ignored++;
        for (const f of failures) builder.addFailure(f);
      },
      skipped
    );
  return {
    series: builder.series(),
    files: { metrics: files.metrics.length, failures: files.failures.length },
    skipped,
    ignored
  };
}
async function windowHorizons(root, paths, options) {
  const files = await historyFiles(root, paths);
  if (options.batchId !== void 0) {
    options = await locateFocus(root, files.metrics, options);
    if (options.focusAt === void 0) return {};
  }
  const acc = new HistoryAccumulator(options);
  for (const file of files.metrics) {
    await eachJsonValue(
      file,
      relative(root, file),
      (value) => {
        const record = readBatchRecord(value);
        if (record && "run" in record) acc.addRun(record.run);
      },
      []
    );
  }
  const runs = acc.runHorizon();
  return runs === void 0 ? {} : { runs, failures: acc.failureHorizon() };
}

// src/jobs/branch-files.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/history/shard-reads.ts
var isJson = (path) => /\.jsonl?$/.test(path);
function historyFilesIn(listed, paths) {
  const { stem } = splitExtension(paths.metricsPath);
  const folder = stem.slice(0, stem.lastIndexOf("/") + 1);
  const metrics = listed.filter(
    (p) => p === paths.metricsPath || p.startsWith(`${stem}-`) && isJson(p) && !p.slice(folder.length).includes("/")
  );
  const failuresDir = paths.failuresDir.replace(/\/+$/, "");
  const failures = listed.filter((p) => p.startsWith(`${failuresDir}/`) && isJson(p));
  return { metrics, failures };
}
function newestFirst(files) {
  const timed = files.map((path) => ({ path, latest: latestTimeIn(path) }));
  return timed.sort((a, b) => {
    if (a.latest === b.latest) return a.path < b.path ? 1 : -1;
    if (a.latest === void 0) return -1;
    if (b.latest === void 0) return 1;
    return a.latest < b.latest ? 1 : -1;
  });
}
function mayHoldFrom(file, horizon) {
  return horizon === void 0 || file.latest === void 0 || file.latest >= horizon;
}

// src/jobs/branch-files.ts
async function checkoutBranch(backend, branch, prefixes) {
  if (branch) assertSafeBranch(branch);
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
  if (options.last > 0 && !inputs.readAll && backend.listFiles && backend.fetchFiles) {
    if (inputs.branch) assertSafeBranch(inputs.branch);
    const branch2 = inputs.branch || await backend.defaultBranch();
    const loaded2 = await readWindow(backend, branch2, paths, options, purpose);
    if (loaded2.files.metrics === 0)
      throw noHistoryError(placeOf(store, backend, branch2), paths.metricsPath);
    return { loaded: loaded2, branch: branch2, paths };
  }
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
var FIRST_ROUND = { files: 8, bytes: 256 * 1024 };
function nextRound(files, round) {
  let bytes = 0;
  let count = 0;
  while (count < files.length && count < round.files && (count === 0 || bytes < round.bytes))
    bytes += files[count++].size ?? 0;
  return files.slice(0, count);
}
async function readWindow(backend, branch, paths, options, purpose) {
  const listed = await backend.listFiles(branch, [folderOf(paths.metricsPath), paths.failuresDir]);
  if (!listed)
    throw new InputError(
      `Branch ${branch} does not exist in ${backend.description}: no batch history to ${purpose}`
    );
  const byPath = new Map(listed.map((e) => [e.path, e]));
  if ([...byPath.keys()].some((p) => p.startsWith(`${paths.metricsPath}/`)))
    throw metricsPathIsFolder(paths.metricsPath);
  const files = historyFilesIn([...byPath.keys()], paths);
  const root = await mkdtemp(join2(tmpdir(), "ci-ledger-window-"));
  try {
    const metrics = newestFirst(files.metrics).map((f) => ({
      ...f,
      size: byPath.get(f.path).size
    }));
    let taken = 0;
    let horizons = {};
    for (let round = FIRST_ROUND; taken < metrics.length; round = { files: round.files * 2, bytes: round.bytes * 2 }) {
      const next = nextRound(metrics.slice(taken), round);
      await backend.fetchFiles(
        root,
        next.map((f) => byPath.get(f.path))
      );
      taken += next.length;
      horizons = await windowHorizons(root, paths, options);
      if (metrics.slice(taken).every((f) => !mayHoldFrom(f, horizons.runs))) break;
    }
    const failures = newestFirst(files.failures).filter((f) => mayHoldFrom(f, horizons.failures));
    await backend.fetchFiles(
      root,
      failures.map((f) => byPath.get(f.path))
    );
    const loaded = await loadHistory(root, paths, options);
    const left = files.metrics.length - taken + files.failures.length - failures.length;
    return left > 0 ? { ...loaded, readFromEnd: true, filesLeft: left } : loaded;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export {
  PlatformFolding,
  passRate,
  defaultSeriesOptions,
  historyFiles,
  eachJsonValue,
  TAIL_MARGIN,
  loadHistorySeries,
  checkoutBranch,
  noHistoryError,
  placeOf,
  folderOf,
  readBatchHistory
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  normalizeTimestamp,
  platformMinutesOf,
  projectWeek,
  weekStart
} from "./chunk-EONKB2LE.js";
import {
  DEFAULT_PLATFORM_MAP,
  globToRegExp,
  parsePlatformMap
} from "./chunk-Y2ZIECC3.js";
import {
  TIMING_KEY
} from "./chunk-Q3MNSYLY.js";
import {
  readRegularFile
} from "./chunk-ZTKIKJK3.js";
import {
  InputError,
  emptyDict,
  parseWholeNumber
} from "./chunk-V7MP4ZTR.js";

// src/timing/stats.ts
var REGRESSION_FACTOR = 1.5;
var succeeded = (row) => row.exit_code.trim() === "0";
var buildKind = (row) => row.build_id === "persistent" || row.phase.endsWith("-persistent") ? "persistent" : "ephemeral";
function durationOf(row) {
  const text = row.duration_seconds.trim();
  const seconds = Number(text);
  return text === "" || !Number.isFinite(seconds) ? void 0 : seconds;
}
function runKey(row) {
  return TIMING_KEY.map((column) => row[column]).join("\0");
}
var byStart = (a, b) => a.start_time_utc < b.start_time_utc ? -1 : a.start_time_utc > b.start_time_utc ? 1 : 0;
function runsOf(rows, env, phase) {
  return rows.filter((r) => r.env === env && r.phase === phase).sort(byStart);
}
function phaseStats(runs) {
  const successful = runs.filter(succeeded);
  const durations = successful.map(durationOf).filter((d) => d !== void 0);
  return {
    runs: runs.length,
    successes: successful.length,
    successRate: runs.length ? successful.length / runs.length : 0,
    medianSeconds: quantile(durations, 0.5),
    p95Seconds: quantile(durations, 0.95),
    last: runs[runs.length - 1]
  };
}
function runsBefore(runs, current) {
  const key = runKey(current);
  return runs.filter((r) => r.start_time_utc < current.start_time_utc && runKey(r) !== key).sort(byStart);
}
function judgeRun(run, before) {
  const seconds = durationOf(run);
  const median = before.medianSeconds;
  const ratio2 = seconds !== void 0 && median !== void 0 && median > 0 ? seconds / median : void 0;
  return {
    ratio: ratio2,
    regression: succeeded(run) && ratio2 !== void 0 && ratio2 > REGRESSION_FACTOR
  };
}
function quantile(values, q) {
  if (values.length === 0) return void 0;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  const weight = pos - lo;
  return sorted[lo] * (1 - weight) + sorted[hi] * weight;
}

// src/cost/prices.ts
var DEFAULT_PRICES = {
  perMinute: { linux: 6e-3, "linux-arm64": 5e-3, windows: 0.01, macos: 0.062 },
  infrastructurePerHour: []
};
function runnerOfPlatform(platform) {
  const p = platform.toLowerCase();
  if (p.startsWith("darwin") || p.startsWith("macos")) return "macos";
  if (p.startsWith("windows")) return "windows";
  if (/(^|[-_])(arm64|aarch64)([-_]|$)/.test(p)) return "linux-arm64";
  return "linux";
}
function infrastructureRate(prices, env) {
  return prices.infrastructurePerHour.find(([glob]) => globToRegExp(glob).test(env))?.[1] ?? 0;
}

// src/cost/cost.ts
function timingRunCost(row, runner, prices) {
  const seconds = durationOf(row);
  if (seconds === void 0) return void 0;
  const perMinute = runner === "none" ? 0 : prices.perMinute[runner];
  const runnerCost = seconds / 60 * perMinute;
  const infrastructure = seconds / 3600 * infrastructureRate(prices, row.env);
  return { runner: runnerCost, infrastructure, total: runnerCost + infrastructure };
}
function phaseCost(runs, runner, prices, weekOf2) {
  let total = 0;
  let priced = 0;
  const weeks = /* @__PURE__ */ new Map();
  for (const row of runs) {
    const cost = timingRunCost(row, runner, prices);
    if (!cost) continue;
    priced++;
    total += cost.total;
    const w = weeks.get(weekOf2(row.start_time_utc)) ?? { runs: 0, dollars: 0 };
    w.runs++;
    w.dollars += cost.total;
    weeks.set(weekOf2(row.start_time_utc), w);
  }
  return {
    runs: priced,
    unpriced: runs.length - priced,
    total,
    perRun: priced ? total / priced : 0,
    weeks: [...weeks].sort(([a], [b]) => a < b ? -1 : 1).map(([weekStart2, w]) => ({ weekStart: weekStart2, ...w }))
  };
}
function batchCost(run, prices) {
  const minutes = platformMinutesOf(run);
  const platforms = emptyDict();
  let total = 0;
  for (const [name, c] of Object.entries(run.platforms)) {
    const runner = runnerOfPlatform(name);
    const m = minutes[name];
    const dollars = m === void 0 ? 0 : m * prices.perMinute[runner];
    total += dollars;
    platforms[name] = {
      runner,
      minutes: m ?? 0,
      dollars,
      unknownBatches: m === void 0 && c.tested > 0 ? 1 : 0
    };
  }
  return { platforms, total };
}
function weeklyCost(weeks, prices) {
  return weeks.map((w) => {
    const platforms = emptyDict();
    let dollars = 0;
    const names = /* @__PURE__ */ new Set([
      ...Object.keys(w.platformMinutes ?? {}),
      ...Object.keys(w.platformUnknown ?? {})
    ]);
    for (const name of names) {
      const runner = runnerOfPlatform(name);
      const minutes = w.platformMinutes?.[name] ?? 0;
      const cost = minutes * prices.perMinute[runner];
      dollars += cost;
      platforms[name] = {
        runner,
        minutes,
        dollars: cost,
        unknownBatches: w.platformUnknown?.[name] ?? 0
      };
    }
    return { weekStart: w.weekStart, batches: w.batches, dollars, platforms };
  });
}
function dollarBudget(week, at, budget) {
  const { perDay, projected } = projectWeek(week.dollars, week.weekStart, at);
  return {
    weekStart: week.weekStart,
    used: week.dollars,
    budget,
    perDay,
    projected,
    overBudget: projected > budget
  };
}
function costTrend(weeks, at) {
  const latest = weeks[weeks.length - 1];
  const previous = weeks[weeks.length - 2];
  if (!latest || !previous || previous.dollars <= 0) return void 0;
  const { projected } = projectWeek(latest.dollars, latest.weekStart, at);
  return { projected, previous: previous.dollars, change: projected / previous.dollars - 1 };
}

// src/objectives/budget.ts
var EPSILON = 1e-9;
function burnWindows(windowUnits, given) {
  const long = given.long ?? Math.max(2, Math.ceil(windowUnits / 4));
  const short = given.short ?? Math.max(1, Math.ceil(long / 4));
  return { long, short: Math.min(short, long) };
}
function errorBudget(outcomes, objective, windows, fast) {
  const all = burnOver(outcomes, objective);
  const allowed = (1 - objective) * all.events;
  const budgetLeft = all.events === 0 ? 1 : 1 - all.bad / allowed;
  const long = burnOver(outcomes.slice(-windows.long), objective);
  const short = burnOver(outcomes.slice(-windows.short), objective);
  const status = all.events === 0 ? "no-data" : budgetLeft <= EPSILON ? "exhausted" : long.rate >= fast - EPSILON && short.rate >= fast - EPSILON ? "at-risk" : "met";
  return {
    objective,
    units: all.units,
    events: all.events,
    bad: all.bad,
    allowed,
    budgetLeft,
    long,
    short,
    fast,
    status
  };
}
function burnOver(outcomes, objective) {
  let events = 0;
  let good = 0;
  for (const o of outcomes) {
    events += o.total;
    good += o.good;
  }
  const bad = events - good;
  return { units: outcomes.length, events, bad, rate: events ? bad / events / (1 - objective) : 0 };
}
function worstStatus(statuses) {
  const order = ["no-data", "met", "at-risk", "exhausted"];
  let worst = "no-data";
  for (const s of statuses) if (order.indexOf(s) > order.indexOf(worst)) worst = s;
  return worst;
}

// schemas/objectives.schema.json
var objectives_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://ci-ledger/schemas/objectives.schema.json",
  title: "ci-ledger objectives file (.github/ci-ledger.yml)",
  description: "Objectives, error budgets and prices. Every key is optional; what is left out takes the documented default.",
  type: "object",
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    timings: {
      description: "Objectives of build phases, first match wins: `match` is ENV/PHASE with shell globs.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["match"],
        properties: {
          match: {
            description: "ENV/PHASE with shell globs, e.g. dev/bootstrap-*",
            type: "string",
            pattern: "^[^/]+/[^/]+$"
          },
          success: {
            type: "object",
            additionalProperties: false,
            required: ["objective"],
            properties: {
              objective: { $ref: "#/definitions/ratio" },
              over: { $ref: "#/definitions/runWindow" }
            }
          },
          duration: {
            type: "object",
            additionalProperties: false,
            required: ["percentile", "max"],
            properties: {
              percentile: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 100 },
              max: { $ref: "#/definitions/duration" },
              over: { $ref: "#/definitions/runWindow" }
            }
          },
          runner: { $ref: "#/definitions/runner" }
        }
      }
    },
    platforms: {
      description: "Pass-rate objectives of a batch pipeline's platforms, first match wins: `match` is a platform glob.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["match", "pass-rate"],
        properties: {
          match: { type: "string", minLength: 1 },
          "pass-rate": {
            type: "object",
            additionalProperties: false,
            required: ["objective"],
            properties: {
              objective: { $ref: "#/definitions/ratio" },
              over: { type: "string", pattern: "^[1-9][0-9]{0,4} batch(es)?$" }
            }
          }
        }
      }
    },
    burn: {
      description: "The multi-window fast-burn alert, in runs (or batches).",
      type: "object",
      additionalProperties: false,
      properties: {
        long: { type: "integer", minimum: 1 },
        short: { type: "integer", minimum: 1 },
        fast: { type: "number", exclusiveMinimum: 0 }
      }
    },
    budget: {
      description: "Weekly budgets of the batch pipeline.",
      type: "object",
      additionalProperties: false,
      properties: {
        "macos-minutes": { type: "number", minimum: 0 },
        dollars: { type: "number", minimum: 0 }
      }
    },
    prices: {
      type: "object",
      additionalProperties: false,
      properties: {
        "per-minute": {
          description: "US dollars per runner minute.",
          type: "object",
          additionalProperties: false,
          properties: {
            linux: { type: "number", minimum: 0 },
            "linux-arm64": { type: "number", minimum: 0 },
            windows: { type: "number", minimum: 0 },
            macos: { type: "number", minimum: 0 }
          }
        },
        "infrastructure-per-hour": {
          description: "US dollars per hour while a phase of an env runs (keys: env globs, first match wins).",
          type: "object",
          additionalProperties: { type: "number", minimum: 0 }
        }
      }
    }
  },
  definitions: {
    ratio: {
      description: 'a ratio below 1, e.g. 0.95 or "95%" (100% leaves no error budget)',
      anyOf: [
        { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
        { type: "string", pattern: "^[0-9]{1,2}(\\.[0-9]+)?%$" }
      ]
    },
    runWindow: {
      description: '"30 runs" or "30 days"',
      type: "string",
      pattern: "^[1-9][0-9]{0,4} (runs?|days?)$"
    },
    duration: {
      description: 'seconds, or "40m", "1h30m", "90s"',
      anyOf: [
        { type: "number", exclusiveMinimum: 0 },
        { type: "string", pattern: "^([0-9]+h)?([0-9]+m)?([0-9]+s)?$", minLength: 2 }
      ]
    },
    runner: {
      description: "The runner a phase runs on (its per-minute price), or none (self-hosted, a laptop).",
      enum: ["linux", "linux-arm64", "windows", "macos", "none"]
    }
  }
};

// src/objectives/spec.ts
var DEFAULT_OBJECTIVES_PATH = ".github/ci-ledger.yml";
var DEFAULT_OBJECTIVES = {
  timings: [
    {
      match: "*/*",
      success: { objective: 0.9, over: { count: 30, unit: "runs" } },
      runner: "linux"
    }
  ],
  platforms: [{ match: "*", passRate: { objective: 0.9, overBatches: 10 } }],
  burn: { fast: 2 },
  budget: {},
  prices: DEFAULT_PRICES
};
var DEFAULT_WINDOW = { count: 30, unit: "runs" };
var DEFAULT_BATCHES = 10;
var loaded;
async function objectivesParser() {
  loaded ??= Promise.all([import("./ajv-3NACXSMF.js"), import("./dist-ZB2WSCBS.js")]).then(
    ([{ default: ajvModule }, loadedYaml]) => {
      const yaml2 = loadedYaml.default ?? loadedYaml;
      const ajv = new ajvModule.Ajv({ allErrors: false, strict: true, verbose: true });
      return { validate: ajv.compile(objectives_schema_default), yaml: yaml2 };
    }
  );
  const { validate, yaml } = await loaded;
  return (text, file) => parseObjectives(text, file, validate, yaml);
}
function parseObjectives(text, file, validate, yaml) {
  const lines = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true
  });
  const syntax = doc.errors[0];
  if (syntax) {
    const last = text.replace(/\n+$/, "").split("\n").length;
    const line = Math.min(lines.linePos(syntax.pos[0]).line, last);
    throw new InputError(`${file} line ${line}: not valid YAML (${firstLine(syntax.message)})`);
  }
  const value = doc.toJS() ?? {};
  if (!validate(value)) {
    const errors = validate.errors;
    const error = errors.find((e) => e.keyword === "anyOf" && e.instancePath === errors[0].instancePath) ?? errors[0];
    throw new InputError(`${file} line ${lineOf(doc, lines, error, yaml)}: ${describe(error)}`);
  }
  return fromValid(value, file, (pointer, message) => {
    throw new InputError(`${file} line ${lineAt(doc, lines, pointer)}: ${message}`);
  });
}
var firstLine = (message) => message.split("\n")[0].replace(/ at line \d+.*$/, "");
function describe(e) {
  const where = e.instancePath || "(the top level)";
  switch (e.keyword) {
    case "additionalProperty":
    case "additionalProperties":
      return `${where}: unknown key ${JSON.stringify(e.params.additionalProperty)}`;
    case "required":
      return `${where}: missing ${JSON.stringify(e.params.missingProperty)}`;
    case "enum":
      return `${where} must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "anyOf":
      return `${where} must be ${e.parentSchema.description ?? "one of the allowed forms"}`;
    case "pattern":
      return `${where} must look like ${e.parentSchema.description ?? e.params.pattern}`;
    default:
      return `${where} ${e.message}`;
  }
}
function lineOf(doc, lines, e, yaml) {
  if (e.keyword === "additionalProperties") {
    const parent = nodeAt(doc, segments(e.instancePath));
    if (yaml.isMap(parent)) {
      const pair = parent.items.find(
        (p) => yaml.isPair(p) && yaml.isScalar(p.key) && p.key.value === e.params.additionalProperty
      );
      const range = yaml.isScalar(pair?.key) ? pair.key.range : void 0;
      if (range) return lines.linePos(range[0]).line;
    }
  }
  return lineAt(doc, lines, e.instancePath);
}
function lineAt(doc, lines, pointer) {
  const path = segments(pointer);
  for (let n = path.length; n >= 0; n--) {
    const node = nodeAt(doc, path.slice(0, n));
    const range = node?.range;
    if (range) return lines.linePos(range[0]).line;
  }
  return 1;
}
function nodeAt(doc, path) {
  return path.length === 0 ? doc.contents : doc.getIn(path, true);
}
function segments(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function fromValid(raw, file, fail) {
  const d = DEFAULT_OBJECTIVES;
  const timings = raw.timings?.map((t, i) => {
    const at = `/timings/${i}`;
    return {
      match: t.match,
      success: t.success && {
        objective: ratio(t.success.objective, `${at}/success/objective`, fail),
        over: runWindow(t.success.over)
      },
      duration: t.duration && {
        percentile: t.duration.percentile,
        maxSeconds: positiveSeconds(t.duration.max, `${at}/duration/max`, fail),
        over: runWindow(t.duration.over)
      },
      runner: t.runner ?? "linux"
    };
  });
  const platforms = raw.platforms?.map((p, i) => ({
    match: p.match,
    passRate: {
      objective: ratio(p["pass-rate"].objective, `/platforms/${i}/pass-rate/objective`, fail),
      overBatches: p["pass-rate"].over ? parseInt(p["pass-rate"].over, 10) : DEFAULT_BATCHES
    }
  }));
  const burn = { ...d.burn, ...raw.burn };
  if (burn.long !== void 0 && burn.short !== void 0 && burn.short >= burn.long)
    fail("/burn/short", `burn.short (${burn.short}) must be shorter than burn.long (${burn.long})`);
  return {
    file,
    timings: timings ?? d.timings,
    platforms: platforms ?? d.platforms,
    burn,
    budget: { macosMinutes: raw.budget?.["macos-minutes"], dollars: raw.budget?.dollars },
    prices: {
      perMinute: { ...d.prices.perMinute, ...raw.prices?.["per-minute"] },
      infrastructurePerHour: Object.entries(raw.prices?.["infrastructure-per-hour"] ?? {})
    }
  };
}
function ratio(value, pointer, fail) {
  const n = typeof value === "number" ? value : Number(value.slice(0, -1)) / 100;
  if (!(n > 0))
    fail(pointer, `${pointer.slice(1)} must be above 0 (an objective of 0 allows anything)`);
  return n;
}
function runWindow(over) {
  if (!over) return DEFAULT_WINDOW;
  const [count, unit] = over.split(" ");
  return { count: Number(count), unit: unit.startsWith("day") ? "days" : "runs" };
}
function positiveSeconds(value, pointer, fail) {
  if (typeof value === "number") return value;
  const part = (unit) => Number(new RegExp(`(\\d+)${unit}`).exec(value)?.[1] ?? 0);
  const total = part("h") * 3600 + part("m") * 60 + part("s");
  if (total <= 0) fail(pointer, `${pointer.slice(1)} must be longer than 0 seconds`);
  return total;
}
function timingObjectiveFor(objectives, env, phase) {
  return objectives.timings.find((t) => globToRegExp(t.match).test(`${env}/${phase}`));
}
function platformObjectiveFor(objectives, platform) {
  return objectives.platforms.find((p) => globToRegExp(p.match).test(platform));
}

// src/objectives/platforms.ts
function platformObjectives(runs, objectives) {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.platforms)))].sort();
  return names.flatMap((platform) => {
    const spec = platformObjectiveFor(objectives, platform);
    if (!spec) return [];
    const { objective, overBatches } = spec.passRate;
    const tested = runs.slice(-overBatches).filter((r) => (r.platforms[platform]?.tested ?? 0) > 0);
    const outcomes = tested.map((r) => ({
      good: r.platforms[platform].passed,
      total: r.platforms[platform].tested
    }));
    return [
      {
        platform,
        match: spec.match,
        overBatches,
        from: tested[0]?.timestamp,
        to: tested[tested.length - 1]?.timestamp,
        ...errorBudget(
          outcomes,
          objective,
          burnWindows(overBatches, objectives.burn),
          objectives.burn.fast
        )
      }
    ];
  });
}
function batchesNeeded(objectives) {
  return Math.max(0, ...objectives.platforms.map((p) => p.passRate.overBatches));
}

// src/objectives/timings.ts
function inWindow(runs, over) {
  if (over.unit === "runs") return runs.slice(-over.count);
  const newest = runs[runs.length - 1];
  if (!newest) return [];
  const from = Date.parse(newest.start_time_utc) - over.count * 864e5;
  return runs.filter((r) => Date.parse(r.start_time_utc) > from);
}
function windowed(runs, outcomes, objective, over, burn) {
  return {
    // Windows of runs keep their size; a window of days holds however many runs it held.
    ...errorBudget(
      outcomes,
      objective,
      burnWindows(over.unit === "runs" ? over.count : outcomes.length, burn),
      burn.fast
    ),
    over,
    from: runs[0]?.start_time_utc,
    to: runs[runs.length - 1]?.start_time_utc
  };
}
function phaseObjectives(runs, env, phase, objectives) {
  const spec = timingObjectiveFor(objectives, env, phase);
  if (!spec || !spec.success && !spec.duration) return void 0;
  const out = { env, phase, match: spec.match };
  if (spec.success) {
    const window = inWindow(runs, spec.success.over);
    const outcomes = window.map((r) => ({ good: succeeded(r) ? 1 : 0, total: 1 }));
    out.success = windowed(
      window,
      outcomes,
      spec.success.objective,
      spec.success.over,
      objectives.burn
    );
  }
  if (spec.duration) {
    const { percentile, maxSeconds, over } = spec.duration;
    const timed = runs.filter((r) => succeeded(r) && durationOf(r) !== void 0);
    const window = inWindow(timed, over);
    const outcomes = window.map((r) => ({ good: durationOf(r) <= maxSeconds ? 1 : 0, total: 1 }));
    out.duration = {
      ...windowed(window, outcomes, percentile / 100, over, objectives.burn),
      percentile,
      maxSeconds,
      observedSeconds: quantile(
        window.map((r) => durationOf(r)),
        percentile / 100
      )
    };
  }
  return out;
}

// src/objectives/insight.ts
var objectivesSource = (o) => o.file ?? "defaults, no objectives file";
var mondayOf = (t) => weekStart(t, 1);
function timingsInsight(rows, objectives) {
  const keys = [...new Set(rows.map((r) => `${r.env}\0${r.phase}`))].sort();
  const phases = keys.map((key) => {
    const [env, phase] = key.split("\0");
    const runs = runsOf(rows, env, phase);
    const runner = timingObjectiveFor(objectives, env, phase)?.runner ?? "linux";
    return {
      env,
      phase,
      objectives: phaseObjectives(runs, env, phase, objectives),
      runner,
      cost: phaseCost(runs, runner, objectives.prices, mondayOf)
    };
  });
  return {
    source: objectivesSource(objectives),
    status: worstStatus(phases.flatMap((p) => statusesOf(p.objectives))),
    phases
  };
}
function statusesOf(p) {
  return [p?.success?.status, p?.duration?.status].filter((s) => !!s);
}
function batchInsight(recent, weeks, focus, objectives) {
  const upToFocus = focus ? recent.slice(0, recent.lastIndexOf(focus) + 1 || void 0) : recent;
  const platforms = platformObjectives(upToFocus, objectives);
  const costs = weeklyCost(weeks, objectives.prices);
  const cost = focus ? batchCost(focus, objectives.prices) : void 0;
  const focusWeek = focus ? costs.find((w) => w.weekStart === weekOf(focus, weeks)) : void 0;
  const budget = objectives.budget.dollars;
  return {
    source: objectivesSource(objectives),
    status: worstStatus(platforms.map((p) => p.status)),
    platforms,
    batch: focus && cost ? { batchId: focus.batchId, ...cost } : void 0,
    weeks: costs,
    trend: focus ? costTrend(costs, focus.timestamp) : void 0,
    dollars: focus && focusWeek && budget !== void 0 ? dollarBudget(focusWeek, focus.timestamp, budget) : void 0
  };
}
function weekOf(focus, weeks) {
  return weeks.filter((w) => w.weekStart <= focus.timestamp).at(-1)?.weekStart;
}
function runInsight(runs, row, objectives) {
  const runner = timingObjectiveFor(objectives, row.env, row.phase)?.runner ?? "linux";
  const phase = phaseObjectives(runs, row.env, row.phase, objectives);
  const budgets = [phase?.success, phase?.duration].filter((b) => b !== void 0);
  return {
    source: objectivesSource(objectives),
    objectives: phase,
    status: budgets.length ? worstStatus(statusesOf(phase)) : void 0,
    budgetLeft: budgets.length ? Math.min(...budgets.map((b) => b.budgetLeft)) : void 0,
    cost: timingRunCost(row, runner, objectives.prices),
    runner,
    perMinute: runner === "none" ? void 0 : objectives.prices.perMinute[runner],
    infrastructurePerHour: infrastructureRate(objectives.prices, row.env)
  };
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
  return parseWholeNumber(name, value.trim());
}
function parseRatio(name, value) {
  const v = value.trim();
  const n = v.endsWith("%") ? Number(v.slice(0, -1)) / 100 : Number(v);
  if (!/^\d+(\.\d+)?%?$/.test(v) || !Number.isFinite(n) || n < 0 || n > 1)
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

// src/jobs/objectives-file.ts
import { lstat } from "node:fs/promises";
import { resolve } from "node:path";
var MAX_OBJECTIVES_BYTES = 1024 * 1024;
async function readObjectives(given, root) {
  const shown = given || DEFAULT_OBJECTIVES_PATH;
  const file = resolve(root, shown);
  if (!given) {
    const there = await lstat(file).then(
      () => true,
      () => false
    );
    if (!there) return DEFAULT_OBJECTIVES;
  }
  const text = await readRegularFile(file, MAX_OBJECTIVES_BYTES, `The objectives file ${shown}`);
  const parse = await objectivesParser();
  return parse(text.toString("utf8"), shown);
}
function objectiveHistoryOptions(inputs, objectives) {
  const fromFile = objectives.budget.macosMinutes;
  const options = historyOptions({
    ...inputs,
    macosBudget: inputs.macosBudget || (fromFile === void 0 ? void 0 : String(fromFile))
  });
  return { ...options, keepRuns: batchesNeeded(objectives) };
}

export {
  REGRESSION_FACTOR,
  succeeded,
  buildKind,
  durationOf,
  runKey,
  runsOf,
  phaseStats,
  runsBefore,
  judgeRun,
  timingsInsight,
  batchInsight,
  runInsight,
  parseRatio,
  historyOptions,
  readObjectives,
  objectiveHistoryOptions
};

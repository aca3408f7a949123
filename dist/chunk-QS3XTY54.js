import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  infrastructureRate,
  platformObjectives,
  runnerOfPlatform,
  timingObjectiveFor
} from "./chunk-NN2FJR2F.js";
import {
  durationOf,
  quantile,
  succeeded
} from "./chunk-T4NHHXYM.js";
import {
  emptyDict
} from "./chunk-3BA7G52B.js";
import {
  burnWindows,
  errorBudget,
  worstStatus
} from "./chunk-PXJ7BKJH.js";

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
function platformMinutesOf(run) {
  const out = emptyDict();
  const darwin = Object.keys(run.platforms).filter((n) => n.startsWith("darwin-"));
  for (const [name, c] of Object.entries(run.platforms))
    if (!name.startsWith("darwin-") && typeof c.duration_seconds === "number")
      out[name] = c.duration_seconds / 60;
  const macos = macosMinutesOf(run);
  if (macos !== void 0 && darwin.length > 0) {
    const seconds = darwin.map((n) => run.platforms[n].duration_seconds);
    const known = seconds.every((s) => typeof s === "number");
    const total = known ? seconds.reduce((a, b) => a + b, 0) : 0;
    darwin.forEach((n, i) => {
      out[n] = total > 0 ? macos * seconds[i] / total : macos / darwin.length;
    });
  }
  return out;
}
function addToWeek(week, run) {
  const minutes = macosMinutesOf(run);
  week.batches++;
  if (minutes === void 0) week.without++;
  else week.minutes += minutes;
  const byPlatform = platformMinutesOf(run);
  week.platformMinutes ??= emptyDict();
  week.platformUnknown ??= emptyDict();
  for (const [name, c] of Object.entries(run.platforms)) {
    const m = byPlatform[name];
    if (m !== void 0) week.platformMinutes[name] = (week.platformMinutes[name] ?? 0) + m;
    else if (c.tested > 0) week.platformUnknown[name] = (week.platformUnknown[name] ?? 0) + 1;
  }
}
function projectWeek(used, weekStartAt, at) {
  const days = Math.max(1, (Date.parse(at) - Date.parse(weekStartAt)) / 864e5);
  const perDay = used / days;
  return { perDay, projected: Math.max(used, perDay * 7) };
}
function weekBudget(weeks, at, options) {
  const start = weekStart(at, options.weekStartDay);
  const w = weeks.get(start) ?? { minutes: 0, batches: 0, without: 0 };
  const { perDay: burnPerDay, projected } = projectWeek(w.minutes, start, at);
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

// src/cost/cost.ts
function timingRunCost(row, runner, prices) {
  const seconds = durationOf(row);
  if (seconds === void 0) return void 0;
  const perMinute = runner === "none" ? 0 : prices.perMinute[runner];
  const runnerCost = seconds / 60 * perMinute;
  const infrastructure = seconds / 3600 * infrastructureRate(prices, row.env);
  return { runner: runnerCost, infrastructure, total: runnerCost + infrastructure };
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

export {
  weekStart,
  hourBefore,
  hourAfter,
  minTime,
  addToWeek,
  weekBudget,
  batchInsight,
  runInsight
};

/**
 * What runs cost, priced at report time from the minutes and seconds the records keep. Pure.
 *
 * A build phase's run: its duration at its runner's per-minute price (none for a self-hosted
 * runner) plus its env's infrastructure rate per hour while it runs. A batch: each platform's
 * runner minutes (history/budget.ts: platformMinutesOf) at its runner's price.
 */
import { platformMinutesOf, projectWeek, type WeekMinutes } from '../history/budget.js';
import type { BatchRun } from '../history/records.js';
import { durationOf } from '../timing/stats.js';
import type { TimingRow } from '../timing/row.js';
import {
  infrastructureRate,
  runnerOfPlatform,
  type PriceTable,
  type RunnerKind,
} from './prices.js';
import { emptyDict } from '../vocabulary/index.js';

export interface RunCost {
  runner: number;
  infrastructure: number;
  total: number;
}

/** A phase run's cost; undefined when its duration is not recorded. */
export function timingRunCost(
  row: TimingRow,
  runner: RunnerKind | 'none',
  prices: PriceTable,
): RunCost | undefined {
  const seconds = durationOf(row);
  if (seconds === undefined) return undefined;
  const perMinute = runner === 'none' ? 0 : prices.perMinute[runner];
  const runnerCost = (seconds / 60) * perMinute;
  const infrastructure = (seconds / 3600) * infrastructureRate(prices, row.env);
  return { runner: runnerCost, infrastructure, total: runnerCost + infrastructure };
}

export interface PhaseCost {
  /** Runs priced (with a duration) of those given. */
  runs: number;
  unpriced: number;
  total: number;
  perRun: number;
  /** Per week (UTC, weeks starting Monday), oldest first. */
  weeks: Array<{ weekStart: string; runs: number; dollars: number }>;
}

/** The cost of a phase's runs (every run: failed runs are paid for too). */
export function phaseCost(
  runs: readonly TimingRow[],
  runner: RunnerKind | 'none',
  prices: PriceTable,
  weekOf: (timestamp: string) => string,
): PhaseCost {
  let total = 0;
  let priced = 0;
  const weeks = new Map<string, { runs: number; dollars: number }>();
  for (const row of runs) {
    const cost = timingRunCost(row, runner, prices);
    if (!cost) continue;
    priced++;
    total += cost.total;
    const w = weeks.get(weekOf(row.start_time_utc)) ?? { runs: 0, dollars: 0 };
    w.runs++;
    w.dollars += cost.total;
    weeks.set(weekOf(row.start_time_utc), w);
  }
  return {
    runs: priced,
    unpriced: runs.length - priced,
    total,
    perRun: priced ? total / priced : 0,
    weeks: [...weeks]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([weekStart, w]) => ({ weekStart, ...w })),
  };
}

export interface PlatformCost {
  runner: RunnerKind;
  minutes: number;
  dollars: number;
  /** Batches in which it tested something without recorded minutes. */
  unknownBatches: number;
}

/** A batch's cost per platform and in all. */
export function batchCost(
  run: BatchRun,
  prices: PriceTable,
): { platforms: Record<string, PlatformCost>; total: number } {
  const minutes = platformMinutesOf(run);
  const platforms: Record<string, PlatformCost> = emptyDict();
  let total = 0;
  for (const [name, c] of Object.entries(run.platforms)) {
    const runner = runnerOfPlatform(name);
    const m = minutes[name];
    const dollars = m === undefined ? 0 : m * prices.perMinute[runner];
    total += dollars;
    platforms[name] = {
      runner,
      minutes: m ?? 0,
      dollars,
      unknownBatches: m === undefined && c.tested > 0 ? 1 : 0,
    };
  }
  return { platforms, total };
}

export interface WeekCost {
  weekStart: string;
  batches: number;
  dollars: number;
  platforms: Record<string, PlatformCost>;
}

/** The weeks' runner minutes priced, oldest first. */
export function weeklyCost(
  weeks: ReadonlyArray<{ weekStart: string } & WeekMinutes>,
  prices: PriceTable,
): WeekCost[] {
  return weeks.map((w) => {
    const platforms: Record<string, PlatformCost> = emptyDict();
    let dollars = 0;
    const names = new Set([
      ...Object.keys(w.platformMinutes ?? {}),
      ...Object.keys(w.platformUnknown ?? {}),
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
        unknownBatches: w.platformUnknown?.[name] ?? 0,
      };
    }
    return { weekStart: w.weekStart, batches: w.batches, dollars, platforms };
  });
}

export interface DollarBudget {
  weekStart: string;
  used: number;
  budget: number;
  perDay: number;
  projected: number;
  overBudget: boolean;
}

/** The focus week's dollars against the weekly dollar budget, projected as the macOS budget is. */
export function dollarBudget(week: WeekCost, at: string, budget: number): DollarBudget {
  const { perDay, projected } = projectWeek(week.dollars, week.weekStart, at);
  return {
    weekStart: week.weekStart,
    used: week.dollars,
    budget,
    perDay,
    projected,
    overBudget: projected > budget,
  };
}

/**
 * The trend: the latest week, projected to seven days as the budgets are (up to `at`, the
 * newest record), against the week before it: +0.25 is a quarter more. Undefined without a
 * week before it or when that week cost nothing.
 */
export function costTrend(
  weeks: ReadonlyArray<{ weekStart: string; dollars: number }>,
  at: string,
): { projected: number; previous: number; change: number } | undefined {
  const latest = weeks[weeks.length - 1];
  const previous = weeks[weeks.length - 2];
  if (!latest || !previous || previous.dollars <= 0) return undefined;
  const { projected } = projectWeek(latest.dollars, latest.weekStart, at);
  return { projected, previous: previous.dollars, change: projected / previous.dollars - 1 };
}

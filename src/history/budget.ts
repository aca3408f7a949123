/** The macOS runner-minutes budget: minutes per batch, and a week's burn and projection. Pure. */
import type { MacosBudget } from './model.js';
import type { BatchRun } from './records.js';
import { weekStart } from './time.js';
import { emptyDict } from '../vocabulary/index.js';

/** What the history holds for one week. */
export interface WeekMinutes {
  minutes: number;
  batches: number;
  /** Batches whose records carry no macOS minutes. */
  without: number;
  /** Runner minutes per platform (see platformMinutesOf), for pricing at report time. */
  platformMinutes?: Record<string, number>;
  /** Platforms that tested something in a batch whose minutes are not known, per platform. */
  platformUnknown?: Record<string, number>;
}

/** macOS minutes of a run: its own field, else its darwin platforms' durations. */
export function macosMinutesOf(run: BatchRun): number | undefined {
  if (run.macosMinutes !== undefined) return run.macosMinutes;
  const darwin = Object.entries(run.platforms).filter(([n]) => n.startsWith('darwin-'));
  const durations = darwin
    .map(([, c]) => c.duration_seconds)
    .filter((d): d is number => typeof d === 'number');
  if (darwin.length > 0 && durations.length === darwin.length)
    return durations.reduce((a, b) => a + b, 0) / 60;
  return undefined;
}

/**
 * Runner minutes of each platform of a batch: its duration_seconds / 60; the darwin platforms'
 * together are the batch's macOS minutes (macos_minutes_used when recorded, which is what the
 * runner billed), shared out in proportion to their durations (equally without them). A platform
 * with no duration (and no macOS minutes to share) is left out: unknown, not free.
 */
export function platformMinutesOf(run: BatchRun): Record<string, number> {
  const out: Record<string, number> = emptyDict();
  const darwin = Object.keys(run.platforms).filter((n) => n.startsWith('darwin-'));
  for (const [name, c] of Object.entries(run.platforms))
    if (!name.startsWith('darwin-') && typeof c.duration_seconds === 'number')
      out[name] = c.duration_seconds / 60;
  const macos = macosMinutesOf(run);
  if (macos !== undefined && darwin.length > 0) {
    const seconds = darwin.map((n) => run.platforms[n]!.duration_seconds);
    const known = seconds.every((s): s is number => typeof s === 'number');
    const total = known ? seconds.reduce((a, b) => a + b, 0) : 0;
    darwin.forEach((n, i) => {
      out[n] = total > 0 ? (macos * (seconds[i] as number)) / total : macos / darwin.length;
    });
  }
  return out;
}

export function addToWeek(week: WeekMinutes, run: BatchRun): void {
  const minutes = macosMinutesOf(run);
  week.batches++;
  if (minutes === undefined) week.without++;
  else week.minutes += minutes;
  const byPlatform = platformMinutesOf(run);
  week.platformMinutes ??= emptyDict();
  week.platformUnknown ??= emptyDict();
  for (const [name, c] of Object.entries(run.platforms)) {
    const m = byPlatform[name];
    if (m !== undefined) week.platformMinutes[name] = (week.platformMinutes[name] ?? 0) + m;
    else if (c.tested > 0) week.platformUnknown[name] = (week.platformUnknown[name] ?? 0) + 1;
  }
}

/** A week's use so far and where it is heading: per day since the week started (at least one
 * day), times seven — the rule of the macOS budget, and of the dollar budget beside it. */
export function projectWeek(
  used: number,
  weekStartAt: string,
  at: string,
): { perDay: number; projected: number } {
  const days = Math.max(1, (Date.parse(at) - Date.parse(weekStartAt)) / 86_400_000);
  const perDay = used / days;
  return { perDay, projected: Math.max(used, perDay * 7) };
}

/** The budget of the week holding `at`: minutes used, burn per day up to `at`, projection. */
export function weekBudget(
  weeks: ReadonlyMap<string, WeekMinutes>,
  at: string,
  options: { weekStartDay: number; macosBudgetMinutes: number },
): MacosBudget {
  const start = weekStart(at, options.weekStartDay);
  const w = weeks.get(start) ?? { minutes: 0, batches: 0, without: 0 };
  const { perDay: burnPerDay, projected } = projectWeek(w.minutes, start, at);
  return {
    weekStart: start,
    weekEnd: new Date(Date.parse(start) + 7 * 86_400_000).toISOString().slice(0, 19) + 'Z',
    usedMinutes: round1(w.minutes),
    budgetMinutes: options.macosBudgetMinutes,
    burnPerDay: round1(burnPerDay),
    projectedMinutes: round1(projected),
    overBudget: projected > options.macosBudgetMinutes,
    batches: w.batches,
    batchesWithoutMinutes: w.without,
  };
}

const round1 = (v: number) => Math.round(v * 10) / 10;

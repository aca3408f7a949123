/** The macOS runner-minutes budget: minutes per batch, and a week's burn and projection. Pure. */
import type { MacosBudget } from './model.js';
import type { BatchRun } from './records.js';
import { weekStart } from './time.js';

/** What the history holds for one week. */
export interface WeekMinutes {
  minutes: number;
  batches: number;
  /** Batches whose records carry no macOS minutes. */
  without: number;
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

export function addToWeek(week: WeekMinutes, run: BatchRun): void {
  const minutes = macosMinutesOf(run);
  week.batches++;
  if (minutes === undefined) week.without++;
  else week.minutes += minutes;
}

/** The budget of the week holding `at`: minutes used, burn per day up to `at`, projection. */
export function weekBudget(
  weeks: ReadonlyMap<string, WeekMinutes>,
  at: string,
  options: { weekStartDay: number; macosBudgetMinutes: number },
): MacosBudget {
  const start = weekStart(at, options.weekStartDay);
  const w = weeks.get(start) ?? { minutes: 0, batches: 0, without: 0 };
  const days = Math.max(1, (Date.parse(at) - Date.parse(start)) / 86_400_000);
  const burnPerDay = w.minutes / days;
  const projected = Math.max(w.minutes, burnPerDay * 7);
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

/**
 * Error budgets and burn rates over counted events, in the spirit of the SRE workbook's
 * multi-window alerts, with windows of runs (or batches) instead of hours: at a few builds a
 * day, the last N runs are what a team can reason about. Pure.
 *
 *   allowed     = (1 − objective) × events in the objective's window
 *   budget left = 1 − bad / allowed                (negative: overspent)
 *   burn rate   = (bad / events) / (1 − objective) over a window: 1 spends the budget exactly
 *                 over the objective's window; 2 spends it in half of it.
 *
 * Status: exhausted when nothing is left (bad ≥ allowed); at risk when the burn rate is at or
 * over `fast` both over the long window (the last `long` units: it is real) and the short one
 * (the last `short`: it is still happening); met otherwise; no data without events.
 */

export type ObjectiveStatus = 'met' | 'at-risk' | 'exhausted' | 'no-data';

/** One run (good 0/1 of total 1) or one batch of a platform (passed of tested). */
export interface Outcome {
  good: number;
  total: number;
}

export interface Burn {
  /** Units (runs or batches) in the window, and the events and bad events they hold. */
  units: number;
  events: number;
  bad: number;
  rate: number;
}

export interface ErrorBudget {
  objective: number;
  /** Units in the objective's window (runs or batches), events and bad events in them. */
  units: number;
  events: number;
  bad: number;
  allowed: number;
  budgetLeft: number;
  long: Burn;
  short: Burn;
  fast: number;
  status: ObjectiveStatus;
}

const EPSILON = 1e-9;

/** Long window: a quarter of the objective's window (at least 2); short: a quarter of that (at least 1). */
export function burnWindows(
  windowUnits: number,
  given: { long?: number; short?: number },
): { long: number; short: number } {
  const long = given.long ?? Math.max(2, Math.ceil(windowUnits / 4));
  const short = given.short ?? Math.max(1, Math.ceil(long / 4));
  return { long, short: Math.min(short, long) };
}

/** `outcomes`: the objective's window, oldest first. */
export function errorBudget(
  outcomes: readonly Outcome[],
  objective: number,
  windows: { long: number; short: number },
  fast: number,
): ErrorBudget {
  const all = burnOver(outcomes, objective);
  const allowed = (1 - objective) * all.events;
  const budgetLeft = all.events === 0 ? 1 : 1 - all.bad / allowed;
  const long = burnOver(outcomes.slice(-windows.long), objective);
  const short = burnOver(outcomes.slice(-windows.short), objective);
  // Compared with a tolerance: 1 − 0.95 is 0.050000000000000044 in floating point, and a burn
  // of exactly 2 must not read as 1.9999999999999982.
  const status: ObjectiveStatus =
    all.events === 0
      ? 'no-data'
      : budgetLeft <= EPSILON
        ? 'exhausted'
        : long.rate >= fast - EPSILON && short.rate >= fast - EPSILON
          ? 'at-risk'
          : 'met';
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
    status,
  };
}

function burnOver(outcomes: readonly Outcome[], objective: number): Burn {
  let events = 0;
  let good = 0;
  for (const o of outcomes) {
    events += o.total;
    good += o.good;
  }
  const bad = events - good;
  return { units: outcomes.length, events, bad, rate: events ? bad / events / (1 - objective) : 0 };
}

/** The worst of several statuses, for a page's headline and an action's output. */
export function worstStatus(statuses: Iterable<ObjectiveStatus>): ObjectiveStatus {
  const order: ObjectiveStatus[] = ['no-data', 'met', 'at-risk', 'exhausted'];
  let worst: ObjectiveStatus = 'no-data';
  for (const s of statuses) if (order.indexOf(s) > order.indexOf(worst)) worst = s;
  return worst;
}

/** `fail-on`: never (default), exhausted, or at-risk (which includes exhausted). */
export type FailOn = 'never' | 'exhausted' | 'at-risk';

export function failsOn(status: ObjectiveStatus, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'exhausted') return status === 'exhausted';
  return status === 'exhausted' || status === 'at-risk';
}

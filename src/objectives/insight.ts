/**
 * What the objectives and prices say about a history, assembled once for every page that shows
 * it (record-timing's and batch-summary's summaries, `ci-ledger report` and `report timings`,
 * the actions' outputs). Pure: histories in, plain data out.
 */
import {
  batchCost,
  costTrend,
  dollarBudget,
  phaseCost,
  timingRunCost,
  weeklyCost,
  type DollarBudget,
  type PhaseCost,
  type PlatformCost,
  type RunCost,
  type WeekCost,
} from '../cost/cost.js';
import { infrastructureRate, type RunnerKind } from '../cost/prices.js';
import type { WeekMinutes } from '../history/budget.js';
import type { BatchRun } from '../history/records.js';
import { weekStart } from '../history/time.js';
import type { TimingRow } from '../timing/row.js';
import { runsOf } from '../timing/stats.js';
import { worstStatus, type ObjectiveStatus } from './budget.js';
import { platformObjectives, type PlatformObjectiveResult } from './platforms.js';
import { timingObjectiveFor, type Objectives } from './spec.js';
import { phaseObjectives, type PhaseObjectives } from './timings.js';

/** Where the objectives came from: the file, or the defaults. */
export const objectivesSource = (o: Objectives) => o.file ?? 'defaults, no objectives file';

export interface PhaseInsight {
  env: string;
  phase: string;
  objectives?: PhaseObjectives;
  runner: string;
  cost: PhaseCost;
}

export interface TimingsInsight {
  source: string;
  /** The worst status of every objective shown. */
  status: ObjectiveStatus;
  phases: PhaseInsight[];
}

const mondayOf = (t: string) => weekStart(t, 1);

/** `rows`: distinct runs (each once), any order. */
export function timingsInsight(rows: readonly TimingRow[], objectives: Objectives): TimingsInsight {
  const keys = [...new Set(rows.map((r) => `${r.env}\0${r.phase}`))].sort();
  const phases = keys.map((key): PhaseInsight => {
    const [env, phase] = key.split('\0') as [string, string];
    const runs = runsOf(rows, env, phase);
    const runner = timingObjectiveFor(objectives, env, phase)?.runner ?? 'linux';
    return {
      env,
      phase,
      objectives: phaseObjectives(runs, env, phase, objectives),
      runner,
      cost: phaseCost(runs, runner, objectives.prices, mondayOf),
    };
  });
  return {
    source: objectivesSource(objectives),
    status: worstStatus(phases.flatMap((p) => statusesOf(p.objectives))),
    phases,
  };
}

export function statusesOf(p: PhaseObjectives | undefined): ObjectiveStatus[] {
  return [p?.success?.status, p?.duration?.status].filter((s): s is ObjectiveStatus => !!s);
}

export interface BatchInsight {
  source: string;
  status: ObjectiveStatus;
  platforms: PlatformObjectiveResult[];
  /** The summarised batch's cost. */
  batch?: { batchId: string; platforms: Record<string, PlatformCost>; total: number };
  /** Weeks read whole, oldest first; the last is the summarised batch's week. */
  weeks: WeekCost[];
  trend?: { projected: number; previous: number; change: number };
  dollars?: DollarBudget;
}

/**
 * `recent`: the latest batches up to the summarised one (`focus`), oldest first; `weeks`: the
 * runner minutes of the weeks read whole.
 */
export function batchInsight(
  recent: readonly BatchRun[],
  weeks: ReadonlyArray<{ weekStart: string } & WeekMinutes>,
  focus: BatchRun | undefined,
  objectives: Objectives,
): BatchInsight {
  const upToFocus = focus ? recent.slice(0, recent.lastIndexOf(focus) + 1 || undefined) : recent;
  const platforms = platformObjectives(upToFocus, objectives);
  const costs = weeklyCost(weeks, objectives.prices);
  const cost = focus ? batchCost(focus, objectives.prices) : undefined;
  const focusWeek = focus ? costs.find((w) => w.weekStart === weekOf(focus, weeks)) : undefined;
  const budget = objectives.budget.dollars;
  return {
    source: objectivesSource(objectives),
    status: worstStatus(platforms.map((p) => p.status)),
    platforms,
    batch: focus && cost ? { batchId: focus.batchId, ...cost } : undefined,
    weeks: costs,
    trend: focus ? costTrend(costs, focus.timestamp) : undefined,
    dollars:
      focus && focusWeek && budget !== undefined
        ? dollarBudget(focusWeek, focus.timestamp, budget)
        : undefined,
  };
}

/** The week (as the history keyed it) that holds the focus: the latest starting at or before it. */
function weekOf(focus: BatchRun, weeks: ReadonlyArray<{ weekStart: string }>): string | undefined {
  return weeks.filter((w) => w.weekStart <= focus.timestamp).at(-1)?.weekStart;
}

/** One recorded run: its phase's objectives after it, and what it cost. */
export interface RunInsight {
  source: string;
  objectives?: PhaseObjectives;
  status?: ObjectiveStatus;
  /** The smallest share of error budget left among the phase's objectives. */
  budgetLeft?: number;
  cost?: RunCost;
  runner: RunnerKind | 'none';
  /** The runner's price per minute (undefined for runner: none) and the env's infrastructure rate. */
  perMinute?: number;
  infrastructurePerHour: number;
}

/** `runs`: the phase's distinct runs up to and including `row`, oldest first. */
export function runInsight(
  runs: readonly TimingRow[],
  row: TimingRow,
  objectives: Objectives,
): RunInsight {
  const runner = timingObjectiveFor(objectives, row.env, row.phase)?.runner ?? 'linux';
  const phase = phaseObjectives(runs, row.env, row.phase, objectives);
  const budgets = [phase?.success, phase?.duration].filter((b) => b !== undefined);
  return {
    source: objectivesSource(objectives),
    objectives: phase,
    status: budgets.length ? worstStatus(statusesOf(phase)) : undefined,
    budgetLeft: budgets.length ? Math.min(...budgets.map((b) => b.budgetLeft)) : undefined,
    cost: timingRunCost(row, runner, objectives.prices),
    runner,
    perMinute: runner === 'none' ? undefined : objectives.prices.perMinute[runner],
    infrastructurePerHour: infrastructureRate(objectives.prices, row.env),
  };
}

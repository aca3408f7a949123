/**
 * Cross-batch aggregation for batch-summary and `ci-ledger report`. Runs and failures are fed
 * one at a time (the files are streamed), and only what the report needs is kept: the latest
 * 2×N runs (this window and the one before), per-week macOS minutes, and per-platform totals —
 * so memory stays bounded however long the history is. Pure.
 */
import { weakestPlatform } from '../batch/aggregate.js';
import { InputError } from '../ledger/index.js';
import { platformOrder } from '../batch/maps.js';
import { MIXED, type BatchRun, type Failure, type PlatformCounts } from './records.js';

export interface HistoryOptions {
  /** Window size in batches; 0 means the whole history. */
  last: number;
  ecosystem?: string;
  platform?: string;
  /** The batch the summary is about (default: the latest). */
  batchId?: string;
  macosBudgetMinutes: number;
  /** 0 = Sunday … 1 = Monday (default) … 6 = Saturday, UTC. */
  weekStartDay: number;
  /** "Consider skipping" above this failure rate … */
  skipThreshold: number;
  /** … over at least this many batches that tested the cell. */
  skipMinRuns: number;
  /** Folds failure environments (e.g. linux-alpine-musl-x86_64) into reported platforms. */
  platformOf?: (environment: string) => string;
}

export const defaultHistoryOptions: HistoryOptions = {
  last: 10,
  macosBudgetMinutes: 1000,
  weekStartDay: 1,
  skipThreshold: 0.8,
  skipMinRuns: 3,
};

export interface PlatformSummary {
  tested: number;
  passed: number;
  failed: number;
  skipped: number;
  passRate: number | null;
  /** Pass rate over the N batches before the window, for the change. */
  previousPassRate: number | null;
}

export interface CategoryCount {
  category: string;
  count: number;
  share: number;
}

export interface MacosBudget {
  weekStart: string;
  weekEnd: string;
  usedMinutes: number;
  budgetMinutes: number;
  /** Minutes per day since the week started, up to the latest batch. */
  burnPerDay: number;
  projectedMinutes: number;
  overBudget: boolean;
  batches: number;
  /** Batches that week whose records carry no macOS minutes. */
  batchesWithoutMinutes: number;
}

export interface HistoryReport {
  window: {
    last: number;
    batches: number;
    from?: string;
    to?: string;
    ecosystem?: string;
    platform?: string;
  };
  focus?: BatchRun;
  platforms: Record<string, PlatformSummary>;
  /** Pass rate per platform for each batch of the window, oldest first. */
  trend: Array<{
    batchId: string;
    ecosystem: string;
    timestamp: string;
    passRates: Record<string, number | null>;
  }>;
  categories: Record<string, CategoryCount[]>;
  /** Failure categories of the focus batch alone. */
  focusCategories: Record<string, CategoryCount[]>;
  matrix: Record<
    string,
    Record<string, { batches: number; tested: number; failed: number; failureRate: number | null }>
  >;
  macos?: MacosBudget;
  insights: {
    weakestPlatform?: string;
    unlock: Array<{ platform: string; category: string; recipes: number; examples: string[] }>;
    considerSkipping: Array<{
      ecosystem: string;
      platform: string;
      failureRate: number;
      batches: number;
    }>;
  };
  /** The latest batch that tested anything: a window of empty batches points here. */
  lastTested?: { batchId: string; ecosystem: string; timestamp: string };
  counts: {
    runs: number;
    duplicateRuns: number;
    failures: number;
    failuresInWindow: number;
    failuresMatchedByTime: number;
  };
}

/** Batches kept for the trend of a whole-history report. */
export const TREND_LIMIT = 50;
const BATCH_ID = /"batch_id"\s*:\s*"([^"]*)"/;
const rate = (passed: number, tested: number) => (tested > 0 ? passed / tested : null);

export class HistoryAccumulator {
  private readonly keep: number;
  /** The latest runs, oldest first, at most `keep`. */
  private latest: BatchRun[] = [];
  private focusRun: BatchRun | undefined;
  private added = 0;
  private readonly weekByDay = new Map<string, string>();
  private readonly position = new WeakMap<BatchRun, number>();
  private readonly seen = new Set<string>();
  private readonly weeks = new Map<string, { minutes: number; batches: number; without: number }>();
  private readonly totals = new Map<string, PlatformCounts>();
  private duplicates = 0;
  private runs = 0;
  private lastTested: BatchRun | undefined;
  private earliest: string | undefined;
  /** Full-history matrix (the window's is computed from the kept runs). */
  private readonly fullMatrix: HistoryReport['matrix'] = {};
  private windowCache:
    | {
        window: BatchRun[];
        previous: BatchRun[];
        ids: Set<string>;
        from: string;
        to: string;
        /** Failures placed by time may come up to an hour after the window's last run. */
        hourAfterTo: string;
        beforeFocus: string;
        hourAfterFocus: string;
      }
    | undefined;
  /** runHorizon/failureHorizon, asked once per record read: kept until the next run arrives. */
  private horizons: { runs?: string | undefined; failures?: string | undefined } = {};
  private readonly failureCounts = new Map<string, Map<string, number>>();
  private readonly focusCounts = new Map<string, Map<string, number>>();
  /** recipe → platform → its newest failure in the window (any reading order gives the same) */
  private readonly recipeFailures = new Map<
    string,
    Map<string, { category: string; timestamp: string }>
  >();
  private failures = 0;
  private failuresInWindow = 0;
  private matchedByTime = 0;

  constructor(private readonly options: HistoryOptions) {
    // The whole history (last 0) is summed as it streams by; only the latest runs are kept, for the trend.
    this.keep = options.last > 0 ? options.last * 2 : TREND_LIMIT;
  }

  /**
   * `position`: where the run lies in the history (file order), which breaks ties in time as a
   * reader going forward would (the later line is the newer run); by default, the order added.
   */
  addRun(run: BatchRun, position = this.added): void {
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
    this.windowCache = undefined;
    this.horizons = {};
    if (this.options.batchId !== undefined && run.batchId === this.options.batchId) {
      if (!this.focusRun || this.newer(run, this.focusRun)) this.focusRun = run;
    }
    if (this.earliest === undefined || run.timestamp < this.earliest) this.earliest = run.timestamp;
    const tested = Object.values(run.platforms).some((c) => c.tested > 0);
    if (tested && (!this.lastTested || this.newer(run, this.lastTested))) this.lastTested = run;
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
    if (minutes === undefined) w.without++;
    else w.minutes += minutes;
    this.weeks.set(week, w);
    // Insert by time, dropping the oldest beyond what the report can use.
    let at = this.latest.length;
    while (at > 0 && this.newer(this.latest[at - 1]!, run)) at--;
    if (this.latest.length >= this.keep && at === 0) return;
    this.latest.splice(at, 0, run);
    if (this.latest.length > this.keep) this.latest.shift();
  }

  /**
   * Whether a failure record's raw text can matter, judged without parsing it: a record naming
   * a batch outside the window (and not the focus batch) cannot. Most of a long history is
   * skipped this way. Anything unusual (no batch_id, escapes, a `failures` array) is parsed.
   */
  mayMatter(text: string): boolean {
    if (this.options.last === 0 || text.includes('"failures"')) return true;
    const id = BATCH_ID.exec(text)?.[1];
    if (id === undefined || id.includes('\\')) return true;
    const matters = this.window().ids.has(id) || id === this.focus()?.batchId;
    if (!matters) this.failures++; // counted, though never parsed
    return matters;
  }

  /**
   * For reading a history newest first: the time before which no further run can change this
   * report (the window and the N before it, the focus batch's week, the latest batch that
   * tested anything) — undefined while runs of any time are still needed.
   */
  runHorizon(): string | undefined {
    if ('runs' in this.horizons) return this.horizons.runs;
    const o = this.options;
    const focus = this.focus();
    return (this.horizons.runs =
      o.last === 0 || this.latest.length < this.keep || !this.lastTested || !focus
        ? undefined
        : minTime([
            this.latest[0]!.timestamp,
            this.weekOf(focus.timestamp),
            this.lastTested.timestamp,
          ]));
  }

  /** Likewise for failure records, once every run was added (an hour's slack, as when placing by time). */
  failureHorizon(): string | undefined {
    if ('failures' in this.horizons) return this.horizons.failures;
    if (this.options.last === 0) return (this.horizons.failures = undefined);
    const w = this.window();
    const focus = this.focus();
    const earliest = minTime(
      [w.from || w.window[0]?.timestamp, w.beforeFocus || focus?.timestamp].filter(
        (t): t is string => !!t,
      ),
    );
    return (this.horizons.failures = earliest === undefined ? undefined : hourBefore(earliest));
  }

  /** Like mayMatter, for batch records read newest first: one whose time (read raw, unparsed)
   * is older than runHorizon() cannot change the report (counted, not parsed). */
  runMayMatter(rawTime: string | undefined): boolean {
    const horizon = this.runHorizon();
    if (horizon === undefined || rawTime === undefined || rawTime >= horizon) return true;
    this.runs++;
    return false;
  }

  /** Call after every run was added: failures are matched against the window. */
  addFailure(failure: Failure): void {
    this.failures++;
    if (
      this.options.ecosystem &&
      failure.ecosystem !== undefined &&
      failure.ecosystem !== this.options.ecosystem
    )
      return;
    const w = this.window();
    const platform = this.options.platformOf
      ? this.options.platformOf(failure.environment)
      : failure.environment;
    if (this.options.platform && platform !== this.options.platform) return;
    const focus = this.focus();
    let inWindow: boolean;
    let inFocus = false;
    if (failure.batchId !== undefined) {
      inWindow = this.options.last === 0 || w.ids.has(failure.batchId);
      inFocus = focus !== undefined && failure.batchId === focus.batchId;
    } else {
      // Records without a batch id are placed by time: after the run before the window, up to
      // an hour past the window's last run (failures are written before the batch record).
      const t = failure.timestamp;
      inWindow = t !== undefined && t > w.from && t <= w.hourAfterTo;
      if (inWindow) this.matchedByTime++;
      if (focus && t !== undefined) inFocus = t > w.beforeFocus && t <= w.hourAfterFocus;
    }
    if (inFocus) bump(this.focusCounts, platform, failure.category);
    if (!inWindow) return;
    this.failuresInWindow++;
    bump(this.failureCounts, platform, failure.category);
    let perPlatform = this.recipeFailures.get(failure.recipe);
    if (!perPlatform) this.recipeFailures.set(failure.recipe, (perPlatform = new Map()));
    const seen = perPlatform.get(platform);
    const timestamp = failure.timestamp ?? '';
    if (!seen) perPlatform.set(platform, { category: failure.category, timestamp });
    else if (
      timestamp > seen.timestamp ||
      (timestamp === seen.timestamp && failure.category > seen.category)
    ) {
      seen.category = failure.category;
      seen.timestamp = timestamp;
    }
  }

  report(): HistoryReport {
    const o = this.options;
    const { window, previous } = this.window();
    const keepPlatform = (name: string) => !o.platform || name === o.platform;
    const sum = (runs: BatchRun[]) => {
      const m = new Map<string, PlatformCounts>();
      for (const run of runs)
        for (const [name, c] of Object.entries(run.platforms)) {
          if (!keepPlatform(name)) continue;
          const t = m.get(name) ?? { tested: 0, passed: 0, failed: 0, skipped: 0 };
          t.tested += c.tested;
          t.passed += c.passed;
          t.failed += c.failed;
          t.skipped = (t.skipped ?? 0) + (c.skipped ?? 0);
          m.set(name, t);
        }
      return m;
    };
    const current =
      o.last > 0 ? sum(window) : new Map([...this.totals].filter(([n]) => keepPlatform(n)));
    const before = sum(previous);
    const names = [...current.keys()].sort(platformOrder);
    const platforms: Record<string, PlatformSummary> = {};
    for (const name of names) {
      const c = current.get(name)!;
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

    const matrix: HistoryReport['matrix'] = {};
    for (const run of o.last > 0 ? window : []) {
      for (const [name, c] of Object.entries(run.platforms)) {
        if (!keepPlatform(name) || c.tested === 0) continue;
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
          if (keepPlatform(p)) (matrix[e] ??= {})[p] = { ...cell };
    }
    const considerSkipping = Object.entries(matrix).flatMap(([ecosystem, row]) =>
      Object.entries(row)
        .filter(
          ([, c]) =>
            ecosystem !== MIXED &&
            c.batches >= o.skipMinRuns &&
            (c.failureRate ?? 0) > o.skipThreshold,
        )
        .map(([platform, c]) => ({
          ecosystem,
          platform,
          failureRate: c.failureRate!,
          batches: c.batches,
        })),
    );

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
        passRates: Object.fromEntries(
          names.map((n) => [
            n,
            run.platforms[n] ? rate(run.platforms[n].passed, run.platforms[n].tested) : null,
          ]),
        ),
      })),
      categories: categoryShares(this.failureCounts),
      focusCategories: categoryShares(this.focusCounts),
      matrix,
      macos: focus ? this.budget(focus.timestamp) : undefined,
      insights: {
        weakestPlatform: weakestPlatform(
          Object.fromEntries([...current].filter(([, c]) => c.tested > 0)),
        ),
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
  private weekOf(timestamp: string): string {
    const day = timestamp.endsWith('Z') ? timestamp.slice(0, 10) : timestamp; // an offset may change the day
    let week = this.weekByDay.get(day);
    if (week === undefined)
      this.weekByDay.set(day, (week = weekStart(timestamp, this.options.weekStartDay)));
    return week;
  }

  private newer(a: BatchRun, b: BatchRun): boolean {
    if (a.timestamp !== b.timestamp) return a.timestamp > b.timestamp;
    return this.position.get(a)! > this.position.get(b)!;
  }

  /** The batch the summary is about: the requested one, else the latest. */
  focus(): BatchRun | undefined {
    return this.options.batchId !== undefined ? this.focusRun : this.latest[this.latest.length - 1];
  }

  private window() {
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

  private budget(at: string): MacosBudget {
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
  private unlock(): HistoryReport['insights']['unlock'] {
    const perPlatform = new Map<string, Map<string, string[]>>();
    for (const [recipe, platforms] of this.recipeFailures) {
      if (platforms.size !== 1) continue;
      const [platform, { category }] = [...platforms][0]!;
      const cats = perPlatform.get(platform) ?? new Map<string, string[]>();
      cats.set(category, [...(cats.get(category) ?? []), recipe]);
      perPlatform.set(platform, cats);
    }
    return [...perPlatform]
      .sort(([a], [b]) => platformOrder(a, b))
      .map(([platform, cats]) => {
        const [category, recipes] = [...cats].sort(
          (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1),
        )[0]!;
        return {
          platform,
          category,
          recipes: recipes.length,
          examples: [...recipes].sort().slice(0, 5),
        };
      });
  }
}

function bump(map: Map<string, Map<string, number>>, platform: string, category: string): void {
  const cats = map.get(platform) ?? new Map<string, number>();
  cats.set(category, (cats.get(category) ?? 0) + 1);
  map.set(platform, cats);
}

function categoryShares(map: Map<string, Map<string, number>>): Record<string, CategoryCount[]> {
  const out: Record<string, CategoryCount[]> = {};
  for (const platform of [...map.keys()].sort(platformOrder)) {
    const cats = map.get(platform)!;
    const total = [...cats.values()].reduce((a, b) => a + b, 0);
    out[platform] = [...cats]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([category, count]) => ({ category, count, share: count / total }));
  }
  return out;
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

/** Start (00:00 UTC) of the week holding `timestamp`, weeks starting on `day` (1 = Monday). */
export function weekStart(timestamp: string, day: number): string {
  const t = new Date(timestamp);
  const back = (t.getUTCDay() - day + 7) % 7;
  const start = Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate() - back);
  return new Date(start).toISOString().slice(0, 19) + 'Z';
}

function hourBefore(timestamp: string): string {
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? timestamp : new Date(t - 3_600_000).toISOString().slice(0, 19) + 'Z';
}

const minTime = (times: string[]): string | undefined =>
  times.reduce<string | undefined>((a, b) => (a === undefined || b < a ? b : a), undefined);

function hourAfter(timestamp: string): string {
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? timestamp : new Date(t + 3_600_000).toISOString().slice(0, 19) + 'Z';
}

const round1 = (v: number) => Math.round(v * 10) / 10;

export function parseWeekStart(value: string): number {
  const days = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
  const i = days.indexOf(value.trim().toLowerCase());
  if (i === -1)
    throw new InputError(`week-start ${JSON.stringify(value)} is not a day of the week`);
  return i;
}

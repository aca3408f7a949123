/**
 * Cross-batch aggregation for batch-summary and `ci-ledger report`. Runs and failures are fed
 * one at a time (the files are streamed), and only what the report needs is kept: the latest
 * 2×N runs up to the focus batch (this window and the one before), per-week macOS minutes, and
 * per-platform totals — so memory stays bounded however long the history is. This class holds
 * that state and decides what is in the window; each figure's rules live in their own module
 * (platforms, failures, placement, matrix, budget). Pure.
 *
 * Longer than the 350 lines files here keep to, on purpose: the window, the focus, the failure
 * spans and the horizons of a newest-first read are one state that must change together, and
 * splitting the class would spread that invariant over files.
 */
import { emptyDict } from '../vocabulary/index.js';
import { weakestPlatform } from '../batch/aggregate.js';
import { platformOrder } from '../batch/maps.js';
import { addToWeek, weekBudget, type WeekMinutes } from './budget.js';
import {
  categoryShares,
  countCategory,
  failureOfEcosystem,
  noteRecipeFailure,
  unlockInsight,
  type CategoryCounts,
  type RecipeFailures,
} from './failures.js';
import { FocusFailures } from './focus.js';
import { addToMatrix, cellsWorthSkipping, type FailureMatrix } from './matrix.js';
import type { HistoryReport } from './model.js';
import type { HistoryOptions } from './options.js';
import { inSpan, inTimes, spanOf, type BatchSpan } from './placement.js';
import { passRateChanges, type PassCounts } from './pass-rate-changes.js';
import { PlatformFolding } from './platform-names.js';
import {
  addCounts,
  fallingPlatforms,
  passRateTrend,
  platformSummaries,
  sumPlatforms,
} from './platforms.js';
import { batchKey, type BatchRun, type Failure, type PlatformCounts } from './records.js';
import { hourBefore, minTime, weekStart } from './time.js';

/** Batches kept for the trend of a whole-history report. */
export const TREND_LIMIT = 50;
const BATCH_ID = /"batch_id"\s*:\s*"([^"]*)"/;

interface WindowState {
  window: BatchRun[];
  previous: BatchRun[];
  ids: Set<string>;
  /** Failures without a batch id (or with a shared one) are placed in the window by time. */
  span: { after: string; upTo: string };
  focusSpan?: BatchSpan;
  /** The batch of the focus's ecosystem before it, and its span. */
  previousOfFocus?: { run: BatchRun; span: BatchSpan };
}

export class HistoryAccumulator {
  private readonly keep: number;
  /** The latest runs up to the focus, oldest first, at most `keep`. */
  private latest: BatchRun[] = [];
  /**
   * For the whole history (last 0): every batch's pass counts, compactly, for change-point
   * detection over the whole series (the trend keeps only the latest TREND_LIMIT).
   */
  private readonly passCounts: Array<PassCounts & { position: number }> = [];
  private focusRun: BatchRun | undefined;
  /** The earliest run after an anchored focus: failures placed by time stop there. */
  private nextAfterFocus: string | undefined;
  private added = 0;
  private readonly weekByDay = new Map<string, string>();
  private readonly position = new WeakMap<BatchRun, number>();
  private readonly seen = new Set<string>();
  /** How many runs carry each id: a shared id does not place a failure on its own. */
  private readonly idCount = new Map<string, number>();
  private readonly weeks = new Map<string, WeekMinutes>();
  private readonly totals = new Map<string, PlatformCounts>();
  private duplicates = 0;
  private runs = 0;
  private lastTested: BatchRun | undefined;
  /** Times of the runs newer than lastTested that tested nothing (an idle pipeline's span). */
  private untestedSince: string[] = [];
  private earliest: string | undefined;
  /** Full-history matrix (the window's is computed from the kept runs). */
  private readonly fullMatrix: FailureMatrix = emptyDict();
  private windowCache: WindowState | undefined;
  /** runHorizon/failureHorizon, asked once per record read: kept until the next run arrives. */
  private horizons: { runs?: string | undefined; failures?: string | undefined } = {};
  private folding: PlatformFolding | undefined;
  private readonly failureCounts: CategoryCounts = new Map();
  private readonly focusCounts: CategoryCounts = new Map();
  private readonly focusFailures = new FocusFailures();
  private readonly recipeFailures: RecipeFailures = new Map();
  private failures = 0;
  private failuresInWindow = 0;
  private matchedByTime = 0;

  constructor(private readonly options: HistoryOptions) {
    // The whole history (last 0) is summed as it streams by; only the latest runs are kept, for the trend.
    this.keep = Math.max(options.last > 0 ? options.last * 2 : TREND_LIMIT, options.keepRuns ?? 0);
  }

  /** The latest batches kept, up to the focus, oldest first (objectives over the last N batches). */
  recentRuns(): BatchRun[] {
    return [...this.latest];
  }

  /**
   * Runner minutes per week, oldest first, for the weeks read whole: every week when no kept
   * batch was dropped, else the focus's week and those that start after the oldest kept batch.
   */
  weeklyMinutes(): Array<{ weekStart: string } & WeekMinutes> {
    const dropped = this.runs > this.latest.length;
    const from = dropped ? (this.latest[0]?.timestamp ?? '') : '';
    // The focus's week is always read whole (see runHorizon).
    const focus = this.focus();
    const focusWeek = focus ? this.weekOf(focus.timestamp) : undefined;
    return [...this.weeks]
      .filter(([start]) => start >= from || start === focusWeek)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([weekStart, w]) => ({ weekStart, ...w }));
  }

  /**
   * `position`: where the run lies in the history (file order), which breaks ties in time as a
   * reader going forward would (the later line is the newer run); by default, the order added.
   */
  addRun(run: BatchRun, position = this.added): void {
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
    this.windowCache = undefined;
    this.horizons = {};
    this.folding = undefined;
    this.idCount.set(run.batchId, (this.idCount.get(run.batchId) ?? 0) + 1);
    if (this.earliest === undefined || run.timestamp < this.earliest) this.earliest = run.timestamp;
    addToMatrix(this.fullMatrix, run);
    for (const [name, c] of Object.entries(run.platforms)) addCounts(this.totals, name, c);

    const { batchId, focusAt } = this.options;
    if (batchId !== undefined && run.batchId === batchId && (!focusAt || run.timestamp === focusAt))
      if (!this.focusRun || this.newer(run, this.focusRun)) this.focusRun = run;
    if (focusAt !== undefined && run.timestamp > focusAt) {
      // After the anchored focus: not in its window; only where its failures stop matters.
      if (this.nextAfterFocus === undefined || run.timestamp < this.nextAfterFocus)
        this.nextAfterFocus = run.timestamp;
      return;
    }
    // The budget of the focus's week counts what was spent up to the focus, not after it.
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
    // The run's own counts, not a copy: the rest of the record is left to the collector.
    if (this.options.last === 0)
      this.passCounts.push({
        batchId: run.batchId,
        timestamp: run.timestamp,
        platforms: run.platforms,
        position,
      });
    // Insert by time, dropping the oldest beyond what the report can use.
    let at = this.latest.length;
    while (at > 0 && this.newer(this.latest[at - 1]!, run)) at--;
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
  mayMatter(text: string): boolean {
    if (this.options.last === 0 || text.includes('"failures"')) return true;
    const id = BATCH_ID.exec(text)?.[1];
    if (id === undefined || id.includes('\\')) return true;
    const w = this.window();
    const matters =
      w.ids.has(id) || id === this.focus()?.batchId || id === w.previousOfFocus?.run.batchId;
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
    const earliest = minTime(
      [
        w.span.after || w.window[0]?.timestamp,
        w.focusSpan?.after || this.focus()?.timestamp,
        w.previousOfFocus?.span.after || w.previousOfFocus?.run.timestamp,
      ].filter((t): t is string => !!t),
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
    const o = this.options;
    if (o.ecosystem && !failureOfEcosystem(failure, o.ecosystem)) return;
    const w = this.window();
    this.folding ??= new PlatformFolding(new Set(this.totals.keys()), o.platformOf);
    const platform = this.folding.fold(failure.environment);
    if (o.platform && platform !== o.platform) return;
    const t = failure.timestamp;
    let inWindow: boolean;
    if (o.last === 0) inWindow = true;
    else if (failure.batchId !== undefined)
      inWindow =
        w.ids.has(failure.batchId) &&
        ((this.idCount.get(failure.batchId) ?? 0) < 2 || t === undefined || inTimes(t, w.span));
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

  report(): HistoryReport {
    const o = this.options;
    const w = this.window();
    const { window, previous } = w;
    const keepPlatform = (name: string) => !o.platform || name === o.platform;
    const current: Map<string, PlatformCounts> =
      o.last > 0
        ? sumPlatforms(window, keepPlatform)
        : new Map([...this.totals].filter(([n]) => keepPlatform(n)));
    const platforms = platformSummaries(current, sumPlatforms(previous, keepPlatform));
    const names = [...current.keys()].sort(platformOrder);

    const matrix: FailureMatrix = emptyDict();
    if (o.last > 0) for (const run of window) addToMatrix(matrix, run, keepPlatform);
    else
      for (const [e, row] of Object.entries(this.fullMatrix))
        for (const [p, cell] of Object.entries(row))
          if (keepPlatform(p)) (matrix[e] ??= emptyDict())[p] = { ...cell };

    const focus = this.focus();
    const trend = passRateTrend(window, names);
    // Over the N batches before the window and the window; for the whole history, every batch.
    const changes =
      o.last > 0
        ? passRateChanges([...previous, ...window], previous.length, names)
        : passRateChanges(
            [...this.passCounts].sort((a, b) =>
              a.timestamp !== b.timestamp
                ? a.timestamp < b.timestamp
                  ? -1
                  : 1
                : a.position - b.position,
            ),
            0,
            names,
          );
    return {
      window: {
        last: o.last,
        batches: o.last > 0 ? window.length : this.runs,
        previousBatches: previous.length,
        from: o.last > 0 ? window[0]?.timestamp : this.earliest,
        to: window[window.length - 1]?.timestamp,
        ecosystem: o.ecosystem,
        platform: o.platform,
      },
      focus,
      focusDetail: focus
        ? this.focusFailures.detail(focus, w.previousOfFocus?.run, this.sameId(focus), keepPlatform)
        : undefined,
      idle: this.idle(),
      platforms,
      trend,
      categories: categoryShares(this.failureCounts),
      focusCategories: categoryShares(this.focusCounts),
      matrix,
      macos: focus ? weekBudget(this.weeks, focus.timestamp, o) : undefined,
      insights: {
        weakestPlatform: weakestPlatform(
          Object.fromEntries([...current].filter(([, c]) => c.tested > 0)),
        ),
        falling: fallingPlatforms(window, names, o.fallThreshold).filter(
          (f) => !changes.tested.includes(f.platform),
        ),
        passRateChanges: changes,
        unlock: unlockInsight(this.recipeFailures),
        considerSkipping: cellsWorthSkipping(matrix, o.skipThreshold, o.skipMinRuns),
      },
      folded: this.folding?.folded() ?? [],
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

  /** The batch the summary is about: the requested one, else the latest. */
  focus(): BatchRun | undefined {
    return this.options.batchId !== undefined ? this.focusRun : this.latest[this.latest.length - 1];
  }

  /** Times of every record carrying the focus's id that this reader kept (the loader lists them all). */
  private sameId(focus: BatchRun): string[] {
    if (this.options.focusCandidates) return this.options.focusCandidates;
    return this.latest.filter((r) => r.batchId === focus.batchId).map((r) => r.timestamp);
  }

  /** Batches up to the focus that tested nothing, since the latest one that did. */
  private idle(): HistoryReport['idle'] {
    return { batches: this.untestedSince.length, since: this.lastTested?.timestamp };
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

  private window(): WindowState {
    if (this.windowCache) return this.windowCache;
    const latest = this.latest;
    const n = this.options.last > 0 ? this.options.last : latest.length;
    const window = latest.slice(-n);
    const previous = this.options.last > 0 ? latest.slice(0, -n).slice(-n) : [];
    const beforeWindow = latest[latest.length - window.length - 1];
    const shared = (id: string) => (this.idCount.get(id) ?? 0) > 1;
    // The run after a kept run: the next kept one, else the first after the anchored focus.
    const nextOf = (i: number) => latest[i + 1]?.timestamp ?? this.nextAfterFocus;
    const focus = this.focus();
    const focusAt = focus ? latest.lastIndexOf(focus) : -1;
    let previousOfFocus: WindowState['previousOfFocus'];
    // The batch the focus is compared with: the one before it, of its ecosystem, that tested anything.
    for (let i = focusAt - 1; i >= 0; i--) {
      if (latest[i]!.ecosystem !== focus!.ecosystem) continue;
      if (!Object.values(latest[i]!.platforms).some((c) => c.tested > 0)) continue;
      const run = latest[i]!;
      previousOfFocus = { run, span: spanOf(run, latest[i - 1], nextOf(i), shared(run.batchId)) };
      break;
    }
    const lastSpan = window.length
      ? spanOf(window[window.length - 1]!, undefined, nextOf(latest.length - 1), true)
      : undefined;
    this.windowCache = {
      window,
      previous,
      ids: new Set(window.map((r) => r.batchId)),
      span: {
        after: this.options.last > 0 ? (beforeWindow?.timestamp ?? '') : '',
        upTo: lastSpan?.upTo ?? '',
      },
      focusSpan:
        focus && focusAt >= 0
          ? spanOf(
              focus,
              latest[focusAt - 1],
              nextOf(focusAt),
              shared(focus.batchId) || (this.options.focusCandidates?.length ?? 0) > 1,
            )
          : undefined,
      previousOfFocus,
    };
    return this.windowCache;
  }
}

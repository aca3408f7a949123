/**
 * The history over time, for charts: what HistoryAccumulator sums over a window, summed per
 * UTC day (pass rates), per week (failure categories, macOS minutes) over the whole history —
 * with the same rules (counts summed then divided, platform folding, failure placement, the
 * week's budget) taken from the modules that define them. Memory follows the number of days,
 * weeks and the latest batches kept, not the number of records: a 100k-batch history becomes
 * a few thousand points per series. Pure: fed records, returns plain data.
 *
 * Feed every run first (addRun), then every failure (addFailure): platform folding and the
 * placement of failures in batches need all runs, as for the reports.
 */
import { platformOrder } from '../batch/maps.js';
import { addToWeek, weekBudget, type WeekMinutes } from './budget.js';
import { failureOfEcosystem } from './failures.js';
import { addToMatrix, type FailureMatrix } from './matrix.js';
import type { MacosBudget } from './model.js';
import {
  LatestBatches,
  inTimeOrder,
  type ListedBatch,
  type PlacedBatches,
  type RunInOrder,
} from './latest-batches.js';
import { PlatformFolding } from './platform-names.js';
import { addCounts } from './platforms.js';
import { batchKey, type BatchRun, type Failure, type PlatformCounts } from './records.js';
import { weekStart } from './time.js';
import { emptyDict } from '../vocabulary/index.js';

/** The key of the series over every ecosystem. */
export const ALL_ECOSYSTEMS = '*';

export interface SeriesOptions {
  /** 0 = Sunday … 1 = Monday, UTC. */
  weekStartDay: number;
  macosBudgetMinutes: number;
  /** How many of the latest batches that tested anything are listed with their failures. */
  latestBatches: number;
  /** Failure records listed per batch (all are counted). */
  failuresPerBatch: number;
  platformOf?: (environment: string) => string;
}

export type { ListedBatch, ListedFailure } from './latest-batches.js';

export const defaultSeriesOptions: SeriesOptions = {
  weekStartDay: 1,
  macosBudgetMinutes: 1000,
  latestBatches: 100,
  failuresPerBatch: 300,
};

/** A platform's counts over the batches of one day (or one batch). */
export type DayCounts = Required<Pick<PlatformCounts, 'tested' | 'passed' | 'failed'>> & {
  batches: number;
};

export interface PassRateSeries {
  /** UTC days (YYYY-MM-DD) on which some batch tested anything, oldest first. */
  days: string[];
  /** Per platform, aligned with days; null where the platform tested nothing that day. */
  platforms: Record<string, Array<DayCounts | null>>;
}

export interface CategorySeries {
  /** Week starts (ISO), oldest first, on which the platform had failures. */
  weeks: string[];
  /** Per category, failure records per week, aligned with weeks. */
  categories: Record<string, number[]>;
}

export interface HistorySeries {
  runs: number;
  duplicateRuns: number;
  /** Failure records read (those without a timestamp count here, not in the weekly series). */
  failures: number;
  /** The earliest and latest batch record times. */
  from?: string;
  to?: string;
  ecosystems: string[];
  platforms: string[];
  /** Per ecosystem, and ALL_ECOSYSTEMS. */
  passRates: Record<string, PassRateSeries>;
  /** Per ecosystem (and ALL_ECOSYSTEMS), per platform. */
  categories: Record<string, Record<string, CategorySeries>>;
  matrix: FailureMatrix;
  macos: {
    weeks: Array<{ weekStart: string } & WeekMinutes>;
    /** The week of the latest batch: minutes used, burn and projection (weekBudget). */
    current?: MacosBudget;
  };
  /** The latest batches that tested anything, newest first. */
  latest: ListedBatch[];
  /** Batches newer than the latest listed that tested nothing. */
  idleSince: number;
  folded: Array<{ from: string; to: string }>;
}

const NO_ECOSYSTEM = '\0none';

export class HistorySeriesBuilder {
  private readonly seen = new Set<string>();
  private duplicates = 0;
  private readonly all: RunInOrder[] = [];
  private readonly idCount = new Map<string, number>();
  /** ecosystem (and ALL) → day → platform → counts */
  private readonly daily = new Map<
    string,
    Map<string, Map<string, PlatformCounts & { batches?: number }>>
  >();
  private readonly weeks = new Map<string, WeekMinutes>();
  private readonly weekByDay = new Map<string, string>();
  private readonly matrix: FailureMatrix = emptyDict();
  /** Platforms that tested anything (the series), and every platform named (for folding). */
  private readonly platformNames = new Set<string>();
  private readonly namedPlatforms = new Set<string>();
  private readonly ecosystemNames = new Set<string>();
  private readonly latest: LatestBatches;
  private latestAt: string | undefined;
  private earliestAt: string | undefined;
  /** ecosystem of the record (or NO_ECOSYSTEM) → platform → week → category → count */
  private readonly categoryCounts = new Map<
    string,
    Map<string, Map<string, Map<string, number>>>
  >();
  /** Once the first failure arrives: every run in order, the listed batches, the folding. */
  private placement:
    { sorted: RunInOrder[]; listed: PlacedBatches; folding: PlatformFolding } | undefined;
  private failureCount = 0;

  constructor(private readonly options: SeriesOptions = defaultSeriesOptions) {
    this.latest = new LatestBatches(options.latestBatches);
  }

  addRun(run: BatchRun): void {
    if (this.placement) throw new Error('HistorySeriesBuilder: every run before any failure');
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
    if (this.latestAt === undefined || run.timestamp > this.latestAt) this.latestAt = run.timestamp;
    if (this.earliestAt === undefined || run.timestamp < this.earliestAt)
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
      if (!days) this.daily.set(ecosystem, (days = new Map()));
      let platforms = days.get(day);
      if (!platforms) days.set(day, (platforms = new Map()));
      for (const [name, c] of Object.entries(run.platforms)) {
        if (c.tested === 0) continue;
        this.platformNames.add(name);
        addCounts(platforms, name, c);
        const t = platforms.get(name)!;
        t.batches = (t.batches ?? 0) + 1;
      }
    }
    this.latest.keep(run, position);
  }

  /** Every run must have been added. */
  addFailure(failure: Failure): void {
    this.failureCount++;
    const p = (this.placement ??= this.place());
    const platform = p.folding.fold(failure.environment);
    if (failure.timestamp !== undefined) {
      const ecosystem = failure.ecosystem ?? NO_ECOSYSTEM;
      const week = this.weekOf(failure.timestamp);
      let perPlatform = this.categoryCounts.get(ecosystem);
      if (!perPlatform) this.categoryCounts.set(ecosystem, (perPlatform = new Map()));
      let perWeek = perPlatform.get(platform);
      if (!perWeek) perPlatform.set(platform, (perWeek = new Map()));
      let cats = perWeek.get(week);
      if (!cats) perWeek.set(week, (cats = new Map()));
      cats.set(failure.category, (cats.get(failure.category) ?? 0) + 1);
    }
    const owner = p.listed.ownerOf(failure);
    if (!owner) return;
    owner.failureCount++;
    if (owner.failures.length < this.options.failuresPerBatch)
      owner.failures.push({
        recipe: failure.recipe,
        platform,
        ...(failure.environment !== platform ? { environment: failure.environment } : {}),
        category: failure.category,
        ...(failure.exitCode !== undefined ? { exitCode: failure.exitCode } : {}),
      });
  }

  series(): HistorySeries {
    const p = (this.placement ??= this.place());
    const platforms = [...this.platformNames].sort(platformOrder);
    const ecosystems = [...this.ecosystemNames].sort();
    const passRates: Record<string, PassRateSeries> = {};
    for (const ecosystem of [ALL_ECOSYSTEMS, ...ecosystems]) {
      const days = this.daily.get(ecosystem);
      if (!days) continue;
      const dayNames = [...days.keys()].sort();
      passRates[ecosystem] = {
        days: dayNames,
        platforms: Object.fromEntries(
          platforms.map((name) => [
            name,
            dayNames.map((d): DayCounts | null => {
              const c = days.get(d)!.get(name);
              return c
                ? { tested: c.tested, passed: c.passed, failed: c.failed, batches: c.batches ?? 0 }
                : null;
            }),
          ]),
        ),
      };
    }
    const categories: HistorySeries['categories'] = {};
    for (const ecosystem of [ALL_ECOSYSTEMS, ...ecosystems]) {
      const sources = [...this.categoryCounts.keys()].filter(
        (e) =>
          ecosystem === ALL_ECOSYSTEMS ||
          failureOfEcosystem({ ecosystem: e === NO_ECOSYSTEM ? undefined : e }, ecosystem),
      );
      const out: Record<string, CategorySeries> = {};
      const names = new Set(sources.flatMap((e) => [...this.categoryCounts.get(e)!.keys()]));
      for (const platform of [...names].sort(platformOrder)) {
        const weekly = new Map<string, Map<string, number>>();
        for (const e of sources)
          for (const [week, cats] of this.categoryCounts.get(e)!.get(platform) ?? []) {
            const w = weekly.get(week) ?? new Map<string, number>();
            for (const [c, n] of cats) w.set(c, (w.get(c) ?? 0) + n);
            weekly.set(week, w);
          }
        const weeks = [...weekly.keys()].sort();
        const catNames = [...new Set([...weekly.values()].flatMap((w) => [...w.keys()]))];
        const total = (c: string) => weeks.reduce((s, w) => s + (weekly.get(w)!.get(c) ?? 0), 0);
        catNames.sort((a, b) => total(b) - total(a) || (a < b ? -1 : 1));
        out[platform] = {
          weeks,
          categories: Object.fromEntries(
            catNames.map((c) => [c, weeks.map((w) => weekly.get(w)!.get(c) ?? 0)]),
          ),
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
        weeks: [...this.weeks]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([start, w]) => ({ weekStart: start, ...w })),
        current:
          this.latestAt === undefined
            ? undefined
            : weekBudget(this.weeks, this.latestAt, {
                weekStartDay: this.options.weekStartDay,
                macosBudgetMinutes: this.options.macosBudgetMinutes,
              }),
      },
      latest: p.listed.batches,
      idleSince:
        newestListed === undefined
          ? this.all.length
          : p.sorted.filter((r) => r.timestamp > newestListed && !r.tested).length,
      folded: p.folding.folded(),
    };
  }

  /** Once every run is in: every run in time order, the listed batches and their spans. */
  private place(): NonNullable<HistorySeriesBuilder['placement']> {
    const sorted = inTimeOrder(this.all);
    return {
      sorted,
      listed: this.latest.place(sorted, this.idCount),
      folding: new PlatformFolding(this.namedPlatforms, this.options.platformOf),
    };
  }

  private weekOf(timestamp: string): string {
    const day = timestamp.endsWith('Z') ? timestamp.slice(0, 10) : timestamp;
    let week = this.weekByDay.get(day);
    if (week === undefined)
      this.weekByDay.set(day, (week = weekStart(timestamp, this.options.weekStartDay)));
    return week;
  }
}

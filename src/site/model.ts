/**
 * What the page is given (data.js): the history aggregated at build time into the points the
 * charts draw and the rows their tables show — a few thousand values per series however long
 * the history. Shared by the builder (data.ts) and the page (page/), which only selects, zooms
 * and draws: every figure is computed here, by the history and timing modules.
 */

/** Times are epoch seconds (UTC), as the chart library takes them. */
export interface PassRateView {
  x: number[];
  /** Per platform, aligned with x: pass rate (null: not tested that day), tests run, passed. */
  series: Record<string, { rate: Array<number | null>; tested: number[]; passed: number[] }>;
}

export interface CategoryView {
  x: number[];
  /** Per failure category, failure records per week, aligned with x. */
  series: Record<string, number[]>;
}

export interface MatrixCell {
  failureRate: number | null;
  tested: number;
  failed: number;
  batches: number;
}

export interface SiteBatch {
  batchId: string;
  ecosystem: string;
  timestamp: string;
  platforms: Record<
    string,
    { tested: number; passed: number; failed: number; rate: number | null }
  >;
  macosMinutes?: number;
  failures: Array<{
    recipe: string;
    platform: string;
    environment?: string;
    category: string;
    exitCode?: number;
  }>;
  failureCount: number;
}

export interface BatchesData {
  runs: number;
  failures: number;
  from?: string;
  to?: string;
  ecosystems: string[];
  platforms: string[];
  /** Key "*": every ecosystem; else one ecosystem. Points are UTC days. */
  passRate: Record<string, PassRateView>;
  /** Per ecosystem key, per platform. Points are weeks. */
  categories: Record<string, Record<string, CategoryView>>;
  matrix: { ecosystems: string[]; platforms: string[]; cells: Array<Array<MatrixCell | null>> };
  macos: {
    x: number[];
    minutes: number[];
    batches: number[];
    /** Batches of the week whose records carry no macOS minutes. */
    without: number[];
    budget: number;
    current?: {
      weekStart: string;
      usedMinutes: number;
      projectedMinutes: number;
      burnPerDay: number;
      overBudget: boolean;
    };
  };
  /** Newest first. */
  latest: SiteBatch[];
  idleSince: number;
  folded: Array<{ from: string; to: string }>;
}

export interface TimingPoint {
  /** Start, epoch seconds. */
  t: number;
  seconds: number | null;
  ok: boolean;
  exitCode: string;
  buildId: string;
  kind: 'persistent' | 'ephemeral';
  /**
   * Set on a regression, as the report finds it: with change-point detection, on the first run of
   * a slower level (its mean / the mean of the level before); with the median rule (too few
   * runs), on a run over 1.5× the median of the successful runs before it (that ratio).
   */
  regression?: number;
}

export interface TimingPhase {
  env: string;
  phase: string;
  runs: number;
  successes: number;
  successRate: number;
  medianSeconds: number | null;
  p95Seconds: number | null;
  /** Which rule found the regressions: the report's (change points, or the median rule). */
  regressionRule: 'change-points' | 'median';
  points: TimingPoint[];
}

export interface TimingsData {
  runs: number;
  phases: TimingPhase[];
}

export interface SiteData {
  title: string;
  /** The newest record's time (batch or build timing): not the build time, so that an
   * unchanged ledger builds byte-identical files. */
  asOf?: string;
  /** Where the records were read (store and branch). */
  source: { batches?: string; timings?: string };
  batches?: BatchesData;
  timings?: TimingsData;
}

/** The global data.js sets (a script, not a fetch: pages opened from file:// cannot fetch). */
export const DATA_GLOBAL = 'CI_LEDGER_DASHBOARD';

/**
 * What a cross-batch report says: the plain data batch-summary, `ci-ledger report` and the
 * renderers share. Built by HistoryAccumulator (aggregate.ts) from the streamed history.
 */
import type { PassRateChanges } from './pass-rate-changes.js';
import type { BatchRun } from './records.js';

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
    /** Batches before the window the change is measured against (at most `last`). */
    previousBatches: number;
    from?: string;
    to?: string;
    ecosystem?: string;
    platform?: string;
  };
  /** The batch the summary is about: the requested one (the window ends with it), else the latest. */
  focus?: BatchRun;
  /** What else is known of the focus batch: see FocusDetail. */
  focusDetail?: FocusDetail;
  /** Batches up to the focus that tested nothing, since the last one that did. */
  idle: { batches: number; since?: string };
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
    /** Over the window (the focus batch's own is in focusDetail). */
    weakestPlatform?: string;
    /**
     * Platforms whose pass rate fell by more than the threshold from the older to the newer half of
     * the window: only platforms with too few batches for change-point detection (passRateChanges.tooShort).
     */
    falling: Array<{ platform: string; from: number; to: number; batches: number }>;
    /** Changes in pass rate that change-point detection finds, starting in the window (pass-rate-changes.ts). */
    passRateChanges: PassRateChanges;
    unlock: Array<{ platform: string; category: string; recipes: number; examples: string[] }>;
    considerSkipping: Array<{
      ecosystem: string;
      platform: string;
      failureRate: number;
      batches: number;
    }>;
  };
  /** Failure environments counted under another platform name (PlatformFolding). */
  folded: Array<{ from: string; to: string }>;
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

/** A failure record of the focus batch, as the summary lists it. */
export interface FocusFailure {
  recipe: string;
  platform: string;
  category: string;
  exitCode?: number;
  message?: string;
}

export interface FocusDetail {
  /** Every record carrying the focus batch's id, oldest first (pipelines that name batches by day write many). */
  sameId: string[];
  /** The latest batch of the same ecosystem before the focus that tested anything, for the change. */
  previous?: { batchId: string; timestamp: string; platforms: BatchRun['platforms'] };
  /** Its weakest platform (lowest pass rate among those that tested anything). */
  weakestPlatform?: string;
  /** Platforms the previous batch of its ecosystem had and the focus batch has no record of. */
  missingPlatforms: string[];
  /** Its failure records (the first FOCUS_FAILURE_LIMIT, by platform and recipe). */
  failures: FocusFailure[];
  failureCount: number;
  /** (recipe, platform) failing in the focus batch and not in the previous batch's records. */
  newlyFailing: Array<{ recipe: string; platform: string }>;
}

export const FOCUS_FAILURE_LIMIT = 1000;

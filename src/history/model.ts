/**
 * What a cross-batch report says: the plain data batch-summary, `ci-ledger report` and the
 * renderers share. Built by HistoryAccumulator (aggregate.ts) from the streamed history.
 */
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

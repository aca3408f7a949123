/** A phase run once recorded: what the record-timing job returns and its summaries render. */
import type { AppendResult } from '../vocabulary/index.js';
import type { PhaseStats } from './history.js';
import type { TimeSource, TimingRow } from './row.js';

export interface RecordedTiming {
  row: TimingRow;
  file: string;
  logFile: string;
  timeSources: { start: TimeSource; end: TimeSource };
  /** Which log was taken, and from how many candidates, in discovery mode. */
  logChoice?: { pattern: string; candidates: string[] };
  exitCode: number;
  append: AppendResult;
  stats: PhaseStats;
  regression: boolean;
}

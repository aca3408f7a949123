/** A phase run once recorded: what the record-timing job returns and its summaries render. */
import type { AppendResult } from '../vocabulary/index.js';
import type { LogTail } from './log-tail.js';
import type { TimeSource, TimingRow } from './row.js';
import type { RunVerdict } from './changes.js';

export interface RecordedTiming {
  /** The run's row as it is on the branch: the new row, or, for a run already recorded, the row recorded then. */
  row: TimingRow;
  /** For a run already recorded: the columns where this run's values differ from the row on the branch. */
  differences: Array<{ column: string; recorded: string; now: string }>;
  file: string;
  logFile: string;
  timeSources: { start: TimeSource; end: TimeSource };
  /** Which log was taken, and from how many candidates, in discovery mode. */
  logChoice?: { pattern: string; candidates: string[] };
  /** This run's exit status (the wrapped command's, or the one given). */
  exitCode: number;
  append: AppendResult;
  /** Against the runs of the same env and phase that started before this one: see runVerdict. */
  before: RunVerdict['before'];
  judgement: RunVerdict['judgement'];
  /** Change-point detection over the successful runs up to and including this one. */
  durations: RunVerdict['durations'];
  /** The latest change, while its level is new and this run is at it. */
  change?: RunVerdict['change'];
  /** At a new slower level (change-point detection), or over 1.5× the median when too few runs to test. */
  regression: boolean;
  /** The end of the log, for a failed run. */
  logTail?: LogTail;
}

/** A batch once recorded: what the batch-metrics job returns and its summaries render. */
import type { AppendResult } from '../vocabulary/index.js';
import type { BatchOutcome } from './aggregate.js';
import type { Artifact } from './artifacts.js';
import type { BatchChanges } from './changes.js';

export interface RecordedBatch extends BatchOutcome {
  artifacts: Artifact[];
  metricsPath: string;
  failuresPath: string;
  append: AppendResult;
  /** Against the previous batch whose failure records the failures file holds. */
  changes?: BatchChanges;
}

/** Where batch histories live on the branch (DESIGN §3), and what identifies their records. */
export const DEFAULT_METRICS_PATH = 'data/metrics/batch-runs.jsonl';
export const DEFAULT_FAILURES_DIR = 'data/failures';
export const DEFAULT_RESULTS_GLOB = 'validation-results-*.json';
/** A batch line is one per (batch_id, ecosystem); a failure one per recipe and environment. */
export const BATCH_KEY = ['batch_id', 'ecosystem'];
export const FAILURE_KEY = ['batch_id', 'ecosystem', 'recipe', 'environment'];

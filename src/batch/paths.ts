/** Where batch histories live on the branch (DESIGN §3): written by batch-metrics, read by reports. */
export const DEFAULT_METRICS_PATH = 'data/metrics/batch-runs.jsonl';
export const DEFAULT_FAILURES_DIR = 'data/failures';

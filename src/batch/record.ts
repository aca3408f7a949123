/**
 * batch-metrics, shared by the action and the CLI: read and validate every artifact, aggregate,
 * and append the batch line and its failure records in one commit. Nothing is written when
 * any input is invalid; a re-run of the same batch writes nothing and says so.
 */
import {
  InputError,
  appendRecords,
  assertSafeBranch,
  assertSafeName,
  type AppendOptions,
  type AppendResult,
  type LedgerBackend,
} from '../ledger/index.js';
import { aggregateBatch, type BatchOutcome } from './aggregate.js';
import { readArtifacts, type Artifact } from './artifacts.js';
import {
  DEFAULT_CATEGORY_MAP,
  DEFAULT_PLATFORM_MAP,
  parseCategoryMap,
  parsePlatformMap,
} from './maps.js';
import { DEFAULT_FAILURES_DIR, DEFAULT_METRICS_PATH } from './paths.js';

export const DEFAULT_RESULTS_GLOB = 'validation-results-*.json';
export const BATCH_KEY = ['batch_id', 'ecosystem'];
export const FAILURE_KEY = ['batch_id', 'ecosystem', 'recipe', 'environment'];

export interface BatchMetricsOptions {
  batchId: string;
  ecosystem: string;
  results?: string;
  resultsDir?: string;
  platformMap?: string;
  categoryMap?: string;
  total?: string;
  generated?: string;
  merged?: string;
  metricsPath?: string;
  failuresDir?: string;
  branch?: string;
  now?: Date;
}

export interface RecordedBatch extends BatchOutcome {
  artifacts: Artifact[];
  metricsPath: string;
  failuresPath: string;
  append: AppendResult;
}

function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InputError(`${name} ${JSON.stringify(value)} is not a whole number`);
  return n;
}

export async function recordBatchMetrics(
  options: BatchMetricsOptions,
  backend: LedgerBackend,
  appendOptions: AppendOptions = {},
): Promise<RecordedBatch> {
  if (!options.batchId.trim()) throw new InputError('batch-id is empty');
  assertSafeName('ecosystem', options.ecosystem);
  if (options.branch) assertSafeBranch(options.branch);
  const metricsPath = options.metricsPath || DEFAULT_METRICS_PATH;
  const failuresPath = `${(options.failuresDir || DEFAULT_FAILURES_DIR).replace(/\/+$/, '')}/${options.ecosystem}.jsonl`;
  const platformMap = parsePlatformMap(options.platformMap ?? DEFAULT_PLATFORM_MAP);
  const categoryMap = parseCategoryMap(options.categoryMap ?? DEFAULT_CATEGORY_MAP);
  const total = count('total', options.total);
  const generated = count('generated', options.generated);
  const merged = count('merged', options.merged);

  const artifacts = await readArtifacts(
    options.resultsDir || '.',
    options.results || DEFAULT_RESULTS_GLOB,
  );
  const outcome = aggregateBatch(artifacts, {
    batchId: options.batchId,
    ecosystem: options.ecosystem,
    platformMap,
    categoryMap,
    total,
    generated,
    merged,
    now: options.now ?? new Date(),
  });

  const append = await appendRecords(
    backend,
    {
      branch: options.branch,
      message: `batch-metrics: ${options.ecosystem} ${options.batchId} (${outcome.failures.length} failure(s))`,
      anchor: metricsPath,
      files: [
        { format: 'jsonl', path: metricsPath, key: BATCH_KEY, records: [{ ...outcome.record }] },
        {
          format: 'jsonl',
          path: failuresPath,
          key: FAILURE_KEY,
          records: outcome.failures.map((f) => ({ ...f })),
        },
      ],
    },
    appendOptions,
  );
  return { ...outcome, artifacts, metricsPath, failuresPath, append };
}

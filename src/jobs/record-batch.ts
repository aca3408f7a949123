/**
 * The batch-metrics job, shared by the action and the CLI: read and validate every artifact,
 * aggregate, and append the batch line and its failure records in one commit. Nothing is
 * written when any input is invalid; a re-run of the same batch writes nothing and says so.
 */
import { aggregateBatch } from '../batch/aggregate.js';
import { readArtifacts, type ArtifactExclusion } from '../batch/artifacts.js';
import { changesSincePrevious } from '../batch/changes.js';
import {
  DEFAULT_CATEGORY_MAP,
  DEFAULT_PLATFORM_MAP,
  parseCategoryMap,
  parsePlatformMap,
} from '../batch/maps.js';
import {
  BATCH_KEY,
  DEFAULT_FAILURES_DIR,
  DEFAULT_METRICS_PATH,
  DEFAULT_RESULTS_GLOB,
  FAILURE_KEY,
} from '../batch/paths.js';
import type { RecordedBatch } from '../batch/recorded.js';
import { appendRecords } from '../ledger/append.js';
import { filesRead, shardRequest } from '../ledger/shard.js';
import {
  InputError,
  assertSafeBranch,
  assertSafeName,
  parseWholeNumber,
} from '../vocabulary/index.js';
import { parseShardLayout } from '../vocabulary/shards.js';
import { appendOptionsOf, withStore, type JobContext } from './context.js';

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
  /** none (default): the configured files; monthly: shards beside them (see ledger/shard.ts). */
  shard?: string;
  now?: Date;
}

function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return parseWholeNumber(name, value.trim());
}

export async function recordBatchMetrics(
  options: BatchMetricsOptions,
  context: JobContext,
): Promise<RecordedBatch> {
  if (!options.batchId.trim()) throw new InputError('batch-id is empty');
  assertSafeName('ecosystem', options.ecosystem);
  if (options.branch) assertSafeBranch(options.branch);
  const layout = parseShardLayout(options.shard, 'shard');
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
    // `.` is the default (the action's too): the search covers the checkout itself.
    !options.resultsDir || options.resultsDir === '.'
      ? await repositoryFiles(context.cwd)
      : undefined,
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

  const request = shardRequest(
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
    layout,
  );
  const append = await withStore(context, (backend) =>
    appendRecords(backend, request, appendOptionsOf(context)),
  );
  // Where the records went (a shard under --shard monthly; the failures take the batch's month).
  const [metricsFile, ...failureFiles] = request.files;
  // The failures file (and the shards beside it) as they stand after the append hold the
  // previous batch's records too.
  const failuresText = failureFiles
    .flatMap(filesRead)
    .map((p) => append.contents.get(p) ?? '')
    .filter(Boolean)
    .join('\n');
  const changes = changesSincePrevious(
    {
      batchId: outcome.record.batch_id,
      timestamp: outcome.record.timestamp,
      results: outcome.results,
    },
    failuresText,
  );
  return {
    ...outcome,
    artifacts,
    metricsPath: metricsFile?.path ?? metricsPath,
    failuresPath: failureFiles[0]?.path ?? failuresPath,
    append,
    changes,
  };
}

/**
 * Without results-dir the search starts at the current folder, often a repository checkout:
 * files the repository tracks (its examples, its test fixtures) are not this batch's downloaded
 * artifacts, so they are left out, and the messages say so.
 */
async function repositoryFiles(cwd: string): Promise<ArtifactExclusion | undefined> {
  const { git } = await import('../ledger/backends/git.js');
  const listed = await git(['ls-files', '-z'], { cwd }).catch(() => undefined);
  if (!listed) return undefined; // not a git checkout: nothing to leave out
  const tracked = new Set(listed.split('\0').filter(Boolean));
  return {
    skip: (path) => tracked.has(path),
    why: 'tracked by the repository, so not downloaded artifacts; name a folder with --results-dir to read it whole',
  };
}

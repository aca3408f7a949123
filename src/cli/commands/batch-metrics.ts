import {
  DEFAULT_FAILURES_DIR,
  DEFAULT_METRICS_PATH,
  DEFAULT_RESULTS_GLOB,
} from '../../batch/paths.js';
import { recordBatchMetrics } from '../../jobs/record-batch.js';
import { batchMetricsText } from '../../report/batch-metrics-summary.js';
import { UsageError, parseOptions, type Command } from '../command.js';
import { exportHelp, exportIfAsked, exportOptions } from '../export-options.js';
import { storeFromArgs, storeHelp, storeOptions } from '../store-options.js';

const options = {
  'batch-id': { type: 'string' },
  ecosystem: { type: 'string' },
  results: { type: 'string' },
  'results-dir': { type: 'string' },
  'platform-map': { type: 'string' },
  'category-map': { type: 'string' },
  total: { type: 'string' },
  generated: { type: 'string' },
  merged: { type: 'string' },
  'metrics-path': { type: 'string' },
  'failures-dir': { type: 'string' },
  branch: { type: 'string' },
  ...exportOptions,
  shard: { type: 'string' },
  ...storeOptions,
} as const;

export const batchMetricsCommand: Command = {
  name: 'batch-metrics',
  help: `Usage: ci-ledger batch-metrics --batch-id ID --ecosystem E [options] [STORE]

Validates the per-platform result artifacts (v1 objects or arrays of {recipe, platform,
status}), appends one line to the metrics file and one failure record per failed
(recipe, platform) to <failures-dir>/<ecosystem>.jsonl, in one commit. Re-running the same
batch writes nothing.

Options:
  --results GLOB        artifact file names (default ${DEFAULT_RESULTS_GLOB}), at any depth
  --results-dir DIR     where the artifacts were downloaded (default .: then files the
                        repository tracks are left out); the files read are listed
  --platform-map MAP    "pattern=platform" lines folding detailed platforms (default: the five)
  --category-map MAP    "exit_code=category" lines, "*=category" for the rest
  --total N, --generated N, --merged N
                        override the counts derived from the artifacts
  --metrics-path P      default ${DEFAULT_METRICS_PATH}
  --failures-dir D      default ${DEFAULT_FAILURES_DIR}
  --branch B            default: the repository's default branch
  --shard none|monthly  none (default): append to the files above; monthly: to the shard of
                        the batch's month beside each (batch-runs-2026-11.jsonl,
                        <ecosystem>-2026-11.jsonl), checking that month's and the previous
                        month's shards and the file itself for the batch. See ci-ledger shard.
${exportHelp}

${storeHelp}`,
  async run(args, io) {
    const { values } = parseOptions(args, options);
    for (const name of ['batch-id', 'ecosystem'] as const)
      if (!values[name]) throw new UsageError(`--${name} is required`);
    const context = { store: storeFromArgs(values), log: io.stderr, env: io.env, cwd: io.cwd };
    const recorded = await recordBatchMetrics(
      {
        batchId: values['batch-id']!,
        ecosystem: values.ecosystem!,
        results: values.results,
        resultsDir: values['results-dir'],
        platformMap: values['platform-map'],
        categoryMap: values['category-map'],
        total: values.total,
        generated: values.generated,
        merged: values.merged,
        metricsPath: values['metrics-path'],
        failuresDir: values['failures-dir'],
        branch: values.branch,
        shard: values.shard,
      },
      context,
    );
    io.stdout(batchMetricsText(recorded));
    // A re-run's record carries this run's time, not the recorded one's: only a new record is sent.
    if (recorded.append.status === 'recorded')
      await exportIfAsked(
        values,
        { batch: { record: recorded.record, failures: recorded.failures } },
        { subject: 'batches', branch: values.branch, time: recorded.record.timestamp },
        context,
        io,
        'batch-metrics',
      );
    return 0;
  },
};

import { DEFAULT_FAILURES_DIR, DEFAULT_METRICS_PATH } from '../../batch/paths.js';
import { shardHistory } from '../../jobs/shard-history.js';
import { parseOptions, type Command } from '../command.js';
import { storeFromArgs, storeHelp, storeOptions } from '../store-options.js';

const options = {
  branch: { type: 'string' },
  'metrics-path': { type: 'string' },
  'failures-dir': { type: 'string' },
  ...storeOptions,
} as const;

export const shardCommand: Command = {
  name: 'shard',
  help: `Usage: ci-ledger shard [--branch B] [--metrics-path P] [--failures-dir D] [STORE]

Re-lays a batch history into monthly shards, in one commit: every record of the metrics file
and of each <failures-dir>/<ecosystem>.jsonl moves to the shard of its own month beside it
(batch-runs-2026-11.jsonl, cargo-2026-11.jsonl), as one JSON line. Nothing is lost: what has no
time (or does not parse) stays in its file, which is removed only when empty. Nothing is
duplicated: a record already in its shard is not added again, so running it twice changes
nothing. Files whose names carry a time already are left as they are. Reports read the same
records before and after. Write later batches with batch-metrics --shard monthly.

Options:
  --branch B            default: the repository's default branch
  --metrics-path P      default ${DEFAULT_METRICS_PATH}
  --failures-dir D      default ${DEFAULT_FAILURES_DIR}

${storeHelp}`,
  async run(args, io) {
    const { values } = parseOptions(args, options);
    const result = await shardHistory(
      {
        branch: values.branch,
        metricsPath: values['metrics-path'],
        failuresDir: values['failures-dir'],
      },
      { store: storeFromArgs(values), log: io.stderr, env: io.env, cwd: io.cwd },
    );
    const lines: string[] = [];
    for (const file of result.files) {
      const shards = [...file.shards].map(([path, n]) => `${path} (+${n})`);
      lines.push(
        `${file.path}: ${file.moved} record(s) moved into ${file.shards.size} shard(s)` +
          (file.alreadyThere ? `, ${file.alreadyThere} already there` : '') +
          (file.kept ? `, ${file.kept} value(s) without a time kept in it` : '') +
          (file.removed ? '; removed' : '') +
          (shards.length ? `\n  ${shards.join('\n  ')}` : ''),
      );
    }
    lines.push(
      result.status === 'relaid'
        ? result.store === 'directory'
          ? `Re-laid in one write (files replaced under a lock, removals last) in ${result.where}.`
          : `Re-laid in one commit ${result.head} on ${result.where}.`
        : `Nothing to re-lay on ${result.where}: no configured history file holds records with a time.`,
    );
    io.stdout(lines.join('\n'));
    return 0;
  },
};

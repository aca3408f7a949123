import { summarizeBatch } from '../../jobs/summarize-batch.js';
import { parseOptions, type Command } from '../command.js';
import { storeFromArgs, storeHelp, storeOptions } from '../store-options.js';

const options = {
  'batch-id': { type: 'string' },
  ecosystem: { type: 'string' },
  last: { type: 'string' },
  'min-pass-rate': { type: 'string' },
  'macos-budget': { type: 'string' },
  'week-start': { type: 'string' },
  'skip-threshold': { type: 'string' },
  'metrics-path': { type: 'string' },
  'failures-dir': { type: 'string' },
  branch: { type: 'string' },
  'read-all': { type: 'boolean' },
  objectives: { type: 'string' },
  ...storeOptions,
} as const;

export const summaryCommand: Command = {
  name: 'summary',
  help: `Usage: ci-ledger summary [--batch-id ID] [--ecosystem E] [--last N] [STORE]

Prints the markdown batch-summary writes to the job summary: the batch's per-platform table,
its failure categories, the macOS budget of its week, trends over the last N batches (with a
Mermaid chart) and insights. Default batch: the latest.

Options: --min-pass-rate R, --macos-budget MIN, --week-start DAY, --skip-threshold R,
         --metrics-path P, --failures-dir D, --branch B (default: the default branch),
         --read-all (read every record, not only the newest: see \`report --help\`),
         --objectives FILE (default .github/ci-ledger.yml when there, else the defaults)

${storeHelp}`,
  async run(args, io) {
    const { values } = parseOptions(args, options);
    const { summary, loaded } = await summarizeBatch(
      {
        batchId: values['batch-id'],
        ecosystem: values.ecosystem,
        last: values.last,
        minPassRate: values['min-pass-rate'],
        macosBudget: values['macos-budget'],
        weekStart: values['week-start'],
        skipThreshold: values['skip-threshold'],
        metricsPath: values['metrics-path'],
        failuresDir: values['failures-dir'],
        branch: values.branch,
        readAll: values['read-all'],
        objectives: values.objectives,
      },
      { store: storeFromArgs(values), log: io.stderr, env: io.env, cwd: io.cwd },
    );
    io.stdout(summary.markdown.trimEnd());
    // As the action warns: a record left out (unreadable, or a count that is not a number).
    for (const s of loaded.skipped.slice(0, 10))
      io.stderr(`warning: skipped a record: ${s.file} line ${s.line}: ${s.reason}`);
    return 0;
  },
};

/**
 * `ci-ledger`: the suite's jobs from a shell or Makefile. Each command is a module with its
 * own options and help; this file only lists them (name, one-line summary), dispatches, and
 * maps failures to exit codes:
 * 0 success, 1 invalid input or failed write (one message on stderr), 2 usage error.
 */
import { messageSafe } from '../report/markdown.js';
import { InputError, WriteError, messageOf } from '../vocabulary/index.js';
import type { Command, CommandIO } from './command.js';
import { UsageError, closest } from './command.js';

/**
 * Each command's module, and all it needs (the ledger, CSV, Ajv, the log scanner, Octokit),
 * is loaded only when that command is run or asked for its help: a run pays for its own
 * command alone, and `ci-ledger --help` or a mistyped name for none.
 */
const commands: { name: string; summary: string; load: () => Promise<Command> }[] = [
  {
    name: 'record-timing',
    summary: 'time a phase run (or read its log) and append its row to build_timings.csv',
    load: async () => (await import('./commands/record-timing.js')).recordTimingCommand,
  },
  {
    name: 'batch-metrics',
    summary: 'aggregate per-platform result artifacts into a batch record and failure records',
    load: async () => (await import('./commands/batch-metrics.js')).batchMetricsCommand,
  },
  {
    name: 'summary',
    summary: 'print the job-summary markdown of a batch (what batch-summary writes)',
    load: async () => (await import('./commands/summary.js')).summaryCommand,
  },
  {
    name: 'report',
    summary: 'print cross-run reports: batches (default) or build timings',
    load: async () => (await import('./commands/report.js')).reportCommand,
  },
  {
    name: 'dashboard',
    summary: 'build the operator dashboard: a static site of the batch history and build timings',
    load: async () => (await import('./commands/dashboard.js')).dashboardCommand,
  },
  {
    name: 'migrate-csv',
    summary: 'rewrite an old-header build_timings.csv to the 12-column header',
    load: async () => (await import('./commands/migrate-csv.js')).migrateCsvCommand,
  },
  {
    name: 'export',
    summary:
      "send a branch's records to a Prometheus-compatible engine (remote write, OpenMetrics)",
    load: async () => (await import('./commands/export.js')).exportCommand,
  },
  {
    name: 'shard',
    summary: 're-lay a batch history into monthly shards beside its files, in one commit',
    load: async () => (await import('./commands/shard.js')).shardCommand,
  },
  {
    name: 'flush',
    summary: 're-submit records that an earlier run could not write (the spool)',
    load: async () => (await import('./commands/flush.js')).flushCommand,
  },
];

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: ci-ledger <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "ci-ledger <command> --help" for a command\'s options.',
  ].join('\n');
}

export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    io.stdout(io.version);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    const near = closest(
      name,
      commands.map((c) => c.name),
    );
    io.stderr(
      `ci-ledger: unknown command ${JSON.stringify(name)}${near ? `; did you mean "${near}"?` : ''}\n\n${usage()}`,
    );
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `ci-ledger ${name}: ${messageSafe(error.message)}\nRun "ci-ledger ${name} --help" for usage.`,
      );
      return 2;
    }
    const known = error instanceof InputError || error instanceof WriteError;
    io.stderr(`ci-ledger ${name}: ${messageSafe(known ? error.message : messageOf(error))}`);
    if (!known && process.env.CI_LEDGER_DEBUG && error instanceof Error)
      io.stderr(String(error.stack));
    return 1;
  }
}

/**
 * `ci-ledger`: the suite's jobs from a shell or Makefile. Each command is a module with its
 * own options and help; this file only dispatches and maps failures to exit codes:
 * 0 success, 1 invalid input or failed write (one message on stderr), 2 usage error.
 */
import { InputError, WriteError, messageOf } from '../ledger/index.js';
import type { Command, CommandIO } from './command.js';
import { UsageError } from './command.js';
import { batchMetricsCommand } from './commands/batch-metrics.js';
import { flushCommand } from './commands/flush.js';
import { migrateCsvCommand } from './commands/migrate-csv.js';
import { recordTimingCommand } from './commands/record-timing.js';
import { reportCommand } from './commands/report.js';
import { summaryCommand } from './commands/summary.js';

const commands: Command[] = [
  recordTimingCommand,
  batchMetricsCommand,
  summaryCommand,
  reportCommand,
  migrateCsvCommand,
  flushCommand,
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
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`ci-ledger: unknown command ${JSON.stringify(name)}\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`ci-ledger ${name}: ${error.message}\nRun "ci-ledger ${name} --help" for usage.`);
      return 2;
    }
    const known = error instanceof InputError || error instanceof WriteError;
    io.stderr(`ci-ledger ${name}: ${known ? error.message : messageOf(error)}`);
    if (!known && process.env.CI_LEDGER_DEBUG && error instanceof Error)
      io.stderr(String(error.stack));
    return 1;
  }
}

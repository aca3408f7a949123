import type { Command } from '../command.js';

/** A command the design names but this version does not implement yet: say so plainly. */
export function notYetCommand(name: string, summary: string): Command {
  return {
    name,
    summary: `${summary} (not available yet)`,
    help: `ci-ledger ${name}: ${summary}.\nThis command is not available yet in this version of ci-ledger.`,
    async run(_args, io) {
      io.stderr(
        `ci-ledger ${name}: not available yet in this version of ci-ledger; nothing was done.`,
      );
      return 1;
    },
  };
}

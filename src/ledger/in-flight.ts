/**
 * Nothing lost on cancel. An append is spooled BEFORE its first attempt (write-ahead) and the
 * spool file is removed only once the records landed (or the input was refused: bad input is
 * never re-submitted). So whatever ends the process — a step timeout, a cancelled run, Ctrl-C,
 * even SIGKILL — the records are in a spool file that `ci-ledger flush` re-submits, and
 * re-submitting is safe because appends are idempotent by key.
 *
 * SIGTERM and SIGINT get one more thing: the records are printed to stderr as a
 * `ci-ledger-spool: {…}` line before the process exits (143 / 130), so that they survive in a
 * job log even when the runner and its workspace do not (`ci-ledger flush --from LOG`).
 */
import { existsSync, renameSync, rmSync, rmdirSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { spoolEntry, type SpoolEntry } from './spool.js';
import type { AppendRequest } from './types.js';

/** The prefix of the one line that carries a spool entry in a log. */
export const SPOOL_LINE_PREFIX = 'ci-ledger-spool: ';

export function spoolLine(entry: SpoolEntry): string {
  return `${SPOOL_LINE_PREFIX}${JSON.stringify(entry)}`;
}

export interface InFlight {
  file: string;
  entry: SpoolEntry;
  /** The records landed or were refused as bad input: the spool file goes. */
  settle(): void;
  /** The records could not be written: the spool file stays, saying why. */
  keep(reason: string): void;
}

const inFlight = new Set<InFlight>();
let handlersInstalled = false;

export async function beginInFlight(
  dir: string,
  request: AppendRequest,
  target: string,
): Promise<InFlight> {
  installSignalHandlers();
  // Folders this call creates are removed again when nothing is left in them.
  const created = [dir, dirname(dir)].filter((folder) => !existsSync(folder));
  const reason = 'in flight: saved before the first attempt; removed once the records land';
  const { file, entry } = await spoolEntry(dir, request, target, reason);
  const flight: InFlight = {
    file,
    entry,
    settle() {
      inFlight.delete(flight);
      rmSync(file, { force: true });
      // Leave no empty .ci-ledger/spool behind a run that lost nothing.
      for (const folder of created) {
        try {
          rmdirSync(folder);
        } catch {
          break; // not empty (or not ours to remove)
        }
      }
    },
    keep(why) {
      inFlight.delete(flight);
      entry.reason = why;
      const temp = `${file}.tmp`;
      writeFileSync(temp, JSON.stringify(entry, null, 2) + '\n');
      renameSync(temp, file);
    },
  };
  inFlight.add(flight);
  return flight;
}

const SIGNALS = { SIGINT: 2, SIGTERM: 15 } as const;

/** Synchronous on purpose: after a signal nothing asynchronous is certain to run. */
function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      for (const flight of inFlight) {
        const count = flight.entry.request.files.reduce((n, f) => n + f.records.length, 0);
        writeSync(
          2,
          `ci-ledger: ${signal} during an append: ${count} record(s) kept in ${flight.file}; ` +
            `re-submit them with: ci-ledger flush (or: ci-ledger flush --from <this log>)\n` +
            `${spoolLine({ ...flight.entry, reason: `interrupted by ${signal}` })}\n`,
        );
      }
      process.exit(128 + number);
    });
  }
}

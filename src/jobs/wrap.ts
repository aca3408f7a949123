/**
 * Wrap mode: start the phase command ourselves, stream its output live to the console and
 * to the log file, and measure start, end and the real exit status. The command runs in its own
 * process group, and a SIGINT, SIGTERM or SIGHUP sent to ci-ledger (Ctrl-C in a Makefile run, a
 * cancelled workflow, `kill`) is forwarded to that group once: the command handles it, and we
 * stay alive to record its outcome — a command killed by a signal is recorded as a shell
 * reports it, 128 + the signal's number (SIGTERM 143, SIGSEGV 139).
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { constants } from 'node:os';
import { dirname } from 'node:path';
import { once } from 'node:events';

export interface WrappedRun {
  start: Date;
  end: Date;
  exitCode: number;
}

export interface CommandLine {
  file: string;
  args: string[];
}

/** `run: make x` is a shell command line, like a workflow step's `run`. */
export function shellCommand(line: string): CommandLine {
  return { file: 'bash', args: ['-o', 'pipefail', '-c', line] };
}

/** <phase>-<env>-<build_id>-<YYYYMMDDTHHMMSSZ>.log: the seed's naming, by construction. */
export function wrappedLogName(phase: string, env: string, buildId: string, start: Date): string {
  const stamp = start
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${phase}-${env}-${buildId}-${stamp}.log`;
}

/** How a shell reports a process a signal ended: 128 + the signal's number. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 9);
}

const FORWARDED: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export async function runAndLog(
  command: CommandLine,
  logFile: string,
  cwd: string,
): Promise<WrappedRun> {
  await mkdir(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const start = new Date();
  let exitCode: number;
  // Its own process group (not on Windows, which has none): a signal meant for the run reaches
  // the command and its children once, from us, instead of once from the terminal and once more
  // from us (a second Ctrl-C makes Terraform abandon its state lock).
  const ownGroup = process.platform !== 'win32';
  const child = spawn(command.file, command.args, {
    cwd,
    // The action's own inputs (INPUT_TOKEN among them) are not the command's business: a
    // phase that prints its environment must not put the token into a log file.
    env: Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_')),
    ),
    // No terminal input: a process group in the background that reads the terminal is stopped.
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: ownGroup,
  });
  const forward = (signal: NodeJS.Signals) => {
    try {
      if (ownGroup && child.pid !== undefined) process.kill(-child.pid, signal);
      else child.kill(signal);
    } catch {
      // Already gone: its exit is on its way.
    }
  };
  for (const s of FORWARDED) process.on(s, forward);
  const tee = (data: Buffer, to: NodeJS.WriteStream) => {
    to.write(data);
    log.write(data);
  };
  child.stdout.on('data', (d: Buffer) => tee(d, process.stdout));
  child.stderr.on('data', (d: Buffer) => tee(d, process.stderr));
  try {
    const [code, signal] = (await Promise.race([
      once(child, 'close'),
      once(child, 'error').then(([error]) => {
        throw error;
      }),
    ])) as [number | null, NodeJS.Signals | null];
    exitCode = code ?? signalExitCode(signal ?? 'SIGKILL');
  } catch (error) {
    // The command could not be started at all (not found, not executable): say so in the log too.
    log.write(`ci-ledger: could not start ${command.file}: ${(error as Error).message}\n`);
    exitCode = 127;
  } finally {
    for (const s of FORWARDED) process.off(s, forward);
  }
  const end = new Date();
  log.end();
  await once(log, 'close');
  return { start, end, exitCode };
}

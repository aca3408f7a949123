/**
 * Wrap mode: start the phase command ourselves, stream its output live to the console and
 * to the log file, and measure start, end and the real exit status. Interrupts (Ctrl-C in a
 * Makefile run) reach the command itself; we stay alive to record its outcome.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
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

export async function runAndLog(
  command: CommandLine,
  logFile: string,
  cwd: string,
): Promise<WrappedRun> {
  // Loaded here, in wrap mode only (and before the clock starts): reading a log needs no exec.
  const exec = await import('@actions/exec');
  await mkdir(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  // The signal goes to the whole process group; the command handles it, we note it.
  let signal: NodeJS.Signals | undefined;
  const ignore = (received: NodeJS.Signals) => (signal = received);
  process.on('SIGINT', ignore);
  process.on('SIGTERM', ignore);
  const start = new Date();
  let exitCode: number;
  try {
    const code: number | null = await exec.exec(command.file, command.args, {
      cwd,
      // The action's own inputs (INPUT_TOKEN among them) are not the command's business: a
      // phase that prints its environment must not put the token into a log file.
      env: Object.fromEntries(
        Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_')),
      ) as Record<string, string>,
      ignoreReturnCode: true,
      listeners: { stdout: (data) => log.write(data), stderr: (data) => log.write(data) },
    });
    // null: killed by a signal; report it the way a shell would (128 + signal number).
    exitCode = code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 137);
  } catch (error) {
    // The command could not be started at all (not found, not executable): say so in the log too.
    log.write(`ci-ledger: could not start ${command.file}: ${(error as Error).message}\n`);
    exitCode = 127;
  } finally {
    process.off('SIGINT', ignore);
    process.off('SIGTERM', ignore);
  }
  const end = new Date();
  log.end();
  await once(log, 'close');
  return { start, end, exitCode };
}

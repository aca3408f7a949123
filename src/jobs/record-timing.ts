/**
 * The record-timing job, shared by the action and the CLI: get one phase run (wrap the command,
 * an explicit log, or the newest matching log), turn it into one row, append it, and return
 * what the summary and outputs need. Every input is checked before a command runs or
 * anything is written.
 */
import { access, constants, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { appendRecords } from '../ledger/append.js';
import type { LedgerBackend } from '../ledger/types.js';
import { isRegression, phaseStats, readTimingHistory, runsOf } from '../timing/history.js';
import { DEFAULT_LOG_DIR, discoverLog, pathFromRoot } from '../timing/log-discovery.js';
import { scanLogFile, type LogFacts } from '../timing/log-scan.js';
import type { RecordedTiming } from '../timing/recorded.js';
import {
  DEFAULT_ENV_DIR_MAP,
  DEFAULT_TIMINGS_BRANCH,
  TIMING_COLUMNS,
  TIMING_KEY,
  parseEnvDirMap,
  parseExitCode,
  parseUtcTime,
  timingRow,
  timingsPath,
  TIME_SOURCES,
} from '../timing/row.js';
import {
  InputError,
  assertSafeBranch,
  assertSafeName,
  assertSafeRelativePath,
} from '../vocabulary/index.js';
import { appendOptionsOf, withStore, type JobContext } from './context.js';
import { runAndLog, wrappedLogName, type CommandLine } from './wrap.js';

export interface RecordTimingOptions {
  env: string;
  buildId: string;
  phase: string;
  /** Wrap mode: run this and time it. */
  command?: CommandLine;
  logPath?: string;
  logDir?: string;
  flags?: string;
  exitCode?: string;
  startTime?: string;
  endTime?: string;
  envDir?: string;
  envDirMap?: string;
  branch?: string;
  path?: string;
  /** Repository root: log_path is recorded relative to it (default: the git top level of the context's folder). */
  root?: string;
}

interface Checked {
  envDir: string;
  file: string;
  branch: string;
  exitCode?: number;
  start?: Date;
  end?: Date;
}

/** Everything that can be wrong with the inputs, found before anything runs. */
function check(options: RecordTimingOptions): Checked {
  assertSafeName('env', options.env);
  assertSafeName('phase', options.phase);
  assertSafeName('build id', options.buildId);
  const envDir =
    options.envDir ||
    parseEnvDirMap(options.envDirMap ?? DEFAULT_ENV_DIR_MAP).get(options.env) ||
    options.env;
  assertSafeName('env-dir', envDir);
  const file = options.path || timingsPath(envDir);
  assertSafeRelativePath(file);
  if (options.branch) assertSafeBranch(options.branch);
  const modes = [options.command && 'a command to run', options.logPath && 'log-path'].filter(
    Boolean,
  );
  if (modes.length > 1) throw new InputError(`Give either ${modes.join(' or ')}, not both`);
  const exitCode = options.exitCode ? parseExitCode(options.exitCode) : undefined;
  if (!options.command && exitCode === undefined) {
    throw new InputError(
      'exit-code is required when recording from a log: a log cannot tell whether the phase succeeded. ' +
        "Pass the phase command's status (e.g. --exit-code $$? in a Makefile), or wrap the command instead.",
    );
  }
  const start = options.startTime ? parseUtcTime('start-time', options.startTime) : undefined;
  const end = options.endTime ? parseUtcTime('end-time', options.endTime) : undefined;
  if (start && end && end < start)
    throw new InputError(`end-time ${options.endTime} is before start-time ${options.startTime}`);
  return { envDir, file, branch: options.branch || DEFAULT_TIMINGS_BRANCH, exitCode, start, end };
}

export async function recordTiming(
  options: RecordTimingOptions,
  context: JobContext,
): Promise<RecordedTiming> {
  const checked = check(options);
  const root = options.root ?? (await repositoryRoot(context.cwd));
  return withStore(context, (backend) => record(options, checked, root, backend, context));
}

async function record(
  options: RecordTimingOptions,
  checked: Checked,
  root: string,
  backend: LedgerBackend,
  context: JobContext,
): Promise<RecordedTiming> {
  const cwd = context.cwd;
  const logDir = resolve(cwd, options.logDir || DEFAULT_LOG_DIR);
  let logFile: string;
  let measured: { start: Date; end: Date } | undefined;
  let exitCode = checked.exitCode;
  let logChoice: RecordedTiming['logChoice'];

  if (options.command) {
    const startedAt = new Date();
    logFile = join(logDir, wrappedLogName(options.phase, options.env, options.buildId, startedAt));
    const run = await runAndLog(options.command, logFile, cwd);
    measured = { start: startedAt, end: run.end };
    exitCode ??= run.exitCode;
  } else if (options.logPath) {
    logFile = isAbsolute(options.logPath) ? options.logPath : resolve(cwd, options.logPath);
    await assertReadable(logFile);
  } else {
    const found = await discoverLog(logDir, options.phase, options.buildId);
    logFile = found.path;
    logChoice = { pattern: found.pattern, candidates: found.candidates };
  }

  const facts = await scanLog(logFile);
  const fileTimes = measured || (checked.start && checked.end) ? undefined : await stat(logFile);
  const pick = (
    given: Date | undefined,
    wrapped: Date | undefined,
    fromLog: string | undefined,
    fromFile: () => Date,
  ) =>
    given
      ? { at: given, source: 'input' as const }
      : wrapped
        ? { at: wrapped, source: 'measured' as const }
        : fromLog
          ? { at: new Date(fromLog), source: 'log' as const }
          : { at: fromFile(), source: 'file' as const };
  const start = pick(checked.start, measured?.start, facts.firstTimestamp, () =>
    birthOrModified(fileTimes!),
  );
  const end = pick(checked.end, measured?.end, facts.lastTimestamp, () => fileTimes!.mtime);

  if (end.at < start.at) {
    throw new InputError(
      `The end time ${end.at.toISOString()} (${TIME_SOURCES[end.source]}) is before the start time ` +
        `${start.at.toISOString()} (${TIME_SOURCES[start.source]}) for the log ${logFile}`,
    );
  }
  const row = timingRow({
    env: options.env,
    buildId: options.buildId,
    phase: options.phase,
    start: start.at,
    end: end.at,
    exitCode: exitCode!,
    flags: options.flags ?? '',
    resources: facts.resources,
    logPath: pathFromRoot(logFile, root),
  });

  const append = await appendRecords(
    backend,
    {
      branch: checked.branch,
      message: `record-timing: ${options.phase} ${options.env} ${options.buildId} ${row.start_time_utc}`,
      files: [
        {
          format: 'csv',
          path: checked.file,
          columns: [...TIMING_COLUMNS],
          key: TIMING_KEY,
          records: [row],
        },
      ],
    },
    appendOptionsOf(context),
  );

  const content = append.contents.get(checked.file) ?? '';
  const history = readTimingHistory(content, checked.file);
  const stats = phaseStats(runsOf(history.rows, options.env, options.phase), row);
  return {
    row,
    file: checked.file,
    logFile,
    timeSources: { start: start.source, end: end.source },
    logChoice,
    exitCode: exitCode!,
    append,
    stats,
    regression: isRegression(Number(row.duration_seconds), stats),
  };
}

async function assertReadable(file: string): Promise<void> {
  try {
    await access(file, constants.R_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `The log ${file} does not exist`
        : `The log ${file} cannot be read (${code})`,
    );
  }
  if (!(await stat(file)).isFile()) throw new InputError(`The log ${file} is not a file`);
}

async function scanLog(file: string): Promise<LogFacts> {
  try {
    return await scanLogFile(file);
  } catch (error) {
    throw new InputError(`The log ${file} cannot be read: ${(error as Error).message}`);
  }
}

function birthOrModified(info: { birthtime: Date; mtime: Date }): Date {
  return info.birthtime.getTime() > 0 && info.birthtime <= info.mtime ? info.birthtime : info.mtime;
}

/** The repository's top folder, which log paths are recorded relative to; else the folder itself. */
async function repositoryRoot(cwd: string): Promise<string> {
  const { git } = await import('../ledger/backends/git.js');
  return git(['rev-parse', '--show-toplevel'], { cwd }).then(
    (out) => out.trim(),
    () => cwd,
  );
}

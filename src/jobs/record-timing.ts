/**
 * The record-timing job, shared by the action and the CLI: get one phase run (wrap the command,
 * an explicit log, or the newest matching log), turn it into one row, append it, and return
 * what the summary and outputs need. Every input is checked before a command runs or
 * anything is written.
 */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { appendRecords } from '../ledger/append.js';
import { filesRead, shardRequest } from '../ledger/shard.js';
import type { LedgerBackend } from '../ledger/types.js';
import { readTimingHistory } from '../timing/history.js';
import {
  DEFAULT_LOG_DIR,
  discoverLog,
  explicitLog,
  pathFromRoot,
} from '../timing/log-discovery.js';
import { scanLogFile, type LogFacts } from '../timing/log-scan.js';
import { readLogTail } from '../timing/log-tail.js';
import type { RecordedTiming } from '../timing/recorded.js';
import {
  DEFAULT_ENV_DIR_MAP,
  DEFAULT_TIMINGS_BRANCH,
  TIMING_COLUMNS,
  TIMING_KEY,
  parseEnvDirMap,
  timingRow,
  timingsPath,
  TIME_SOURCES,
  type TimingRow,
} from '../timing/row.js';
import { runVerdict } from '../timing/changes.js';
import { runKey, runsBefore, runsOf, succeeded } from '../timing/stats.js';
import {
  InputError,
  assertSafeBranch,
  assertSafeName,
  assertSafeRelativePath,
  parseExitStatus,
  parseUtcTime,
} from '../vocabulary/index.js';
import { runInsight, type RunInsight } from '../objectives/insight.js';
import type { Objectives } from '../objectives/spec.js';
import { appendOptionsOf, withStore, type JobContext } from './context.js';
import { readObjectives } from './objectives-file.js';
import { parseShardLayout, type ShardLayout } from '../vocabulary/shards.js';
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
  /** The objectives file (default: .github/ci-ledger.yml under the root, if there). */
  objectives?: string;
  /** none (default): the configured CSV; monthly: the shard of the run's month beside it. */
  shard?: string;
}

/** The run as recorded, with its phase's objectives after it and its cost. */
export type RecordedTimingWithInsight = RecordedTiming & { insight: RunInsight };

interface Checked {
  envDir: string;
  file: string;
  layout: ShardLayout;
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
  const layout = parseShardLayout(options.shard, 'shard');
  const modes = [options.command && 'a command to run', options.logPath && 'log-path'].filter(
    Boolean,
  );
  if (modes.length > 1) throw new InputError(`Give either ${modes.join(' or ')}, not both`);
  const exitCode = options.exitCode
    ? parseExitStatus('exit-code', options.exitCode.trim())
    : undefined;
  const start = options.startTime ? parseUtcTime('start-time', options.startTime) : undefined;
  const end = options.endTime ? parseUtcTime('end-time', options.endTime) : undefined;
  if (start && end && end < start)
    throw new InputError(`end-time ${options.endTime} is before start-time ${options.startTime}`);
  return {
    envDir,
    file,
    layout,
    branch: options.branch || DEFAULT_TIMINGS_BRANCH,
    exitCode,
    start,
    end,
  };
}

/** An existing log to record (not wrap mode), found before anything else is asked of the run. */
interface ExistingLog {
  file: string;
  logChoice?: RecordedTiming['logChoice'];
}

export async function recordTiming(
  options: RecordTimingOptions,
  context: JobContext,
): Promise<RecordedTimingWithInsight> {
  const checked = check(options);
  const logDir = resolve(context.cwd, options.logDir || DEFAULT_LOG_DIR);
  const existing = options.command ? undefined : await existingLog(options, logDir, context.cwd);
  if (existing && checked.exitCode === undefined) {
    throw new InputError(
      `exit-code is required when recording from a log (${existing.file}): a log cannot tell whether the phase succeeded. ` +
        "Pass the phase command's status (e.g. --exit-code $$? in a Makefile), or wrap the command instead.",
    );
  }
  const root = options.root ?? (await repositoryRoot(context.cwd));
  // A bad objectives file is refused before the command runs or anything is written.
  const objectives = await readObjectives(options.objectives, root);
  return withStore(context, (backend) =>
    record(options, checked, { logDir, existing }, root, backend, context, objectives),
  );
}

async function existingLog(
  options: RecordTimingOptions,
  logDir: string,
  cwd: string,
): Promise<ExistingLog> {
  if (options.logPath) {
    const where = { logDir, phase: options.phase, buildId: options.buildId };
    return { file: await explicitLog(options.logPath, cwd, where) };
  }
  const found = await discoverLog(logDir, options.phase, options.buildId);
  return { file: found.path, logChoice: { pattern: found.pattern, candidates: found.candidates } };
}

async function record(
  options: RecordTimingOptions,
  checked: Checked,
  logs: { logDir: string; existing?: ExistingLog },
  root: string,
  backend: LedgerBackend,
  context: JobContext,
  objectives: Objectives,
): Promise<RecordedTimingWithInsight> {
  const cwd = context.cwd;
  let logFile: string;
  let measured: { start: Date; end: Date } | undefined;
  let exitCode = checked.exitCode;
  const logChoice = logs.existing?.logChoice;

  if (options.command) {
    const startedAt = new Date();
    logFile = join(
      logs.logDir,
      wrappedLogName(options.phase, options.env, options.buildId, startedAt),
    );
    const run = await runAndLog(options.command, logFile, cwd);
    measured = { start: startedAt, end: run.end };
    exitCode ??= run.exitCode;
  } else {
    logFile = logs.existing!.file;
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
          ? {
              at: parseUtcTime(`the log ${logFile}: the timestamp`, fromLog),
              source: 'log' as const,
            }
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

  // Under --shard monthly the row goes to the shard of its start's month beside the configured
  // file (build_timings-2026-11.csv), its key checked there, in the month before and in the file.
  const request = shardRequest(
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
    checked.layout,
  );
  const target = request.files[0]!;
  const append = await appendRecords(backend, request, appendOptionsOf(context));

  // Everything below describes the run as the branch holds it: for a run recorded before, the
  // row recorded then (which the `row` output and the summary show), not the one computed now.
  // The phase's history is what the append read: the file written and the ones beside it (with
  // shards: this month's, the month before and the configured file).
  const rows = filesRead(target).flatMap((path) => {
    const content = append.contents.get(path);
    return content ? readTimingHistory(content, path).rows : [];
  });
  const onBranch = rows.find((r) => runKey(r) === runKey(row)) ?? row;
  const phaseRuns = runsOf(rows, options.env, options.phase);
  const earlier = runsBefore(phaseRuns, onBranch);
  const upToThis = [...earlier, onBranch];
  const failed = exitCode !== 0 || !succeeded(onBranch);
  return {
    row: onBranch,
    differences: append.status === 'already-recorded' ? differencesOf(onBranch, row) : [],
    file: target.path,
    logFile,
    timeSources: { start: start.source, end: end.source },
    logChoice,
    exitCode: exitCode!,
    append,
    ...runVerdict(earlier, onBranch),
    insight: runInsight(upToThis, onBranch, objectives),
    // The tail is only a help for reading a failure: a log that cannot be read again is left out.
    logTail: failed ? await readLogTail(logFile).catch(() => undefined) : undefined,
  };
}

function differencesOf(recorded: TimingRow, now: TimingRow): RecordedTiming['differences'] {
  return TIMING_COLUMNS.filter((c) => recorded[c] !== now[c]).map((column) => ({
    column,
    recorded: recorded[column],
    now: now[column],
  }));
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

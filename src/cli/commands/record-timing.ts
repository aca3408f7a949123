import { recordTiming } from '../../jobs/record-timing.js';
import { shellCommand } from '../../jobs/wrap.js';
import { timingSummaryText } from '../../report/timing-summary.js';
import { DEFAULT_LOG_DIR } from '../../timing/log-discovery.js';
import { DEFAULT_ENV_DIR_MAP, DEFAULT_TIMINGS_BRANCH } from '../../timing/row.js';
import { UsageError, parseOptions, type Command } from '../command.js';
import { exportHelp, exportIfAsked, exportOptions } from '../export-options.js';
import { storeFromArgs, storeHelp, storeOptions } from '../store-options.js';

const options = {
  env: { type: 'string' },
  'build-id': { type: 'string' },
  phase: { type: 'string' },
  run: { type: 'string' },
  'log-path': { type: 'string' },
  'log-dir': { type: 'string' },
  flags: { type: 'string' },
  'exit-code': { type: 'string' },
  'start-time': { type: 'string' },
  'end-time': { type: 'string' },
  'env-dir': { type: 'string' },
  'env-dir-map': { type: 'string' },
  branch: { type: 'string' },
  path: { type: 'string' },
  shard: { type: 'string' },
  ...exportOptions,
  objectives: { type: 'string' },
  ...storeOptions,
} as const;

export const recordTimingCommand: Command = {
  name: 'record-timing',
  help: `Usage: ci-ledger record-timing --env E --build-id B --phase P [options] [STORE] [-- COMMAND ARGS…]

Records one phase run as one row of environments/<env-dir>/latest/build_timings.csv.
Three ways to get the run:
  -- COMMAND ARGS…      wrap: run the command, stream its output to the console and to
  --run 'SHELL LINE'      <log-dir>/<phase>-<env>-<build_id>-<YYYYMMDDTHHMMSSZ>.log, time it,
                          record its exit status, then exit with that status
  --log-path FILE       an existing log (then --exit-code is required)
  (neither)             the newest *<phase>*<build_id>*.log under --log-dir

Options:
  --flags TEXT          free text for the flags column (e.g. "BOOTSTRAP_VERSION=v4")
  --exit-code N         the phase's exit status (required when reading a log)
  --start-time T        ISO 8601 with zone; wins over the log's first timestamp
  --end-time T          ISO 8601 with zone; wins over the log's last timestamp
  --log-dir DIR         where logs are written or found (default ${DEFAULT_LOG_DIR})
  --env-dir D           registry folder for the env (default from --env-dir-map)
  --env-dir-map MAP     env=dir pairs, comma-separated (default ${DEFAULT_ENV_DIR_MAP})
  --branch B            default ${DEFAULT_TIMINGS_BRANCH}
  --path P              the CSV's path on the branch (overrides --env-dir)
  --shard none|monthly  none (default): append to that CSV; monthly: to the shard of the run's
                        month beside it (build_timings-2026-11.csv), the run's key checked there,
                        in the month before and in the CSV itself (readers read them all)
  --objectives FILE     objectives and prices (default .github/ci-ledger.yml in the repository
                        when there, else the defaults): the phase's error budgets after this run
                        and what the run cost are printed after it
${exportHelp}

${storeHelp}

Example (Makefile):
  _bootstrap-persistent-recorded:
  \tci-ledger record-timing --env $(ENV) --build-id persistent --phase bootstrap-persistent \\
  \t  --flags "BOOTSTRAP_VERSION=$(BOOTSTRAP_VERSION)" -- $(MAKE) _bootstrap-persistent`,
  async run(args, io) {
    const split = args.indexOf('--');
    const own = split === -1 ? args : args.slice(0, split);
    const wrapped = split === -1 ? [] : args.slice(split + 1);
    const { values } = parseOptions(own, options);
    for (const name of ['env', 'build-id', 'phase'] as const) {
      if (!values[name]) throw new UsageError(`--${name} is required`);
    }
    if (split !== -1 && wrapped.length === 0) throw new UsageError('nothing to run after "--"');
    if (wrapped.length > 0 && values.run)
      throw new UsageError('give the command after "--" or with --run, not both');
    const command =
      wrapped.length > 0
        ? { file: wrapped[0]!, args: wrapped.slice(1) }
        : values.run
          ? shellCommand(values.run)
          : undefined;

    const context = { store: storeFromArgs(values), log: io.stderr, env: io.env, cwd: io.cwd };
    const recorded = await recordTiming(
      {
        env: values.env!,
        buildId: values['build-id']!,
        phase: values.phase!,
        command,
        logPath: values['log-path'],
        logDir: values['log-dir'],
        flags: values.flags,
        exitCode: values['exit-code'],
        startTime: values['start-time'],
        endTime: values['end-time'],
        envDir: values['env-dir'],
        envDirMap: values['env-dir-map'],
        branch: values.branch,
        path: values.path,
        shard: values.shard,
        objectives: values.objectives,
      },
      context,
    );
    io.stdout(timingSummaryText(recorded, recorded.insight));
    await exportIfAsked(
      values,
      { timingRows: [recorded.row] },
      { subject: 'timings', branch: values.branch, time: recorded.row.start_time_utc },
      context,
      io,
      'record-timing',
    );
    // A wrapped command's own failure is passed through, after its run was recorded.
    return command ? recorded.exitCode : 0;
  },
};

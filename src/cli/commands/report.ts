import { DEFAULT_FAILURES_DIR, DEFAULT_METRICS_PATH } from '../../batch/paths.js';
import { TAIL_MARGIN } from '../../history/load.js';
import { reportBatches, reportTimings } from '../../jobs/report.js';
import { historyJson, historyMarkdown, historyText } from '../../report/history-report.js';
import {
  batchCostMarkdown,
  batchObjectivesMarkdown,
  batchObjectivesText,
  timingsObjectivesMarkdown,
  timingsObjectivesText,
} from '../../report/objectives.js';
import { timingsMarkdown, timingsText } from '../../report/timings-report.js';
import { DEFAULT_TIMINGS_BRANCH } from '../../timing/row.js';
import { UsageError, parseOptions, type Command } from '../command.js';
import { storeFromArgs, storeHelp, storeOptions } from '../store-options.js';

const options = {
  last: { type: 'string' },
  ecosystem: { type: 'string' },
  platform: { type: 'string' },
  format: { type: 'string' },
  branch: { type: 'string' },
  'metrics-path': { type: 'string' },
  'failures-dir': { type: 'string' },
  'macos-budget': { type: 'string' },
  'week-start': { type: 'string' },
  'skip-threshold': { type: 'string' },
  'read-all': { type: 'boolean' },
  env: { type: 'string' },
  phase: { type: 'string' },
  objectives: { type: 'string' },
  ...storeOptions,
} as const;

/** Options that only one kind of report reads: given to the other, they would be silently ignored. */
const ONLY_FOR = {
  timings: ['env', 'phase'],
  batches: [
    'ecosystem',
    'platform',
    'metrics-path',
    'failures-dir',
    'macos-budget',
    'week-start',
    'skip-threshold',
    'read-all',
  ],
} as const;

export const reportCommand: Command = {
  name: 'report',
  help: `Usage: ci-ledger report [--last N] [--ecosystem E] [--platform P]
                        [--format text|markdown|json] [--branch B] [--read-all] [STORE]
       ci-ledger report timings [--last N] [--env E] [--phase P]
                        [--format text|markdown|json] [--branch B] [STORE]

Batches (default): pass rates per platform over the last N batches (default 10; 0 = all) with
the change against the N before, top failure categories per platform, the macOS budget of the
latest batch's week, the ecosystem × platform failure matrix, and insights (weakest platform,
changes in a platform's pass rate found by change-point detection over the window and the N
batches before it — a fall is an alert —, the failure category that would unlock most recipes
per platform, cells worth skipping).
Reads the metrics file and its batch-runs-*.jsonl siblings, and every file under the failures
folder, in the formats real pipelines write. For the last N batches, JSON Lines files are read
from their end and left once ${TAIL_MARGIN} records in a row are older than the report needs
(the window and the N before it, the latest batch's week, the latest batch with results).

timings: every environments/*/latest/build_timings.csv on the branch, each run counted once
(key: env, build_id, phase, start_time_utc, across all files). Per env and phase over the last
N runs (default: all): runs, success rate, the median and p95 of the successful runs, the last
run, and the changes in duration that change-point detection finds over the phase's successful
runs (each with its time, the means before and after and the change; a slower level is a
regression). Phases with fewer than 8 successful runs are judged run by run instead: a successful
run over 1.5× the median of the successful runs before it is a regression. Failed runs are never
judged.
  --env E               only runs of this env (the env column, e.g. dev — not the folder name)
  --phase P             only runs of this phase

Both end with the objectives (error budget left, burn rates over a long and a short window,
met / at risk / exhausted) and the cost, priced at report time, from the objectives file.
  --objectives FILE     default .github/ci-ledger.yml when there, else the defaults (README)

Options:
  --metrics-path P      default ${DEFAULT_METRICS_PATH}
  --failures-dir D      default ${DEFAULT_FAILURES_DIR}
  --macos-budget MIN    weekly macOS runner minutes (default 1000)
  --week-start DAY      default monday (UTC)
  --skip-threshold R    failure rate above which a cell is worth skipping (default 0.8)
  --branch B            default: the repository's default branch (timings: ${DEFAULT_TIMINGS_BRANCH})
  --read-all            read every record, for histories appended far out of time order

${storeHelp}`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, options, true);
    const subject = positionals[0] ?? 'batches';
    if (positionals.length > 1 || !['batches', 'timings'].includes(subject)) {
      throw new UsageError(
        `unknown report ${JSON.stringify(positionals.join(' '))}: use "timings" or nothing`,
      );
    }
    const format = values.format ?? 'text';
    if (!['text', 'markdown', 'json'].includes(format))
      throw new UsageError(`--format must be text, markdown or json`);
    const other = subject === 'timings' ? 'batches' : 'timings';
    const misplaced = ONLY_FOR[other].filter((name) => values[name] !== undefined);
    if (misplaced.length > 0) {
      throw new UsageError(
        `${misplaced.map((n) => `--${n}`).join(', ')} ${misplaced.length > 1 ? 'apply' : 'applies'} to ` +
          `\`ci-ledger report${other === 'timings' ? ' timings' : ''}\`, not to \`ci-ledger report${subject === 'timings' ? ' timings' : ''}\``,
      );
    }
    const context = { store: storeFromArgs(values), log: io.stderr, env: io.env, cwd: io.cwd };
    if (subject === 'timings') {
      const { report, source, insight } = await reportTimings(
        {
          last: values.last,
          env: values.env,
          phase: values.phase,
          branch: values.branch,
          objectives: values.objectives,
        },
        context,
      );
      io.stdout(
        format === 'json'
          ? JSON.stringify({ source, ...report, objectives: insight }, null, 2)
          : format === 'markdown'
            ? `${timingsMarkdown(report, source)}\n${timingsObjectivesMarkdown(insight)}\n`
            : `${timingsText(report, source)}\n\n${timingsObjectivesText(insight)}`,
      );
      return 0;
    }
    const { loaded, skipThreshold, insight } = await reportBatches(
      {
        last: values.last,
        ecosystem: values.ecosystem,
        platform: values.platform,
        macosBudget: values['macos-budget'],
        weekStart: values['week-start'],
        skipThreshold: values['skip-threshold'],
        metricsPath: values['metrics-path'],
        failuresDir: values['failures-dir'],
        branch: values.branch,
        readAll: values['read-all'],
        objectives: values.objectives,
      },
      context,
    );
    io.stdout(
      format === 'json'
        ? historyJson(loaded, insight)
        : format === 'markdown'
          ? `${historyMarkdown(loaded, skipThreshold)}\n${[batchObjectivesMarkdown(insight), batchCostMarkdown(insight)].filter(Boolean).join('\n\n')}\n`
          : `${historyText(loaded, skipThreshold)}\n\n${batchObjectivesText(insight)}`,
    );
    return 0;
  },
};

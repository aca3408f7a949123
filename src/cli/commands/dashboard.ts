import { buildDashboard, writeSiteFolder } from '../../jobs/dashboard.js';
import { DEFAULT_FAILURES_DIR, DEFAULT_METRICS_PATH } from '../../batch/paths.js';
import { DEFAULT_TIMINGS_BRANCH } from '../../timing/row.js';
import { UsageError, parseOptions, type Command } from '../command.js';
import { storeFromArgs, storeHelp, storeOptions } from '../store-options.js';

const options = {
  out: { type: 'string' },
  title: { type: 'string' },
  latest: { type: 'string' },
  'history-branch': { type: 'string' },
  'timings-branch': { type: 'string' },
  'metrics-path': { type: 'string' },
  'failures-dir': { type: 'string' },
  'macos-budget': { type: 'string' },
  'week-start': { type: 'string' },
  'platform-map': { type: 'string' },
  ...storeOptions,
} as const;

export const dashboardCommand: Command = {
  name: 'dashboard',
  help: `Usage: ci-ledger dashboard --out DIR [--title T] [--latest N] [--history-branch B]
                           [--timings-branch B] [STORE]

Builds the operator dashboard, a static site (index.html, data.js, assets/) that works from
file:// and GitHub Pages with no network: pass rate per platform over time, failure categories
per platform over time, the ecosystem × platform failure matrix, macOS minutes per week against
the budget, the latest batches with their failing recipes, what changed between two batches,
and build timings per env and phase. Filters and the time range are kept in the URL; every
chart has its numbers as a table and its data as CSV and JSON. The history is aggregated at
build time (per day and week), with the same rules as \`summary\` and \`report\`.

Reads the batch history (--history-branch, default the repository's default branch) and every
environments/*/latest/build_timings.csv (--timings-branch, default ${DEFAULT_TIMINGS_BRANCH});
either may be missing, not both. With --data-dir both are read from that folder.

Options:
  --out DIR             the folder to write (created; an earlier dashboard in it is replaced;
                        a folder holding other files is refused)
  --title T             the page's title (default "CI ledger dashboard")
  --latest N            batches listed with their failing recipes (default 100)
  --metrics-path P      default ${DEFAULT_METRICS_PATH}
  --failures-dir D      default ${DEFAULT_FAILURES_DIR}
  --macos-budget MIN    weekly macOS runner minutes (default 1000)
  --week-start DAY      default monday (UTC)
  --platform-map MAP    fold failure environments onto platforms (as batch-metrics)

${storeHelp}`,
  async run(args, io) {
    const { values } = parseOptions(args, options);
    if (!values.out) throw new UsageError('--out DIR is required: the folder to write the site to');
    const context = { store: storeFromArgs(values), log: io.stderr, env: io.env, cwd: io.cwd };
    const site = await buildDashboard(
      {
        historyBranch: values['history-branch'],
        timingsBranch: values['timings-branch'],
        metricsPath: values['metrics-path'],
        failuresDir: values['failures-dir'],
        macosBudget: values['macos-budget'],
        weekStart: values['week-start'],
        platformMap: values['platform-map'],
        latest: values.latest,
        title: values.title,
      },
      context,
    );
    await writeSiteFolder(values.out, site.files);
    const bytes = site.files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
    const parts = [
      site.batches &&
        `${site.batches.runs} batches, ${site.batches.failures} failure records (${site.batches.where})`,
      site.timings &&
        `${site.timings.runs} build timing runs in ${site.timings.phases} env/phase series (${site.timings.where})`,
    ].filter(Boolean);
    io.stdout(
      `Wrote ${values.out}/index.html and ${site.files.length - 1} more file(s), ${(bytes / 1024).toFixed(0)} KiB: ${parts.join('; ')}.`,
    );
    return 0;
  },
};

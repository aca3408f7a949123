import { buildDashboard, writeSiteFolder } from '../../jobs/dashboard.js';
import { publishSite } from '../../jobs/publish-site.js';
import { DEFAULT_FAILURES_DIR, DEFAULT_METRICS_PATH } from '../../batch/paths.js';
import { DEFAULT_TIMINGS_BRANCH } from '../../timing/row.js';
import { UsageError, parseOptions, type Command } from '../command.js';
import { storeFromArgs, storeHelp, storeOptions } from '../store-options.js';

const options = {
  out: { type: 'string' },
  'publish-branch': { type: 'string' },
  'publish-folder': { type: 'string' },
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
  help: `Usage: ci-ledger dashboard (--out DIR | --publish-branch B [--publish-folder DIR])
                           [--title T] [--latest N] [--history-branch B] [--timings-branch B]
                           [STORE]

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
  --publish-branch B    commit the site to branch B of the store (e.g. gh-pages) in one commit,
                        through the ledger writer; none when the site is unchanged
  --publish-folder DIR  the folder of that branch to replace (default its root)
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
    const publishBranch = values['publish-branch'];
    if (!values.out && !publishBranch)
      throw new UsageError('--out DIR or --publish-branch B is required: where the site goes');
    if (values['publish-folder'] !== undefined && !publishBranch)
      throw new UsageError('--publish-folder applies with --publish-branch only');
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
    if (values.out) await writeSiteFolder(values.out, site.files);
    const bytes = site.files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
    const parts = [
      site.batches &&
        `${site.batches.runs} batches, ${site.batches.failures} failure records (${site.batches.where})`,
      site.timings &&
        `${site.timings.runs} build timing runs in ${site.timings.phases} env/phase series (${site.timings.where})`,
    ].filter(Boolean);
    const size = `${(bytes / 1024).toFixed(0)} KiB`;
    if (values.out)
      io.stdout(
        `Wrote ${values.out}/index.html and ${site.files.length - 1} more file(s), ${size}: ${parts.join('; ')}.`,
      );
    if (publishBranch) {
      const published = await publishSite(context, site.files, {
        branch: publishBranch,
        folder: values['publish-folder'],
      });
      const where = `${published.branch}${published.folder ? `:${published.folder}` : ''}`;
      io.stdout(
        published.status === 'unchanged'
          ? `The site on ${where} is already this one (${site.files.length} files, ${size}): no commit (${published.commit}).`
          : `Published ${site.files.length} files (${size}) to ${where} in commit ${published.commit}: ${published.written} written, ${published.deleted} deleted${values.out ? '' : `; ${parts.join('; ')}`}.`,
      );
    }
    return 0;
  },
};

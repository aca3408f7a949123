/**
 * `ci-ledger dashboard` and the dashboard action: read the batch history and the build
 * timings from the store, aggregate them (history/series.ts, timing/report.ts — the rules the
 * summaries and reports use), and return the static site's files (site/). writeSiteFolder
 * puts them in a folder (for actions/upload-pages-artifact); publishing them to a branch is
 * the ledger's (publishSite), given the same files.
 */
import { lstat, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DEFAULT_FAILURES_DIR, DEFAULT_METRICS_PATH } from '../batch/paths.js';
import { loadHistorySeries } from '../history/load.js';
import { historyOptions } from '../history/options.js';
import { defaultSeriesOptions, type HistorySeries } from '../history/series.js';
import { siteData } from '../site/data.js';
import type { SiteFile } from '../site/files.js';
import { siteFiles, type PageAssets } from '../site/page.js';
import { selectedTimingRuns, timingsReport } from '../timing/report.js';
import { DEFAULT_TIMINGS_BRANCH, type TimingRow } from '../timing/row.js';
import type { TimingsReport } from '../timing/report.js';
import { InputError, messageOf } from '../vocabulary/index.js';
import { checkoutBranch, folderOf, noHistoryError, placeOf } from './branch-files.js';
import { withStore, type JobContext } from './context.js';
import { TIMINGS_GLOB, timingFiles } from './report.js';

export interface DashboardInputs {
  /**
   * Branch of the batch history (default: the repository's default branch). Not `branch`: in
   * the dashboard command that names where the site is published.
   */
  historyBranch?: string;
  metricsPath?: string;
  failuresDir?: string;
  /** Branch of build_timings.csv (default governance-registry). */
  timingsBranch?: string;
  macosBudget?: string;
  weekStart?: string;
  platformMap?: string;
  /** How many of the latest batches are listed with their failing recipes (default 100). */
  latest?: string;
  title?: string;
}

export interface DashboardSite {
  files: SiteFile[];
  /** What went in, for the adapter's message. */
  batches?: { runs: number; failures: number; where: string };
  timings?: { runs: number; phases: number; where: string };
}

/** The page script, styles and licenses, put into the node bundles by scripts/build.mjs. */
declare const CI_LEDGER_PAGE_JS: string | undefined;
declare const CI_LEDGER_PAGE_CSS: string;
declare const CI_LEDGER_PAGE_LICENSES: string;

async function pageAssets(): Promise<PageAssets> {
  if (typeof CI_LEDGER_PAGE_JS !== 'undefined')
    return { js: CI_LEDGER_PAGE_JS, css: CI_LEDGER_PAGE_CSS, licenses: CI_LEDGER_PAGE_LICENSES };
  // Run from source (jest): the page as the last `npm run build` bundled it.
  const dir = new URL('../../dist/site/', import.meta.url);
  try {
    return {
      js: await readFile(new URL('app.js', dir), 'utf8'),
      css: await readFile(new URL('app.css', dir), 'utf8'),
      licenses: await readFile(new URL('licenses.txt', dir), 'utf8'),
    };
  } catch {
    throw new Error('The dashboard page is not built: run `npm run build` (dist/site/).');
  }
}

export async function buildDashboard(
  inputs: DashboardInputs,
  context: JobContext,
): Promise<DashboardSite> {
  const options = historyOptions({
    macosBudget: inputs.macosBudget,
    weekStart: inputs.weekStart,
    platformMap: inputs.platformMap,
  });
  const latest =
    inputs.latest === undefined ? defaultSeriesOptions.latestBatches : Number(inputs.latest);
  if (!/^\d+$/.test(String(inputs.latest ?? '1').trim()) || !Number.isSafeInteger(latest))
    throw new InputError(
      `latest ${JSON.stringify(inputs.latest)} is not a whole number of batches`,
    );
  const assets = await pageAssets();
  return withStore(context, async (backend) => {
    // The batch history: as the reports read it, whole.
    const paths = {
      metricsPath: inputs.metricsPath || DEFAULT_METRICS_PATH,
      failuresDir: inputs.failuresDir || DEFAULT_FAILURES_DIR,
    };
    const history = await checkoutBranch(backend, inputs.historyBranch, [
      folderOf(paths.metricsPath),
      paths.failuresDir,
    ]);
    const batchWhere = placeOf(context.store, backend, history.branch);
    let series: HistorySeries | undefined;
    if (history.root) {
      const loaded = await loadHistorySeries(history.root, paths, {
        ...defaultSeriesOptions,
        weekStartDay: options.weekStartDay,
        macosBudgetMinutes: options.macosBudgetMinutes,
        platformOf: options.platformOf,
        latestBatches: latest,
      });
      for (const s of loaded.skipped.slice(0, 20))
        context.log(`${s.file} line ${s.line}: skipped (${s.reason})`);
      if (loaded.skipped.length > 20)
        context.log(`… ${loaded.skipped.length - 20} more value(s) skipped`);
      if (loaded.files.metrics > 0) series = loaded.series;
    }
    // The build timings: every environments/*/latest/build_timings.csv, each run once.
    const timingsCheckout = await checkoutBranch(
      backend,
      inputs.timingsBranch || DEFAULT_TIMINGS_BRANCH,
      ['environments'],
    );
    const timingsWhere = placeOf(context.store, backend, timingsCheckout.branch);
    let timings: { report: TimingsReport; runs: TimingRow[] } | undefined;
    if (timingsCheckout.root) {
      const files = await timingFiles(timingsCheckout.root);
      if (files.length > 0) {
        // One read of the CSVs for both: with no filter the selection is every distinct run.
        const picked = selectedTimingRuns(files, { last: 0 });
        timings = { report: timingsReport(files, { last: 0 }, picked), runs: picked.selected };
      }
    }
    if (!series && !timings)
      throw new InputError(
        `${noHistoryError(batchWhere, paths.metricsPath).message} No ${TIMINGS_GLOB} in ${timingsWhere} either: nothing to show.`,
      );
    if (!series)
      context.log(`No batch history in ${batchWhere}: the site shows build timings only.`);
    if (!timings)
      context.log(`No ${TIMINGS_GLOB} in ${timingsWhere}: the site shows batches only.`);
    const data = siteData({
      title: inputs.title || 'CI ledger dashboard',
      source: {
        ...(series ? { batches: batchWhere } : {}),
        ...(timings ? { timings: timingsWhere } : {}),
      },
      batches: series,
      timings,
    });
    return {
      files: siteFiles(data, assets),
      ...(series
        ? { batches: { runs: series.runs, failures: series.failures, where: batchWhere } }
        : {}),
      ...(timings
        ? {
            timings: {
              runs: timings.report.runs,
              phases: timings.report.phases.length,
              where: timingsWhere,
            },
          }
        : {}),
    };
  });
}

/** The files a dashboard folder holds: a folder holding anything else is not overwritten. */
const SITE_MARKER = 'data.js';

/**
 * Writes the site into `dir` (created if missing). Each file is written beside its place and
 * renamed over it, so a reader never sees half a file and a link in the folder is replaced,
 * never followed. A folder that exists and holds something but no dashboard is refused: the
 * flag is probably wrong, and its files are not ours to replace.
 */
export async function writeSiteFolder(dir: string, files: SiteFile[]): Promise<void> {
  const info = await lstat(dir).catch(() => undefined);
  if (info && !info.isDirectory())
    throw new InputError(
      `--out ${dir} is not a folder (${info.isSymbolicLink() ? 'a link' : 'a file'})`,
    );
  if (info) {
    const names = await readdir(dir);
    if (names.length > 0 && !names.includes(SITE_MARKER))
      throw new InputError(
        `--out ${dir} holds files and no dashboard (${SITE_MARKER}): give an empty or new folder, or the folder of an earlier dashboard`,
      );
  }
  for (const file of files) {
    if (file.path.split('/').some((part) => part === '..' || part === '' || part === '.'))
      throw new InputError(`site file ${JSON.stringify(file.path)} is not a plain relative path`);
    const target = join(dir, file.path);
    const folder = dirname(target);
    await mkdir(folder, { recursive: true });
    const folderInfo = await lstat(folder);
    if (!folderInfo.isDirectory())
      throw new InputError(`${folder} is a link or a file, not a folder: not writing through it`);
    const temp = `${target}.tmp-${process.pid}`;
    try {
      await writeFile(temp, file.content);
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw new InputError(`Could not write ${target}: ${messageOf(error)}`);
    }
  }
}

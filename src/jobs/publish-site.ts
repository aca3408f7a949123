/**
 * The publishing half of the dashboard: the site's files committed to a branch (default
 * gh-pages, its root by default) through the ledger writer, in one commit — files written,
 * files no longer in the site deleted, nothing committed when the site is unchanged. GitHub
 * Pages then serves the branch ("Deploy from a branch").
 *
 * Decisions (README "Publishing the dashboard to a branch"):
 * - A branch that does not exist is created as an orphan: its first commit holds only the
 *   site, with no history of the default branch behind it (what gh-pages users expect).
 * - An empty `.nojekyll` is added at the folder's root unless the site has one: Pages would
 *   otherwise run Jekyll over the branch, which drops files and folders starting with "_" and
 *   delays every deployment.
 */
import { replaceFolder } from '../ledger/replace-folder.js';
import type { SiteFile } from '../vocabulary/index.js';
import { appendOptionsOf, withStore, type JobContext } from './context.js';

export const DEFAULT_SITE_BRANCH = 'gh-pages';
export const NO_JEKYLL = '.nojekyll';

export interface PublishSiteOptions {
  /** Default gh-pages. */
  branch?: string;
  /** Folder of the branch that holds the site; default '' (the branch root). */
  folder?: string;
  /** Commit message; default "dashboard: publish the site (N files)". */
  message?: string;
}

export interface PublishedSite {
  /** 'unchanged': the branch held this site already, and no commit was made. */
  status: 'published' | 'unchanged';
  /** The commit holding the site (for a directory store, a digest of the folder). */
  commit: string;
  branch: string;
  folder: string;
  /** Paths (from the branch root) this commit wrote and deleted. */
  written: string[];
  deleted: string[];
}

/** The site as published: its files, plus `.nojekyll` when it has none. */
export function siteWithNoJekyll(files: readonly SiteFile[]): SiteFile[] {
  return files.some((f) => f.path === NO_JEKYLL)
    ? [...files]
    : [...files, { path: NO_JEKYLL, content: '' }];
}

export async function publishSite(
  context: JobContext,
  files: SiteFile[],
  options: PublishSiteOptions = {},
): Promise<PublishedSite> {
  const branch = options.branch || DEFAULT_SITE_BRANCH;
  const folder = (options.folder ?? '').replace(/\/+$/, ''); // "site/" is "site"; "/x" is refused
  const site = siteWithNoJekyll(files);
  const message = options.message || `dashboard: publish the site (${site.length} files)`;
  // The appends' retry policy and log; no spool (a site is rebuilt from the ledger).
  const { log, retry, fileLimits } = appendOptionsOf(context);
  const result = await withStore(context, (backend) =>
    replaceFolder(backend, { branch, folder, files: site, message }, { log, retry, fileLimits }),
  );
  const place = `${folder ? `${folder}/ on ` : ''}${branch}`;
  context.log(
    result.status === 'published'
      ? `Published the site to ${place}: ${result.written.length} file(s) written, ${result.deleted.length} deleted, commit ${result.head}.`
      : `The site on ${place} is unchanged (commit ${result.head}): nothing was committed.`,
  );
  return {
    status: result.status,
    commit: result.head,
    branch,
    folder,
    written: result.written,
    deleted: result.deleted,
  };
}

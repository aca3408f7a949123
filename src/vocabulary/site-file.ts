/**
 * One file of a static site (the dashboard) as the site builder produces it and the ledger
 * publishes it: a path relative to the folder the site is published into, and its text.
 */
export interface SiteFile {
  /** Relative to the site's folder, "/"-separated (e.g. "index.html", "data/batches.json"). */
  path: string;
  content: string;
}

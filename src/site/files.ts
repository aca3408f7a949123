/** A file of the site, by its path inside the site's folder (what the publisher commits or writes). */
export interface SiteFile {
  path: string;
  content: string;
}

/** A file of the site, by its path inside the site's folder: the vocabulary's, shared with the publisher. */
export type { SiteFile } from '../vocabulary/site-file.js';

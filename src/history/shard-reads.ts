/**
 * Which history files a report over the last N batches needs, judged from a listing of the
 * branch before any content is fetched (pure). The metrics files are fetched newest first, by
 * the latest time each name allows (vocabulary/shards.ts), until the window is known; then only
 * the files that can hold a record the window needs. A file whose name carries no time (the
 * configured file itself) can hold anything: it is always read.
 */
import { latestTimeIn, splitExtension } from '../vocabulary/shards.js';
import type { HistoryPaths } from './load.js';

const isJson = (path: string) => /\.jsonl?$/.test(path);

/** The listed paths that are history files, as `historyFiles` finds them in a checkout. */
export function historyFilesIn(
  listed: string[],
  paths: HistoryPaths,
): { metrics: string[]; failures: string[] } {
  const { stem } = splitExtension(paths.metricsPath);
  const folder = stem.slice(0, stem.lastIndexOf('/') + 1);
  const metrics = listed.filter(
    (p) =>
      p === paths.metricsPath ||
      (p.startsWith(`${stem}-`) && isJson(p) && !p.slice(folder.length).includes('/')),
  );
  const failuresDir = paths.failuresDir.replace(/\/+$/, '');
  const failures = listed.filter((p) => p.startsWith(`${failuresDir}/`) && isJson(p));
  return { metrics, failures };
}

export interface TimedFile {
  path: string;
  /** the latest time a record in it can carry; undefined: any */
  latest?: string;
}

/** Files that can hold anything first, then by the latest time their names allow, newest first. */
export function newestFirst(files: string[]): TimedFile[] {
  const timed = files.map((path) => ({ path, latest: latestTimeIn(path) }));
  return timed.sort((a, b) => {
    if (a.latest === b.latest) return a.path < b.path ? 1 : -1;
    if (a.latest === undefined) return -1;
    if (b.latest === undefined) return 1;
    return a.latest < b.latest ? 1 : -1;
  });
}

/** Whether a file can hold a record at or after `horizon` (undefined: everything is needed). */
export function mayHoldFrom(file: TimedFile, horizon: string | undefined): boolean {
  return horizon === undefined || file.latest === undefined || file.latest >= horizon;
}

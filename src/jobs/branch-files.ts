/** Where reports read from: the files of a branch, checked out locally by the store's backend. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_FAILURES_DIR, DEFAULT_METRICS_PATH } from '../batch/paths.js';
import {
  loadHistory,
  metricsPathIsFolder,
  windowHorizons,
  type HistoryPaths,
  type LoadedHistory,
} from '../history/load.js';
import { historyFilesIn, mayHoldFrom, newestFirst } from '../history/shard-reads.js';
import type { HistoryOptions } from '../history/options.js';
import type { StoreSpec } from '../ledger/store.js';
import type { LedgerBackend } from '../ledger/types.js';
import { InputError, assertSafeBranch } from '../vocabulary/index.js';

export async function checkoutBranch(
  backend: LedgerBackend,
  branch: string | undefined,
  prefixes: string[],
): Promise<{ root: string | null; branch: string }> {
  if (branch) assertSafeBranch(branch);
  const name = branch || (await backend.defaultBranch());
  return { root: await backend.checkout(name, prefixes), branch: name };
}

/**
 * A history with no metrics file at all is a wrong folder, path or branch far more often than
 * a new pipeline: say where it looked instead of reporting an empty history.
 */
export function noHistoryError(place: string, metricsPath: string): InputError {
  const stem = metricsPath.replace(/\.jsonl?$/, '');
  return new InputError(
    `No batch history in ${place}: neither ${metricsPath} nor ${stem}-*.jsonl beside it. ` +
      'Check the store (--data-dir is the folder that holds data/, as the branch does), --branch and --metrics-path.',
  );
}

/** Where a reader looked, for messages: a plain directory has no branches, its folder is the place. */
export function placeOf(store: StoreSpec, backend: LedgerBackend, branch: string): string {
  return store.kind === 'directory'
    ? backend.description
    : `${backend.description}, branch ${branch}`;
}

/** The folder part of a path, for checking out only what a report reads. */
export function folderOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at === -1 ? path : path.slice(0, at);
}

/**
 * A branch's batch history, read for a summary or a report: the branch must exist and hold a
 * metrics file, else the error says where it looked (`purpose`: "summarize", "report").
 */
export async function readBatchHistory(
  store: StoreSpec,
  backend: LedgerBackend,
  inputs: { branch?: string; metricsPath?: string; failuresDir?: string; readAll?: boolean },
  options: HistoryOptions,
  purpose: string,
): Promise<{ loaded: LoadedHistory; branch: string; paths: HistoryPaths }> {
  const paths = {
    metricsPath: inputs.metricsPath || DEFAULT_METRICS_PATH,
    failuresDir: inputs.failuresDir || DEFAULT_FAILURES_DIR,
  };
  if (options.last > 0 && !inputs.readAll && backend.listFiles && backend.fetchFiles) {
    if (inputs.branch) assertSafeBranch(inputs.branch);
    const branch = inputs.branch || (await backend.defaultBranch());
    const loaded = await readWindow(backend, branch, paths, options, purpose);
    if (loaded.files.metrics === 0)
      throw noHistoryError(placeOf(store, backend, branch), paths.metricsPath);
    return { loaded, branch, paths };
  }
  const { root, branch } = await checkoutBranch(backend, inputs.branch, [
    folderOf(paths.metricsPath),
    paths.failuresDir,
  ]);
  if (!root)
    throw new InputError(
      `Branch ${branch} does not exist in ${backend.description}: no batch history to ${purpose}`,
    );
  const loaded = await loadHistory(root, paths, options, { readAll: inputs.readAll });
  if (loaded.files.metrics === 0)
    throw noHistoryError(placeOf(store, backend, branch), paths.metricsPath);
  return { loaded, branch, paths };
}

/**
 * The first round of metrics files: the newest 8 files, or fewer once they hold 256 kB (one
 * monthly shard is often enough); each further round doubles both. Many small files (the real
 * archive's one record per file) go by count, large shards by size.
 */
const FIRST_ROUND = { files: 8, bytes: 256 * 1024 };

/** The next files to fetch from `files` (newest first), within a round's budget; at least one. */
function nextRound<T extends { size?: number }>(
  files: T[],
  round: { files: number; bytes: number },
): T[] {
  let bytes = 0;
  let count = 0;
  while (count < files.length && count < round.files && (count === 0 || bytes < round.bytes))
    bytes += files[count++]!.size ?? 0;
  return files.slice(0, count);
}

/**
 * The last N batches from a store that can list a branch and fetch chosen files (the GitHub
 * API): one listing, then the metrics files newest first (by the time their names allow) in
 * rounds until the files left cannot hold a batch the window needs, then only the failure files
 * that can hold a record of the window. Requests and bytes follow the window, not the history.
 */
async function readWindow(
  backend: LedgerBackend,
  branch: string,
  paths: HistoryPaths,
  options: HistoryOptions,
  purpose: string,
): Promise<LoadedHistory> {
  const listed = await backend.listFiles!(branch, [folderOf(paths.metricsPath), paths.failuresDir]);
  if (!listed)
    throw new InputError(
      `Branch ${branch} does not exist in ${backend.description}: no batch history to ${purpose}`,
    );
  const byPath = new Map(listed.map((e) => [e.path, e]));
  if ([...byPath.keys()].some((p) => p.startsWith(`${paths.metricsPath}/`)))
    throw metricsPathIsFolder(paths.metricsPath);
  const files = historyFilesIn([...byPath.keys()], paths);
  const root = await mkdtemp(join(tmpdir(), 'ci-ledger-window-'));
  try {
    const metrics = newestFirst(files.metrics).map((f) => ({
      ...f,
      size: byPath.get(f.path)!.size,
    }));
    let taken = 0;
    let horizons: { runs?: string; failures?: string } = {};
    for (
      let round = FIRST_ROUND;
      taken < metrics.length;
      round = { files: round.files * 2, bytes: round.bytes * 2 }
    ) {
      const next = nextRound(metrics.slice(taken), round);
      await backend.fetchFiles!(
        root,
        next.map((f) => byPath.get(f.path)!),
      );
      taken += next.length;
      horizons = await windowHorizons(root, paths, options);
      // Every file left holds only batches older than any the report needs.
      if (metrics.slice(taken).every((f) => !mayHoldFrom(f, horizons.runs))) break;
    }
    const failures = newestFirst(files.failures).filter((f) => mayHoldFrom(f, horizons.failures));
    await backend.fetchFiles!(
      root,
      failures.map((f) => byPath.get(f.path)!),
    );
    const loaded = await loadHistory(root, paths, options);
    const left = files.metrics.length - taken + files.failures.length - failures.length;
    // Files never fetched hold nothing this report needs, but their records are not counted.
    return left > 0 ? { ...loaded, readFromEnd: true, filesLeft: left } : loaded;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

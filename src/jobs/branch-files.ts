/** Where reports read from: the files of a branch, checked out locally by the store's backend. */
import { DEFAULT_FAILURES_DIR, DEFAULT_METRICS_PATH } from '../batch/paths.js';
import { loadHistory, type HistoryPaths, type LoadedHistory } from '../history/load.js';
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

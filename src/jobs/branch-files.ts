/** Where reports read from: the files of a branch, checked out locally by the store's backend. */
import type { LedgerBackend } from '../ledger/types.js';
import { InputError } from '../vocabulary/index.js';

export async function checkoutBranch(
  backend: LedgerBackend,
  branch: string | undefined,
  prefixes: string[],
): Promise<{ root: string | null; branch: string }> {
  const name = branch || (await backend.defaultBranch());
  return { root: await backend.checkout(name, prefixes), branch: name };
}

/**
 * A history with no metrics file at all is a wrong folder, path or branch far more often than
 * a new pipeline: say where it looked instead of reporting an empty history.
 */
export function noHistoryError(where: string, branch: string, metricsPath: string): InputError {
  const stem = metricsPath.replace(/\.jsonl?$/, '');
  return new InputError(
    `No batch history in ${where} on ${branch}: neither ${metricsPath} nor ${stem}-*.jsonl beside it. ` +
      'Check the store (--data-dir is the folder that holds data/, as the branch does), --branch and --metrics-path.',
  );
}

/** The folder part of a path, for checking out only what a report reads. */
export function folderOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at === -1 ? path : path.slice(0, at);
}

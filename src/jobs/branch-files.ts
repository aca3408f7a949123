/** Where reports read from: the files of a branch, checked out locally by the store's backend. */
import type { LedgerBackend } from '../ledger/types.js';

export async function checkoutBranch(
  backend: LedgerBackend,
  branch: string | undefined,
  prefixes: string[],
): Promise<{ root: string | null; branch: string }> {
  const name = branch || (await backend.defaultBranch());
  return { root: await backend.checkout(name, prefixes), branch: name };
}

/** The folder part of a path, for checking out only what a report reads. */
export function folderOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at === -1 ? path : path.slice(0, at);
}

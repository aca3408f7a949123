/**
 * A report's view of a --data-dir: the directory itself when everything under the prefixes is
 * a regular file or a folder (the common case: no copy of a large history), else a private
 * copy holding only its regular files, so that readers, which walk folders, never meet a link.
 */
import { constants, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { BranchContent } from './branch-content.js';

export async function localCheckout(
  root: string,
  content: BranchContent,
  prefixes: string[],
): Promise<string> {
  const { files, skipped } = await content.checkoutEntries(prefixes);
  if (skipped.length === 0) return root;
  const copy = await mkdtemp(join(tmpdir(), 'ci-ledger-dir-checkout-'));
  for (const file of files) {
    const target = join(copy, file.path);
    await mkdir(dirname(target), { recursive: true });
    // O_NOFOLLOW: a file swapped for a link since it was listed is not followed either.
    const source = await open(join(root, file.path), constants.O_RDONLY | constants.O_NOFOLLOW);
    await pipeline(source.createReadStream(), createWriteStream(target, { flags: 'wx' }));
  }
  return copy;
}

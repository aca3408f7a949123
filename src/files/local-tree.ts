/**
 * Reading local folders that hold other people's files (downloaded artifacts, a log folder, a
 * --data-dir that is a clone of the registry branch) without being led anywhere else:
 *
 * - `listLocalTree` walks with lstat semantics: a symbolic link is reported as a link and never
 *   followed, so `self -> .` or `loop -> ..` cannot make a walk revisit, loop or leave the folder;
 * - `readRegularFile` opens without following a final link (O_NOFOLLOW) and without blocking on
 *   a FIFO (O_NONBLOCK), then checks what it opened (fstat) before reading a bounded amount.
 *
 * Node's `readdir({ recursive: true })` follows directory links, which is what made one artifact
 * count 41 times and a link loop hang: nothing here uses it.
 */
import { constants } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BranchEntry, EntryKind } from './entries.js';
import { InputError } from '../vocabulary/index.js';

export type LocalEntry = BranchEntry;

const MODE: Record<EntryKind, string> = {
  file: '100644',
  directory: '040000',
  link: '120000',
  submodule: '160000',
  other: '000000',
};

/**
 * Entries under `root/relDir` (paths relative to relDir, with "/"), links reported, never
 * followed. `maxEntries` bounds a walk of a hostile or huge folder. A folder that vanishes
 * mid-walk is skipped; a missing `relDir` itself throws ENOENT for the caller to word.
 */
export async function listLocalTree(
  root: string,
  relDir: string,
  recursive: boolean,
  maxEntries = 1_000_000,
): Promise<LocalEntry[]> {
  const entries: LocalEntry[] = [];
  const pending: string[] = [''];
  for (let first = true; pending.length > 0; first = false) {
    const sub = pending.pop()!;
    let dirents;
    try {
      dirents = await readdir(join(root, relDir, sub), { withFileTypes: true });
    } catch (error) {
      if (!first && (error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const dirent of dirents) {
      const path = sub ? `${sub}/${dirent.name}` : dirent.name;
      const kind: EntryKind = dirent.isSymbolicLink()
        ? 'link'
        : dirent.isDirectory()
          ? 'directory'
          : dirent.isFile()
            ? 'file'
            : 'other';
      const id = relDir ? `${relDir}/${path}` : path;
      const entry: LocalEntry = { path, kind, mode: MODE[kind], id };
      if (kind === 'file') {
        const info = await lstat(join(root, id)).catch(() => undefined);
        if (!info) continue; // removed meanwhile
        entry.size = info.size;
      }
      entries.push(entry);
      if (entries.length > maxEntries)
        throw new InputError(`${join(root, relDir)} holds over ${maxEntries} entries`);
      if (kind === 'directory' && recursive) pending.push(path);
    }
  }
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The bytes of `file` if it is a regular file of at most `maxBytes`; else one InputError that
 * names `shown` and never quotes content. A link in the last component is not followed.
 */
export async function readRegularFile(
  file: string,
  maxBytes: number,
  shown: string,
): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK')
      throw new InputError(`${shown} is a symbolic link: links are not followed`);
    throw new InputError(`${shown} cannot be read (${code ?? (error as Error).message})`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputError(`${shown} is not a regular file`);
    if (info.size > maxBytes)
      throw new InputError(`${shown}: ${info.size} bytes is over the ${maxBytes} byte limit`);
    // Read at most maxBytes + 1: a file that grew after fstat is still caught.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) break;
    }
    if (filled > maxBytes)
      throw new InputError(`${shown}: over the ${maxBytes} byte limit (it grew while read)`);
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

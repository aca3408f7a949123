/**
 * Planning the replacement of one folder of a branch by a set of files (a static site): pure.
 * The branch side is known only by git blob shas (FolderSnapshot), so a file is compared by
 * hashing the new content locally as git would — an unchanged file is neither uploaded nor
 * committed, and a set identical to the folder plans no change at all.
 */
import { createHash } from 'node:crypto';
import { InputError, assertSafeRelativePath, messageOf } from '../vocabulary/index.js';
import type { SiteFile } from '../vocabulary/index.js';
import type { FolderEntry } from './types.js';

/** git's object id of a blob holding `content` (a string as UTF-8): sha1("blob <bytes>\0" + bytes). */
export function gitBlobSha(content: string | Buffer): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** `folder` and `path` joined: the path from the branch root. */
export const underFolder = (folder: string, path: string): string =>
  folder ? `${folder}/${path}` : path;

/**
 * The folder and every file path must be safe relative paths (no "..", absolute path, ".git",
 * backslash or control character), each path given once, and no path may be both a file and a
 * folder of another ("a" and "a/b"). One InputError names the first offender; nothing is read.
 */
export function assertValidFolderSet(folder: string, files: readonly SiteFile[]): void {
  if (folder !== '') {
    try {
      assertSafeRelativePath(folder);
    } catch (error) {
      throw new InputError(
        `The folder to publish into is refused: ${messageOf(error)}. Nothing was written.`,
      );
    }
  }
  const seen = new Set<string>();
  for (const [index, file] of files.entries()) {
    const what = `Site file ${index + 1} of ${files.length}`;
    if (typeof file.path !== 'string' || typeof file.content !== 'string')
      throw new InputError(`${what}: path and content must be strings. Nothing was written.`);
    try {
      assertSafeRelativePath(file.path);
    } catch (error) {
      throw new InputError(
        `${what}: ${messageOf(error)}; site paths are relative to the folder and stay inside it. Nothing was written.`,
      );
    }
    if (seen.has(file.path))
      throw new InputError(
        `${what}: ${JSON.stringify(file.path)} is given twice. Nothing was written.`,
      );
    seen.add(file.path);
  }
  for (const path of seen) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folderOfIt = parts.slice(0, i).join('/');
      if (seen.has(folderOfIt))
        throw new InputError(
          `Site file ${JSON.stringify(folderOfIt)} is also the folder of ${JSON.stringify(path)}: a path cannot be both. Nothing was written.`,
        );
    }
  }
}

export interface FolderPlan {
  /** path from the branch root → new content, or null to delete it */
  changes: Map<string, string | null>;
  /** paths written (new or changed), from the branch root */
  written: string[];
  /** paths deleted, from the branch root */
  deleted: string[];
}

/**
 * What turns the folder's `current` entries into exactly `files`: each file whose content (as a
 * blob sha) differs, or that is not a regular file there now (a link, a submodule), is written;
 * every entry under the folder not in the set is deleted. A regular file's executable bit is
 * not content: a 100755 file with the same bytes is left as it is.
 */
export function planFolder(
  current: ReadonlyMap<string, FolderEntry>,
  folder: string,
  files: readonly SiteFile[],
): FolderPlan {
  const changes = new Map<string, string | null>();
  const wanted = new Set<string>();
  const written: string[] = [];
  for (const file of files) {
    const path = underFolder(folder, file.path);
    wanted.add(path);
    const now = current.get(path);
    if (now?.kind === 'file' && now.sha === gitBlobSha(file.content)) continue;
    changes.set(path, file.content);
    written.push(path);
  }
  const deleted: string[] = [];
  for (const path of current.keys()) {
    if (wanted.has(path)) continue;
    changes.set(path, null);
    deleted.push(path);
  }
  return { changes, written: written.sort(), deleted: deleted.sort() };
}

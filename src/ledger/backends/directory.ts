/**
 * Directory backend: the branch's files live under a plain directory (reports, dry runs,
 * tests). Same optimistic protocol as git: the "head" is a digest of the files read; publish
 * takes a lock, checks the digest is unchanged, and replaces each file by rename (atomic per
 * file; the lock keeps other ci-ledger writers out while a multi-file change lands).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  BranchContent,
  branchFileText,
  branchLimitsFromEnv,
  type BranchContext,
  type BranchLimits,
} from '../branch-content.js';
import { localCheckout } from '../local-checkout.js';
import { listLocalTree, readRegularFile } from '../../files/local-tree.js';
import { gitBlobSha } from '../folder-plan.js';
import type {
  Changes,
  FolderEntry,
  FolderSnapshot,
  LedgerBackend,
  PublishResult,
  Snapshot,
} from '../types.js';
import { InputError } from '../../vocabulary/index.js';

const LOCK_NAME = '.ci-ledger.lock';
const STALE_LOCK_MS = 60_000;
const LOCK_WAIT_MS = 30_000;

export class DirectoryBackend implements LedgerBackend {
  readonly root: string;
  readonly description: string;

  private readonly limits: BranchLimits;
  private readonly log: (line: string) => void;

  constructor(root: string, options: { limits?: BranchLimits; log?: (line: string) => void } = {}) {
    this.root = resolve(root);
    this.description = `directory ${this.root}`;
    this.limits = options.limits ?? branchLimitsFromEnv();
    this.log = options.log ?? (() => {});
  }

  async defaultBranch(): Promise<string> {
    return 'main';
  }

  async read(branch: string, paths: string[]): Promise<Snapshot> {
    // Its own lock is no ledger file: appending to it would conflict with every attempt's lock.
    const lock = paths.find((p) => p === LOCK_NAME);
    if (lock)
      throw new InputError(
        `${lock} is the directory store's lock file, not a ledger file: nothing can be appended to it. Nothing was written.`,
      );
    const files = await this.readFiles(paths, branch);
    return { branch, head: digest(files), files };
  }

  /**
   * A directory has no branches: a folder's replacement happens in place, beside the records,
   * so the root itself (which holds them) is refused rather than emptied.
   */
  async readFolder(branch: string, folder: string): Promise<FolderSnapshot> {
    this.assertNotRoot(folder);
    // Read under the writers' lock: a folder being replaced is never seen half-way.
    await mkdir(this.root, { recursive: true });
    const release = await this.lock();
    try {
      return await this.folderState(branch, folder);
    } finally {
      await release();
    }
  }

  private assertNotRoot(folder: string): void {
    if (folder === '')
      throw new InputError(
        `A directory store has no branches: replacing the root of ${this.root} would delete the records in it. ` +
          'Name a folder inside it, or write the site with --out. Nothing was written.',
      );
  }

  /** The folder's entries and digest; the caller holds the lock. */
  private async folderState(branch: string, folder: string): Promise<FolderSnapshot> {
    const listed = await this.content(branch)
      .folderEntries(folder)
      .catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return []; // the directory itself does not exist yet
        throw error;
      });
    const entries = new Map<string, FolderEntry>();
    for (const entry of listed) {
      if (entry.kind === 'directory') continue;
      // Only regular files have content to compare; a link is never read, only replaced.
      const sha =
        entry.kind === 'file'
          ? gitBlobSha(
              await readRegularFile(join(this.root, entry.path), this.limits.fileBytes, entry.path),
            )
          : '';
      entries.set(entry.path, { kind: entry.kind, mode: entry.mode, sha });
    }
    return { branch, head: folderDigest(entries), folder, entries };
  }

  async publish(base: Snapshot | FolderSnapshot, changes: Changes): Promise<PublishResult> {
    await mkdir(this.root, { recursive: true });
    const release = await this.lock();
    try {
      const now =
        'entries' in base
          ? await this.folderState(base.branch, base.folder)
          : { head: digest(await this.readFiles([...base.files.keys()], base.branch)) };
      if (now.head !== base.head)
        return { status: 'conflict', reason: 'the files changed since they were read' };
      const remove = async () => {
        for (const [path, content] of changes) {
          if (content !== null) continue;
          await rm(join(this.root, path), { force: true, recursive: true });
          await this.pruneEmptyFolders(path, 'entries' in base ? base.folder : '');
        }
      };
      const write = async () => {
        for (const [path, content] of changes)
          if (content !== null) await replaceFile(join(this.root, path), content);
      };
      // A folder replaced (a site): deletions first, since a path deleted may be a link or a
      // file standing where a written path needs a folder (rm never follows a link). Records
      // moved (a re-lay into shards): new files first, removals last, so an interruption leaves
      // records twice (which the keys absorb), never nowhere.
      if ('entries' in base) {
        await remove();
        await write();
      } else {
        await write();
        await remove();
      }
      if ('entries' in base)
        return {
          status: 'published',
          head: (await this.folderState(base.branch, base.folder)).head!,
        };
      const files = new Map(base.files);
      for (const [path, content] of changes) files.set(path, content);
      return { status: 'published', head: digest(files) };
    } finally {
      await release();
    }
  }

  /** Removes the folders of `path` left empty, up to (not including) `keep`, as git does. */
  private async pruneEmptyFolders(path: string, keep: string): Promise<void> {
    const parts = path.split('/');
    for (let i = parts.length - 1; i > 0; i--) {
      const folder = parts.slice(0, i).join('/');
      if (folder === keep || !folder.startsWith(keep ? `${keep}/` : '')) return;
      try {
        await rmdir(join(this.root, folder));
      } catch {
        return; // not empty (or gone): the folders above it are not empty either
      }
    }
  }

  /** Readers use the directory in place unless it holds links (then a copy of its files). */
  async checkout(branch: string, prefixes: string[]): Promise<string> {
    // A reader pointed at a folder that is not there gets told so, not a bare ENOENT.
    const root = await stat(this.root).catch(() => undefined);
    if (!root?.isDirectory())
      throw new InputError(
        `${this.root} ${root ? 'is not a folder' : 'does not exist'}: --data-dir names the folder that holds the branch's files (data/, environments/)`,
      );
    const dir = await localCheckout(this.root, this.content(branch), prefixes);
    if (dir !== this.root) this.copies.push(dir);
    return dir;
  }

  private readonly copies: string[] = [];

  async close(): Promise<void> {
    for (const dir of this.copies.splice(0)) await rm(dir, { recursive: true, force: true });
  }

  /** The same rules as a branch: only regular files, links never followed, size bounded. */
  private async readFiles(paths: string[], branch = 'main'): Promise<Map<string, string | null>> {
    const files = new Map<string, string | null>();
    const content = this.content(branch);
    for (const path of paths) {
      const entry = await content.fileEntry(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null; // the directory itself does not exist yet
        throw error;
      });
      const bytes =
        entry && (await readRegularFile(join(this.root, path), this.limits.fileBytes, path));
      files.set(path, bytes ? branchFileText(bytes, path, this.context(branch)) : null);
    }
    return files;
  }

  /** A directory has no branches: messages name the folder. */
  private context(_branch: string): BranchContext {
    return {
      place: `in ${this.root}`,
      where: this.description,
      limits: this.limits,
      warn: this.log,
    };
  }

  private content(branch: string): BranchContent {
    const root = this.root;
    return new BranchContent(
      { list: (id, recursive) => listLocalTree(root, id, recursive) },
      '',
      this.context(branch),
    );
  }

  /** An exclusive-create lock file; a lock older than a minute is from a dead process. */
  private async lock(): Promise<() => Promise<void>> {
    const lockFile = join(this.root, LOCK_NAME);
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (;;) {
      try {
        const handle = await open(lockFile, 'wx');
        await handle.writeFile(`${process.pid}\n`);
        await handle.close();
        return () => rm(lockFile, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const age = await stat(lockFile).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > STALE_LOCK_MS) await rm(lockFile, { force: true });
      if (Date.now() > deadline)
        throw new Error(`${lockFile} is held by another writer for over ${LOCK_WAIT_MS / 1000} s`);
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
    }
  }
}

async function replaceFile(file: string, content: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, content);
  await rename(temp, file);
}

/** The directory's "head" of a folder: its entries (path, kind, blob sha), in order. */
function folderDigest(entries: ReadonlyMap<string, FolderEntry>): string {
  const hash = createHash('sha256');
  for (const [path, e] of [...entries].sort(([a], [b]) => (a < b ? -1 : 1)))
    hash.update(`${path}\0${e.kind}\0${e.sha}\0`);
  return hash.digest('hex');
}

function digest(files: Map<string, string | null>): string {
  const hash = createHash('sha256');
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    hash.update(`${path}\0${content === null ? '-' : `+${content.length}\0${content}`}\0`);
  }
  return hash.digest('hex');
}

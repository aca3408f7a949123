/**
 * Directory backend: the branch's files live under a plain directory (reports, dry runs,
 * tests). Same optimistic protocol as git: the "head" is a digest of the files read; publish
 * takes a lock, checks the digest is unchanged, and replaces each file by rename (atomic per
 * file; the lock keeps other ci-ledger writers out while a multi-file change lands).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
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
import type { LedgerBackend, PublishResult, Snapshot } from '../types.js';
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
    const files = await this.readFiles(paths, branch);
    return { branch, head: digest(files), files };
  }

  async publish(base: Snapshot, changes: Map<string, string | null>): Promise<PublishResult> {
    await mkdir(this.root, { recursive: true });
    const release = await this.lock();
    try {
      const now = await this.readFiles([...base.files.keys()], base.branch);
      if (digest(now) !== base.head)
        return { status: 'conflict', reason: 'the files changed since they were read' };
      // New files first, removals last: an interrupted re-lay leaves records twice (which the
      // writers' and readers' keys absorb), never nowhere.
      for (const [path, content] of changes)
        if (content !== null) await replaceFile(join(this.root, path), content);
      for (const [path, content] of changes)
        if (content === null) await rm(join(this.root, path), { force: true });
      for (const [path, content] of changes) now.set(path, content);
      return { status: 'published', head: digest(now) };
    } finally {
      await release();
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

function digest(files: Map<string, string | null>): string {
  const hash = createHash('sha256');
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    hash.update(`${path}\0${content === null ? '-' : `+${content.length}\0${content}`}\0`);
  }
  return hash.digest('hex');
}

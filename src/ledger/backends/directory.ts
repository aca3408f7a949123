/**
 * Directory backend: the branch's files live under a plain directory (reports, dry runs,
 * tests). Same optimistic protocol as git: the "head" is a digest of the files read; publish
 * takes a lock, checks the digest is unchanged, and replaces each file by rename (atomic per
 * file; the lock keeps other ci-ledger writers out while a multi-file change lands).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { LedgerBackend, PublishResult, Snapshot } from '../types.js';

const LOCK_NAME = '.ci-ledger.lock';
const STALE_LOCK_MS = 60_000;
const LOCK_WAIT_MS = 30_000;

export class DirectoryBackend implements LedgerBackend {
  readonly root: string;
  readonly description: string;

  constructor(root: string) {
    this.root = resolve(root);
    this.description = `directory ${this.root}`;
  }

  async defaultBranch(): Promise<string> {
    return 'main';
  }

  async read(branch: string, paths: string[]): Promise<Snapshot> {
    const files = await this.readFiles(paths);
    return { branch, head: digest(files), files };
  }

  async publish(base: Snapshot, changes: Map<string, string>): Promise<PublishResult> {
    await mkdir(this.root, { recursive: true });
    const release = await this.lock();
    try {
      const now = await this.readFiles([...base.files.keys()]);
      if (digest(now) !== base.head)
        return { status: 'conflict', reason: 'the files changed since they were read' };
      for (const [path, content] of changes) await replaceFile(join(this.root, path), content);
      for (const [path, content] of changes) now.set(path, content);
      return { status: 'published', head: digest(now) };
    } finally {
      await release();
    }
  }

  /** The directory is already local: readers use it in place. */
  async checkout(): Promise<string> {
    return this.root;
  }

  async close(): Promise<void> {}

  private async readFiles(paths: string[]): Promise<Map<string, string | null>> {
    const files = new Map<string, string | null>();
    for (const path of paths) {
      try {
        files.set(path, await readFile(join(this.root, path), 'utf8'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        files.set(path, null);
      }
    }
    return files;
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

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);

// src/ledger/backends/directory.ts
import { createHash, randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
var LOCK_NAME = ".ci-ledger.lock";
var STALE_LOCK_MS = 6e4;
var LOCK_WAIT_MS = 3e4;
var DirectoryBackend = class {
  root;
  description;
  constructor(root) {
    this.root = resolve(root);
    this.description = `directory ${this.root}`;
  }
  async defaultBranch() {
    return "main";
  }
  async read(branch, paths) {
    const files = await this.readFiles(paths);
    return { branch, head: digest(files), files };
  }
  async publish(base, changes) {
    await mkdir(this.root, { recursive: true });
    const release = await this.lock();
    try {
      const now = await this.readFiles([...base.files.keys()]);
      if (digest(now) !== base.head)
        return { status: "conflict", reason: "the files changed since they were read" };
      for (const [path, content] of changes) await replaceFile(join(this.root, path), content);
      for (const [path, content] of changes) now.set(path, content);
      return { status: "published", head: digest(now) };
    } finally {
      await release();
    }
  }
  /** The directory is already local: readers use it in place. */
  async checkout() {
    return this.root;
  }
  async close() {
  }
  async readFiles(paths) {
    const files = /* @__PURE__ */ new Map();
    for (const path of paths) {
      try {
        files.set(path, await readFile(join(this.root, path), "utf8"));
      } catch (error) {
        if (error.code !== "ENOENT") throw error;
        files.set(path, null);
      }
    }
    return files;
  }
  /** An exclusive-create lock file; a lock older than a minute is from a dead process. */
  async lock() {
    const lockFile = join(this.root, LOCK_NAME);
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (; ; ) {
      try {
        const handle = await open(lockFile, "wx");
        await handle.writeFile(`${process.pid}
`);
        await handle.close();
        return () => rm(lockFile, { force: true });
      } catch (error) {
        if (error.code !== "EEXIST") throw error;
      }
      const age = await stat(lockFile).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0
      );
      if (age > STALE_LOCK_MS) await rm(lockFile, { force: true });
      if (Date.now() > deadline)
        throw new Error(`${lockFile} is held by another writer for over ${LOCK_WAIT_MS / 1e3} s`);
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
    }
  }
};
async function replaceFile(file, content) {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(temp, content);
  await rename(temp, file);
}
function digest(files) {
  const hash = createHash("sha256");
  for (const [path, content] of [...files].sort(([a], [b]) => a < b ? -1 : 1)) {
    hash.update(`${path}\0${content === null ? "-" : `+${content.length}\0${content}`}\0`);
  }
  return hash.digest("hex");
}

export {
  DirectoryBackend
};

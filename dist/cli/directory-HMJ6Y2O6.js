import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  gitBlobSha
} from "./chunk-2HDRYXPZ.js";
import {
  listLocalTree,
  readRegularFile
} from "./chunk-ZTKIKJK3.js";
import {
  BranchContent,
  branchFileText,
  branchLimitsFromEnv
} from "./chunk-Q2KB3NI2.js";
import {
  InputError
} from "./chunk-V7MP4ZTR.js";
import "./chunk-RXARMASY.js";

// src/ledger/backends/directory.ts
import { createHash, randomBytes } from "node:crypto";
import { mkdir as mkdir2, open as open2, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { dirname as dirname2, join as join2, resolve } from "node:path";

// src/ledger/local-checkout.ts
import { constants, createWriteStream } from "node:fs";
import { mkdir, mkdtemp, open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
async function localCheckout(root, content, prefixes) {
  const { files, skipped } = await content.checkoutEntries(prefixes);
  if (skipped.length === 0) return root;
  const copy = await mkdtemp(join(tmpdir(), "ci-ledger-dir-checkout-"));
  for (const file of files) {
    const target = join(copy, file.path);
    await mkdir(dirname(target), { recursive: true });
    const source = await open(join(root, file.path), constants.O_RDONLY | constants.O_NOFOLLOW);
    await pipeline(source.createReadStream(), createWriteStream(target, { flags: "wx" }));
  }
  return copy;
}

// src/ledger/backends/directory.ts
var LOCK_NAME = ".ci-ledger.lock";
var STALE_LOCK_MS = 6e4;
var LOCK_WAIT_MS = 3e4;
var DirectoryBackend = class {
  root;
  description;
  limits;
  log;
  constructor(root, options = {}) {
    this.root = resolve(root);
    this.description = `directory ${this.root}`;
    this.limits = options.limits ?? branchLimitsFromEnv();
    this.log = options.log ?? (() => {
    });
  }
  async defaultBranch() {
    return "main";
  }
  async read(branch, paths) {
    const lock = paths.find((p) => p === LOCK_NAME);
    if (lock)
      throw new InputError(
        `${lock} is the directory store's lock file, not a ledger file: nothing can be appended to it. Nothing was written.`
      );
    const files = await this.readFiles(paths, branch);
    return { branch, head: digest(files), files };
  }
  /**
   * A directory has no branches: a folder's replacement happens in place, beside the records,
   * so the root itself (which holds them) is refused rather than emptied.
   */
  async readFolder(branch, folder) {
    this.assertNotRoot(folder);
    await mkdir2(this.root, { recursive: true });
    const release = await this.lock();
    try {
      return await this.folderState(branch, folder);
    } finally {
      await release();
    }
  }
  assertNotRoot(folder) {
    if (folder === "")
      throw new InputError(
        `A directory store has no branches: replacing the root of ${this.root} would delete the records in it. Name a folder inside it, or write the site with --out. Nothing was written.`
      );
  }
  /** The folder's entries and digest; the caller holds the lock. */
  async folderState(branch, folder) {
    const listed = await this.content(branch).folderEntries(folder).catch((error) => {
      if (error.code === "ENOENT") return [];
      throw error;
    });
    const entries = /* @__PURE__ */ new Map();
    for (const entry of listed) {
      if (entry.kind === "directory") continue;
      const sha = entry.kind === "file" ? gitBlobSha(
        await readRegularFile(join2(this.root, entry.path), this.limits.fileBytes, entry.path)
      ) : "";
      entries.set(entry.path, { kind: entry.kind, mode: entry.mode, sha });
    }
    return { branch, head: folderDigest(entries), folder, entries };
  }
  async publish(base, changes) {
    await mkdir2(this.root, { recursive: true });
    const release = await this.lock();
    try {
      const now = "entries" in base ? await this.folderState(base.branch, base.folder) : { head: digest(await this.readFiles([...base.files.keys()], base.branch)) };
      if (now.head !== base.head)
        return { status: "conflict", reason: "the files changed since they were read" };
      const remove = async () => {
        for (const [path, content] of changes) {
          if (content !== null) continue;
          await rm(join2(this.root, path), { force: true, recursive: true });
          await this.pruneEmptyFolders(path, "entries" in base ? base.folder : "");
        }
      };
      const write = async () => {
        for (const [path, content] of changes)
          if (content !== null) await replaceFile(join2(this.root, path), content);
      };
      if ("entries" in base) {
        await remove();
        await write();
      } else {
        await write();
        await remove();
      }
      if ("entries" in base)
        return {
          status: "published",
          head: (await this.folderState(base.branch, base.folder)).head
        };
      const files = new Map(base.files);
      for (const [path, content] of changes) files.set(path, content);
      return { status: "published", head: digest(files) };
    } finally {
      await release();
    }
  }
  /** Removes the folders of `path` left empty, up to (not including) `keep`, as git does. */
  async pruneEmptyFolders(path, keep) {
    const parts = path.split("/");
    for (let i = parts.length - 1; i > 0; i--) {
      const folder = parts.slice(0, i).join("/");
      if (folder === keep || !folder.startsWith(keep ? `${keep}/` : "")) return;
      try {
        await rmdir(join2(this.root, folder));
      } catch {
        return;
      }
    }
  }
  /** Readers use the directory in place unless it holds links (then a copy of its files). */
  async checkout(branch, prefixes) {
    const root = await stat(this.root).catch(() => void 0);
    if (!root?.isDirectory())
      throw new InputError(
        `${this.root} ${root ? "is not a folder" : "does not exist"}: --data-dir names the folder that holds the branch's files (data/, environments/)`
      );
    const dir = await localCheckout(this.root, this.content(branch), prefixes);
    if (dir !== this.root) this.copies.push(dir);
    return dir;
  }
  copies = [];
  async close() {
    for (const dir of this.copies.splice(0)) await rm(dir, { recursive: true, force: true });
  }
  /** The same rules as a branch: only regular files, links never followed, size bounded. */
  async readFiles(paths, branch = "main") {
    const files = /* @__PURE__ */ new Map();
    const content = this.content(branch);
    for (const path of paths) {
      const entry = await content.fileEntry(path).catch((error) => {
        if (error.code === "ENOENT") return null;
        throw error;
      });
      const bytes = entry && await readRegularFile(join2(this.root, path), this.limits.fileBytes, path);
      files.set(path, bytes ? branchFileText(bytes, path, this.context(branch)) : null);
    }
    return files;
  }
  /** A directory has no branches: messages name the folder. */
  context(_branch) {
    return {
      place: `in ${this.root}`,
      where: this.description,
      limits: this.limits,
      warn: this.log
    };
  }
  content(branch) {
    const root = this.root;
    return new BranchContent(
      { list: (id, recursive) => listLocalTree(root, id, recursive) },
      "",
      this.context(branch)
    );
  }
  /** An exclusive-create lock file; a lock older than a minute is from a dead process. */
  async lock() {
    const lockFile = join2(this.root, LOCK_NAME);
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (; ; ) {
      try {
        const handle = await open2(lockFile, "wx");
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
  await mkdir2(dirname2(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(temp, content);
  await rename(temp, file);
}
function folderDigest(entries) {
  const hash = createHash("sha256");
  for (const [path, e] of [...entries].sort(([a], [b]) => a < b ? -1 : 1))
    hash.update(`${path}\0${e.kind}\0${e.sha}\0`);
  return hash.digest("hex");
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

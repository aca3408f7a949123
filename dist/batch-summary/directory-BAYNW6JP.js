import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  BranchContent,
  branchFileText,
  branchLimitsFromEnv
} from "./chunk-FSQVDEFJ.js";
import {
  InputError
} from "./chunk-WGNK5VN6.js";
import "./chunk-RXARMASY.js";

// src/ledger/backends/directory.ts
import { createHash, randomBytes } from "node:crypto";
import { mkdir as mkdir2, open as open3, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname as dirname2, join as join3, resolve } from "node:path";

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

// src/files/local-tree.ts
import { constants as constants2 } from "node:fs";
import { lstat, open as open2, readdir } from "node:fs/promises";
import { join as join2 } from "node:path";
var MODE = {
  file: "100644",
  directory: "040000",
  link: "120000",
  submodule: "160000",
  other: "000000"
};
async function listLocalTree(root, relDir, recursive, maxEntries = 1e6) {
  const entries = [];
  const pending = [""];
  for (let first = true; pending.length > 0; first = false) {
    const sub = pending.pop();
    let dirents;
    try {
      dirents = await readdir(join2(root, relDir, sub), { withFileTypes: true });
    } catch (error) {
      if (!first && error.code === "ENOENT") continue;
      throw error;
    }
    for (const dirent of dirents) {
      const path = sub ? `${sub}/${dirent.name}` : dirent.name;
      const kind = dirent.isSymbolicLink() ? "link" : dirent.isDirectory() ? "directory" : dirent.isFile() ? "file" : "other";
      const id = relDir ? `${relDir}/${path}` : path;
      const entry = { path, kind, mode: MODE[kind], id };
      if (kind === "file") {
        const info = await lstat(join2(root, id)).catch(() => void 0);
        if (!info) continue;
        entry.size = info.size;
      }
      entries.push(entry);
      if (entries.length > maxEntries)
        throw new InputError(`${join2(root, relDir)} holds over ${maxEntries} entries`);
      if (kind === "directory" && recursive) pending.push(path);
    }
  }
  return entries.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function readRegularFile(file, maxBytes, shown) {
  let handle;
  try {
    handle = await open2(file, constants2.O_RDONLY | constants2.O_NOFOLLOW | constants2.O_NONBLOCK);
  } catch (error) {
    const code = error.code;
    if (code === "ELOOP" || code === "EMLINK")
      throw new InputError(`${shown} is a symbolic link: links are not followed`);
    throw new InputError(`${shown} cannot be read (${code ?? error.message})`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputError(`${shown} is not a regular file`);
    if (info.size > maxBytes)
      throw new InputError(`${shown}: ${info.size} bytes is over the ${maxBytes} byte limit`);
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    for (; ; ) {
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
    const files = await this.readFiles(paths, branch);
    return { branch, head: digest(files), files };
  }
  async publish(base, changes) {
    await mkdir2(this.root, { recursive: true });
    const release = await this.lock();
    try {
      const now = await this.readFiles([...base.files.keys()], base.branch);
      if (digest(now) !== base.head)
        return { status: "conflict", reason: "the files changed since they were read" };
      for (const [path, content] of changes) await replaceFile(join3(this.root, path), content);
      for (const [path, content] of changes) now.set(path, content);
      return { status: "published", head: digest(now) };
    } finally {
      await release();
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
      const bytes = entry && await readRegularFile(join3(this.root, path), this.limits.fileBytes, path);
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
    const lockFile = join3(this.root, LOCK_NAME);
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (; ; ) {
      try {
        const handle = await open3(lockFile, "wx");
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

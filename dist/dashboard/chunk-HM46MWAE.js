import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-EYMVGCMB.js";

// src/files/local-tree.ts
import { constants } from "node:fs";
import { lstat, open, readdir } from "node:fs/promises";
import { join } from "node:path";
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
      dirents = await readdir(join(root, relDir, sub), { withFileTypes: true });
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
        const info = await lstat(join(root, id)).catch(() => void 0);
        if (!info) continue;
        entry.size = info.size;
      }
      entries.push(entry);
      if (entries.length > maxEntries)
        throw new InputError(`${join(root, relDir)} holds over ${maxEntries} entries`);
      if (kind === "directory" && recursive) pending.push(path);
    }
  }
  return entries.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function readRegularFile(file, maxBytes, shown) {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
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

export {
  listLocalTree,
  readRegularFile
};

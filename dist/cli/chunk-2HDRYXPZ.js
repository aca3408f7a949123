import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  InputError,
  assertSafeRelativePath,
  messageOf
} from "./chunk-V7MP4ZTR.js";

// src/ledger/folder-plan.ts
import { createHash } from "node:crypto";
function gitBlobSha(content) {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
var underFolder = (folder, path) => folder ? `${folder}/${path}` : path;
function assertValidFolderSet(folder, files) {
  if (folder !== "") {
    try {
      assertSafeRelativePath(folder);
    } catch (error) {
      throw new InputError(
        `The folder to publish into is refused: ${messageOf(error)}. Nothing was written.`
      );
    }
  }
  const seen = /* @__PURE__ */ new Set();
  for (const [index, file] of files.entries()) {
    const what = `Site file ${index + 1} of ${files.length}`;
    if (typeof file.path !== "string" || typeof file.content !== "string")
      throw new InputError(`${what}: path and content must be strings. Nothing was written.`);
    try {
      assertSafeRelativePath(file.path);
    } catch (error) {
      throw new InputError(
        `${what}: ${messageOf(error)}; site paths are relative to the folder and stay inside it. Nothing was written.`
      );
    }
    if (seen.has(file.path))
      throw new InputError(
        `${what}: ${JSON.stringify(file.path)} is given twice. Nothing was written.`
      );
    seen.add(file.path);
  }
  for (const path of seen) {
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) {
      const folderOfIt = parts.slice(0, i).join("/");
      if (seen.has(folderOfIt))
        throw new InputError(
          `Site file ${JSON.stringify(folderOfIt)} is also the folder of ${JSON.stringify(path)}: a path cannot be both. Nothing was written.`
        );
    }
  }
}
function planFolder(current, folder, files) {
  const changes = /* @__PURE__ */ new Map();
  const wanted = /* @__PURE__ */ new Set();
  const written = [];
  for (const file of files) {
    const path = underFolder(folder, file.path);
    wanted.add(path);
    const now = current.get(path);
    if (now?.kind === "file" && now.sha === gitBlobSha(file.content)) continue;
    changes.set(path, file.content);
    written.push(path);
  }
  const deleted = [];
  for (const path of current.keys()) {
    if (wanted.has(path)) continue;
    changes.set(path, null);
    deleted.push(path);
  }
  return { changes, written: written.sort(), deleted: deleted.sort() };
}

export {
  gitBlobSha,
  underFolder,
  assertValidFolderSet,
  planFolder
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-DHTIX25I.js";

// src/ledger/branch-content.ts
var MiB = 1024 * 1024;
var defaultBranchLimits = {
  fileBytes: 256 * MiB,
  checkoutBytes: 4096 * MiB,
  checkoutFiles: 1e5
};
function branchLimitsFromEnv(env = process.env) {
  const bytes = (name, fallback) => {
    const text = env[name]?.trim();
    return text && /^[1-9][0-9]*$/.test(text) ? Number(text) : fallback;
  };
  return {
    fileBytes: bytes("CI_LEDGER_MAX_FILE_BYTES", defaultBranchLimits.fileBytes),
    checkoutBytes: bytes("CI_LEDGER_MAX_CHECKOUT_BYTES", defaultBranchLimits.checkoutBytes),
    checkoutFiles: defaultBranchLimits.checkoutFiles
  };
}
function kindOfMode(mode) {
  if (mode === "100644" || mode === "100755") return "file";
  if (mode === "040000" || mode === "40000") return "directory";
  if (mode === "120000") return "link";
  if (mode === "160000") return "submodule";
  return "other";
}
function describeEntry(entry) {
  switch (entry.kind) {
    case "link":
      return `a symbolic link (mode ${entry.mode})`;
    case "submodule":
      return `a submodule (mode ${entry.mode})`;
    case "directory":
      return "a folder";
    case "file":
      return "a file";
    default:
      return `not a regular file (mode ${entry.mode})`;
  }
}
var sizeText = (bytes) => bytes >= MiB ? `${(bytes / MiB).toFixed(bytes % MiB === 0 ? 0 : 1)} MiB` : `${bytes} bytes`;
var BranchContent = class {
  constructor(tree, rootId, context) {
    this.tree = tree;
    this.rootId = rootId;
    this.context = context;
  }
  tree;
  rootId;
  context;
  /** Listings by tree id: a tree id names immutable content (sha) within one read. */
  listings = /* @__PURE__ */ new Map();
  /**
   * The regular file the writer may read at `path`, or null when nothing is there. A link, a
   * submodule or a folder at the path or at one of its folders is an InputError: nothing is
   * written over it. So is a file over the in-memory limit.
   */
  async fileEntry(path) {
    return writableEntry(path, await this.locate(path), this.context);
  }
  /**
   * The regular files under `prefixes` (folders or single files), for a report's checkout.
   * Anything else is skipped with one warning naming its path; the totals are bounded.
   */
  async checkoutEntries(prefixes) {
    const files = /* @__PURE__ */ new Map();
    const warned = /* @__PURE__ */ new Set();
    const skip = (entry) => {
      if (warned.has(entry.path)) return;
      warned.add(entry.path);
      this.context.warn(
        `warning: ${entry.path} ${this.context.place} is ${describeEntry(entry)}: skipped, not followed (only regular files are read from a branch)`
      );
    };
    for (const prefix of prefixes.map((p) => p.replace(/\/+$/, "")).filter(Boolean)) {
      const found = await this.locate(prefix);
      if (!found) continue;
      const { entry, at } = found;
      if (entry.kind === "file" && at === prefix) files.set(prefix, { ...entry, path: prefix });
      else if (entry.kind === "directory" && at === prefix) {
        for (const inner of await this.tree.list(entry.id, true)) {
          const full = { ...inner, path: `${prefix}/${inner.path}` };
          if (inner.kind === "file") files.set(full.path, full);
          else if (inner.kind !== "directory") skip(full);
        }
      } else skip({ ...entry, path: at });
      this.assertCheckoutBounds(files);
    }
    const sorted = [...files.values()].sort((a, b) => a.path < b.path ? -1 : 1);
    return { files: sorted, skipped: [...warned] };
  }
  /**
   * Every entry under `folder` ('' for the root) except folders, by path from the branch root:
   * what a writer replacing the folder keeps, changes or deletes. Links and submodules inside
   * are listed (to be deleted or replaced, never followed); a link, file or submodule at the
   * folder or on the way to it is an InputError, as for fileEntry. An absent folder is empty.
   */
  async folderEntries(folder) {
    let treeId = this.rootId;
    if (folder !== "") {
      const found = await this.locate(folder);
      if (!found) return [];
      const { entry, at } = found;
      if (entry.kind !== "directory" || at !== folder) {
        const { place, where } = this.context;
        throw new InputError(
          `${at} ${place} is ${describeEntry(entry)}, not a folder: a folder is only replaced where it is a real folder, and links are never followed (${where}). Nothing was written.`
        );
      }
      treeId = entry.id;
    }
    const entries = (await this.tree.list(treeId, true)).filter((e) => e.kind !== "directory");
    if (entries.length > this.context.limits.checkoutFiles) {
      throw new InputError(
        `over ${this.context.limits.checkoutFiles} files under ${folder || "the root"} ${this.context.place}; refusing to replace them`
      );
    }
    return entries.map((e) => ({ ...e, path: folder ? `${folder}/${e.path}` : e.path }));
  }
  /**
   * The regular files under `prefixes`, from ONE recursive listing of the folder they share
   * (e.g. `data` for data/metrics and data/failures), for readers that then fetch only the files
   * they need: the listing's size follows the number of files, not their bytes. Anything else
   * under a prefix is skipped with a warning, as in a checkout. Falls back to checkoutEntries
   * when the shared folder is not a folder.
   */
  async listEntries(prefixes) {
    const wanted = prefixes.map((p) => p.replace(/\/+$/, "")).filter(Boolean);
    const common = sharedFolder(wanted);
    const found = common === "" ? null : await this.locate(common);
    if (common !== "" && (!found || found.entry.kind !== "directory" || found.at !== common)) {
      return found ? (await this.checkoutEntries(wanted)).files : [];
    }
    const treeId = found ? found.entry.id : this.rootId;
    const under = (path) => wanted.some((p) => path === p || path.startsWith(`${p}/`));
    const files = [];
    const warned = /* @__PURE__ */ new Set();
    for (const inner of await this.tree.list(treeId, true)) {
      const path = common === "" ? inner.path : `${common}/${inner.path}`;
      if (!under(path) && !wanted.some((p) => p.startsWith(`${path}/`))) continue;
      if (inner.kind === "file") {
        if (under(path)) files.push({ ...inner, path });
        continue;
      }
      if (inner.kind === "directory") continue;
      const top = [...warned].some((w) => path.startsWith(`${w}/`));
      if (!top) {
        warned.add(path);
        this.context.warn(
          `warning: ${path} ${this.context.place} is ${describeEntry({ ...inner, path })}: skipped, not followed (only regular files are read from a branch)`
        );
      }
    }
    if (files.length > this.context.limits.checkoutFiles) {
      throw new InputError(
        `over ${this.context.limits.checkoutFiles} files where a report reads ${this.context.place}; refusing to read them all`
      );
    }
    return files.sort((a, b) => a.path < b.path ? -1 : 1);
  }
  /** The bounds of a checkout, for files chosen from a listing before they are fetched. */
  assertBounds(files) {
    this.assertCheckoutBounds(new Map(files.map((f) => [f.path, f])));
  }
  assertCheckoutBounds(files) {
    const { place, limits } = this.context;
    if (files.size > limits.checkoutFiles) {
      throw new InputError(
        `over ${limits.checkoutFiles} files where a report reads ${place}; refusing to read them all`
      );
    }
    let total = 0;
    for (const file of files.values()) total += file.size ?? 0;
    if (total > limits.checkoutBytes) {
      throw new InputError(
        `the files a report reads ${place} hold ${sizeText(total)}, over the ${sizeText(limits.checkoutBytes)} limit (CI_LEDGER_MAX_CHECKOUT_BYTES)`
      );
    }
  }
  /**
   * Walks `path` one folder at a time from the root. Returns the entry at the path, or the
   * first entry on the way that is not a folder (`at` says where), or null when absent.
   */
  async locate(path) {
    const parts = path.split("/");
    let treeId = this.rootId;
    for (let i = 0; i < parts.length; i++) {
      const entry = (await this.listing(treeId)).find((e) => e.path === parts[i]);
      if (!entry) return null;
      const at = parts.slice(0, i + 1).join("/");
      if (i === parts.length - 1 || entry.kind !== "directory") return { entry, at };
      treeId = entry.id;
    }
    return null;
  }
  listing(treeId) {
    let listed = this.listings.get(treeId);
    if (!listed) {
      listed = this.tree.list(treeId, false);
      this.listings.set(treeId, listed);
    }
    return listed;
  }
};
function sharedFolder(paths) {
  const split = paths.map((p) => p.split("/"));
  const first = split[0] ?? [];
  let depth = 0;
  while (depth < first.length - (split.length === 1 ? 1 : 0) && split.every((parts) => parts.length > depth + 1 && parts[depth] === first[depth]))
    depth++;
  return first.slice(0, depth).join("/");
}
function writableEntry(path, found, context) {
  if (!found) return null;
  const { entry, at } = found;
  const { place, where, limits } = context;
  if (entry.kind !== "file" || at !== path) {
    throw new InputError(
      `${at} ${place} is ${describeEntry(entry)}, not ${at === path ? "a regular file" : "a folder"}: ledger files are regular files and links are never followed (${where}). Nothing was written.`
    );
  }
  if ((entry.size ?? 0) > limits.fileBytes) {
    throw new InputError(
      `${path} ${place} is ${sizeText(entry.size ?? 0)}, over the ${sizeText(limits.fileBytes)} limit for a ledger file (CI_LEDGER_MAX_FILE_BYTES). Nothing was written.`
    );
  }
  return { ...entry, path };
}
function branchFileText(bytes, path, context) {
  if (bytes.length > context.limits.fileBytes) {
    throw new InputError(
      `${path} ${context.place} is ${sizeText(bytes.length)}, over the ${sizeText(context.limits.fileBytes)} limit for a ledger file (CI_LEDGER_MAX_FILE_BYTES). Nothing was written.`
    );
  }
  return bytes.toString("utf8");
}

export {
  branchLimitsFromEnv,
  kindOfMode,
  BranchContent,
  writableEntry,
  branchFileText
};

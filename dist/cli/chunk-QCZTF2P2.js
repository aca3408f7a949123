import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  BranchContent,
  branchLimitsFromEnv,
  kindOfMode,
  writableEntry
} from "./chunk-Q2KB3NI2.js";
import {
  TransientError
} from "./chunk-V7MP4ZTR.js";

// src/ledger/backends/git.ts
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
var GitError = class extends Error {
  constructor(args, code, stderr) {
    super(`git ${args[0]} failed (exit ${code}): ${gitSaid(stderr)}`);
    this.args = args;
    this.code = code;
    this.stderr = stderr;
  }
  args;
  code;
  stderr;
  name = "GitError";
};
function gitSaid(stderr) {
  const lines = stderr.split("\n").map((l) => l.trim()).filter(Boolean);
  const shown = lines.length <= 12 ? lines : [...lines.slice(0, 6), "\u2026", ...lines.slice(-5)];
  return shown.join(" / ") || "(git printed nothing)";
}
async function git(args, options = {}) {
  return (await gitBytes(args, options)).toString("utf8");
}
function gitBytes(args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("git", args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, GIT_TERMINAL_PROMPT: "0" },
      stdio: ["pipe", "pipe", "pipe"]
    });
    runningGits.add(child);
    child.on("close", () => runningGits.delete(child));
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) {
        if (err.length > 0) options.onStderr?.(Buffer.concat(err).toString("utf8"));
        resolvePromise(Buffer.concat(out));
      } else reject(new GitError(args, code, Buffer.concat(err).toString("utf8")));
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(options.input ?? "");
  });
}
function normalizeRemote(remote, cwd = process.cwd()) {
  const looksLikeUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(remote) || /^[^/\\]+@[^:]+:/.test(remote);
  return looksLikeUrl || isAbsolute(remote) ? remote : resolve(cwd, remote);
}
async function originOf(cwd = process.cwd()) {
  const url = (await git(["remote", "get-url", "origin"], { cwd })).trim();
  const top = (await git(["rev-parse", "--show-toplevel"], { cwd })).trim();
  return normalizeRemote(url, top);
}
var PERMANENT = /Authentication failed|Permission denied|could not read (Username|Password)|returned error: 40[134]|Repository not found|does not appear to be a git repository|not a git repository|not supported|unable to find remote helper|hook declined|refusing to update checked out branch|branch is currently checked out|\[remote rejected\]/i;
var NETWORK_COMMANDS = /* @__PURE__ */ new Set(["fetch", "push", "ls-remote"]);
var GitBackend = class {
  constructor(remote, options = {}) {
    this.remote = remote;
    this.description = `git remote ${redactUrl(remote)}`;
    this.limits = options.limits ?? branchLimitsFromEnv();
    this.log = options.log ?? (() => {
    });
    this.userCwd = options.userCwd ?? process.cwd();
    this.requestRetries = options.requestRetries ?? 3;
    this.retryBaseMs = options.retryBaseMs ?? 1e3;
  }
  remote;
  description;
  workdir;
  identity;
  requestRetries;
  retryBaseMs;
  userCwd;
  limits;
  log;
  async defaultBranch() {
    const out = await this.run(["ls-remote", "--symref", this.remote, "HEAD"]);
    const match = /^ref: refs\/heads\/(\S+)\s+HEAD/m.exec(out);
    return match?.[1] ?? "main";
  }
  /** The branch tip fetched into the private repository (depth 1, no blobs); null when none. */
  async fetchHead(dir, branch) {
    const localRef = `refs/ledger/${branch}`;
    try {
      await this.run(
        [
          "fetch",
          "--quiet",
          "--no-tags",
          "--depth=1",
          "--filter=blob:none",
          "origin",
          `+refs/heads/${branch}:${localRef}`
        ],
        dir,
        // A remote that does not serve filters says so and sends everything.
        {
          onStderr: (text) => {
            if (/filtering not recognized/i.test(text)) this.allBlobsHere = true;
          }
        }
      );
      return (await this.run(["rev-parse", localRef], dir)).trim();
    } catch (error) {
      if (!(error instanceof GitError && /couldn't find remote ref/i.test(error.stderr)))
        throw error;
      return null;
    }
  }
  /** A folder's entries by blob id, from the trees alone: a site is compared without its blobs. */
  async readFolder(branch, folder) {
    const dir = await this.repo();
    const head = await this.fetchHead(dir, branch);
    const entries = /* @__PURE__ */ new Map();
    const listed = head ? await this.content(dir, head, branch).folderEntries(folder) : [];
    for (const e of listed)
      if (e.kind !== "directory") entries.set(e.path, { kind: e.kind, mode: e.mode, sha: e.id });
    return { branch, head, folder, entries };
  }
  async read(branch, paths) {
    const dir = await this.repo();
    const head = await this.fetchHead(dir, branch);
    const files = /* @__PURE__ */ new Map();
    const content = head ? this.content(dir, head, branch) : void 0;
    const entries = /* @__PURE__ */ new Map();
    for (const path of paths) entries.set(path, await content?.fileEntry(path) ?? null);
    const found = [...entries.values()].filter((e) => !!e);
    await this.fetchBlobs(dir, found);
    await this.assertSizes(dir, found, branch);
    for (const [path, entry] of entries)
      files.set(path, entry ? await this.run(["cat-file", "blob", entry.id], dir) : null);
    return { branch, head, files };
  }
  async publish(base, changes, message) {
    const dir = await this.repo();
    const blobs = /* @__PURE__ */ new Map();
    for (const [path, content] of changes) {
      const blob = content === null ? null : (await this.run(["hash-object", "-w", "--stdin"], dir, { input: content })).trim();
      if (blob) this.blobsHere.add(blob);
      blobs.set(path, blob);
    }
    const baseTree = base.head ? (await this.run(["rev-parse", `${base.head}^{tree}`], dir)).trim() : null;
    const tree = await this.updatedTree(dir, baseTree, blobs) ?? await this.mktree(dir, []);
    const parents = base.head ? ["-p", base.head] : [];
    const commit = (await this.run(["commit-tree", tree, ...parents, "-F", "-"], dir, {
      input: message,
      env: await this.author()
    })).trim();
    const pushRetries = { count: 0 };
    try {
      await this.run(
        ["push", "--quiet", "origin", `${commit}:refs/heads/${base.branch}`],
        dir,
        {
          // What the remote says on a push that lands (GitHub's warning for a file over 50 MB),
          // passed on whole.
          onStderr: (text) => remoteLines(text).forEach((line) => this.log(line))
        },
        pushRetries
      );
    } catch (error) {
      const text = error instanceof GitError ? error.stderr + error.message : "";
      if (/non-fast-forward|fetch first|stale info|failed to update ref|cannot lock ref/i.test(text)) {
        if (pushRetries.count > 0)
          throw new TransientError(
            `the push was rejected after ${pushRetries.count} repeat(s); an earlier one may have landed`
          );
        return { status: "conflict", reason: "the push was rejected: the branch moved" };
      }
      throw error;
    }
    return { status: "published", head: commit };
  }
  async checkout(branch, prefixes) {
    const snapshot = await this.read(branch, []);
    if (!snapshot.head) return null;
    const dir = await this.repo();
    const out = await mkdtemp(join(dir, "checkout-"));
    const index = join(dir, `checkout-index-${process.pid}`);
    const env = { GIT_INDEX_FILE: index };
    const content = this.content(dir, snapshot.head, branch);
    const { files } = await content.checkoutEntries(prefixes);
    await this.fetchBlobs(dir, files);
    content.assertBounds(await this.withSizes(dir, files));
    await this.run(["read-tree", snapshot.head], dir, { env });
    if (files.length > 0)
      await this.run(["checkout-index", "-z", "--stdin"], dir, {
        env: { ...env, GIT_WORK_TREE: out },
        input: files.map((f) => `${f.path}\0`).join("")
      });
    return out;
  }
  /** `tree` with `changes` (path → blob id; null removes) applied; null when nothing is left. */
  async updatedTree(dir, tree, changes) {
    const entries = /* @__PURE__ */ new Map();
    if (tree) {
      const listed = await this.run(["ls-tree", "-z", tree], dir);
      for (const record of listed.split("\0").filter(Boolean)) {
        const tab = record.indexOf("	");
        entries.set(record.slice(tab + 1), record.slice(0, tab));
      }
    }
    const folders = /* @__PURE__ */ new Map();
    for (const [path, blob] of changes) {
      const slash = path.indexOf("/");
      if (slash === -1) {
        if (blob === null) entries.delete(path);
        else entries.set(path, `100644 blob ${blob}`);
        continue;
      }
      const name = path.slice(0, slash);
      if (!folders.has(name)) folders.set(name, /* @__PURE__ */ new Map());
      folders.get(name).set(path.slice(slash + 1), blob);
    }
    for (const [name, inner] of folders) {
      const current = entries.get(name)?.split(" ");
      const subtree = current?.[1] === "tree" ? current[2] : null;
      const updated = await this.updatedTree(dir, subtree, inner);
      if (updated === null) entries.delete(name);
      else entries.set(name, `040000 tree ${updated}`);
    }
    if (entries.size === 0) return null;
    return this.mktree(
      dir,
      [...entries].map(([name, info]) => `${info}	${name}`)
    );
  }
  /** A tree of these `ls-tree` lines; objects it names need not be here (--missing). */
  async mktree(dir, lines) {
    const input = lines.map((l) => `${l}\0`).join("");
    return (await this.run(["mktree", "-z", "--missing"], dir, { input })).trim();
  }
  /** The regular files under `prefixes` at the branch tip, listed from its trees (no content). */
  async listFiles(branch, prefixes) {
    const snapshot = await this.read(branch, []);
    if (!snapshot.head) return null;
    return this.content(await this.repo(), snapshot.head, branch).listEntries(prefixes);
  }
  /** The listed files' content under `dir`: their blobs in one fetch, then read locally. */
  async fetchFiles(out, files) {
    const dir = await this.repo();
    await this.fetchBlobs(dir, files);
    const bounds = new BranchContent({ list: async () => [] }, "", this.context("being read"));
    bounds.assertBounds(await this.withSizes(dir, files));
    for (const file of files) {
      const bytes = await gitBytes(["cat-file", "blob", file.id], { cwd: dir });
      await mkdir(dirname(join(out, file.path)), { recursive: true });
      await writeFile(join(out, file.path), bytes, { flag: "wx" });
    }
  }
  async close() {
    if (this.workdir) {
      await rm(this.workdir, { recursive: true, force: true });
      temporaryRepositories.delete(this.workdir);
    }
    this.workdir = void 0;
  }
  async repo() {
    if (!this.workdir) {
      const dir = mkdtempSync(join(tmpdir(), "ci-ledger-git-"));
      removeOnExit(dir);
      this.workdir = dir;
      await this.run(["init", "--quiet", "--bare", dir]);
      const settings = [
        ["remote.origin.url", this.remote],
        ["remote.origin.promisor", "true"],
        ["remote.origin.partialclonefilter", "blob:none"]
      ];
      for (const [key, value] of settings) await this.run(["config", key, value], dir);
    }
    return this.workdir;
  }
  /**
   * The blobs of `files` that the partial fetch left out, in ONE fetch by object id (what git's
   * lazy fetch does, batched): reading them one by one would cost a round trip each.
   */
  async fetchBlobs(dir, files) {
    if (files.length === 0) return;
    if (this.allBlobsHere) return;
    const missing = [...new Set(files.map((f) => f.id))].filter((id) => !this.blobsHere.has(id));
    if (missing.length === 0) return;
    await this.run(
      [
        "fetch",
        "--quiet",
        "--no-tags",
        "--no-write-fetch-head",
        "--recurse-submodules=no",
        "--filter=blob:none",
        "--stdin",
        "origin"
      ],
      dir,
      {
        input: missing.join("\n") + "\n",
        // No negotiation: the objects are asked for by id.
        env: {
          GIT_CONFIG_COUNT: "1",
          GIT_CONFIG_KEY_0: "fetch.negotiationAlgorithm",
          GIT_CONFIG_VALUE_0: "noop"
        }
      }
    );
    for (const id of missing) this.blobsHere.add(id);
  }
  /** Blob ids known to be in the temporary repository. */
  blobsHere = /* @__PURE__ */ new Set();
  /** The remote does not serve filters: every fetch brought every blob. */
  allBlobsHere = false;
  /**
   * The branch at `commit` as the shared reader sees it, one `git ls-tree` per tree. Without
   * sizes (`-l`): a size needs the blob itself, which would undo the partial fetch. Sizes are
   * checked once the blobs read are here (`assertSizes`).
   */
  content(dir, commit, branch) {
    const list = async (tree, recursive) => parseLsTree(await this.run(["ls-tree", "-z", ...recursive ? ["-r"] : [], tree], dir));
    return new BranchContent({ list }, commit, this.context(branch));
  }
  context(branch) {
    return {
      place: `on branch ${branch}`,
      where: this.description,
      limits: this.limits,
      warn: this.log
    };
  }
  /** Each fetched file's size against the in-memory limit, before it is read (a clean refusal). */
  async assertSizes(dir, entries, branch) {
    for (const entry of await this.withSizes(dir, entries))
      writableEntry(entry.path, { entry, at: entry.path }, this.context(branch));
  }
  /** The entries with their sizes, from the blobs now here (never fetching one). */
  async withSizes(dir, entries) {
    if (entries.length === 0) return [];
    const out = await git(["cat-file", "--batch-check=%(objectname) %(objectsize)"], {
      cwd: dir,
      input: entries.map((e) => e.id).join("\n") + "\n",
      env: { GIT_NO_LAZY_FETCH: "1" }
    });
    const sizes = new Map(out.split("\n").map((l) => l.split(" ")));
    return entries.map((e) => ({ ...e, size: Number(sizes.get(e.id) ?? e.size ?? 0) }));
  }
  /** The operator's own identity when git has one configured, else a neutral one. */
  async author() {
    if (!this.identity) {
      const config = async (key) => git(["config", "--get", key], { cwd: this.userCwd }).then(
        (v) => v.trim(),
        () => ""
      );
      const name = process.env.GIT_AUTHOR_NAME || await config("user.name") || "ci-ledger";
      const email = process.env.GIT_AUTHOR_EMAIL || await config("user.email") || "ci-ledger@localhost";
      this.identity = {
        GIT_AUTHOR_NAME: name,
        GIT_AUTHOR_EMAIL: email,
        GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME || name,
        GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL || email
      };
    }
    return this.identity;
  }
  /** Network trouble becomes a TransientError, which the writer retries. */
  /**
   * Runs git; a fetch, push or ls-remote that fails for a network reason is repeated a few
   * times right away (1 s, 4 s, 9 s by default, as Octokit does for the API) — git itself never
   * retries — and then surfaces as a TransientError for the writer's own retry loop. Repeating a
   * push is safe: one that already landed is "up to date", one overtaken is rejected.
   */
  async run(args, cwd, options = {}, retries = { count: 0 }) {
    const talksToRemote = NETWORK_COMMANDS.has(args[0] ?? "");
    for (let retry = 0; ; retry++) {
      try {
        return await git(args, { ...options, cwd });
      } catch (error) {
        const transient = error instanceof GitError && talksToRemote && !PERMANENT.test(error.stderr) && !isConflictOrMissing(error.stderr);
        if (!transient) throw error;
        if (retry >= this.requestRetries) {
          throw new TransientError(`git ${args[0]}: ${gitSaid(error.stderr)}`);
        }
        retries.count++;
        await new Promise((r) => setTimeout(r, (retry + 1) ** 2 * this.retryBaseMs));
      }
    }
  }
};
var runningGits = /* @__PURE__ */ new Set();
var temporaryRepositories = /* @__PURE__ */ new Set();
var exitHooked = false;
function removeOnExit(dir) {
  temporaryRepositories.add(dir);
  if (exitHooked) return;
  exitHooked = true;
  const removeAll = () => {
    for (const child of runningGits) child.kill("SIGKILL");
    for (const d of temporaryRepositories) {
      try {
        rmSync(d, { recursive: true, force: true, maxRetries: 20, retryDelay: 25 });
      } catch {
      }
    }
    temporaryRepositories.clear();
  };
  process.once("exit", removeAll);
  for (const [signal, number] of [
    ["SIGINT", 2],
    ["SIGTERM", 15]
  ]) {
    process.on(signal, () => {
      removeAll();
      if (process.listenerCount(signal) === 1) process.exit(128 + number);
    });
  }
}
function remoteLines(stderr) {
  return stderr.split(/\r?\n|\r/).map((l) => l.trimEnd()).filter((l) => /^remote:\s*\S/.test(l));
}
function isConflictOrMissing(stderr) {
  return /non-fast-forward|fetch first|stale info|failed to update ref|cannot lock ref|couldn't find remote ref/i.test(
    stderr
  );
}
function parseLsTree(output) {
  const entries = [];
  for (const record of output.split("\0")) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)(?: +(-|\d+))?\t(.*)$/s.exec(record);
    if (!match) continue;
    const [, mode, , id, size, path] = match;
    const entry = { path, kind: kindOfMode(mode), mode, id };
    if (size !== void 0 && size !== "-") entry.size = Number(size);
    entries.push(entry);
  }
  return entries;
}
function redactUrl(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]+@/i, "$1***@");
}

export {
  GitError,
  gitSaid,
  git,
  normalizeRemote,
  originOf,
  GitBackend,
  parseLsTree,
  redactUrl
};

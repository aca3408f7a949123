import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  BranchContent,
  branchLimitsFromEnv,
  kindOfMode
} from "./chunk-OWJ74Q7S.js";
import {
  TransientError
} from "./chunk-CMNREZAP.js";
import "./chunk-RXARMASY.js";

// src/ledger/backends/git.ts
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
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
function git(args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("git", args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, GIT_TERMINAL_PROMPT: "0" },
      stdio: ["pipe", "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => {
      const stdout = Buffer.concat(out).toString("utf8");
      if (code === 0) resolvePromise(stdout);
      else reject(new GitError(args, code, Buffer.concat(err).toString("utf8")));
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
var PERMANENT = /Authentication failed|Permission denied|could not read (Username|Password)|returned error: 40[134]|Repository not found|does not appear to be a git repository|not a git repository|not supported|unable to find remote helper|hook declined/i;
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
  async read(branch, paths) {
    const dir = await this.repo();
    const localRef = `refs/ledger/${branch}`;
    let head = null;
    try {
      await this.run(
        [
          "fetch",
          "--quiet",
          "--no-tags",
          "--depth=1",
          this.remote,
          `+refs/heads/${branch}:${localRef}`
        ],
        dir
      );
      head = (await this.run(["rev-parse", localRef], dir)).trim();
    } catch (error) {
      if (!(error instanceof GitError && /couldn't find remote ref/i.test(error.stderr)))
        throw error;
    }
    const files = /* @__PURE__ */ new Map();
    const content = head ? this.content(dir, head, branch) : void 0;
    for (const path of paths) {
      const entry = await content?.fileEntry(path);
      files.set(path, entry ? await this.run(["cat-file", "blob", entry.id], dir) : null);
    }
    return { branch, head, files };
  }
  async publish(base, changes, message) {
    const dir = await this.repo();
    const index = join(dir, `index-${process.pid}`);
    const env = { GIT_INDEX_FILE: index };
    await rm(index, { force: true });
    await this.run(base.head ? ["read-tree", base.head] : ["read-tree", "--empty"], dir, { env });
    for (const [path, content] of changes) {
      const blob = (await this.run(["hash-object", "-w", "--stdin"], dir, { input: content })).trim();
      await this.run(["update-index", "--add", "--cacheinfo", `100644,${blob},${path}`], dir, {
        env
      });
    }
    const tree = (await this.run(["write-tree"], dir, { env })).trim();
    const parents = base.head ? ["-p", base.head] : [];
    const commit = (await this.run(["commit-tree", tree, ...parents, "-F", "-"], dir, {
      input: message,
      env: await this.author()
    })).trim();
    try {
      await this.run(["push", "--quiet", this.remote, `${commit}:refs/heads/${base.branch}`], dir);
    } catch (error) {
      const text = error instanceof GitError ? error.stderr + error.message : "";
      if (/non-fast-forward|fetch first|stale info|failed to update ref|cannot lock ref/i.test(text)) {
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
    const { files } = await this.content(dir, snapshot.head, branch).checkoutEntries(prefixes);
    await this.run(["read-tree", snapshot.head], dir, { env });
    if (files.length > 0)
      await this.run(["checkout-index", "-z", "--stdin"], dir, {
        env: { ...env, GIT_WORK_TREE: out },
        input: files.map((f) => `${f.path}\0`).join("")
      });
    return out;
  }
  async close() {
    if (this.workdir) await rm(this.workdir, { recursive: true, force: true });
    this.workdir = void 0;
  }
  async repo() {
    if (!this.workdir) {
      this.workdir = await mkdtemp(join(tmpdir(), "ci-ledger-git-"));
      await this.run(["init", "--quiet", "--bare", this.workdir]);
    }
    return this.workdir;
  }
  /** The branch at `commit` as the shared reader sees it, one `git ls-tree` per tree. */
  content(dir, commit, branch) {
    const list = async (tree, recursive) => parseLsTree(await this.run(["ls-tree", "-l", "-z", ...recursive ? ["-r"] : [], tree], dir));
    return new BranchContent({ list }, commit, {
      place: `on branch ${branch}`,
      where: this.description,
      limits: this.limits,
      warn: this.log
    });
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
  async run(args, cwd, options = {}) {
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
        await new Promise((r) => setTimeout(r, (retry + 1) ** 2 * this.retryBaseMs));
      }
    }
  }
};
function isConflictOrMissing(stderr) {
  return /non-fast-forward|fetch first|stale info|failed to update ref|cannot lock ref|couldn't find remote ref/i.test(
    stderr
  );
}
function parseLsTree(output) {
  const entries = [];
  for (const record of output.split("\0")) {
    const match = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.*)$/s.exec(record);
    if (!match) continue;
    const [, mode, , id, size, path] = match;
    const entry = { path, kind: kindOfMode(mode), mode, id };
    if (size !== "-") entry.size = Number(size);
    entries.push(entry);
  }
  return entries;
}
function redactUrl(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]+@/i, "$1***@");
}
export {
  GitBackend,
  GitError,
  git,
  gitSaid,
  normalizeRemote,
  originOf,
  parseLsTree,
  redactUrl
};

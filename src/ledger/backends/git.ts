/**
 * Git backend, for operators' shells and Makefiles: no token, the user's own git credentials.
 * It never touches the user's working tree: it works in a private bare repository in a temp
 * directory, fetches only the branch tip (depth 1), builds the new commit with plumbing
 * (hash-object, a private index, write-tree, commit-tree) and pushes it. A push that is not a
 * fast-forward is rejected by the remote; that is the conflict signal to re-read and re-apply.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import {
  BranchContent,
  branchLimitsFromEnv,
  kindOfMode,
  type BranchEntry,
  type BranchLimits,
} from '../branch-content.js';
import { TransientError } from '../../vocabulary/index.js';
import type { LedgerBackend, PublishResult, Snapshot } from '../types.js';

export class GitError extends Error {
  override name = 'GitError';
  constructor(
    readonly args: string[],
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args[0]} failed (exit ${code}): ${gitSaid(stderr)}`);
  }
}

/**
 * What git (and the remote, through it) said, whole: its first lines carry the reason ("fatal:
 * '…' does not appear to be a git repository", "remote: …"), the last ones the advice. Only a
 * very long output is cut, in its middle.
 */
export function gitSaid(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const shown = lines.length <= 12 ? lines : [...lines.slice(0, 6), '…', ...lines.slice(-5)];
  return shown.join(' / ') || '(git printed nothing)';
}

export interface GitRunOptions {
  cwd?: string;
  input?: string;
  env?: NodeJS.ProcessEnv;
}

/** Runs git with an argument list (never a shell) and returns its stdout. */
export function git(args: string[], options: GitRunOptions = {}): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, GIT_TERMINAL_PROMPT: '0' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdout = Buffer.concat(out).toString('utf8');
      if (code === 0) resolvePromise(stdout);
      else reject(new GitError(args, code, Buffer.concat(err).toString('utf8')));
    });
    child.stdin.on('error', () => {}); // git may exit before reading all input; the exit code says why
    child.stdin.end(options.input ?? '');
  });
}

/** Resolves a remote given as a local path so that it still works from the temp repository. */
export function normalizeRemote(remote: string, cwd = process.cwd()): string {
  const looksLikeUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(remote) || /^[^/\\]+@[^:]+:/.test(remote);
  return looksLikeUrl || isAbsolute(remote) ? remote : resolve(cwd, remote);
}

/** The URL of `origin` in the repository at cwd: the git backend's default remote. */
export async function originOf(cwd = process.cwd()): Promise<string> {
  const url = (await git(['remote', 'get-url', 'origin'], { cwd })).trim();
  const top = (await git(['rev-parse', '--show-toplevel'], { cwd })).trim();
  return normalizeRemote(url, top);
}

/** Talking to a remote fails for good only for these reasons; anything else a network or a
 * server can do (refused or dropped connections, 5xx, a reply cut short mid-protocol) is
 * worth another attempt. */
const PERMANENT =
  /Authentication failed|Permission denied|could not read (Username|Password)|returned error: 40[134]|Repository not found|does not appear to be a git repository|not a git repository|not supported|unable to find remote helper|hook declined/i;
const NETWORK_COMMANDS = new Set(['fetch', 'push', 'ls-remote']);

export class GitBackend implements LedgerBackend {
  readonly description: string;
  private workdir: string | undefined;
  private identity: NodeJS.ProcessEnv | undefined;

  private readonly requestRetries: number;
  private readonly retryBaseMs: number;

  constructor(
    readonly remote: string,
    options: {
      userCwd?: string;
      requestRetries?: number;
      retryBaseMs?: number;
      limits?: BranchLimits;
      log?: (line: string) => void;
    } = {},
  ) {
    this.description = `git remote ${redactUrl(remote)}`;
    this.limits = options.limits ?? branchLimitsFromEnv();
    this.log = options.log ?? (() => {});
    this.userCwd = options.userCwd ?? process.cwd();
    this.requestRetries = options.requestRetries ?? 3;
    this.retryBaseMs = options.retryBaseMs ?? 1000;
  }

  private readonly userCwd: string;
  private readonly limits: BranchLimits;
  private readonly log: (line: string) => void;

  async defaultBranch(): Promise<string> {
    const out = await this.run(['ls-remote', '--symref', this.remote, 'HEAD']);
    const match = /^ref: refs\/heads\/(\S+)\s+HEAD/m.exec(out);
    return match?.[1] ?? 'main';
  }

  async read(branch: string, paths: string[]): Promise<Snapshot> {
    const dir = await this.repo();
    const localRef = `refs/ledger/${branch}`;
    let head: string | null = null;
    try {
      await this.run(
        [
          'fetch',
          '--quiet',
          '--no-tags',
          '--depth=1',
          this.remote,
          `+refs/heads/${branch}:${localRef}`,
        ],
        dir,
      );
      head = (await this.run(['rev-parse', localRef], dir)).trim();
    } catch (error) {
      if (!(error instanceof GitError && /couldn't find remote ref/i.test(error.stderr)))
        throw error;
    }
    const files = new Map<string, string | null>();
    const content = head ? this.content(dir, head, branch) : undefined;
    for (const path of paths) {
      const entry = await content?.fileEntry(path);
      files.set(path, entry ? await this.run(['cat-file', 'blob', entry.id], dir) : null);
    }
    return { branch, head, files };
  }

  async publish(
    base: Snapshot,
    changes: Map<string, string | null>,
    message: string,
  ): Promise<PublishResult> {
    const dir = await this.repo();
    const index = join(dir, `index-${process.pid}`);
    const env = { GIT_INDEX_FILE: index };
    await rm(index, { force: true });
    await this.run(base.head ? ['read-tree', base.head] : ['read-tree', '--empty'], dir, { env });
    for (const [path, content] of changes) {
      if (content === null) {
        // Mode 0 removes the entry (--force-remove wants a work tree; this is a bare repository).
        await this.run(['update-index', '-z', '--index-info'], dir, {
          env,
          input: `0 ${'0'.repeat(40)}\t${path}\0`,
        });
        continue;
      }
      const blob = (
        await this.run(['hash-object', '-w', '--stdin'], dir, { input: content })
      ).trim();
      await this.run(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], dir, {
        env,
      });
    }
    const tree = (await this.run(['write-tree'], dir, { env })).trim();
    const parents = base.head ? ['-p', base.head] : [];
    const commit = (
      await this.run(['commit-tree', tree, ...parents, '-F', '-'], dir, {
        input: message,
        env: await this.author(),
      })
    ).trim();
    try {
      await this.run(['push', '--quiet', this.remote, `${commit}:refs/heads/${base.branch}`], dir);
    } catch (error) {
      const text = error instanceof GitError ? error.stderr + error.message : '';
      if (
        /non-fast-forward|fetch first|stale info|failed to update ref|cannot lock ref/i.test(text)
      ) {
        return { status: 'conflict', reason: 'the push was rejected: the branch moved' };
      }
      throw error;
    }
    return { status: 'published', head: commit };
  }

  async checkout(branch: string, prefixes: string[]): Promise<string | null> {
    const snapshot = await this.read(branch, []);
    if (!snapshot.head) return null;
    const dir = await this.repo();
    const out = await mkdtemp(join(dir, 'checkout-'));
    const index = join(dir, `checkout-index-${process.pid}`);
    const env = { GIT_INDEX_FILE: index };
    // Only the regular files the shared reader chose are checked out: git would otherwise
    // recreate the branch's links on disk for the readers to follow.
    const { files } = await this.content(dir, snapshot.head, branch).checkoutEntries(prefixes);
    await this.run(['read-tree', snapshot.head], dir, { env });
    if (files.length > 0)
      await this.run(['checkout-index', '-z', '--stdin'], dir, {
        env: { ...env, GIT_WORK_TREE: out },
        input: files.map((f) => `${f.path}\0`).join(''),
      });
    return out;
  }

  async close(): Promise<void> {
    if (this.workdir) await rm(this.workdir, { recursive: true, force: true });
    this.workdir = undefined;
  }

  private async repo(): Promise<string> {
    if (!this.workdir) {
      this.workdir = await mkdtemp(join(tmpdir(), 'ci-ledger-git-'));
      await this.run(['init', '--quiet', '--bare', this.workdir]);
    }
    return this.workdir;
  }

  /** The branch at `commit` as the shared reader sees it, one `git ls-tree` per tree. */
  private content(dir: string, commit: string, branch: string): BranchContent {
    const list = async (tree: string, recursive: boolean) =>
      parseLsTree(await this.run(['ls-tree', '-l', '-z', ...(recursive ? ['-r'] : []), tree], dir));
    return new BranchContent({ list }, commit, {
      place: `on branch ${branch}`,
      where: this.description,
      limits: this.limits,
      warn: this.log,
    });
  }

  /** The operator's own identity when git has one configured, else a neutral one. */
  private async author(): Promise<NodeJS.ProcessEnv> {
    if (!this.identity) {
      const config = async (key: string) =>
        git(['config', '--get', key], { cwd: this.userCwd }).then(
          (v) => v.trim(),
          () => '',
        );
      const name = process.env.GIT_AUTHOR_NAME || (await config('user.name')) || 'ci-ledger';
      const email =
        process.env.GIT_AUTHOR_EMAIL || (await config('user.email')) || 'ci-ledger@localhost';
      this.identity = {
        GIT_AUTHOR_NAME: name,
        GIT_AUTHOR_EMAIL: email,
        GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME || name,
        GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL || email,
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
  private async run(args: string[], cwd?: string, options: GitRunOptions = {}): Promise<string> {
    const talksToRemote = NETWORK_COMMANDS.has(args[0] ?? '');
    for (let retry = 0; ; retry++) {
      try {
        return await git(args, { ...options, cwd });
      } catch (error) {
        const transient =
          error instanceof GitError &&
          talksToRemote &&
          !PERMANENT.test(error.stderr) &&
          !isConflictOrMissing(error.stderr);
        if (!transient) throw error;
        if (retry >= this.requestRetries) {
          throw new TransientError(`git ${args[0]}: ${gitSaid(error.stderr)}`);
        }
        await new Promise((r) => setTimeout(r, (retry + 1) ** 2 * this.retryBaseMs));
      }
    }
  }
}

/** Outcomes the caller handles itself: a rejected push (conflict), a branch that does not exist. */
function isConflictOrMissing(stderr: string): boolean {
  return /non-fast-forward|fetch first|stale info|failed to update ref|cannot lock ref|couldn't find remote ref/i.test(
    stderr,
  );
}

/** `git ls-tree -l -z`: "<mode> <type> <sha> <size>\t<path>\0" per entry (size "-" for trees). */
export function parseLsTree(output: string): BranchEntry[] {
  const entries: BranchEntry[] = [];
  for (const record of output.split('\0')) {
    const match = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.*)$/s.exec(record);
    if (!match) continue;
    const [, mode, , id, size, path] = match;
    const entry: BranchEntry = { path: path!, kind: kindOfMode(mode!), mode: mode!, id: id! };
    if (size !== '-') entry.size = Number(size);
    entries.push(entry);
  }
  return entries;
}

/** Never print credentials embedded in a remote URL. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]+@/i, '$1***@');
}

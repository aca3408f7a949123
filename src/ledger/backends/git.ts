/**
 * Git backend, for operators' shells and Makefiles: no token, the user's own git credentials.
 * It never touches the user's working tree: it works in a private bare repository in a temp
 * directory, builds the new commit with plumbing (hash-object, a private index, write-tree,
 * commit-tree) and pushes it. A push that is not a fast-forward is rejected by the remote; that
 * is the conflict signal to re-read and re-apply.
 *
 * It fetches only what it touches: the branch tip (depth 1) without any file content (a partial
 * fetch, `--filter=blob:none`: commits and trees only), then the blobs of just the files it
 * reads, all in one more fetch (as git's own lazy fetch of a partial clone does). A remote that
 * does not serve filters sends everything, as before. The temporary repository is removed on
 * close, and on every exit of the process, SIGINT and SIGTERM included.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import {
  BranchContent,
  branchLimitsFromEnv,
  writableEntry,
  kindOfMode,
  type BranchEntry,
  type BranchLimits,
} from '../branch-content.js';
import { TransientError } from '../../vocabulary/index.js';
import type {
  Changes,
  FolderEntry,
  FolderSnapshot,
  LedgerBackend,
  PublishResult,
  Snapshot,
} from '../types.js';

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
  /** What git printed on stderr when it succeeded (the remote's warnings on a push). */
  onStderr?: (text: string) => void;
}

/** Runs git with an argument list (never a shell) and returns its stdout. */
export async function git(args: string[], options: GitRunOptions = {}): Promise<string> {
  return (await gitBytes(args, options)).toString('utf8');
}

/** git's stdout as bytes (a blob written to a file as it is). */
function gitBytes(args: string[], options: GitRunOptions = {}): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, GIT_TERMINAL_PROMPT: '0' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    runningGits.add(child);
    child.on('close', () => runningGits.delete(child));
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        if (err.length > 0) options.onStderr?.(Buffer.concat(err).toString('utf8'));
        resolvePromise(Buffer.concat(out));
      } else reject(new GitError(args, code, Buffer.concat(err).toString('utf8')));
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
 * worth another attempt. Refusals no retry changes are reported at once, in git's words. (A
 * rejected push that is a lost race — non-fast-forward, cannot lock ref — is told apart first,
 * by isConflictOrMissing.) */
const PERMANENT =
  /Authentication failed|Permission denied|could not read (Username|Password)|returned error: 40[134]|Repository not found|does not appear to be a git repository|not a git repository|not supported|unable to find remote helper|hook declined|refusing to update checked out branch|branch is currently checked out|\[remote rejected\]/i;
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

  /** The branch tip fetched into the private repository (depth 1, no blobs); null when none. */
  private async fetchHead(dir: string, branch: string): Promise<string | null> {
    const localRef = `refs/ledger/${branch}`;
    try {
      await this.run(
        [
          'fetch',
          '--quiet',
          '--no-tags',
          '--depth=1',
          '--filter=blob:none',
          'origin',
          `+refs/heads/${branch}:${localRef}`,
        ],
        dir,
        // A remote that does not serve filters says so and sends everything.
        {
          onStderr: (text) => {
            if (/filtering not recognized/i.test(text)) this.allBlobsHere = true;
          },
        },
      );
      return (await this.run(['rev-parse', localRef], dir)).trim();
    } catch (error) {
      if (!(error instanceof GitError && /couldn't find remote ref/i.test(error.stderr)))
        throw error;
      return null;
    }
  }

  /** A folder's entries by blob id, from the trees alone: a site is compared without its blobs. */
  async readFolder(branch: string, folder: string): Promise<FolderSnapshot> {
    const dir = await this.repo();
    const head = await this.fetchHead(dir, branch);
    const entries = new Map<string, FolderEntry>();
    const listed = head ? await this.content(dir, head, branch).folderEntries(folder) : [];
    for (const e of listed)
      if (e.kind !== 'directory') entries.set(e.path, { kind: e.kind, mode: e.mode, sha: e.id });
    return { branch, head, folder, entries };
  }

  async read(branch: string, paths: string[]): Promise<Snapshot> {
    const dir = await this.repo();
    const head = await this.fetchHead(dir, branch);
    const files = new Map<string, string | null>();
    const content = head ? this.content(dir, head, branch) : undefined;
    const entries = new Map<string, BranchEntry | null>();
    for (const path of paths) entries.set(path, (await content?.fileEntry(path)) ?? null);
    const found = [...entries.values()].filter((e): e is BranchEntry => !!e);
    await this.fetchBlobs(dir, found);
    await this.assertSizes(dir, found, branch);
    for (const [path, entry] of entries)
      files.set(path, entry ? await this.run(['cat-file', 'blob', entry.id], dir) : null);
    return { branch, head, files };
  }

  async publish(
    base: Snapshot | FolderSnapshot,
    changes: Changes,
    message: string,
  ): Promise<PublishResult> {
    const dir = await this.repo();
    // New blobs, then the trees on their paths, folder by folder (mktree --missing): an index
    // (write-tree) would insist on holding every blob of the branch, which the partial fetch
    // deliberately left on the remote.
    const blobs = new Map<string, string | null>();
    for (const [path, content] of changes) {
      const blob =
        content === null
          ? null
          : (await this.run(['hash-object', '-w', '--stdin'], dir, { input: content })).trim();
      if (blob) this.blobsHere.add(blob);
      blobs.set(path, blob);
    }
    const baseTree = base.head
      ? (await this.run(['rev-parse', `${base.head}^{tree}`], dir)).trim()
      : null;
    const tree = (await this.updatedTree(dir, baseTree, blobs)) ?? (await this.mktree(dir, []));
    const parents = base.head ? ['-p', base.head] : [];
    const commit = (
      await this.run(['commit-tree', tree, ...parents, '-F', '-'], dir, {
        input: message,
        env: await this.author(),
      })
    ).trim();
    const pushRetries = { count: 0 };
    try {
      await this.run(
        ['push', '--quiet', 'origin', `${commit}:refs/heads/${base.branch}`],
        dir,
        {
          // What the remote says on a push that lands (GitHub's warning for a file over 50 MB),
          // passed on whole.
          onStderr: (text) => remoteLines(text).forEach((line) => this.log(line)),
        },
        pushRetries,
      );
    } catch (error) {
      const text = error instanceof GitError ? error.stderr + error.message : '';
      if (
        /non-fast-forward|fetch first|stale info|failed to update ref|cannot lock ref/i.test(text)
      ) {
        // A push repeated after a failure (its answer lost, say) and then rejected may have
        // landed the first time: the writer re-reads to find out, as after a lost response.
        if (pushRetries.count > 0)
          throw new TransientError(
            `the push was rejected after ${pushRetries.count} repeat(s); an earlier one may have landed`,
          );
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
    const content = this.content(dir, snapshot.head, branch);
    const { files } = await content.checkoutEntries(prefixes);
    await this.fetchBlobs(dir, files);
    // The listing has no sizes (they would need the blobs): the bound is checked on arrival.
    content.assertBounds(await this.withSizes(dir, files));
    await this.run(['read-tree', snapshot.head], dir, { env });
    if (files.length > 0)
      await this.run(['checkout-index', '-z', '--stdin'], dir, {
        env: { ...env, GIT_WORK_TREE: out },
        input: files.map((f) => `${f.path}\0`).join(''),
      });
    return out;
  }

  /** `tree` with `changes` (path → blob id; null removes) applied; null when nothing is left. */
  private async updatedTree(
    dir: string,
    tree: string | null,
    changes: Map<string, string | null>,
  ): Promise<string | null> {
    const entries = new Map<string, string>(); // name → "mode type id"
    if (tree) {
      const listed = await this.run(['ls-tree', '-z', tree], dir);
      for (const record of listed.split('\0').filter(Boolean)) {
        const tab = record.indexOf('\t');
        entries.set(record.slice(tab + 1), record.slice(0, tab));
      }
    }
    const folders = new Map<string, Map<string, string | null>>();
    for (const [path, blob] of changes) {
      const slash = path.indexOf('/');
      if (slash === -1) {
        if (blob === null) entries.delete(path);
        else entries.set(path, `100644 blob ${blob}`);
        continue;
      }
      const name = path.slice(0, slash);
      if (!folders.has(name)) folders.set(name, new Map());
      folders.get(name)!.set(path.slice(slash + 1), blob);
    }
    for (const [name, inner] of folders) {
      const current = entries.get(name)?.split(' ');
      const subtree = current?.[1] === 'tree' ? current[2]! : null;
      const updated = await this.updatedTree(dir, subtree, inner);
      if (updated === null) entries.delete(name);
      else entries.set(name, `040000 tree ${updated}`);
    }
    if (entries.size === 0) return null;
    return this.mktree(
      dir,
      [...entries].map(([name, info]) => `${info}\t${name}`),
    );
  }

  /** A tree of these `ls-tree` lines; objects it names need not be here (--missing). */
  private async mktree(dir: string, lines: string[]): Promise<string> {
    const input = lines.map((l) => `${l}\0`).join('');
    return (await this.run(['mktree', '-z', '--missing'], dir, { input })).trim();
  }

  /** The regular files under `prefixes` at the branch tip, listed from its trees (no content). */
  async listFiles(branch: string, prefixes: string[]): Promise<BranchEntry[] | null> {
    const snapshot = await this.read(branch, []);
    if (!snapshot.head) return null;
    return this.content(await this.repo(), snapshot.head, branch).listEntries(prefixes);
  }

  /** The listed files' content under `dir`: their blobs in one fetch, then read locally. */
  async fetchFiles(out: string, files: BranchEntry[]): Promise<void> {
    const dir = await this.repo();
    await this.fetchBlobs(dir, files);
    const bounds = new BranchContent({ list: async () => [] }, '', this.context('being read'));
    bounds.assertBounds(await this.withSizes(dir, files));
    for (const file of files) {
      const bytes = await gitBytes(['cat-file', 'blob', file.id], { cwd: dir });
      await mkdir(dirname(join(out, file.path)), { recursive: true });
      await writeFile(join(out, file.path), bytes, { flag: 'wx' });
    }
  }

  async close(): Promise<void> {
    if (this.workdir) {
      await rm(this.workdir, { recursive: true, force: true });
      temporaryRepositories.delete(this.workdir);
    }
    this.workdir = undefined;
  }

  private async repo(): Promise<string> {
    if (!this.workdir) {
      // Created and registered for removal in one synchronous step: a signal cannot fall between.
      const dir = mkdtempSync(join(tmpdir(), 'ci-ledger-git-'));
      removeOnExit(dir);
      this.workdir = dir;
      await this.run(['init', '--quiet', '--bare', dir]);
      // The remote as a promisor: blobs left out by the filtered fetch can be fetched later.
      const settings: Array<[string, string]> = [
        ['remote.origin.url', this.remote],
        ['remote.origin.promisor', 'true'],
        ['remote.origin.partialclonefilter', 'blob:none'],
      ];
      for (const [key, value] of settings) await this.run(['config', key, value], dir);
    }
    return this.workdir;
  }

  /**
   * The blobs of `files` that the partial fetch left out, in ONE fetch by object id (what git's
   * lazy fetch does, batched): reading them one by one would cost a round trip each.
   */
  private async fetchBlobs(dir: string, files: BranchEntry[]): Promise<void> {
    if (files.length === 0) return;
    // Blobs this repository got (fetched, or written here); a remote that ignored the filter
    // sent them all.
    if (this.allBlobsHere) return;
    const missing = [...new Set(files.map((f) => f.id))].filter((id) => !this.blobsHere.has(id));
    if (missing.length === 0) return;
    await this.run(
      [
        'fetch',
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        '--recurse-submodules=no',
        '--filter=blob:none',
        '--stdin',
        'origin',
      ],
      dir,
      {
        input: missing.join('\n') + '\n',
        // No negotiation: the objects are asked for by id.
        env: {
          GIT_CONFIG_COUNT: '1',
          GIT_CONFIG_KEY_0: 'fetch.negotiationAlgorithm',
          GIT_CONFIG_VALUE_0: 'noop',
        },
      },
    );
    for (const id of missing) this.blobsHere.add(id);
  }

  /** Blob ids known to be in the temporary repository. */
  private readonly blobsHere = new Set<string>();
  /** The remote does not serve filters: every fetch brought every blob. */
  private allBlobsHere = false;

  /**
   * The branch at `commit` as the shared reader sees it, one `git ls-tree` per tree. Without
   * sizes (`-l`): a size needs the blob itself, which would undo the partial fetch. Sizes are
   * checked once the blobs read are here (`assertSizes`).
   */
  private content(dir: string, commit: string, branch: string): BranchContent {
    const list = async (tree: string, recursive: boolean) =>
      parseLsTree(await this.run(['ls-tree', '-z', ...(recursive ? ['-r'] : []), tree], dir));
    return new BranchContent({ list }, commit, this.context(branch));
  }

  private context(branch: string) {
    return {
      place: `on branch ${branch}`,
      where: this.description,
      limits: this.limits,
      warn: this.log,
    };
  }

  /** Each fetched file's size against the in-memory limit, before it is read (a clean refusal). */
  private async assertSizes(dir: string, entries: BranchEntry[], branch: string): Promise<void> {
    for (const entry of await this.withSizes(dir, entries))
      writableEntry(entry.path, { entry, at: entry.path }, this.context(branch));
  }

  /** The entries with their sizes, from the blobs now here (never fetching one). */
  private async withSizes(dir: string, entries: BranchEntry[]): Promise<BranchEntry[]> {
    if (entries.length === 0) return [];
    const out = await git(['cat-file', '--batch-check=%(objectname) %(objectsize)'], {
      cwd: dir,
      input: entries.map((e) => e.id).join('\n') + '\n',
      env: { GIT_NO_LAZY_FETCH: '1' },
    });
    const sizes = new Map(out.split('\n').map((l) => l.split(' ') as [string, string]));
    return entries.map((e) => ({ ...e, size: Number(sizes.get(e.id) ?? e.size ?? 0) }));
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
  private async run(
    args: string[],
    cwd?: string,
    options: GitRunOptions = {},
    retries: { count: number } = { count: 0 },
  ): Promise<string> {
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
        retries.count++;
        await new Promise((r) => setTimeout(r, (retry + 1) ** 2 * this.retryBaseMs));
      }
    }
  }
}

/** git processes running now (stopped before their repository is removed at exit). */
const runningGits = new Set<ChildProcess>();

/** Temporary repositories of this process: removed at exit, whatever ends it. */
const temporaryRepositories = new Set<string>();
let exitHooked = false;

function removeOnExit(dir: string): void {
  temporaryRepositories.add(dir);
  if (exitHooked) return;
  exitHooked = true;
  const removeAll = () => {
    // A git still writing into the repository would refill it while it is removed: stop it.
    for (const child of runningGits) child.kill('SIGKILL');
    for (const d of temporaryRepositories) {
      try {
        rmSync(d, { recursive: true, force: true, maxRetries: 20, retryDelay: 25 });
      } catch {
        // Left for the system's temp cleaning: exiting must not fail on it.
      }
    }
    temporaryRepositories.clear();
  };
  process.once('exit', removeAll);
  for (const [signal, number] of [
    ['SIGINT', 2],
    ['SIGTERM', 15],
  ] as const) {
    process.on(signal, () => {
      removeAll();
      // Alone, end as the signal would have (with a writer in flight, its own handler prints
      // the records and exits the same way).
      if (process.listenerCount(signal) === 1) process.exit(128 + number);
    });
  }
}

/** The lines the remote sent ("remote: …") on a git command that succeeded. */
function remoteLines(stderr: string): string[] {
  return stderr
    .split(/\r?\n|\r/)
    .map((l) => l.trimEnd())
    .filter((l) => /^remote:\s*\S/.test(l));
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
    const match = /^(\d+) (\w+) ([0-9a-f]+)(?: +(-|\d+))?\t(.*)$/s.exec(record);
    if (!match) continue;
    const [, mode, , id, size, path] = match;
    const entry: BranchEntry = { path: path!, kind: kindOfMode(mode!), mode: mode!, id: id! };
    if (size !== undefined && size !== '-') entry.size = Number(size);
    entries.push(entry);
  }
  return entries;
}

/** Never print credentials embedded in a remote URL. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]+@/i, '$1***@');
}

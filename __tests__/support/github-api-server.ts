/**
 * A GitHub REST API emulator for tests and benchmarks, backed by a real bare git repository.
 *
 * It serves the endpoints ci-ledger uses (repository, Git Data API, contents API) with bodies
 * shaped as api.github.com's (checked against GitHub's OpenAPI description by
 * __tests__/github-api-server.test.ts). Every object is written and read with git plumbing
 * (hash-object, mktree, commit-tree, cat-file, ls-tree), so shas are git's own, and a branch
 * only ever moves by compare-and-swap (`git update-ref REF NEW OLD`): under many concurrent
 * writers no update is lost, exactly the guarantee GitHub gives.
 *
 * POST /graphql is served over the same repository by github-graphql.ts (queries and
 * createCommitOnBranch, executed against GitHub's published GraphQL schema).
 *
 * Faults (5xx, secondary rate limits, responses lost after the write landed, dropped
 * connections) are injected from a seeded PRNG so that retry paths can be tested, on REST and
 * GraphQL requests alike (a GraphQL mutation is a write: its response may be lost after it landed).
 *
 * Quirks, on purpose:
 * - html_url and download_url point at the server's own origin; nothing is served there.
 * - Commits made without an author are by github-actions[bot] (what GITHUB_TOKEN writes as).
 * - A temp repository created by the server is deleted by close(); one passed in is kept.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GraphqlEndpoint, type GraphqlRequestInfo } from './github-graphql.js';

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

export type FaultKind = '5xx' | 'secondary-rate-limit' | 'lost-response' | 'reset';

export interface FaultPlan {
  /** 0..1 probability per request */
  rate: number;
  kinds: FaultKind[];
  /** seed of the deterministic PRNG (mulberry32) */
  seed?: number;
  /** retry-after of secondary rate limits, default 1 */
  retryAfterSeconds?: number;
  /** only requests with these stats keys ("POST graphql mutation createCommitOnBranch") */
  only?: string[];
  /** at most this many faults, then none */
  limit?: number;
}

export interface ServerStats {
  requests: number;
  /** e.g. "GET git/ref", "PATCH git/refs", "POST git/trees", "PUT contents",
   * "POST graphql query repository", "POST graphql mutation createCommitOnBranch" */
  byRoute: Record<string, number>;
  /** per fault kind, how many were injected */
  faults: Record<string, number>;
  /** distinct tokens from Authorization headers */
  tokensSeen: string[];
}

export interface GitHubApiServer {
  /** http://127.0.0.1:PORT, for GITHUB_API_URL */
  url: string;
  owner: string;
  repo: string;
  /** absolute path of the bare repository */
  bareRepo: string;
  stats: ServerStats;
  setFaults(plan: FaultPlan | null): void;
  resetStats(): void;
  close(): Promise<void>;
}

export interface GitHubApiServerOptions {
  owner?: string;
  repo?: string;
  /** an existing bare repository to serve; else a new temp one */
  bareRepo?: string;
  /** default 'main' for a new repository, else the served repository's HEAD */
  defaultBranch?: string;
  /** when set, requests must carry `Authorization: token <t>` or `Bearer <t>` */
  token?: string;
  faults?: FaultPlan | null;
  /** added before each response (benchmarks) */
  latencyMs?: number;
  /** Largest blob served through the REST API (GitHub's: 100 MB); larger ones answer GitHub's
   * 403 too_large. Lowered in tests to meet that answer without a 100 MB file. */
  maxApiBlobBytes?: number;
}

export async function startGitHubApiServer(
  options: GitHubApiServerOptions = {},
): Promise<GitHubApiServer> {
  let bareRepo: string;
  let cleanup: string | null = null;
  let defaultBranch: string;
  if (options.bareRepo) {
    bareRepo = resolve(options.bareRepo);
    defaultBranch = options.defaultBranch ?? (await headBranchOf(bareRepo));
    // GitHub's default branch is the repository's HEAD: keep the two in step.
    await gitIn(bareRepo, ['symbolic-ref', 'HEAD', `refs/heads/${defaultBranch}`]);
  } else {
    defaultBranch = options.defaultBranch ?? 'main';
    cleanup = await mkdtemp(join(tmpdir(), 'gh-api-server-'));
    bareRepo = join(cleanup, 'repo.git');
    await runGit(['init', '--quiet', '--bare', `--initial-branch=${defaultBranch}`, bareRepo]);
  }
  const git = new GitRepository(bareRepo);
  const emulator = new Emulator({
    owner: options.owner ?? 'acme',
    repo: options.repo ?? 'infra',
    git,
    defaultBranch,
    token: options.token ?? null,
    latencyMs: options.latencyMs ?? 0,
    maxApiBlobBytes: options.maxApiBlobBytes ?? MAX_API_BLOB,
  });
  emulator.setFaults(options.faults ?? null);

  const server = createServer((req, res) => void emulator.serve(req, res));
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ready());
  });
  const { port } = server.address() as AddressInfo;
  emulator.baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: emulator.baseUrl,
    owner: emulator.owner,
    repo: emulator.repo,
    bareRepo,
    get stats() {
      return emulator.stats;
    },
    setFaults: (plan) => emulator.setFaults(plan),
    resetStats: () => emulator.resetStats(),
    close: async () => {
      await closeServer(server);
      git.close();
      if (cleanup) await rm(cleanup, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** The branch a bare repository's HEAD names ('main' when HEAD is not symbolic). */
async function headBranchOf(bareRepo: string): Promise<string> {
  try {
    const head = (await gitIn(bareRepo, ['symbolic-ref', 'HEAD'])).toString('utf8').trim();
    return head.replace(/^refs\/heads\//, '');
  } catch {
    return 'main';
  }
}

function closeServer(server: Server): Promise<void> {
  return new Promise((done) => {
    server.close(() => done());
    // Keep-alive connections of clients still holding sockets would keep close() waiting.
    server.closeAllConnections();
  });
}

// ---------------------------------------------------------------------------------------------
// Git plumbing
// ---------------------------------------------------------------------------------------------

export class GitCommandError extends Error {
  override name = 'GitCommandError';
  constructor(
    readonly args: readonly string[],
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} exited ${code}: ${stderr.trim()}`);
  }
}

export interface GitOptions {
  input?: string | Buffer;
  env?: Record<string, string>;
}

/** The environment for git: inherited GIT_* variables (a hook's GIT_DIR, GIT_INDEX_FILE…) would
 * point plumbing elsewhere, and the user's config (commit.gpgSign, filters) must not leak in. */
function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('GIT_')) env[key] = value;
  }
  return {
    ...env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_LITERAL_PATHSPECS: '1',
    ...extra,
  };
}

/** Runs git with an argument list (never a shell); resolves with stdout. */
function runGit(args: readonly string[], options: GitOptions = {}): Promise<Buffer> {
  return new Promise((done, fail) => {
    const child = spawn('git', args, { env: gitEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done(Buffer.concat(out));
      else fail(new GitCommandError(args, code, Buffer.concat(err).toString('utf8')));
    });
    child.stdin.on('error', () => {}); // git may exit before reading its input; the exit code tells
    child.stdin.end(options.input ?? '');
  });
}

/** Runs git on a bare repository; resolves with stdout. */
export function gitIn(
  bareRepo: string,
  args: readonly string[],
  options: GitOptions = {},
): Promise<Buffer> {
  return runGit(['--git-dir', bareRepo, ...args], options);
}

const ZERO_SHA = '0'.repeat(40);
const SHA = /^[0-9a-f]{40}$/;

type ObjectType = 'blob' | 'tree' | 'commit' | 'tag';

interface ObjectInfo {
  sha: string;
  type: ObjectType;
  size: number;
}

/**
 * One long-running `git cat-file --batch-command` answering object lookups in order: starting
 * a git process per lookup is what bounds a server under many writers. It sees objects that
 * other processes write meanwhile (git looks loose objects up afresh on every lookup).
 */
class ObjectReader {
  private child: ChildProcessWithoutNullStreams | null = null;
  private readonly pending: Array<{
    contents: boolean;
    done: (answer: { info: ObjectInfo; bytes: Buffer | null } | null) => void;
    fail: (error: Error) => void;
  }> = [];
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** bytes the head request still needs before it can be answered */
  private awaiting = 0;

  constructor(private readonly bareRepo: string) {}

  async info(spec: string): Promise<ObjectInfo | null> {
    return (await this.ask('info', spec))?.info ?? null;
  }

  async contents(spec: string): Promise<{ info: ObjectInfo; bytes: Buffer } | null> {
    const answer = await this.ask('contents', spec);
    return answer && answer.bytes ? { info: answer.info, bytes: answer.bytes } : null;
  }

  close(): void {
    this.child?.stdin.end();
    this.child = null;
  }

  private ask(command: 'info' | 'contents', spec: string) {
    if (/[\n\0]/.test(spec)) return Promise.resolve(null);
    const child = this.start();
    return new Promise<{ info: ObjectInfo; bytes: Buffer | null } | null>((done, fail) => {
      this.pending.push({ contents: command === 'contents', done, fail });
      child.stdin.write(`${command} ${spec}\n`);
    });
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', ['--git-dir', this.bareRepo, 'cat-file', '--batch-command'], {
      env: gitEnv(),
    });
    child.stdout.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
      if (this.buffered >= this.awaiting) this.drain();
    });
    const failAll = (error: Error) => {
      if (this.child === child) this.child = null;
      this.chunks = [];
      this.buffered = this.awaiting = 0;
      for (const request of this.pending.splice(0)) request.fail(error);
    };
    child.on('error', failAll);
    child.on('close', (code) => failAll(new Error(`git cat-file --batch-command exited ${code}`)));
    child.stdin.on('error', () => {});
    this.child = child;
    return child;
  }

  /** Answers the requests whose output has fully arrived: a header line, then for contents
   * `size` bytes and a newline. Large contents are joined once, when complete. */
  private drain(): void {
    let buffer = Buffer.concat(this.chunks);
    while (this.pending.length > 0) {
      const eol = buffer.indexOf(0x0a);
      if (eol < 0) break;
      const request = this.pending[0]!;
      const match = /^([0-9a-f]{40}) (blob|tree|commit|tag) (\d+)$/.exec(
        buffer.toString('utf8', 0, eol),
      );
      const info = match
        ? { sha: match[1]!, type: match[2] as ObjectType, size: Number(match[3]) }
        : null;
      const end = info && request.contents ? eol + 1 + info.size + 1 : eol + 1;
      if (buffer.length < end) {
        this.awaiting = end;
        break;
      }
      this.pending.shift();
      // "<spec> missing" / "<spec> ambiguous" answer null.
      request.done(
        info && {
          info,
          bytes: request.contents ? Buffer.from(buffer.subarray(eol + 1, end - 1)) : null,
        },
      );
      buffer = buffer.subarray(end);
      this.awaiting = 0;
    }
    this.chunks = buffer.length > 0 ? [buffer] : [];
    this.buffered = buffer.length;
  }
}

/**
 * Git objects never change, so what is read by sha is cached: bounded, oldest out first.
 * Promises are cached so that concurrent requests for the same object share one lookup.
 */
class ImmutableCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  constructor(private readonly limit: number) {}

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) return hit as Promise<T>;
    const promise = compute();
    this.entries.set(key, promise);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    promise.catch(() => {
      if (this.entries.get(key) === promise) this.entries.delete(key);
    });
    return promise;
  }
}

interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  /** blobs only */
  size: number | null;
}

const MODE_TYPES: Record<string, TreeEntry['type']> = {
  '100644': 'blob',
  '100755': 'blob',
  '120000': 'blob',
  '040000': 'tree',
  '160000': 'commit',
};

/** One edit of a tree: set `path` to an entry, or delete it (null). */
interface TreeChange {
  path: string;
  entry: { mode: string; sha: string } | null;
}

interface Identity {
  name: string;
  email: string;
  /** git's "<epoch> <+hhmm>" */
  date: string;
}

interface ParsedCommit {
  tree: string;
  parents: string[];
  author: Identity;
  committer: Identity;
  message: string;
}

/**
 * A bare repository, through git plumbing only. Reads go through one ObjectReader and a cache
 * of immutable objects; refs are always read afresh; a ref moves only by compare-and-swap.
 */
export class GitRepository {
  private readonly reader: ObjectReader;
  private readonly cache = new ImmutableCache(20_000);
  private seenNonEmpty = false;

  constructor(readonly path: string) {
    this.reader = new ObjectReader(path);
  }

  close(): void {
    this.reader.close();
  }

  run(args: readonly string[], options?: GitOptions): Promise<Buffer> {
    return gitIn(this.path, args, options);
  }

  private async text(args: readonly string[], options?: GitOptions): Promise<string> {
    return (await this.run(args, options)).toString('utf8').trim();
  }

  // --- objects ------------------------------------------------------------------------------

  /** What an object name (`sha`, `sha^{tree}`, `sha:path`) points at, or null. */
  object(spec: string): Promise<ObjectInfo | null> {
    return this.reader.info(spec);
  }

  async blob(sha: string): Promise<Buffer> {
    const found = await this.reader.contents(sha);
    if (found?.info.type !== 'blob') throw new Error(`${sha} is not a blob`);
    return found.bytes;
  }

  /** A tree's own entries (no sizes), parsed from the raw object: <mode> <name>\0<20-byte sha>. */
  readTree(sha: string): Promise<Array<Omit<TreeEntry, 'size'>>> {
    return this.cache.get(`tree ${sha}`, async () => {
      const found = await this.reader.contents(sha);
      if (found?.info.type !== 'tree') throw new Error(`${sha} is not a tree`);
      const raw = found.bytes;
      const entries: Array<Omit<TreeEntry, 'size'>> = [];
      for (let at = 0; at < raw.length;) {
        const space = raw.indexOf(0x20, at);
        const nul = raw.indexOf(0, space);
        const mode = raw.toString('latin1', at, space).padStart(6, '0');
        entries.push({
          path: raw.toString('utf8', space + 1, nul),
          mode,
          type: MODE_TYPES[mode] ?? 'blob',
          sha: raw.toString('hex', nul + 1, nul + 21),
        });
        at = nul + 21;
      }
      return entries;
    });
  }

  /** A tree's entries with blob sizes, as GitHub lists them; recursive lists subtrees too. */
  listTree(sha: string, recursive = false): Promise<TreeEntry[]> {
    if (recursive) {
      return this.cache.get(`ls-r ${sha}`, async () =>
        parseLsTree(await this.run(['ls-tree', '-z', '-l', '-r', '-t', sha])),
      );
    }
    return this.cache.get(`ls ${sha}`, async () =>
      Promise.all(
        (await this.readTree(sha)).map(async (e) => ({ ...e, size: await this.sizeOf(e) })),
      ),
    );
  }

  private async sizeOf(entry: Omit<TreeEntry, 'size'>): Promise<number | null> {
    return entry.type === 'blob' ? ((await this.object(entry.sha))?.size ?? null) : null;
  }

  /** The entry at `path` in a commit's tree, or null. */
  async entryAt(commit: string, path: string): Promise<TreeEntry | null> {
    let tree = (await this.object(`${commit}^{tree}`))?.sha;
    const parts = path.split('/');
    for (const [i, name] of parts.entries()) {
      if (!tree) return null;
      const entry = (await this.readTree(tree)).find((e) => e.path === name);
      if (!entry) return null;
      if (i === parts.length - 1) return { ...entry, path, size: await this.sizeOf(entry) };
      tree = entry.type === 'tree' ? entry.sha : undefined;
    }
    return null;
  }

  readCommit(sha: string): Promise<ParsedCommit> {
    return this.cache.get(`commit ${sha}`, async () => {
      const found = await this.reader.contents(sha);
      if (found?.info.type !== 'commit') throw new Error(`${sha} is not a commit`);
      return parseCommit(found.bytes.toString('utf8'));
    });
  }

  /** Whether `descendant` contains `ancestor` (a fast-forward from one to the other). */
  isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return this.cache.get(`ancestor ${ancestor} ${descendant}`, async () => {
      // The usual case, a commit on top of the current head, needs no merge-base process.
      const child = await this.object(descendant);
      const parents = child?.type === 'commit' ? (await this.readCommit(descendant)).parents : [];
      if (parents.includes(ancestor)) return true;
      try {
        await this.run(['merge-base', '--is-ancestor', ancestor, descendant]);
        return true;
      } catch (error) {
        if (error instanceof GitCommandError) return false; // 1: not an ancestor; 128: not commits
        throw error;
      }
    });
  }

  async hashBlob(content: Buffer): Promise<string> {
    return this.text(['hash-object', '-w', '--no-filters', '--stdin'], { input: content });
  }

  /**
   * Writes the tree `base` (null: empty) with `changes` applied in order, building the nested
   * trees of paths with slashes; directories left empty disappear, as in git. mktree refuses
   * entries naming absent objects or objects of the wrong type (GitCommandError).
   */
  async writeTree(base: string | null, changes: TreeChange[]): Promise<string> {
    const split = changes.map((change) => ({ parts: change.path.split('/'), entry: change.entry }));
    return (await this.writeSubtree(base, split, true))!;
  }

  private async writeSubtree(
    base: string | null,
    changes: SplitChange[],
    isRoot: boolean,
  ): Promise<string | null> {
    const entries = new Map<string, { mode: string; sha: string }>();
    for (const e of base ? await this.readTree(base) : []) {
      entries.set(e.path, { mode: e.mode, sha: e.sha });
    }

    // Changes below a name wait in `nested` until all of this level is known; a later direct
    // change of the same name overrides them, as applying the list in order would.
    const nested = new Map<string, SplitChange[]>();
    for (const { parts, entry } of changes) {
      const [name, ...rest] = parts;
      if (name === undefined) continue;
      if (rest.length === 0) {
        nested.delete(name);
        if (entry) entries.set(name, entry);
        else entries.delete(name);
      } else {
        nested.set(name, [...(nested.get(name) ?? []), { parts: rest, entry }]);
      }
    }
    for (const [name, below] of nested) {
      const current = entries.get(name);
      const subtree = await this.writeSubtree(
        current?.mode === '040000' ? current.sha : null,
        below,
        false,
      );
      if (subtree) entries.set(name, { mode: '040000', sha: subtree });
      else entries.delete(name);
    }

    if (entries.size === 0 && !isRoot) return null;
    const input = [...entries]
      .map(([name, e]) => `${e.mode} ${MODE_TYPES[e.mode] ?? 'blob'} ${e.sha}\t${name}\0`)
      .join('');
    return this.text(['mktree', '-z'], { input });
  }

  /** Writes a commit object; the message is stored verbatim. */
  async writeCommit(
    commit: Omit<ParsedCommit, 'parents'> & { parents: readonly string[] },
  ): Promise<string> {
    const args = [
      'commit-tree',
      '--no-gpg-sign',
      commit.tree,
      ...commit.parents.flatMap((p) => ['-p', p]),
    ];
    return this.text(args, {
      input: commit.message,
      env: {
        GIT_AUTHOR_NAME: commit.author.name,
        GIT_AUTHOR_EMAIL: commit.author.email,
        GIT_AUTHOR_DATE: commit.author.date,
        GIT_COMMITTER_NAME: commit.committer.name,
        GIT_COMMITTER_EMAIL: commit.committer.email,
        GIT_COMMITTER_DATE: commit.committer.date,
      },
    });
  }

  // --- refs ---------------------------------------------------------------------------------

  /** Once it has a ref, a repository is taken to stay non-empty (nothing here deletes refs). */
  async isEmpty(): Promise<boolean> {
    if (this.seenNonEmpty) return false;
    this.seenNonEmpty =
      (await this.text(['for-each-ref', '--count=1', '--format=%(refname)'])) !== '';
    return !this.seenNonEmpty;
  }

  /** The current value of a fully qualified ref (refs/heads/x), or null. */
  async readRef(ref: string): Promise<{ sha: string; type: ObjectType } | null> {
    return (await this.readRefs([ref])).get(ref) ?? null;
  }

  /** Several refs at once; for annotated tags `peeled` is what they point at. */
  private async readRefs(
    refs: string[],
  ): Promise<Map<string, { sha: string; type: ObjectType; peeled: string }>> {
    const format = '%(objectname) %(objecttype) %(*objectname) %(refname)';
    const out = await this.text(['for-each-ref', `--format=${format}`, ...refs]);
    const found = new Map<string, { sha: string; type: ObjectType; peeled: string }>();
    // for-each-ref also lists refs *under* a pattern (refs/heads/x/y): keep exact names only.
    for (const line of out.split('\n')) {
      const [sha, type, peeled, name] = line.split(' ');
      if (sha && type && name !== undefined && refs.includes(name))
        found.set(name, { sha, type: type as ObjectType, peeled: peeled || sha });
    }
    return found;
  }

  /** Moves a ref from `expected` (null: must not exist) to `sha`, atomically; false if it had moved. */
  async compareAndSwapRef(ref: string, sha: string, expected: string | null): Promise<boolean> {
    try {
      await this.run(['update-ref', ref, sha, expected ?? ZERO_SHA]);
      return true;
    } catch (error) {
      if (error instanceof GitCommandError) return false; // "is at X but expected Y", "cannot lock ref"
      throw error;
    }
  }

  /** A branch, tag or (possibly abbreviated) commit sha → commit sha, as GitHub reads `ref`. */
  async resolveCommit(ref: string): Promise<string | null> {
    if (!isValidRefName(ref)) return null;
    if (/^[0-9a-f]{4,40}$/i.test(ref)) {
      const commit = await this.object(`${ref.toLowerCase()}^{commit}`);
      if (commit) return commit.sha;
    }
    const candidates = [
      `refs/heads/${ref}`,
      `refs/tags/${ref}`,
      ...(ref.startsWith('refs/') ? [ref] : []),
    ];
    const refs = await this.readRefs(candidates);
    for (const candidate of candidates) {
      const found = refs.get(candidate);
      const commit = found ? await this.object(`${found.peeled}^{commit}`) : null;
      if (commit) return commit.sha;
    }
    return null;
  }

  /** A branch's history, newest first; [] when the branch does not exist. */
  async log(branch: string): Promise<LogEntry[]> {
    const ref = `refs/heads/${branch}`;
    if (!(await this.readRef(ref))) return [];
    const out = (await this.run(['log', '--format=%H%x1f%P%x1f%B%x1e', ref])).toString('utf8');
    return out
      .split('\x1e')
      .map((record) => record.replace(/^\n/, ''))
      .filter((record) => record !== '')
      .map((record) => {
        const [sha = '', parents = '', message = ''] = record.split('\x1f');
        return { sha, parents: parents.split(' ').filter(Boolean), message };
      });
  }
}

interface SplitChange {
  parts: string[];
  entry: TreeChange['entry'];
}

function parseLsTree(out: Buffer): TreeEntry[] {
  return out
    .toString('utf8')
    .split('\0')
    .filter((record) => record !== '')
    .map((record) => {
      const tab = record.indexOf('\t');
      const [mode = '', type = '', sha = '', size = '-'] = record.slice(0, tab).split(/ +/);
      return {
        path: record.slice(tab + 1),
        mode,
        type: type as TreeEntry['type'],
        sha,
        size: size === '-' ? null : Number(size),
      };
    });
}

function parseCommit(raw: string): ParsedCommit {
  const split = raw.indexOf('\n\n');
  const commit: ParsedCommit = {
    tree: '',
    parents: [],
    author: { name: '', email: '', date: '0 +0000' },
    committer: { name: '', email: '', date: '0 +0000' },
    message: split < 0 ? '' : raw.slice(split + 2),
  };
  for (const line of (split < 0 ? raw : raw.slice(0, split)).split('\n')) {
    const space = line.indexOf(' ');
    const [key, value] = [line.slice(0, space), line.slice(space + 1)];
    if (key === 'tree') commit.tree = value;
    else if (key === 'parent') commit.parents.push(value);
    else if (key === 'author') commit.author = parseIdentity(value);
    else if (key === 'committer') commit.committer = parseIdentity(value);
  }
  return commit;
}

function parseIdentity(value: string): Identity {
  const match = /^(.*) <(.*)> (\d+ [+-]\d{4})$/.exec(value);
  return match
    ? { name: match[1]!, email: match[2]!, date: match[3]! }
    : { name: value, email: '', date: '0 +0000' };
}

/** Git's ref-name rules, enough that a name can never be read as a revision expression. */
function isValidRefName(name: string): boolean {
  return (
    name.length > 0 &&
    ![...name].some((c) => c <= ' ' || c === '\x7f') && // control characters and spaces
    !/[~^:?*[\\]/.test(name) &&
    !name.startsWith('-') &&
    !name.startsWith('/') &&
    !name.endsWith('/') &&
    !name.endsWith('.') &&
    !name.includes('..') &&
    !name.includes('//') &&
    !name.includes('@{') &&
    name !== '@' &&
    name.split('/').every((part) => !part.startsWith('.') && !part.endsWith('.lock'))
  );
}

/** A repository path GitHub would accept: no empty, ".", ".." or ".git" component. */
function isValidPath(path: string): boolean {
  return (
    path.length > 0 &&
    !/[\0\n]/.test(path) &&
    path
      .split('/')
      .every(
        (part) => part !== '' && part !== '.' && part !== '..' && part.toLowerCase() !== '.git',
      )
  );
}

/** ISO 8601 (as the API takes it) → git's "<epoch> <+hhmm>", keeping the zone; null if invalid. */
function isoToGitDate(iso: string): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const zone = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  const offset = zone ? `${zone[1]}${zone[2]}${zone[3]}` : '+0000';
  return `${Math.floor(ms / 1000)} ${offset}`;
}

function gitDateNow(): string {
  return `${Math.floor(Date.now() / 1000)} +0000`;
}

/** git's "<epoch> <+hhmm>" → ISO 8601 in UTC, as GitHub answers (2014-11-07T22:01:45Z). */
function gitDateToIso(date: string): string {
  const epoch = Number(date.split(' ')[0]);
  return new Date(epoch * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// ---------------------------------------------------------------------------------------------
// Helpers for tests: seed branches, read files, assert history
// ---------------------------------------------------------------------------------------------

async function withRepository<T>(
  bareRepo: string,
  use: (repo: GitRepository) => Promise<T>,
): Promise<T> {
  const repo = new GitRepository(bareRepo);
  try {
    return await use(repo);
  } finally {
    repo.close();
  }
}

/** Reads a file of a branch, tag or commit; null when absent. */
export function readFileAt(bareRepo: string, ref: string, path: string): Promise<string | null> {
  return withRepository(bareRepo, async (repo) => {
    const commit = await repo.resolveCommit(ref);
    const entry = commit ? await repo.entryAt(commit, path) : null;
    return entry?.type === 'blob' ? (await repo.blob(entry.sha)).toString('utf8') : null;
  });
}

/** Commits files (null deletes) on top of a branch (created if absent), by plumbing and CAS. */
export function commitFiles(
  bareRepo: string,
  branch: string,
  files: Record<string, string | Buffer | null>,
  message = 'Seed',
): Promise<string> {
  return withRepository(bareRepo, async (repo) => {
    const changes: TreeChange[] = [];
    for (const [path, content] of Object.entries(files)) {
      changes.push({
        path,
        entry:
          content === null
            ? null
            : { mode: '100644', sha: await repo.hashBlob(Buffer.from(content)) },
      });
    }
    const ref = `refs/heads/${branch}`;
    for (;;) {
      const head = await repo.readRef(ref);
      const tree = await repo.writeTree(
        head ? (await repo.readCommit(head.sha)).tree : null,
        changes,
      );
      const who: Identity = { name: 'Test Seed', email: 'seed@example.com', date: gitDateNow() };
      const sha = await repo.writeCommit({
        tree,
        parents: head ? [head.sha] : [],
        message,
        author: who,
        committer: who,
      });
      if (await repo.compareAndSwapRef(ref, sha, head?.sha ?? null)) return sha;
    }
  });
}

export interface LogEntry {
  sha: string;
  parents: string[];
  message: string;
}

/** A branch's history, newest first; [] when the branch does not exist. */
export function logOf(bareRepo: string, branch: string): Promise<LogEntry[]> {
  return withRepository(bareRepo, (repo) => repo.log(branch));
}

// ---------------------------------------------------------------------------------------------
// HTTP: errors, replies, faults
// ---------------------------------------------------------------------------------------------

/** An API error, answered as GitHub does: {message, documentation_url, status}. */
class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const invalid = (detail: string) => new ApiError(422, `Invalid request.\n\n${detail}`);
const EMPTY_REPOSITORY = () => new ApiError(409, 'Git Repository is empty.');
const NOT_FOUND = () => new ApiError(404, 'Not Found');

interface Reply {
  status: number;
  json?: unknown;
  /** raw media type: the bytes, and the content type to answer with */
  raw?: { bytes: Buffer; contentType: string };
  headers?: Record<string, string>;
}

const DOCS = 'https://docs.github.com/rest';
/** Largest blob GitHub returns through the API; past 1 MB only in the raw media type. */
const MAX_API_BLOB = 100 * 1024 * 1024;
const MAX_JSON_CONTENT = 1024 * 1024;
const MAX_BODY = 200 * 1024 * 1024;

/** The identity GITHUB_TOKEN's commits carry, used when a request names none. */
const DEFAULT_IDENTITY = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

/** mulberry32: a tiny seeded PRNG, so fault sequences repeat from run to run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fault decided for one request: whether the work happens first, and what the client sees. */
interface Fault {
  kind: FaultKind;
  afterWork: boolean;
}

function tokenOf(authorization: string | undefined): string | null {
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization?.trim() ?? '');
  return match ? match[1]! : null;
}

function wantsRaw(accept: string | undefined): string | null {
  const match = /application\/vnd\.github(?:\.v3)?\.raw/.exec(accept ?? '');
  return match ? match[0] : null;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () =>
      size > MAX_BODY
        ? fail(new ApiError(413, 'Request body too large'))
        : done(Buffer.concat(chunks)),
    );
    req.on('error', fail);
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Base64 as GitHub sends file contents: lines of 60 characters, each ending in "\n". */
function wrappedBase64(bytes: Buffer): string {
  const lines = bytes.toString('base64').match(/.{1,60}/g) ?? [];
  return lines.map((line) => `${line}\n`).join('');
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');
const nodeId = (kind: string, id: string) =>
  Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '');

// ---------------------------------------------------------------------------------------------
// The emulator: routes and endpoint handlers
// ---------------------------------------------------------------------------------------------

interface Context {
  query: URLSearchParams;
  accept: string | undefined;
  body: Record<string, unknown>;
}

interface Route {
  method: string;
  /** stats key, after the method */
  name: string;
  /** matched against the path after /repos/{owner}/{repo}, still percent-encoded */
  pattern: RegExp;
  /** documentation_url of the operation */
  doc: string;
  handle(ctx: Context, param: string): Promise<Reply>;
}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

class Emulator {
  baseUrl = '';
  readonly owner: string;
  readonly repo: string;
  readonly stats: ServerStats = { requests: 0, byRoute: {}, faults: {}, tokensSeen: [] };
  private readonly git: GitRepository;
  private readonly defaultBranch: string;
  private readonly token: string | null;
  private readonly latencyMs: number;
  private readonly maxApiBlobBytes: number;
  private readonly graphql: GraphqlEndpoint;
  private faults: FaultPlan | null = null;
  private random: () => number = Math.random;
  private requestCounter = 0;

  constructor(config: {
    owner: string;
    repo: string;
    git: GitRepository;
    defaultBranch: string;
    token: string | null;
    latencyMs: number;
    maxApiBlobBytes: number;
  }) {
    this.owner = config.owner;
    this.repo = config.repo;
    this.git = config.git;
    this.defaultBranch = config.defaultBranch;
    this.token = config.token;
    this.latencyMs = config.latencyMs;
    this.maxApiBlobBytes = config.maxApiBlobBytes;
    this.graphql = new GraphqlEndpoint({
      owner: this.owner,
      repo: this.repo,
      git: this.git,
      defaultBranch: () => this.defaultBranch,
      author: () => ({ ...DEFAULT_IDENTITY, date: gitDateNow() }),
      isValidPath,
      isValidRefName,
    });
  }

  setFaults(plan: FaultPlan | null): void {
    this.faults = plan;
    this.random = mulberry32(plan?.seed ?? 0x5eed);
  }

  resetStats(): void {
    Object.assign(this.stats, { requests: 0, byRoute: {}, faults: {}, tokensSeen: [] });
  }

  private readonly routes: Route[] = [
    {
      method: 'GET',
      name: 'repo',
      pattern: /^\/?$/,
      doc: `${DOCS}/repos/repos#get-a-repository`,
      handle: () => this.getRepository(),
    },
    {
      method: 'GET',
      name: 'git/ref',
      pattern: /^\/git\/ref\/(.+)$/,
      doc: `${DOCS}/git/refs#get-a-reference`,
      handle: (_, ref) => this.getRef(ref),
    },
    {
      method: 'POST',
      name: 'git/refs',
      pattern: /^\/git\/refs$/,
      doc: `${DOCS}/git/refs#create-a-reference`,
      handle: (ctx) => this.createRef(ctx),
    },
    {
      method: 'PATCH',
      name: 'git/refs',
      pattern: /^\/git\/refs\/(.+)$/,
      doc: `${DOCS}/git/refs#update-a-reference`,
      handle: (ctx, ref) => this.updateRef(ctx, ref),
    },
    {
      method: 'GET',
      name: 'git/commits',
      pattern: /^\/git\/commits\/([^/]+)$/,
      doc: `${DOCS}/git/commits#get-a-commit-object`,
      handle: (_, sha) => this.getCommit(sha),
    },
    {
      method: 'POST',
      name: 'git/commits',
      pattern: /^\/git\/commits$/,
      doc: `${DOCS}/git/commits#create-a-commit`,
      handle: (ctx) => this.createCommit(ctx),
    },
    {
      method: 'GET',
      name: 'git/trees',
      pattern: /^\/git\/trees\/(.+)$/,
      doc: `${DOCS}/git/trees#get-a-tree`,
      handle: (ctx, sha) => this.getTree(ctx, sha),
    },
    {
      method: 'POST',
      name: 'git/trees',
      pattern: /^\/git\/trees$/,
      doc: `${DOCS}/git/trees#create-a-tree`,
      handle: (ctx) => this.createTree(ctx),
    },
    {
      method: 'GET',
      name: 'git/blobs',
      pattern: /^\/git\/blobs\/([^/]+)$/,
      doc: `${DOCS}/git/blobs#get-a-blob`,
      handle: (ctx, sha) => this.getBlob(ctx, sha),
    },
    {
      method: 'POST',
      name: 'git/blobs',
      pattern: /^\/git\/blobs$/,
      doc: `${DOCS}/git/blobs#create-a-blob`,
      handle: (ctx) => this.createBlob(ctx),
    },
    {
      method: 'GET',
      name: 'contents',
      pattern: /^\/contents(?:\/(.*))?$/,
      doc: `${DOCS}/repos/contents#get-repository-content`,
      handle: (ctx, path) => this.getContent(ctx, path),
    },
    {
      method: 'PUT',
      name: 'contents',
      pattern: /^\/contents\/(.+)$/,
      doc: `${DOCS}/repos/contents#create-or-update-file-contents`,
      handle: (ctx, path) => this.putContent(ctx, path),
    },
  ];

  // --- request flow -------------------------------------------------------------------------

  async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const requestId = this.nextRequestId();
    this.stats.requests++;
    const token = tokenOf(req.headers.authorization);
    if (token && !this.stats.tokensSeen.includes(token)) this.stats.tokensSeen.push(token);
    try {
      // Drained first in every case: answering before the body is read breaks keep-alive.
      const body = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://localhost');
      const graphql: GraphqlRequestInfo | null =
        method === 'POST' && url.pathname === '/graphql' ? this.graphql.describe(body) : null;
      const found = graphql ? null : this.match(method, url.pathname);
      const key = graphql ? `POST ${graphql.name}` : `${method} ${found?.route.name ?? 'unknown'}`;
      this.stats.byRoute[key] = (this.stats.byRoute[key] ?? 0) + 1;

      if (this.token !== null && token !== this.token) {
        return await this.send(
          res,
          requestId,
          this.errorReply(new ApiError(401, 'Bad credentials'), DOCS),
        );
      }
      if (graphql) {
        const fault = this.drawFault(graphql.mutation, key);
        if (fault && !fault.afterWork) return await this.fail(req, res, requestId, fault);
        const reply: Reply = await this.graphql.answer(body);
        if (fault) return await this.fail(req, res, requestId, fault);
        return await this.send(res, requestId, reply);
      }
      if (!found) return await this.send(res, requestId, this.errorReply(NOT_FOUND(), DOCS));
      if (found.otherRepo)
        return await this.send(res, requestId, this.errorReply(NOT_FOUND(), found.route.doc));

      const fault = this.drawFault(WRITE_METHODS.has(method), key);
      if (fault && !fault.afterWork) return await this.fail(req, res, requestId, fault);

      const ctx: Context = { query: url.searchParams, accept: req.headers.accept, body: {} };
      const reply = await this.run(found.route, ctx, found.param, body, method);
      if (fault) return await this.fail(req, res, requestId, fault);
      await this.send(res, requestId, reply);
    } catch (error) {
      const reply =
        error instanceof ApiError ? this.errorReply(error, DOCS) : this.internalError(error);
      await this.send(res, requestId, reply).catch(() => {});
    }
  }

  /** The route of a request; `otherRepo` when it names a repository not served here. */
  private match(
    method: string,
    pathname: string,
  ): { route: Route; param: string; otherRepo: boolean } | null {
    const prefix = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(pathname);
    if (!prefix) return null;
    const [owner, repo] = [safeDecode(prefix[1]!), safeDecode(prefix[2]!)];
    const otherRepo =
      owner?.toLowerCase() !== this.owner.toLowerCase() ||
      repo?.toLowerCase() !== this.repo.toLowerCase();
    const rest = prefix[3] ?? '';
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(rest);
      // Octokit sends path parameters percent-encoded (contents/a%2Fb.md, git/ref/heads%2Fmain).
      const param = m ? safeDecode(m[1] ?? '') : null;
      if (m && param !== null) return { route, param, otherRepo };
    }
    return null;
  }

  /** Runs a handler: parses the JSON body of writes, maps ApiError to its reply. */
  private async run(
    route: Route,
    ctx: Context,
    param: string,
    body: Buffer,
    method: string,
  ): Promise<Reply> {
    try {
      if (WRITE_METHODS.has(method)) ctx.body = parseJsonBody(body);
      return await route.handle(ctx, param);
    } catch (error) {
      if (error instanceof ApiError) return this.errorReply(error, route.doc);
      return this.internalError(error);
    }
  }

  private drawFault(write: boolean, key: string): Fault | null {
    const plan = this.faults;
    if (!plan || plan.kinds.length === 0) return null;
    if (plan.only && !plan.only.includes(key)) return null;
    const injected = Object.values(this.stats.faults).reduce((a, b) => a + b, 0);
    if (plan.limit !== undefined && injected >= plan.limit) return null;
    if (this.random() >= plan.rate) return null;
    const kind = plan.kinds[Math.floor(this.random() * plan.kinds.length)]!;
    this.stats.faults[kind] = (this.stats.faults[kind] ?? 0) + 1;
    // A lost response is a write that landed; a reset may strike before or after the work.
    const afterWork =
      write && (kind === 'lost-response' || (kind === 'reset' && this.random() < 0.5));
    return { kind, afterWork };
  }

  private async fail(
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
    fault: Fault,
  ): Promise<void> {
    if (fault.kind === 'reset') {
      if (this.latencyMs > 0) await sleep(this.latencyMs);
      req.socket.destroy();
      return;
    }
    if (fault.kind === 'secondary-rate-limit') {
      const retryAfter = String(this.faults?.retryAfterSeconds ?? 1);
      const message =
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
        `If you reach out to GitHub Support for help, please include the request ID ${requestId}.`;
      const reply = this.errorReply(
        new ApiError(403, message),
        `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
      );
      return this.send(res, requestId, { ...reply, headers: { 'retry-after': retryAfter } });
    }
    // '5xx' and 'lost-response': a gateway error, whether or not the work was done.
    const unavailable = fault.kind === '5xx' && this.random() < 0.5;
    const error = unavailable
      ? new ApiError(503, 'Service Unavailable')
      : new ApiError(502, 'Server Error');
    return this.send(res, requestId, this.errorReply(error, DOCS));
  }

  private errorReply(error: ApiError, doc: string): Reply {
    return {
      status: error.status,
      json: {
        message: error.message,
        documentation_url: doc,
        status: String(error.status),
        ...error.extra,
      },
    };
  }

  private internalError(error: unknown): Reply {
    console.error('github-api-server: internal error', error);
    return this.errorReply(new ApiError(500, 'Server Error'), DOCS);
  }

  private nextRequestId(): string {
    const hex = (n: number) => randomBytes(n).toString('hex').toUpperCase();
    return `${hex(2)}:${hex(2)}:${(++this.requestCounter).toString(16).toUpperCase().padStart(6, '0')}:${hex(3)}:${hex(4)}`;
  }

  private async send(res: ServerResponse, requestId: string, reply: Reply): Promise<void> {
    if (this.latencyMs > 0) await sleep(this.latencyMs);
    const used = this.stats.requests % 5000;
    const headers: Record<string, string> = {
      'content-type': reply.raw
        ? `${reply.raw.contentType}; charset=utf-8`
        : 'application/json; charset=utf-8',
      'x-github-media-type': reply.raw ? 'github.v3; param=raw' : 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': requestId,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(5000 - used),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000 / 3600 + 1) * 3600),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    };
    const payload = reply.raw ? reply.raw.bytes : Buffer.from(JSON.stringify(reply.json ?? null));
    headers['content-length'] = String(payload.length);
    res.writeHead(reply.status, headers);
    res.end(payload);
  }

  // --- URLs and GitHub-shaped objects -------------------------------------------------------

  private api(path: string): string {
    return `${this.baseUrl}/repos/${this.owner}/${this.repo}${path}`;
  }

  private html(path: string): string {
    return `${this.baseUrl}/${this.owner}/${this.repo}${path}`;
  }

  private refJson(ref: string, sha: string, type: ObjectType) {
    return {
      ref,
      node_id: nodeId('Ref', ref),
      url: this.api(`/git/${encodePath(ref)}`),
      object: { sha, type, url: this.api(`/git/${type}s/${sha}`) },
    };
  }

  private async commitJson(sha: string) {
    const commit = await this.git.readCommit(sha);
    const person = (who: Identity) => ({
      name: who.name,
      email: who.email,
      date: gitDateToIso(who.date),
    });
    return {
      sha,
      node_id: nodeId('Commit', sha),
      url: this.api(`/git/commits/${sha}`),
      html_url: this.html(`/commit/${sha}`),
      author: person(commit.author),
      committer: person(commit.committer),
      tree: { sha: commit.tree, url: this.api(`/git/trees/${commit.tree}`) },
      message: commit.message,
      parents: commit.parents.map((p) => ({
        sha: p,
        url: this.api(`/git/commits/${p}`),
        html_url: this.html(`/commit/${p}`),
      })),
      verification: {
        verified: false,
        reason: 'unsigned',
        signature: null,
        payload: null,
        verified_at: null,
      },
    };
  }

  private async treeJson(sha: string, recursive: boolean) {
    const entries = await this.git.listTree(sha, recursive);
    return {
      sha,
      url: this.api(`/git/trees/${sha}`),
      tree: entries.map((e) => ({
        path: e.path,
        mode: e.mode,
        type: e.type,
        sha: e.sha,
        ...(e.size !== null ? { size: e.size } : {}),
        ...(e.type !== 'commit' ? { url: this.api(`/git/${e.type}s/${e.sha}`) } : {}),
      })),
      truncated: false,
    };
  }

  /** The fields every contents-API item has (file, dir, symlink, submodule). */
  private contentItem(entry: TreeEntry, ref: string) {
    const type =
      entry.mode === '040000'
        ? 'dir'
        : entry.mode === '120000'
          ? 'symlink'
          : entry.mode === '160000'
            ? 'submodule'
            : 'file';
    const path = encodePath(entry.path);
    const url = `${this.api(`/contents/${path}`)}?ref=${encodeURIComponent(ref)}`;
    const gitUrl =
      type === 'submodule'
        ? null
        : this.api(`/git/${type === 'dir' ? 'trees' : 'blobs'}/${entry.sha}`);
    const htmlUrl = this.html(
      `/${type === 'dir' ? 'tree' : 'blob'}/${encodeURIComponent(ref)}/${path}`,
    );
    const downloadUrl =
      type === 'file' || type === 'symlink'
        ? this.html(`/raw/${encodeURIComponent(ref)}/${path}`)
        : null;
    return {
      type,
      size: entry.size ?? 0,
      name: entry.path.slice(entry.path.lastIndexOf('/') + 1),
      path: entry.path,
      sha: entry.sha,
      url,
      git_url: gitUrl,
      html_url: htmlUrl,
      download_url: downloadUrl,
      _links: { self: url, git: gitUrl, html: htmlUrl },
    };
  }

  // --- endpoints ----------------------------------------------------------------------------

  private async getRepository(): Promise<Reply> {
    const api = this.api('');
    const ownerUrl = `${this.baseUrl}/users/${this.owner}`;
    const epoch = '2020-01-01T00:00:00Z';
    const owner = {
      login: this.owner,
      id: 1,
      node_id: nodeId('Organization', this.owner),
      avatar_url: `${this.baseUrl}/avatars/${this.owner}`,
      gravatar_id: '',
      url: ownerUrl,
      html_url: `${this.baseUrl}/${this.owner}`,
      followers_url: `${ownerUrl}/followers`,
      following_url: `${ownerUrl}/following{/other_user}`,
      gists_url: `${ownerUrl}/gists{/gist_id}`,
      starred_url: `${ownerUrl}/starred{/owner}{/repo}`,
      subscriptions_url: `${ownerUrl}/subscriptions`,
      organizations_url: `${ownerUrl}/orgs`,
      repos_url: `${ownerUrl}/repos`,
      events_url: `${ownerUrl}/events{/privacy}`,
      received_events_url: `${ownerUrl}/received_events`,
      type: 'Organization',
      user_view_type: 'public',
      site_admin: false,
    };
    const templated = (path: string, template: string) => `${api}${path}${template}`;
    const json = {
      id: 1,
      node_id: nodeId('Repository', `${this.owner}/${this.repo}`),
      name: this.repo,
      full_name: `${this.owner}/${this.repo}`,
      private: true,
      owner,
      html_url: this.html(''),
      description: null,
      fork: false,
      url: api,
      forks_url: `${api}/forks`,
      keys_url: templated('/keys', '{/key_id}'),
      collaborators_url: templated('/collaborators', '{/collaborator}'),
      teams_url: `${api}/teams`,
      hooks_url: `${api}/hooks`,
      issue_events_url: templated('/issues/events', '{/number}'),
      events_url: `${api}/events`,
      assignees_url: templated('/assignees', '{/user}'),
      branches_url: templated('/branches', '{/branch}'),
      tags_url: `${api}/tags`,
      blobs_url: templated('/git/blobs', '{/sha}'),
      git_tags_url: templated('/git/tags', '{/sha}'),
      git_refs_url: templated('/git/refs', '{/sha}'),
      trees_url: templated('/git/trees', '{/sha}'),
      statuses_url: templated('/statuses/', '{sha}'),
      languages_url: `${api}/languages`,
      stargazers_url: `${api}/stargazers`,
      contributors_url: `${api}/contributors`,
      subscribers_url: `${api}/subscribers`,
      subscription_url: `${api}/subscription`,
      commits_url: templated('/commits', '{/sha}'),
      git_commits_url: templated('/git/commits', '{/sha}'),
      comments_url: templated('/comments', '{/number}'),
      issue_comment_url: templated('/issues/comments', '{/number}'),
      contents_url: templated('/contents/', '{+path}'),
      compare_url: templated('/compare/', '{base}...{head}'),
      merges_url: `${api}/merges`,
      archive_url: templated('/', '{archive_format}{/ref}'),
      downloads_url: `${api}/downloads`,
      issues_url: templated('/issues', '{/number}'),
      pulls_url: templated('/pulls', '{/number}'),
      milestones_url: templated('/milestones', '{/number}'),
      notifications_url: templated('/notifications', '{?since,all,participating}'),
      labels_url: templated('/labels', '{/name}'),
      releases_url: templated('/releases', '{/id}'),
      deployments_url: `${api}/deployments`,
      created_at: epoch,
      updated_at: epoch,
      pushed_at: epoch,
      git_url: `git://127.0.0.1/${this.owner}/${this.repo}.git`,
      ssh_url: `git@127.0.0.1:${this.owner}/${this.repo}.git`,
      clone_url: `${this.html('')}.git`,
      svn_url: this.html(''),
      homepage: null,
      size: 0,
      stargazers_count: 0,
      watchers_count: 0,
      language: null,
      has_issues: true,
      has_projects: false,
      has_downloads: true,
      has_wiki: false,
      has_pages: false,
      has_discussions: false,
      forks_count: 0,
      mirror_url: null,
      archived: false,
      disabled: false,
      open_issues_count: 0,
      license: null,
      allow_forking: false,
      is_template: false,
      web_commit_signoff_required: false,
      topics: [],
      visibility: 'private',
      forks: 0,
      open_issues: 0,
      watchers: 0,
      default_branch: this.defaultBranch,
      permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
      network_count: 0,
      subscribers_count: 0,
    };
    return { status: 200, json };
  }

  private async requireNonEmpty(): Promise<void> {
    if (await this.git.isEmpty()) throw EMPTY_REPOSITORY();
  }

  private async getRef(ref: string): Promise<Reply> {
    await this.requireNonEmpty();
    if (!isValidRefName(ref)) throw NOT_FOUND();
    const current = await this.git.readRef(`refs/${ref}`);
    if (!current) throw NOT_FOUND();
    return { status: 200, json: this.refJson(`refs/${ref}`, current.sha, current.type) };
  }

  private async createRef(ctx: Context): Promise<Reply> {
    await this.requireNonEmpty();
    const ref = requireString(ctx.body, 'ref');
    const sha = requireString(ctx.body, 'sha');
    if (!ref.startsWith('refs/') || ref.split('/').length < 3 || !isValidRefName(ref)) {
      throw new ApiError(422, `${ref} is not a valid ref name.`);
    }
    const target = SHA.test(sha) ? await this.git.object(sha) : null;
    if (!target) throw new ApiError(422, 'Object does not exist');
    if (ref.startsWith('refs/heads/') && target.type !== 'commit')
      throw new ApiError(422, 'Object is not a commit');
    if (!(await this.git.compareAndSwapRef(ref, target.sha, null))) {
      throw new ApiError(422, 'Reference already exists');
    }
    const json = this.refJson(ref, target.sha, target.type);
    return { status: 201, json, headers: { location: json.url } };
  }

  /** PATCH a ref: fast-forward only unless forced; the move is a CAS, re-checked if it lost a race. */
  private async updateRef(ctx: Context, name: string): Promise<Reply> {
    const ref = `refs/${name}`;
    const sha = requireString(ctx.body, 'sha');
    const force = ctx.body.force === true;
    if (!isValidRefName(name)) throw new ApiError(422, 'Reference does not exist');
    const target = SHA.test(sha) ? await this.git.object(sha) : null;
    if (!target) throw new ApiError(422, 'Object does not exist');
    if (ref.startsWith('refs/heads/') && target.type !== 'commit')
      throw new ApiError(422, 'Object is not a commit');
    for (let attempt = 0; attempt < 20; attempt++) {
      const current = await this.git.readRef(ref);
      if (!current) throw new ApiError(422, 'Reference does not exist');
      if (current.sha !== target.sha) {
        if (!force && !(await this.git.isAncestor(current.sha, target.sha))) {
          throw new ApiError(422, 'Update is not a fast forward');
        }
        if (!(await this.git.compareAndSwapRef(ref, target.sha, current.sha))) {
          await sleep(1 + Math.random() * 10); // someone moved it (or holds its lock): look again
          continue;
        }
      }
      return { status: 200, json: this.refJson(ref, target.sha, target.type) };
    }
    throw new ApiError(422, 'Reference cannot be updated');
  }

  private async getCommit(sha: string): Promise<Reply> {
    await this.requireNonEmpty();
    const info = /^[0-9a-f]{4,40}$/i.test(sha) ? await this.git.object(sha.toLowerCase()) : null;
    if (!info || info.type !== 'commit') throw NOT_FOUND();
    return { status: 200, json: await this.commitJson(info.sha) };
  }

  private async createCommit(ctx: Context): Promise<Reply> {
    await this.requireNonEmpty();
    const message = requireString(ctx.body, 'message');
    const tree = requireString(ctx.body, 'tree');
    const parents = optionalStringArray(ctx.body, 'parents');
    const treeInfo = SHA.test(tree) ? await this.git.object(tree) : null;
    if (treeInfo?.type !== 'tree') throw new ApiError(422, 'Tree SHA does not exist');
    for (const parent of parents) {
      const info = SHA.test(parent) ? await this.git.object(parent) : null;
      if (info?.type !== 'commit')
        throw new ApiError(422, 'Parent SHA does not exist or is not a commit object');
    }
    // Without dates, now; with them, the same body always makes the same commit (safe retries).
    const author = identityFrom(ctx.body.author, 'author') ?? {
      ...DEFAULT_IDENTITY,
      date: gitDateNow(),
    };
    const committer = identityFrom(ctx.body.committer, 'committer', author.date) ?? author;
    const sha = await this.git.writeCommit({ tree, parents, message, author, committer });
    const json = await this.commitJson(sha);
    return { status: 201, json, headers: { location: json.url } };
  }

  /** A tree by sha, or the tree of a commit sha or branch name (GitHub accepts all three). */
  private async getTree(ctx: Context, treeish: string): Promise<Reply> {
    await this.requireNonEmpty();
    const commit = SHA.test(treeish) ? treeish : await this.git.resolveCommit(treeish);
    const info = commit ? await this.git.object(`${commit}^{tree}`) : null;
    if (!info) throw NOT_FOUND();
    // GitHub recurses for any value of `recursive`, even 0 or false.
    return { status: 200, json: await this.treeJson(info.sha, ctx.query.has('recursive')) };
  }

  private async createTree(ctx: Context): Promise<Reply> {
    await this.requireNonEmpty();
    const items = ctx.body.tree;
    if (!Array.isArray(items)) throw invalid(`"tree" wasn't supplied.`);
    let base: string | null = null;
    if (ctx.body.base_tree !== undefined && ctx.body.base_tree !== null) {
      const given = String(ctx.body.base_tree);
      const info = SHA.test(given) ? await this.git.object(given) : null;
      if (info?.type !== 'tree') throw new ApiError(422, 'base_tree is not a valid tree oid');
      base = info.sha;
    }
    const changes: TreeChange[] = [];
    for (const item of items) changes.push(await this.treeChangeFrom(item));
    const sha = await this.git.writeTree(base, changes).catch((error: unknown) => {
      // mktree refuses entries naming absent objects or the wrong type: GitHub's 422 too.
      if (error instanceof GitCommandError)
        throw new ApiError(422, 'Invalid tree info', { errors: [error.stderr.trim()] });
      throw error;
    });
    const json = await this.treeJson(sha, false);
    return { status: 201, json, headers: { location: json.url } };
  }

  private async treeChangeFrom(item: unknown): Promise<TreeChange> {
    if (!item || typeof item !== 'object') throw invalid('"tree" items must be objects.');
    const { path, mode, type, sha, content } = item as Record<string, unknown>;
    if (typeof path !== 'string' || !isValidPath(path))
      throw new ApiError(422, 'tree.path contains a malformed path component');
    if (typeof mode !== 'string' || !(mode in MODE_TYPES))
      throw invalid(`"mode" must be one of ${Object.keys(MODE_TYPES).join(', ')}.`);
    if (type !== undefined && type !== MODE_TYPES[mode])
      throw new ApiError(422, 'Invalid tree info');
    if (typeof content === 'string') {
      if (sha !== undefined && sha !== null)
        throw new ApiError(422, 'Must supply either tree.sha or tree.content, not both');
      return { path, entry: { mode, sha: await this.git.hashBlob(Buffer.from(content, 'utf8')) } };
    }
    if (sha === null) return { path, entry: null }; // deletes the path
    if (typeof sha !== 'string' || !SHA.test(sha))
      throw new ApiError(422, 'Must supply a valid tree.sha or tree.content');
    return { path, entry: { mode, sha } };
  }

  private async getBlob(ctx: Context, sha: string): Promise<Reply> {
    await this.requireNonEmpty();
    const info = SHA.test(sha) ? await this.git.object(sha) : null;
    if (info?.type !== 'blob') throw NOT_FOUND();
    if (info.size > this.maxApiBlobBytes) throw tooLarge();
    const bytes = await this.git.blob(info.sha);
    const raw = wantsRaw(ctx.accept);
    if (raw) return { status: 200, raw: { bytes, contentType: raw } };
    const json = {
      sha: info.sha,
      node_id: nodeId('Blob', info.sha),
      size: info.size,
      url: this.api(`/git/blobs/${info.sha}`),
      content: wrappedBase64(bytes),
      encoding: 'base64',
    };
    return { status: 200, json };
  }

  private async createBlob(ctx: Context): Promise<Reply> {
    await this.requireNonEmpty();
    const content = requireString(ctx.body, 'content');
    const encoding = ctx.body.encoding ?? 'utf-8';
    let bytes: Buffer;
    if (encoding === 'utf-8' || encoding === 'utf8') bytes = Buffer.from(content, 'utf8');
    else if (encoding === 'base64' && isBase64(content)) bytes = Buffer.from(content, 'base64');
    else throw invalid(`encoding must be "utf-8" or "base64" (with valid base64 content).`);
    const sha = await this.git.hashBlob(bytes);
    const url = this.api(`/git/blobs/${sha}`);
    return { status: 201, json: { sha, url }, headers: { location: url } };
  }

  private async getContent(ctx: Context, rawPath: string): Promise<Reply> {
    const path = rawPath.replace(/^\/+|\/+$/g, '');
    if (await this.git.isEmpty()) throw new ApiError(404, 'This repository is empty.');
    const ref = ctx.query.get('ref') || this.defaultBranch;
    const commit = await this.git.resolveCommit(ref);
    if (!commit) throw new ApiError(404, `No commit found for the ref ${ref}`);
    if (path === '')
      return this.directoryReply((await this.git.object(`${commit}^{tree}`))!.sha, '', ref);
    if (!isValidPath(path)) throw NOT_FOUND();
    const entry = await this.git.entryAt(commit, path);
    if (!entry) throw NOT_FOUND();
    if (entry.type === 'tree') return this.directoryReply(entry.sha, `${path}/`, ref);
    const item = this.contentItem(entry, ref);
    if (entry.type === 'commit')
      return { status: 200, json: { ...item, submodule_git_url: this.html('.git') } };

    const size = entry.size ?? 0;
    if (size > this.maxApiBlobBytes) throw tooLarge();
    const bytes = await this.git.blob(entry.sha);
    const raw = wantsRaw(ctx.accept);
    if (raw) return { status: 200, raw: { bytes, contentType: raw } };
    if (item.type === 'symlink')
      return { status: 200, json: { ...item, target: bytes.toString('utf8') } };
    // Like GitHub: past 1 MB the JSON form carries no content (encoding "none"); raw still works.
    const inline = size <= MAX_JSON_CONTENT;
    return {
      status: 200,
      json: {
        ...item,
        content: inline ? wrappedBase64(bytes) : '',
        encoding: inline ? 'base64' : 'none',
      },
    };
  }

  private async directoryReply(tree: string, prefix: string, ref: string): Promise<Reply> {
    const entries = await this.git.listTree(tree);
    return {
      status: 200,
      json: entries.map((e) => this.contentItem({ ...e, path: `${prefix}${e.path}` }, ref)),
    };
  }

  /**
   * Creates or updates one file on a branch; works in an empty repository (first commit).
   * `sha` must name the blob being replaced: stale or missing for an existing file is 409.
   * Like any write here the branch moves by CAS; losing a race re-checks against the new head.
   */
  private async putContent(ctx: Context, rawPath: string): Promise<Reply> {
    const path = rawPath.replace(/^\/+|\/+$/g, '');
    if (!isValidPath(path)) throw new ApiError(422, 'path contains a malformed path component');
    const message = requireString(ctx.body, 'message');
    const content = requireString(ctx.body, 'content');
    if (!isBase64(content)) throw invalid('content is not valid Base64');
    const expected =
      ctx.body.sha === undefined || ctx.body.sha === null ? null : String(ctx.body.sha);
    const branch =
      ctx.body.branch === undefined || ctx.body.branch === null
        ? this.defaultBranch
        : String(ctx.body.branch);
    if (!isValidRefName(branch)) throw new ApiError(404, `Branch ${branch} not found`);
    const committer = identityFrom(ctx.body.committer, 'committer') ?? {
      ...DEFAULT_IDENTITY,
      date: gitDateNow(),
    };
    const author = identityFrom(ctx.body.author, 'author', committer.date) ?? committer;
    const blob = await this.git.hashBlob(Buffer.from(content, 'base64'));
    const ref = `refs/heads/${branch}`;

    for (let attempt = 0; attempt < 20; attempt++) {
      const head = await this.git.readRef(ref);
      if (!head && !(await this.git.isEmpty()))
        throw new ApiError(404, `Branch ${branch} not found`);
      const existing = head ? await this.git.entryAt(head.sha, path) : null;
      if (existing?.type === 'tree') throw new ApiError(422, `${path} is a directory`);
      if (existing && expected === null) throw new ApiError(409, `"sha" wasn't supplied.`);
      if (existing && expected !== existing.sha)
        throw new ApiError(409, `${path} does not match ${expected}`);
      if (!existing && expected !== null)
        throw new ApiError(422, `"sha" was supplied but ${path} does not exist`);

      const baseTree = head ? (await this.git.readCommit(head.sha)).tree : null;
      const mode = existing?.mode === '100755' ? '100755' : '100644';
      const tree = await this.git.writeTree(baseTree, [{ path, entry: { mode, sha: blob } }]);
      const parents = head ? [head.sha] : [];
      const sha = await this.git.writeCommit({ tree, parents, message, author, committer });
      if (!(await this.git.compareAndSwapRef(ref, sha, head?.sha ?? null))) {
        await sleep(1 + Math.random() * 10);
        continue;
      }
      const entry = (await this.git.entryAt(sha, path))!;
      const { type, size, name, url, html_url, git_url, download_url, _links } = this.contentItem(
        entry,
        branch,
      );
      const json = {
        content: {
          name,
          path,
          sha: entry.sha,
          size,
          url,
          html_url,
          git_url,
          download_url,
          type,
          _links,
        },
        commit: await this.commitJson(sha),
      };
      return { status: existing ? 200 : 201, json };
    }
    throw new ApiError(409, `${branch} is being updated; try again`);
  }
}

// ---------------------------------------------------------------------------------------------
// Request-body helpers
// ---------------------------------------------------------------------------------------------

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

function parseJsonBody(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw new ApiError(400, 'Problems parsing JSON');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw invalid(`For 'links/0/schema', ${JSON.stringify(parsed)} is not an object.`);
  }
  return parsed as Record<string, unknown>;
}

function requireString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (value === undefined || value === null) throw invalid(`"${field}" wasn't supplied.`);
  if (typeof value !== 'string')
    throw invalid(`For 'properties/${field}', ${JSON.stringify(value)} is not a string.`);
  return value;
}

function optionalStringArray(body: Record<string, unknown>, field: string): string[] {
  const value = body[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw invalid(
      `For 'properties/${field}', ${JSON.stringify(value)} is not an array of strings.`,
    );
  }
  return value as string[];
}

/** An author/committer object of a request → identity; `fallbackDate` when it has no date. */
function identityFrom(value: unknown, field: string, fallbackDate = gitDateNow()): Identity | null {
  if (value === undefined || value === null) return null;
  const { name, email, date } = value as Record<string, unknown>;
  if (typeof name !== 'string' || typeof email !== 'string') {
    throw invalid(`For 'properties/${field}', "name" and "email" are required.`);
  }
  if (date === undefined || date === null) return { name, email, date: fallbackDate };
  const gitDate = typeof date === 'string' ? isoToGitDate(date) : null;
  if (!gitDate)
    throw invalid(`For 'properties/${field}', ${JSON.stringify(date)} is not a date-time.`);
  return { name, email, date: gitDate };
}

function isBase64(value: string): boolean {
  return /^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/.test(value);
}

function tooLarge(): ApiError {
  return new ApiError(
    403,
    'This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API, but you can always clone the repository via Git to obtain it.',
    { errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }] },
  );
}

/**
 * The hostile-input harness (issue 12), shared by the suites in __tests__/reliability/: each
 * case runs the BUILT CLI (`node dist/cli/index.js`) against a store of its own — a plain
 * directory, a real bare repository (the git backend, by path), or the GitHub API emulator over
 * a bare repository — seeded with real symbolic links (git mode 120000), submodules (160000)
 * and files, and asserts:
 *   - the exit status written down for the case, within a time bound (no hang);
 *   - stderr: exactly the lines expected (one error; or the warnings naming each skipped link);
 *   - nothing from outside the store reaches the output (a marker planted outside never shows),
 *     and no stack trace or passwd line either;
 *   - the store unchanged where nothing may be written (refs for git/API, every entry — links
 *     included, by lstat — for a directory).
 */
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import {
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cliBundle, quickRetryEnv } from './cli.js';
import { createBareRepo } from './git-daemon.js';
import { gitIn, startGitHubApiServer, type GitHubApiServer } from './github-api-server.js';

export const TOKEN = 'ghs_hostileInput0123456789abcdef';
/** Planted outside every store: if it ever shows in output, something read outside. */
export const MARKER = 'LEAKED-OUTSIDE-MARKER';

export type Store = 'dir' | 'git' | 'api';
/** A branch entry: file content, a symbolic link (its target), or a submodule. */
export type Entry = string | { link: string } | { submodule: true };
export type Tree = Record<string, Entry>;

export const metricsLine = (batch: string, ecosystem = 'cargo', minutes = 3) =>
  JSON.stringify({
    schema_version: 1,
    batch_id: batch,
    ecosystem,
    total: 2,
    generated: 2,
    failed: 1,
    merged: 1,
    success_rate: 0.5,
    platforms: { 'darwin-arm64': { tested: 2, passed: 1, failed: 1, skipped: 0 } },
    macos_minutes_used: minutes,
    duration_seconds: 60,
    timestamp: '2026-01-29T10:30:00Z',
  });
export const failureLine = (batch: string, recipe = 'bat') =>
  JSON.stringify({
    schema_version: 1,
    batch_id: batch,
    ecosystem: 'cargo',
    recipe,
    environment: 'darwin-arm64',
    category: 'missing_dep',
    message: 'x',
    timestamp: '2026-01-29T10:30:00Z',
  });

/** What a report reads when only the real records are read: one batch, one failure. */
export const REAL: Tree = {
  'data/metrics/batch-runs.jsonl': `${metricsLine('b1')}\n`,
  'data/failures/cargo.jsonl': `${failureLine('b1')}\n`,
};

export interface Context {
  /** a folder outside the store holding MARKER records (valid ones: a follow would count them) */
  outside: string;
  cwd: string;
}

export interface Case {
  name: string;
  stores: Store[];
  tree: (c: Context) => Tree;
  args: (c: Context) => string[] | Promise<string[]>;
  env?: Record<string, string>;
  code: number;
  /** every stderr line, in order (the one error, or one warning per skipped link) */
  stderr: RegExp[];
  stdout?: RegExp;
  /** true: the store must be exactly as before */
  unchanged?: boolean;
  /** A command on local files only (migrate-csv): no store options; `unchanged` and `after`'s
   * read cover the working folder. */
  local?: boolean;
  /** checked after the run, with the store's view of a file */
  after?: (read: (path: string) => Promise<string | null>, run: Run) => Promise<void> | void;
}

export const link = (target: string) => ({ link: target });
export const report = ['report', '--last', '0'];
export const skippedWarning = (path: string, what = 'a symbolic link') =>
  new RegExp(
    `^warning: ${path.replace(/[.]/g, '\\.')} (on branch main|in \\S+) is ${what}.*skipped, not followed`,
  );
export const readOneBatch =
  /^Read 1 metrics file\(s\) \(1 batch records\) and 1 failure file\(s\) \(1 failure records/m;
export const batchMetrics = [
  'batch-metrics',
  '--batch-id',
  'b2',
  '--ecosystem',
  'cargo',
  '--results-dir',
  'results',
];
export const darwinArtifact = (minutes = 10) =>
  JSON.stringify({
    schema_version: 1,
    batch_id: 'b2',
    ecosystem: 'cargo',
    platform: 'darwin-arm64',
    started_at: '2026-01-30T10:00:00Z',
    finished_at: '2026-01-30T10:10:00Z',
    runner_minutes: minutes,
    results: [
      { recipe: 'ripgrep', status: 'passed', duration_seconds: 1 },
      { recipe: 'bat', status: 'failed', category: 'missing_dep', message: 'm' },
    ],
  });
export async function put(c: Context, path: string, content: string): Promise<string> {
  await mkdir(dirname(join(c.cwd, path)), { recursive: true });
  await writeFile(join(c.cwd, path), content);
  return path;
}
export async function putLink(c: Context, path: string, target: string): Promise<void> {
  await mkdir(dirname(join(c.cwd, path)), { recursive: true });
  await symlink(target, join(c.cwd, path));
}
export const metricsOf = (text: string | null) =>
  (text ?? '')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

// ---------------------------------------------------------------------------------------------
// Seeding stores, snapshots, running
// ---------------------------------------------------------------------------------------------

/** Commits `tree` on `branch` of a bare repository with plumbing: links and submodules included. */
export async function commitTree(bare: string, branch: string, tree: Tree): Promise<void> {
  const index = join(bare, `seed-index-${process.pid}`);
  const env = { GIT_INDEX_FILE: index };
  await rm(index, { force: true });
  await gitIn(bare, ['read-tree', '--empty'], { env });
  for (const [path, entry] of Object.entries(tree)) {
    const [mode, sha] =
      typeof entry === 'string'
        ? ['100644', await hashBlob(bare, entry)]
        : 'link' in entry
          ? ['120000', await hashBlob(bare, entry.link)]
          : ['160000', 'a'.repeat(40)];
    await gitIn(bare, ['update-index', '--add', '--cacheinfo', `${mode},${sha},${path}`], { env });
  }
  const treeSha = (await gitIn(bare, ['write-tree'], { env })).toString().trim();
  const commit = (
    await gitIn(bare, ['commit-tree', treeSha, '-m', 'seed'], {
      env: {
        GIT_AUTHOR_NAME: 's',
        GIT_AUTHOR_EMAIL: 's@x',
        GIT_COMMITTER_NAME: 's',
        GIT_COMMITTER_EMAIL: 's@x',
      },
    })
  )
    .toString()
    .trim();
  await gitIn(bare, ['update-ref', `refs/heads/${branch}`, commit]);
  await rm(index, { force: true });
}
const hashBlob = async (bare: string, content: string) =>
  (await gitIn(bare, ['hash-object', '-w', '--stdin'], { input: content })).toString().trim();

export async function writeTreeToDir(dir: string, tree: Tree): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [path, entry] of Object.entries(tree)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    if (typeof entry === 'string') await writeFile(join(dir, path), entry);
    else if ('link' in entry) await symlink(entry.link, join(dir, path));
  }
}

/** Every entry under dir by lstat (links by their target, never followed). */
export async function lsnapshot(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  let names: string[];
  try {
    names = (await readdir(join(dir, rel))).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const path = rel ? `${rel}/${name}` : name;
    const info = await lstat(join(dir, path));
    if (info.isSymbolicLink()) out.push(`${path} -> ${await readlink(join(dir, path))}`);
    else if (info.isDirectory()) out.push(...(await lsnapshot(dir, path)));
    else if (info.isFile())
      out.push(
        `${path} ${createHash('sha256')
          .update(await readFile(join(dir, path)))
          .digest('hex')}`,
      );
    else out.push(`${path} (special)`);
  }
  return out;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
  /** the working folder the CLI ran in */
  cwd: string;
}

/** The CLI, killed (and the case failed) past `timeoutMs`: a hang is a finding, not a stuck suite. */
export function runBounded(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 30_000,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [cliBundle, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started, timedOut, cwd });
    });
    child.stdin.end();
  });
}

let root: string;

export async function runCase(c: Case, store: Store, index: number) {
  const base = await mkdtemp(join(root, `case-${index}-${store}-`));
  const ctx: Context = { outside: join(base, 'outside'), cwd: join(base, 'work') };
  await mkdir(ctx.cwd, { recursive: true });
  // The outside folder holds valid records a follow would count, each carrying the marker.
  await writeTreeToDir(ctx.outside, {
    'metrics.jsonl': `${metricsLine(MARKER, 'leak', 999)}\n`,
    'cargo.jsonl': `${failureLine(MARKER, MARKER)}\n`,
    'timings.csv': `start_time_utc,end_time_utc,phase,env,build_id,duration_seconds,exit_code,flags,resources_added,resources_changed,resources_destroyed,log_path\n2026-01-01T00:00:00Z,2026-01-01T00:01:00Z,${MARKER},dev,b1,60,0,,,,,x.log\n`,
    'artifact.json': darwinArtifact(777)
      .replace('darwin-arm64', 'linux-glibc-x86_64')
      .replace('"ripgrep"', `"${MARKER}"`),
    'apply-dev-b1.log': `${MARKER}\n`,
  });
  const env: NodeJS.ProcessEnv = {
    ...quickRetryEnv,
    CI_LEDGER_MAX_ATTEMPTS: '2',
    CI_LEDGER_RETRY_BASE_MS: '10',
    CI_LEDGER_RETRY_MAX_MS: '20',
    ...c.env,
  };
  let storeArgs: string[];
  let state: () => Promise<string>;
  let read: (path: string) => Promise<string | null>;
  let server: GitHubApiServer | undefined;
  if (store === 'dir') {
    const data = join(base, 'data');
    await writeTreeToDir(data, c.tree(ctx));
    storeArgs = ['--data-dir', data];
    state = async () => (await lsnapshot(data)).join('\n');
    read = (path) => readFile(join(data, path), 'utf8').catch(() => null);
  } else {
    const bare = await createBareRepo(base, 'registry.git');
    await commitTree(bare, 'main', c.tree(ctx));
    state = async () =>
      (await gitIn(bare, ['for-each-ref', '--format=%(refname) %(objectname)'])).toString();
    read = (path) =>
      gitIn(bare, ['show', `main:${path}`]).then(
        (b) => b.toString(),
        () => null,
      );
    if (store === 'git') storeArgs = ['--git-remote', bare];
    else {
      server = await startGitHubApiServer({ bareRepo: bare, token: TOKEN });
      storeArgs = ['--repo', `${server.owner}/${server.repo}`];
      Object.assign(env, { GITHUB_API_URL: server.url, GITHUB_TOKEN: TOKEN });
    }
  }
  try {
    const args = [...(await c.args(ctx)), ...(c.local ? [] : storeArgs)];
    if (c.local) {
      state = async () => (await lsnapshot(ctx.cwd)).join('\n');
      read = (path) => readFile(join(ctx.cwd, path), 'utf8').catch(() => null);
    }
    const before = await state();
    const run = await runBounded(args, ctx.cwd, env);
    const after = await state();
    return { run, before, after, read, base };
  } finally {
    await server?.close();
  }
}

/** Runs every case on each of its stores, one test per run, with the assertions listed above. */
export function describeHostile(title: string, cases: Case[]): void {
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'ci-ledger-hostile-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });
  const runs = cases.flatMap((c) => c.stores.map((store) => ({ c, store })));
  describe(`${title}: ${runs.length} runs of ${cases.length} cases against the built CLI`, () => {
    runs.forEach(({ c, store }, i) => {
      test(`${c.name} [${store}]`, async () => {
        const { run, before, after, read } = await runCase(c, store, i);
        const context = `exit ${run.code} after ${run.ms} ms${run.timedOut ? ' (KILLED: hung)' : ''}\nstderr:\n${run.stderr}\nstdout:\n${run.stdout}`;
        expect({ code: run.code, context }).toEqual({ code: c.code, context });
        const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
        expect({ lines, context }).toEqual({
          lines: c.stderr.map((re) => expect.stringMatching(re)),
          context,
        });
        expect(run.stdout + run.stderr).not.toContain(MARKER);
        expect(run.stderr).not.toMatch(/root:x:0:0|\n\s+at .+:\d+:\d+/);
        if (c.stdout) expect(run.stdout).toMatch(c.stdout);
        if (c.unchanged) expect(after).toBe(before);
        if (c.after) await c.after(read, run);
      });
    });
  });
}

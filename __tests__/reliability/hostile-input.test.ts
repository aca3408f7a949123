/**
 * Hostile input (issue 12): branch content and local folders that try to make ci-ledger read
 * outside its store, hang, or count a record twice. Every case runs the BUILT CLI
 * (`node dist/cli/index.js`) against a store of its own — a plain directory, a real bare
 * repository (the git backend, by path), or the GitHub API emulator over a bare repository —
 * seeded with real symbolic links (git mode 120000), submodules (160000) and files, and asserts:
 *   - the exit status written down for the case, within a time bound (no hang);
 *   - stderr: exactly the lines expected (one error; or the warnings naming each skipped link);
 *   - nothing from outside the store reaches the output (a marker planted outside never shows);
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
import { execFileSync } from 'node:child_process';
import { cliBundle, quickRetryEnv } from '../support/cli.js';
import { createBareRepo } from '../support/git-daemon.js';
import { gitIn, startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';

const TOKEN = 'ghs_hostileInput0123456789abcdef';
/** Planted outside every store: if it ever shows in output, something read outside. */
const MARKER = 'LEAKED-OUTSIDE-MARKER';

type Store = 'dir' | 'git' | 'api';
/** A branch entry: file content, a symbolic link (its target), or a submodule. */
type Entry = string | { link: string } | { submodule: true };
type Tree = Record<string, Entry>;

const metricsLine = (batch: string, ecosystem = 'cargo', minutes = 3) =>
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
const failureLine = (batch: string, recipe = 'bat') =>
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
const REAL: Tree = {
  'data/metrics/batch-runs.jsonl': `${metricsLine('b1')}\n`,
  'data/failures/cargo.jsonl': `${failureLine('b1')}\n`,
};

interface Context {
  /** a folder outside the store holding MARKER records (valid ones: a follow would count them) */
  outside: string;
  cwd: string;
}

interface Case {
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
  /** checked after the run, with the store's view of a file */
  after?: (read: (path: string) => Promise<string | null>, run: Run) => Promise<void> | void;
}

const link = (target: string) => ({ link: target });
const report = ['report', '--last', '0'];
const skippedWarning = (path: string, what = 'a symbolic link') =>
  new RegExp(
    `^warning: ${path.replace(/[.]/g, '\\.')} (on branch main|in \\S+) is ${what}.*skipped, not followed`,
  );
const readOneBatch =
  /^Read 1 metrics file\(s\) \(1 batch records\) and 1 failure file\(s\) \(1 failure records/m;
const batchMetrics = [
  'batch-metrics',
  '--batch-id',
  'b2',
  '--ecosystem',
  'cargo',
  '--results-dir',
  'results',
];
const darwinArtifact = (minutes = 10) =>
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
async function put(c: Context, path: string, content: string): Promise<string> {
  await mkdir(dirname(join(c.cwd, path)), { recursive: true });
  await writeFile(join(c.cwd, path), content);
  return path;
}
async function putLink(c: Context, path: string, target: string): Promise<void> {
  await mkdir(dirname(join(c.cwd, path)), { recursive: true });
  await symlink(target, join(c.cwd, path));
}
const metricsOf = (text: string | null) =>
  (text ?? '')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const cases: Case[] = [
  // --- branch content read by a report ------------------------------------------------------
  {
    name: 'report: the metrics file is a link to a file outside the store',
    stores: ['dir', 'git', 'api'],
    tree: (c) => ({
      ...REAL,
      'data/metrics/batch-runs.jsonl': link(join(c.outside, 'metrics.jsonl')),
    }),
    args: () => report,
    // Skipped, and with it the only metrics file: no history, said with where it looked.
    code: 1,
    stderr: [
      skippedWarning('data/metrics/batch-runs.jsonl'),
      /^ci-ledger report: No batch history in .*: neither data\/metrics\/batch-runs\.jsonl nor/,
    ],
    unchanged: true,
  },
  {
    name: 'report: data/failures is a link to a folder outside the store',
    stores: ['dir', 'git', 'api'],
    tree: (c) => ({
      'data/metrics/batch-runs.jsonl': `${metricsLine('b1')}\n`,
      'data/failures': link(c.outside),
    }),
    args: () => report,
    code: 0,
    stderr: [skippedWarning('data/failures')],
    stdout: /^Read 1 metrics file\(s\) \(1 batch records\) and 0 failure file\(s\)/m,
    unchanged: true,
  },
  {
    name: 'report: link loops (loop -> .., self -> .) in both folders end promptly',
    stores: ['dir', 'git', 'api'],
    tree: () => ({
      ...REAL,
      'data/metrics/loop': link('..'),
      'data/failures/self': link('.'),
      'data/failures/deep/up': link('../../..'),
    }),
    args: () => report,
    code: 0,
    stderr: [
      skippedWarning('data/metrics/loop'),
      skippedWarning('data/failures/deep/up'),
      skippedWarning('data/failures/self'),
    ],
    stdout: readOneBatch,
    unchanged: true,
  },
  {
    name: 'report: a sibling metrics shard that is a link to an outside file',
    stores: ['dir', 'git', 'api'],
    tree: (c) => ({
      ...REAL,
      'data/metrics/batch-runs-2026-01.jsonl': link(join(c.outside, 'metrics.jsonl')),
    }),
    args: () => report,
    code: 0,
    stderr: [skippedWarning('data/metrics/batch-runs-2026-01.jsonl')],
    stdout: readOneBatch,
    unchanged: true,
  },
  {
    name: 'report: a submodule among the failure files',
    stores: ['git', 'api'],
    tree: () => ({ ...REAL, 'data/failures/vendored': { submodule: true } }),
    args: () => report,
    code: 0,
    stderr: [skippedWarning('data/failures/vendored', 'a submodule')],
    stdout: readOneBatch,
    unchanged: true,
  },
  {
    name: 'report: a link to /etc/passwd named like a failures file',
    stores: ['dir', 'git', 'api'],
    tree: () => ({ ...REAL, 'data/failures/passwd.jsonl': link('/etc/passwd') }),
    args: () => report,
    code: 0,
    stderr: [skippedWarning('data/failures/passwd.jsonl')],
    stdout: readOneBatch,
    unchanged: true,
  },
  {
    name: 'dashboard: links to /etc/passwd and outside the store among the history are skipped',
    stores: ['dir', 'git', 'api'],
    tree: (c) => ({
      ...REAL,
      'data/failures/passwd.jsonl': link('/etc/passwd'),
      'data/metrics/batch-runs-2026-01.jsonl': link(join(c.outside, 'metrics.jsonl')),
    }),
    // The site goes to a folder of its own beside the store (the store stays as it was).
    args: async (c) => ['dashboard', '--out', await mkdtemp(join(c.cwd, '..', 'site-'))],
    code: 0,
    stderr: [
      skippedWarning('data/metrics/batch-runs-2026-01.jsonl'),
      skippedWarning('data/failures/passwd.jsonl'),
      /^No environments\/\*\/latest\/build_timings\.csv in .*: the site shows batches only\.$/,
    ],
    stdout: /^Wrote .*: 1 batches, 1 failure records/,
    unchanged: true,
  },
  {
    name: 'report: the checkout bound (CI_LEDGER_MAX_CHECKOUT_BYTES) is one clear error',
    stores: ['dir', 'git', 'api'],
    tree: () => REAL,
    env: { CI_LEDGER_MAX_CHECKOUT_BYTES: '100' },
    args: () => report,
    code: 1,
    stderr: [
      /^ci-ledger report: the files a report reads .* hold \d+ bytes, over the 100 bytes limit \(CI_LEDGER_MAX_CHECKOUT_BYTES\)$/,
    ],
    unchanged: true,
  },
  {
    name: 'report timings: the CSV is a link to an outside file',
    stores: ['dir', 'git', 'api'],
    tree: (c) => ({
      'environments/development/latest/build_timings.csv': link(join(c.outside, 'timings.csv')),
    }),
    args: () => ['report', 'timings', '--branch', 'main'],
    // The link is skipped, and with it the only CSV: the report says it found none, and where.
    code: 1,
    stderr: [
      skippedWarning('environments/development/latest/build_timings.csv'),
      /^ci-ledger report: No environments\/\*\/latest\/build_timings\.csv in /,
    ],
    unchanged: true,
  },

  // --- branch content met by a writer -----------------------------------------------------------
  {
    name: 'writer: the metrics file is a link — refused, nothing written',
    stores: ['dir', 'git', 'api'],
    tree: (c) => ({
      ...REAL,
      'data/metrics/batch-runs.jsonl': link(join(c.outside, 'metrics.jsonl')),
    }),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact());
      return [...batchMetrics, '--branch', 'main'];
    },
    code: 1,
    stderr: [
      /^ci-ledger batch-metrics: data\/metrics\/batch-runs\.jsonl (on branch main|in \S+) is a symbolic link \(mode 120000\), not a regular file: .*Nothing was written/,
    ],
    unchanged: true,
  },
  {
    name: 'writer: data/failures is a link to an outside folder — refused, nothing written',
    stores: ['dir', 'git', 'api'],
    tree: (c) => ({
      'data/metrics/batch-runs.jsonl': `${metricsLine('b1')}\n`,
      'data/failures': link(c.outside),
    }),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact());
      return [...batchMetrics, '--branch', 'main'];
    },
    code: 1,
    stderr: [
      /^ci-ledger batch-metrics: data\/failures (on branch main|in \S+) is a symbolic link \(mode 120000\), not a folder/,
    ],
    unchanged: true,
  },
  {
    name: 'writer: the metrics folder is a submodule — refused',
    stores: ['git', 'api'],
    tree: () => ({
      'data/failures/cargo.jsonl': REAL['data/failures/cargo.jsonl'] as string,
      'data/metrics': { submodule: true },
    }),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact());
      return [...batchMetrics, '--branch', 'main'];
    },
    code: 1,
    stderr: [
      /^ci-ledger batch-metrics: data\/metrics on branch main is a submodule \(mode 160000\), not a folder/,
    ],
    unchanged: true,
  },
  {
    name: 'writer: the timings CSV is a link — refused',
    stores: ['dir', 'git', 'api'],
    tree: (c) => ({
      'environments/development/latest/build_timings.csv': link(join(c.outside, 'timings.csv')),
    }),
    args: async (c) => [
      'record-timing',
      '--env',
      'dev',
      '--build-id',
      'b1',
      '--phase',
      'apply',
      '--branch',
      'main',
      '--log-path',
      await put(c, 'apply.log', 'Apply complete! Resources: 1 added, 0 changed, 0 destroyed.\n'),
      '--exit-code',
      '0',
      '--start-time',
      '2026-01-29T10:00:00Z',
      '--end-time',
      '2026-01-29T10:01:00Z',
    ],
    code: 1,
    stderr: [
      /^ci-ledger record-timing: environments\/development\/latest\/build_timings\.csv (on branch main|in \S+) is a symbolic link/,
    ],
    unchanged: true,
  },
  {
    name: 'writer: a ledger file over CI_LEDGER_MAX_FILE_BYTES — refused',
    stores: ['dir', 'git', 'api'],
    tree: () => REAL,
    env: { CI_LEDGER_MAX_FILE_BYTES: '100' },
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact());
      return [...batchMetrics, '--branch', 'main'];
    },
    code: 1,
    stderr: [
      /^ci-ledger batch-metrics: data\/metrics\/batch-runs\.jsonl (on branch main|in \S+) is \d+ bytes, over the 100 bytes limit for a ledger file \(CI_LEDGER_MAX_FILE_BYTES\)/,
    ],
    unchanged: true,
  },

  // --- counted twice ---------------------------------------------------------------------------
  {
    name: 'idempotent: the existing batch record is pretty-printed',
    stores: ['dir', 'git', 'api'],
    tree: () => ({
      'data/metrics/batch-runs.jsonl': `${JSON.stringify(JSON.parse(metricsLine('b2')), null, 2)}\n`,
      'data/failures/cargo.jsonl': `${JSON.stringify(JSON.parse(failureLine('b2')), null, 2)}\n`,
    }),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact());
      return [...batchMetrics, '--branch', 'main'];
    },
    code: 0,
    stderr: [],
    stdout: /already recorded/i,
    unchanged: true,
  },
  {
    name: 'idempotent: the existing batch line starts with a UTF-8 BOM',
    stores: ['dir', 'git', 'api'],
    tree: () => ({
      'data/metrics/batch-runs.jsonl': `\uFEFF${metricsLine('b2')}\n`,
      'data/failures/cargo.jsonl': `\uFEFF${failureLine('b2')}\n`,
    }),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact());
      return [...batchMetrics, '--branch', 'main'];
    },
    code: 0,
    stderr: [],
    stdout: /already recorded/i,
    unchanged: true,
  },
  {
    name: 'idempotent: a truncated line before the existing record does not hide it',
    stores: ['dir'],
    tree: () => ({
      'data/metrics/batch-runs.jsonl': `{"schema_version":1,"batch_id":"b0","ecosy\n${metricsLine('b2')}\n`,
      'data/failures/cargo.jsonl': `${failureLine('b2')}\n`,
    }),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact());
      return [...batchMetrics, '--branch', 'main'];
    },
    code: 0,
    stderr: [],
    stdout: /already recorded/i,
    unchanged: true,
  },

  // --- --results-dir -----------------------------------------------------------------------
  {
    name: 'results-dir: a `self -> .` link does not count the darwin artifact again',
    stores: ['dir'],
    tree: () => ({}),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact(10));
      await putLink(c, 'results/self', '.');
      await putLink(c, 'results/darwin/up', '..');
      return batchMetrics;
    },
    code: 0,
    stderr: [],
    after: async (read) => {
      const [record] = metricsOf(await read('data/metrics/batch-runs.jsonl'));
      expect(record).toMatchObject({ macos_minutes_used: 10, total: 2 });
    },
  },
  {
    name: 'results-dir: a matching link to an artifact outside the folder — refused',
    stores: ['dir'],
    tree: () => ({}),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact(10));
      await putLink(
        c,
        'results/linux/validation-results-linux-x86_64.json',
        join(c.outside, 'artifact.json'),
      );
      return batchMetrics;
    },
    code: 1,
    stderr: [
      /^ci-ledger batch-metrics: results\/linux\/validation-results-linux-x86_64\.json is a symbolic link: result artifacts must be regular files/,
    ],
    unchanged: true,
  },
  {
    name: 'results-dir: a link to /etc/passwd named like an artifact — refused, never quoted',
    stores: ['dir'],
    tree: () => ({}),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact(10));
      await putLink(c, 'results/validation-results-evil.json', '/etc/passwd');
      return batchMetrics;
    },
    code: 1,
    stderr: [/^ci-ledger batch-metrics: results\/validation-results-evil\.json is a symbolic link/],
    unchanged: true,
  },
  {
    name: 'results-dir: an artifact holding passwd-like text is refused without quoting it',
    stores: ['dir'],
    tree: () => ({}),
    args: async (c) => {
      await put(
        c,
        'results/validation-results-darwin-arm64.json',
        'root:x:0:0:root:/root:/bin/bash\n',
      );
      return batchMetrics;
    },
    code: 1,
    stderr: [
      /^ci-ledger batch-metrics: results\/validation-results-darwin-arm64\.json: not valid JSON \(Unexpected token 'r'\)$/,
    ],
    unchanged: true,
  },
  {
    name: 'results-dir: a FIFO named like an artifact — refused, no hang',
    stores: ['dir'],
    tree: () => ({}),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact(10));
      execFileSync('mkfifo', [join(c.cwd, 'results/validation-results-fifo.json')]);
      return batchMetrics;
    },
    code: 1,
    stderr: [
      /^ci-ledger batch-metrics: results\/validation-results-fifo\.json is not a regular file/,
    ],
    unchanged: true,
  },
  {
    name: 'results-dir: a directory link loop ends promptly',
    stores: ['dir'],
    tree: () => ({}),
    args: async (c) => {
      await put(c, 'results/a/validation-results-darwin-arm64.json', darwinArtifact(10));
      await putLink(c, 'results/a/b', '../a');
      await putLink(c, 'results/a/c', '../a/b');
      return batchMetrics;
    },
    code: 0,
    stderr: [],
    after: async (read) => {
      expect(metricsOf(await read('data/metrics/batch-runs.jsonl'))).toHaveLength(1);
    },
  },

  // --- --log-dir ------------------------------------------------------------------------------
  ...logDirCases(),
];

function logDirCases(): Case[] {
  const timing = (extra: string[] = []) => [
    'record-timing',
    '--env',
    'dev',
    '--build-id',
    'b1',
    '--phase',
    'apply',
    '--log-dir',
    'logs',
    '--exit-code',
    '0',
    '--start-time',
    '2026-01-29T10:00:00Z',
    '--end-time',
    '2026-01-29T10:01:00Z',
    ...extra,
  ];
  const log = 'Apply complete! Resources: 2 added, 0 changed, 0 destroyed.\n';
  const csv = 'environments/development/latest/build_timings.csv';
  return [
    {
      name: 'log-dir: a link loop does not hang discovery',
      stores: ['dir'],
      tree: () => ({}),
      args: async (c) => {
        await put(c, 'logs/apply-dev-b1.log', log);
        await putLink(c, 'logs/loop', '..');
        await putLink(c, 'logs/self', '.');
        return timing();
      },
      code: 0,
      stderr: [],
      after: async (read) =>
        expect(await read(csv)).toMatch(/,apply,dev,b1,60,0,,2,0,0,logs\/apply-dev-b1\.log\n$/),
    },
    {
      name: 'log-dir: a dangling link among the logs is no raw ENOENT',
      stores: ['dir'],
      tree: () => ({}),
      args: async (c) => {
        await put(c, 'logs/apply-dev-b1-old.log', log);
        await putLink(c, 'logs/apply-dev-b1-new.log', 'gone.log');
        return timing();
      },
      code: 0,
      stderr: [],
      after: async (read) => expect(await read(csv)).toMatch(/logs\/apply-dev-b1-old\.log\n$/),
    },
    {
      name: 'log-dir: the only match is a link to a file outside — not read, one error',
      stores: ['dir'],
      tree: () => ({}),
      args: async (c) => {
        await putLink(c, 'logs/apply-dev-b1.log', join(c.outside, 'apply-dev-b1.log'));
        return timing();
      },
      code: 1,
      stderr: [
        /^ci-ledger record-timing: No log matches \*apply\*b1\*\.log in \S*logs \(1 entries there\) \(skipped, not followed: 1 link\(s\) or special file\(s\): \S*logs\/apply-dev-b1\.log\)/,
      ],
      unchanged: true,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Seeding stores, snapshots, running
// ---------------------------------------------------------------------------------------------

/** Commits `tree` on `branch` of a bare repository with plumbing: links and submodules included. */
async function commitTree(bare: string, branch: string, tree: Tree): Promise<void> {
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

async function writeTreeToDir(dir: string, tree: Tree): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [path, entry] of Object.entries(tree)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    if (typeof entry === 'string') await writeFile(join(dir, path), entry);
    else if ('link' in entry) await symlink(entry.link, join(dir, path));
  }
}

/** Every entry under dir by lstat (links by their target, never followed). */
async function lsnapshot(dir: string, rel = ''): Promise<string[]> {
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

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** The CLI, killed (and the case failed) past `timeoutMs`: a hang is a finding, not a stuck suite. */
function runBounded(
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
      resolve({ code, stdout, stderr, ms: Date.now() - started, timedOut });
    });
    child.stdin.end();
  });
}

let root: string;

async function runCase(c: Case, store: Store, index: number) {
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
    const args = [...(await c.args(ctx)), ...storeArgs];
    const before = await state();
    const run = await runBounded(args, ctx.cwd, env);
    const after = await state();
    return { run, before, after, read, base };
  } finally {
    await server?.close();
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ci-ledger-hostile-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const runs = cases.flatMap((c) => c.stores.map((store) => ({ c, store })));

describe(`hostile input: ${runs.length} runs of ${cases.length} cases against the built CLI`, () => {
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

/**
 * GitHub's limits on one file, said plainly, for every store: a warning past the warning
 * threshold (GitHub's 50 MiB), a refusal before a write would cross the limit (GitHub's 100 MiB)
 * that names the file, its size and the fix, and records that can never be written printed but
 * not spooled. Thresholds are lowered through CI_LEDGER_FILE_WARN_BYTES / _LIMIT_BYTES.
 * And GitHub's own 403s are reported in GitHub's words, a permission problem only when GitHub
 * says so.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quickRetryEnv, runCli, type CliRun } from '../support/cli.js';
import { createBareRepo } from '../support/git-daemon.js';
import {
  commitFiles,
  readFileAt,
  startGitHubApiServer,
  type GitHubApiServer,
} from '../support/github-api-server.js';
import { classify } from '../../src/ledger/backends/github-client.js';
import { githubFileLimits } from '../../src/ledger/limits.js';

const TOKEN = 'ghs_limits0123456789abcdef';
const CSV = 'environments/development/latest/build_timings.csv'; // env dev's folder
const BRANCH = 'governance-registry';
const HEADER =
  'start_time_utc,end_time_utc,phase,env,build_id,duration_seconds,exit_code,flags,resources_added,resources_changed,resources_destroyed,log_path\n';
/** 40 earlier runs: a history of a known size, 40 rows of 92 bytes after the 143-byte header. */
const row = (i: number) =>
  `2026-01-${String(i % 28 || 28).padStart(2, '0')}T08:00:00Z,2026-01-${String(i % 28 || 28).padStart(2, '0')}T08:10:00Z,apply,dev,old-${String(i).padStart(3, '0')},600,0,,1,0,0,logs/apply-${String(i).padStart(3, '0')}.log\n`;
const HISTORY = HEADER + Array.from({ length: 40 }, (_, i) => row(i + 1)).join('');
const LOG =
  '[2026-01-24T08:00:00Z] terraform apply\nApply complete! Resources: 1 added, 0 changed, 0 destroyed.\n[2026-01-24T08:05:00Z] done\n';

type StoreKind = 'directory' | 'git' | 'rest' | 'graphql';

interface Store {
  args: string[];
  env: NodeJS.ProcessEnv;
  read(): Promise<string | null>;
  close(): Promise<void>;
  server?: GitHubApiServer;
}

async function openStore(kind: StoreKind, root: string, serverOptions = {}): Promise<Store> {
  if (kind === 'directory') {
    const dir = join(root, 'data');
    await writeFile(join(root, 'seed.csv'), HISTORY);
    const { mkdir, copyFile, readFile } = await import('node:fs/promises');
    await mkdir(join(dir, 'environments/development/latest'), { recursive: true });
    await copyFile(join(root, 'seed.csv'), join(dir, CSV));
    return {
      args: ['--data-dir', dir],
      env: {},
      read: () => readFile(join(dir, CSV), 'utf8').catch(() => null),
      close: async () => {},
    };
  }
  const bare = await createBareRepo(root, 'registry.git');
  await commitFiles(bare, BRANCH, { [CSV]: HISTORY });
  if (kind === 'git') {
    return {
      args: ['--git-remote', bare],
      env: {},
      read: () => readFileAt(bare, BRANCH, CSV),
      close: async () => {},
    };
  }
  const server = await startGitHubApiServer({ bareRepo: bare, token: TOKEN, ...serverOptions });
  return {
    server,
    args: ['--repo', `${server.owner}/${server.repo}`],
    env: { GITHUB_API_URL: server.url, GITHUB_TOKEN: TOKEN, CI_LEDGER_API: kind },
    read: () => readFileAt(bare, BRANCH, CSV),
    close: () => server.close(),
  };
}

/** record-timing of one run (from a log, exit code 0) into the store, spooling into `spool`. */
async function recordRun(root: string, store: Store, env: NodeJS.ProcessEnv): Promise<CliRun> {
  const log = join(root, 'apply-dev-b1.log');
  await writeFile(log, LOG);
  return runCli(
    [
      'record-timing',
      '--env',
      'dev',
      '--build-id',
      'b1',
      '--phase',
      'apply',
      '--log-path',
      log,
      '--exit-code',
      '0',
      ...store.args,
    ],
    {
      cwd: root,
      env: { ...quickRetryEnv, ...store.env, CI_LEDGER_SPOOL_DIR: join(root, 'spool'), ...env },
    },
  );
}

const spooled = (root: string) => readdir(join(root, 'spool')).catch(() => [] as string[]);
const size = (text: string | null) => Buffer.byteLength(text ?? '');

describe.each<StoreKind>(['directory', 'git', 'rest', 'graphql'])(
  'file limits, %s store',
  (kind) => {
    let root: string;
    let store: Store;
    beforeEach(async () => {
      root = await mkdtemp(join(tmpdir(), 'ci-ledger-limits-'));
      store = await openStore(kind, root);
    });
    afterEach(async () => {
      await store.close();
      await rm(root, { recursive: true, force: true });
    });

    test('past the warning threshold: written, with a warning naming the file and its size', async () => {
      expect(size(HISTORY)).toBe(143 + 40 * 92);
      const run = await recordRun(root, store, {
        CI_LEDGER_FILE_WARN_BYTES: String(size(HISTORY)),
      });
      expect(run.code).toBe(0);
      const after = await store.read();
      expect(after!.startsWith(HISTORY)).toBe(true);
      expect(after!.split('\n').filter(Boolean)).toHaveLength(42); // header, 40 rows, the new one
      expect(run.stderr).toContain(
        `Warning: ${CSV} is ${size(after).toLocaleString('en-US')} bytes, past ${size(HISTORY).toLocaleString('en-US')} bytes (GitHub warns from 50 MiB and refuses files over 100 MiB). Shard the history`,
      );
    });

    test('crossing the limit: refused with the file, its size and the fix; nothing written, nothing spooled', async () => {
      const limit = size(HISTORY) + 10; // no row fits in 10 bytes
      const run = await recordRun(root, store, { CI_LEDGER_FILE_LIMIT_BYTES: String(limit) });
      expect(run.code).toBe(1);
      const would = Number(/would be ([\d,]+) bytes/.exec(run.stderr)?.[1]?.replaceAll(',', ''));
      expect(would).toBeGreaterThan(limit);
      expect(would - size(HISTORY)).toBeGreaterThan(80); // one more row of the history's kind
      expect(run.stderr).toContain(
        `${CSV} would be ${would.toLocaleString('en-US')} bytes after this append, over the limit of ${limit.toLocaleString('en-US')} bytes for one file (GitHub refuses files over 100 MiB).`,
      );
      expect(run.stderr).toContain('no retry can succeed');
      expect(run.stderr).toContain('Shard the history');
      expect(run.stderr).not.toMatch(/permission/i);
      expect(await store.read()).toBe(HISTORY);
      expect(await spooled(root)).toEqual([]);
      // Not lost either: the records are printed whole.
      expect(run.stderr).toContain('Unwritten records: {');
      expect(run.stderr).toContain('"build_id":"b1"');
      if (store.server) {
        const writes = Object.keys(store.server.stats.byRoute).filter(
          (r) => !r.startsWith('GET') && !r.startsWith('POST graphql query'),
        );
        expect(writes).toEqual([]);
      }
    });
  },
);

describe.each<StoreKind>(['rest', 'graphql'])("GitHub's own 403, %s writer", (kind) => {
  test("a file GitHub will not serve through its API: refused in GitHub's words, not spooled, no permission guess", async () => {
    const root = await mkdtemp(join(tmpdir(), 'ci-ledger-limits-'));
    // GraphQL reads the file whole through REST only past Blob.text's 512,000 bytes.
    const big = HEADER + row(1).repeat(5653); // 143 + 5653 × 92 = 520,219 bytes
    const store = await openStore(kind, root, { maxApiBlobBytes: 515_000 });
    try {
      expect(size(big)).toBe(520_219);
      await commitFiles(store.server!.bareRepo, BRANCH, { [CSV]: big });
      const run = await recordRun(root, store, {});
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `${CSV} cannot be read through the GitHub API: GitHub answered "This API returns blobs up to 100 MB in size.`,
      );
      expect(run.stderr).toContain('Shard the history');
      expect(run.stderr).not.toMatch(/permission|contents: write/i);
      expect(await spooled(root)).toEqual([]);
    } finally {
      await store.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});

test("a 403 is a permission problem only when GitHub's message says so", () => {
  const target = 'GitHub API acme/infra';
  const said = (status: number, message: string) =>
    String((classify({ status, message }, target) as Error).message);
  expect(said(403, 'Resource not accessible by integration')).toBe(
    `${target}: permission denied (403 Resource not accessible by integration); the job needs "permissions: contents: write"`,
  );
  expect(said(403, 'Permission to acme/infra.git denied to github-actions[bot].')).toMatch(
    /permission denied/,
  );
  const rule = 'Repository rule violations found\n\nCommits must have verified signatures.';
  expect(said(403, rule)).toBe(`${target}: GitHub refused the request (403 ${rule})`);
  expect(said(422, 'Update is not a fast forward')).toBe(
    `${target}: GitHub refused the request (422 Update is not a fast forward)`,
  );
  expect(githubFileLimits).toEqual({ warnBytes: 50 * 1024 * 1024, limitBytes: 100 * 1024 * 1024 });
});

/**
 * The git backend against real remotes: a bare repository by path, and `git daemon` on
 * loopback with 20 concurrent writer processes (the real CLI bundle, `ci-ledger flush`).
 * Faults over smart HTTP are in __tests__/reliability/concurrent-writers.test.ts.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from '../../src/ledger/backends/git.js';
import { jsonlRequest, quickRetryEnv, runCli, spoolWith } from '../support/cli.js';
import { createBareRepo, startGitDaemon, type GitDaemon } from '../support/git-daemon.js';
import { commitFiles } from '../support/github-api-server.js';

const showFile = (bare: string, branch: string, path: string) =>
  git(['--git-dir', bare, 'show', `${branch}:${path}`]);
const idsIn = (jsonl: string) =>
  jsonl
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { id: string }).id);

/** Every commit on the branch, oldest first, with its parent count. */
async function history(bare: string, branch: string) {
  const out = await git(['--git-dir', bare, 'log', '--format=%H %P', '--reverse', branch]);
  return out
    .trim()
    .split('\n')
    .map((line) => line.trim().split(' ').length - 1);
}

/** An operator's clone of the infra repository, its origin the bare repository. */
async function userClone(bare: string): Promise<string> {
  await commitFiles(bare, 'main', { 'README.md': 'infra\n' }, 'init');
  const clone = join(await mkdtemp(join(tmpdir(), 'ci-ledger-user-')), 'clone');
  await git(['clone', '--quiet', bare, clone]);
  return clone;
}

describe('git backend', () => {
  let daemon: GitDaemon;
  beforeAll(async () => {
    daemon = await startGitDaemon();
  });
  afterAll(async () => {
    await daemon.close();
  });

  test('defaults to origin, creates the missing branch as an orphan, never touches the working tree', async () => {
    const bare = await createBareRepo(daemon.baseDir, 'orphan.git');
    const clone = await userClone(bare);
    await writeFile(join(clone, 'README.md'), 'local edit, not committed\n');
    const statusBefore = await git(['-C', clone, 'status', '--porcelain']);
    const headBefore = await git(['-C', clone, 'rev-parse', 'HEAD']);

    const spool = await spoolWith(
      jsonlRequest('first', 'data/records.jsonl', 'governance-registry'),
    );
    const run = await runCli(['flush', '--spool-dir', spool], { cwd: clone, env: quickRetryEnv });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/recorded on governance-registry at [0-9a-f]{40} after 1 attempt/);

    expect(idsIn(await showFile(bare, 'governance-registry', 'data/records.jsonl'))).toEqual([
      'first',
    ]);
    // An orphan commit holding just the new file: no README from main, no parent.
    expect(
      await git(['--git-dir', bare, 'ls-tree', '-r', '--name-only', 'governance-registry']),
    ).toBe('data/records.jsonl\n');
    expect(await history(bare, 'governance-registry')).toEqual([0]);
    // The operator's checkout is exactly as it was.
    expect(await git(['-C', clone, 'status', '--porcelain'])).toBe(statusBefore);
    expect(await git(['-C', clone, 'rev-parse', 'HEAD'])).toBe(headBefore);
    expect(await readFile(join(clone, 'README.md'), 'utf8')).toBe('local edit, not committed\n');
    expect(await readdir(spool)).toEqual([]); // landed, so the spool file is gone
  });

  test('a re-submitted record is not written twice', async () => {
    const bare = await createBareRepo(daemon.baseDir, 'idempotent.git');
    for (let i = 0; i < 2; i++) {
      const run = await runCli(
        ['flush', '--spool-dir', await spoolWith(jsonlRequest('same')), '--git-remote', bare],
        { env: quickRetryEnv },
      );
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(
        i === 0 ? ': recorded on ledger' : ': already-recorded on ledger',
      );
    }
    expect(idsIn(await showFile(bare, 'ledger', 'data/records.jsonl'))).toEqual(['same']);
    expect(await history(bare, 'ledger')).toEqual([0]);
  });

  test('20 concurrent writers through git daemon: every record exactly once, history linear', async () => {
    const bare = await createBareRepo(daemon.baseDir, 'concurrent.git');
    const url = daemon.url('concurrent.git');
    const ids = Array.from({ length: 20 }, (_, i) => `writer-${String(i).padStart(2, '0')}`);
    const spools = await Promise.all(ids.map((id) => spoolWith(jsonlRequest(id))));
    const runs = await Promise.all(
      spools.map((dir) =>
        runCli(['flush', '--spool-dir', dir, '--git-remote', url], { env: quickRetryEnv }),
      ),
    );

    for (const run of runs) expect(run).toMatchObject({ code: 0 });
    const landed = idsIn(await showFile(bare, 'ledger', 'data/records.jsonl'));
    expect([...landed].sort()).toEqual(ids);
    // One commit per writer, each with a single parent after the first: nothing forced, nothing merged.
    expect(await history(bare, 'ledger')).toEqual([0, ...Array(19).fill(1)]);
    const attempts = runs.map((r) => Number(/after (\d+) attempt/.exec(r.stdout)?.[1]));
    console.log(
      `git backend, 20 concurrent writers: ${landed.length}/20 records landed, attempts per writer: max ${Math.max(...attempts)}, mean ${(attempts.reduce((a, b) => a + b) / attempts.length).toFixed(1)}`,
    );
  });

  test('a header mismatch changes nothing and says what is wrong', async () => {
    const bare = await createBareRepo(daemon.baseDir, 'header.git');
    await commitFiles(bare, 'ledger', { 'timings.csv': 'a,b,c\n1,2,3\n' }, 'old');
    const before = await git(['--git-dir', bare, 'rev-parse', 'ledger']);

    const spool = await spoolWith({
      branch: 'ledger',
      message: 'row',
      files: [
        {
          format: 'csv',
          path: 'timings.csv',
          columns: ['x', 'y'],
          key: ['x'],
          records: [{ x: '1', y: '2' }],
        },
      ],
    });
    const run = await runCli(['flush', '--spool-dir', spool, '--git-remote', bare], {
      env: quickRetryEnv,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /timings\.csv: its header has 3 columns \(a,b,c\).*Nothing was written/,
    );
    expect(await git(['--git-dir', bare, 'rev-parse', 'ledger'])).toBe(before);
    expect(await readdir(spool)).toEqual(['request.json']); // kept for a later flush
  });

  test('an unreachable remote: the step fails, the record is spooled and printed, and flush lands it later', async () => {
    const bare = await createBareRepo(daemon.baseDir, 'later.git');
    const work = await mkdtemp(join(tmpdir(), 'ci-ledger-work-'));
    const spool = await spoolWith(jsonlRequest('survivor'));
    const dead = 'git://127.0.0.1:9/nothing-listens-here.git';
    const failed = await runCli(['flush', '--spool-dir', spool, '--git-remote', dead], {
      cwd: work,
      env: { ...quickRetryEnv, CI_LEDGER_MAX_ATTEMPTS: '3', CI_LEDGER_RETRY_BASE_MS: '10' },
    });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/gave up after 3 attempts/);
    expect(failed.stderr).toContain('"id":"survivor"');
    expect(await readdir(spool)).toEqual(['request.json']);

    const later = await runCli(['flush', '--spool-dir', spool, '--git-remote', bare], {
      cwd: work,
      env: quickRetryEnv,
    });
    expect(later.code).toBe(0);
    expect(idsIn(await showFile(bare, 'ledger', 'data/records.jsonl'))).toEqual(['survivor']);
    expect(await readdir(spool)).toEqual([]);
  });
});

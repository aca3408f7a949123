/**
 * The git backend fetches only what it touches, passes the remote's messages on whole, and
 * leaves no temporary repository behind, whatever ends it. Real remotes: `git daemon` on
 * loopback (partial fetches allowed, as GitHub allows them) and bare repositories by path.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { GitBackend, git } from '../../src/ledger/backends/git.js';
import { appendRecords } from '../../src/ledger/append.js';
import { cliBundle, runCli } from '../support/cli.js';
import { createBareRepo, startGitDaemon, type GitDaemon } from '../support/git-daemon.js';
import { commitFiles } from '../support/github-api-server.js';

let daemon: GitDaemon;
beforeAll(async () => {
  daemon = await startGitDaemon();
});
afterAll(() => daemon?.close());

/** Which of `ids` the backend's temporary repository holds, without fetching any. */
async function held(backend: GitBackend, ids: string[]): Promise<string[]> {
  const dir = (backend as unknown as { workdir: string }).workdir;
  const missing = (await git(['rev-list', '--objects', '--missing=print', '--all'], { cwd: dir }))
    .split('\n')
    .filter((l) => l.startsWith('?'))
    .map((l) => l.slice(1).trim());
  return ids.filter((id) => !missing.includes(id));
}

const blobId = async (bare: string, path: string) =>
  (await git(['--git-dir', bare, 'rev-parse', `main:${path}`])).trim();

describe('partial fetch', () => {
  test('an append reads the blobs of the files it touches, never the other files on the branch', async () => {
    const bare = await createBareRepo(daemon.baseDir, 'partial.git');
    await commitFiles(bare, 'main', {
      'data/metrics/batch-runs.jsonl': '{"batch_id":"a","ecosystem":"cargo"}\n',
      'data/other/big.bin': randomBytes(2_000_000).toString('base64'),
      'environments/x/latest/build_timings.csv': 'h\n',
    });
    const backend = new GitBackend(daemon.url('partial.git'));
    try {
      const result = await appendRecords(backend, {
        branch: 'main',
        message: 'm',
        files: [
          {
            format: 'jsonl',
            path: 'data/metrics/batch-runs.jsonl',
            key: ['batch_id', 'ecosystem'],
            records: [{ batch_id: 'b', ecosystem: 'cargo' }],
          },
        ],
      });
      expect(result.status).toBe('recorded');
      const touched = await blobId(bare, 'data/metrics/batch-runs.jsonl'); // the new one
      const big = await blobId(bare, 'data/other/big.bin');
      const csv = await blobId(bare, 'environments/x/latest/build_timings.csv');
      expect(await held(backend, [big, csv])).toEqual([]);
      expect(await held(backend, [touched])).toEqual([touched]);
      expect(await git(['--git-dir', bare, 'show', 'main:data/metrics/batch-runs.jsonl'])).toBe(
        '{"batch_id":"a","ecosystem":"cargo"}\n{"batch_id":"b","ecosystem":"cargo"}\n',
      );
      // The unchanged big file is still on the branch, whole.
      expect(
        (await git(['--git-dir', bare, 'cat-file', '-s', `main:data/other/big.bin`])).trim(),
      ).toBe(String(Math.ceil(2_000_000 / 3) * 4));
    } finally {
      await backend.close();
    }
  });

  test('a report over the last batches fetches the files its window needs, in one fetch', async () => {
    const bare = await createBareRepo(daemon.baseDir, 'window.git');
    const line = (month: string, i: number) =>
      JSON.stringify({
        batch_id: `${month}-${i}`,
        ecosystem: 'cargo',
        platforms: { 'linux-x86_64': { tested: 2, passed: 1, failed: 1 } },
        timestamp: `${month}-${String(10 + i).padStart(2, '0')}T00:00:00Z`,
      });
    // Two years of monthly shards, five batches in each month.
    const files: Record<string, string> = {};
    for (let m = 0; m < 24; m++) {
      const month = `${2025 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      files[`data/metrics/batch-runs-${month}.jsonl`] =
        [0, 1, 2, 3, 4].map((i) => line(month, i)).join('\n') + '\n';
    }
    await commitFiles(bare, 'main', files);
    const backend = new GitBackend(daemon.url('window.git'));
    try {
      const listed = await backend.listFiles('main', ['data/metrics', 'data/failures']);
      expect(listed!.map((f) => f.path)).toEqual(Object.keys(files).sort());
      expect(
        await held(
          backend,
          listed!.map((f) => f.id),
        ),
      ).toEqual([]);
    } finally {
      await backend.close();
    }
    // Through the CLI: the last 3 batches (and the 3 before them) are all in December 2026; the
    // first round fetches the 8 newest shards, after which the 16 older ones cannot matter.
    const report = await runCli([
      'report',
      '--git-remote',
      daemon.url('window.git'),
      '--last',
      '3',
    ]);
    expect(report.stderr).toBe('');
    expect(report.stdout).toContain('Read 8 metrics file(s) (40 batch records)');
    expect(report.stdout).toContain('(16 older file(s) on the branch not fetched)');
  });
});

/** A job log line holding one append of `records` to a.jsonl on main, as `flush --from` reads it. */
const spoolLine = (records: Array<Record<string, unknown>>) =>
  `ci-ledger-spool: ${JSON.stringify({
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    target: 't',
    reason: 't',
    request: {
      branch: 'main',
      message: 'm',
      files: [{ format: 'jsonl', path: 'a.jsonl', key: ['id'], records }],
    },
  })}\n`;

describe("the remote's own messages", () => {
  async function remoteWithHook(script: string): Promise<string> {
    const bare = await createBareRepo(await mkdtemp(join(tmpdir(), 'ci-ledger-hook-')), 'r.git');
    await commitFiles(bare, 'main', { 'README.md': 'x\n' });
    const hook = join(bare, 'hooks/pre-receive');
    await writeFile(hook, `#!/bin/sh\n${script}\n`);
    await chmod(hook, 0o755);
    return bare;
  }
  const append = async (bare: string, spool: string) => {
    const log = join(spool, 'job.log');
    await writeFile(log, spoolLine([{ id: 1 }]));
    return runCli(['flush', '--from', log, '--git-remote', bare], {
      env: { CI_LEDGER_MAX_RETRY_SECONDS: '1' },
    });
  };

  test('a rejection: every line the remote printed, in order, not just the last three', async () => {
    const lines = Array.from({ length: 8 }, (_, i) => `policy line ${i + 1}`);
    const bare = await remoteWithHook(`${lines.map((l) => `echo "${l}" >&2`).join('\n')}\nexit 1`);
    const run = await append(bare, await mkdtemp(join(tmpdir(), 'ci-ledger-spool-')));
    expect(run.code).toBe(1);
    const said = lines.map((l) => `remote: ${l}`).join(' / ');
    expect(run.stderr).toContain(said);
    expect(run.stderr).toContain('pre-receive hook declined');
  });

  test("a push that lands: the remote's warnings are passed on", async () => {
    const bare = await remoteWithHook(
      'echo "warning: File a.jsonl is 52.00 MB; this is larger than the recommended maximum file size of 50.00 MB" >&2\nexit 0',
    );
    const run = await append(bare, await mkdtemp(join(tmpdir(), 'ci-ledger-spool-')));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'remote: warning: File a.jsonl is 52.00 MB; this is larger than the recommended maximum file size of 50.00 MB',
    );
  });
});

describe('the temporary repository', () => {
  /** A remote that accepts connections and never answers: git waits on it. */
  async function silentRemote(): Promise<{ url: string; server: Server }> {
    const server = createServer(() => {});
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as { port: number };
    return { url: `git://127.0.0.1:${port}/r.git`, server };
  }

  test.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    'removed when the process is stopped by %s mid-fetch',
    async (signal, status) => {
      const { url, server } = await silentRemote();
      const tmp = await mkdtemp(join(tmpdir(), 'ci-ledger-tmp-'));
      try {
        const child = spawn(
          process.execPath,
          [cliBundle, 'report', '--git-remote', url, '--branch', 'main'],
          {
            env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: tmp },
          },
        );
        const exited = new Promise<number | null>((r) =>
          child.on('exit', (code, sig) =>
            r(code ?? (sig === signal ? 128 + (sig === 'SIGTERM' ? 15 : 2) : null)),
          ),
        );
        // Wait (no timer decides) until the temporary repository exists and git is waiting.
        for (;;) {
          const names = await readdir(tmp);
          if (names.some((n) => n.startsWith('ci-ledger-git-'))) break;
          await new Promise((r) => setTimeout(r, 20));
        }
        child.kill(signal);
        expect(await exited).toBe(status);
        expect(await readdir(tmp)).toEqual([]);
      } finally {
        server.close();
      }
    },
    20_000,
  );

  test('removed after a clean refusal (a file over the size a ledger file may have)', async () => {
    const bare = await createBareRepo(daemon.baseDir, 'huge.git');
    await commitFiles(bare, 'main', { 'a.jsonl': '{"id":0}\n'.repeat(2000) });
    const tmp = await mkdtemp(join(tmpdir(), 'ci-ledger-tmp-'));
    const log = join(tmp, 'job.log');
    await writeFile(log, spoolLine([{ id: 1 }]));
    const flush = await runCli(['flush', '--from', log, '--git-remote', daemon.url('huge.git')], {
      env: { TMPDIR: tmp, CI_LEDGER_MAX_FILE_BYTES: '1000' },
    });
    expect(flush.code).toBe(1);
    expect(flush.stderr).toContain(
      'a.jsonl on branch main is 18000 bytes, over the 1000 bytes limit for a ledger file',
    );
    expect(await readdir(tmp)).toEqual(['job.log']);
  });
});

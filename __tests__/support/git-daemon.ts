/** A real git remote on loopback: `git daemon` serving bare repositories, push enabled. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from '../../src/ledger/backends/git.js';

export interface GitDaemon {
  baseDir: string;
  url(repo: string): string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export async function createBareRepo(
  baseDir: string,
  name: string,
  defaultBranch = 'main',
): Promise<string> {
  const path = join(baseDir, name);
  await git(['init', '--quiet', '--bare', `--initial-branch=${defaultBranch}`, path]);
  // Partial fetches (--filter=blob:none), as GitHub serves them; git's default is off.
  await git(['config', 'uploadpack.allowFilter', 'true'], { cwd: path });
  return path;
}

export async function startGitDaemon(baseDir?: string): Promise<GitDaemon> {
  const base = baseDir ?? (await mkdtemp(join(tmpdir(), 'ci-ledger-daemon-')));
  const port = await freePort();
  const daemon: ChildProcess = spawn(
    'git',
    [
      'daemon',
      `--base-path=${base}`,
      '--export-all',
      '--enable=receive-pack',
      '--reuseaddr',
      '--listen=127.0.0.1',
      `--port=${port}`,
      base,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  daemon.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = (repo: string) => `git://127.0.0.1:${port}/${repo}`;
  // Ready when it answers; give it a few seconds.
  await createBareRepo(base, '.probe.git');
  for (let i = 0; ; i++) {
    try {
      await git(['ls-remote', url('.probe.git')]);
      break;
    } catch (error) {
      if (i > 100 || daemon.exitCode !== null)
        throw new Error(`git daemon did not start: ${log}`, { cause: error });
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    baseDir: base,
    url,
    close: () =>
      new Promise((resolve) => {
        if (daemon.exitCode !== null) return resolve();
        daemon.once('exit', () => resolve());
        daemon.kill();
      }),
  };
}

/** Runs the built CLI bundle as a user would: `node dist/cli/index.js …`. */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppendRequest } from '../../src/ledger/types.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const cliBundle = join(repoRoot, 'dist/cli/index.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The writer's own retry policy stays at its defaults in tests (that is what is under test);
 * only Octokit's per-request retry waits (1 s, 4 s, 9 s) are shortened. */
export const quickRetryEnv = {
  CI_LEDGER_REQUEST_RETRY_BASE_MS: '50',
};

export function runCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...options.env,
    };
    const child = spawn(process.execPath, [cliBundle, ...args], {
      cwd: options.cwd ?? repoRoot,
      env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A spool directory holding one append request, as a failed run would have left it. */
export async function spoolWith(request: AppendRequest): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-spool-'));
  await mkdir(dir, { recursive: true });
  const entry = {
    version: 1,
    createdAt: new Date().toISOString(),
    target: 'test',
    reason: 'test',
    request,
  };
  await writeFile(join(dir, 'request.json'), JSON.stringify(entry));
  return dir;
}

/** One JSONL record per writer, keyed by its id. */
export function jsonlRequest(
  id: string,
  path = 'data/records.jsonl',
  branch = 'ledger',
): AppendRequest {
  return {
    branch,
    message: `record ${id}`,
    files: [{ format: 'jsonl', path, key: ['id'], records: [{ id, writer: id }] }],
  };
}

/**
 * The spool: records that could not be written, saved as their append request (plain JSON)
 * so that `ci-ledger flush` can re-submit them. Re-submitting is safe at any time because
 * appends are idempotent by record key.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '../vocabulary/index.js';
import { assertValidRequest } from './request.js';
import type { AppendRequest } from './types.js';

export interface SpoolEntry {
  version: 1;
  createdAt: string;
  /** Where the write was going (never holds a token). */
  target: string;
  reason: string;
  request: AppendRequest;
}

export function defaultSpoolDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.CI_LEDGER_SPOOL_DIR || '.ci-ledger/spool');
}

export async function spoolRequest(
  dir: string,
  request: AppendRequest,
  target: string,
  reason: string,
): Promise<string> {
  return (await spoolEntry(dir, request, target, reason)).file;
}

/** Saves a request as a new spool file; returns the file and the entry it holds. */
export async function spoolEntry(
  dir: string,
  request: AppendRequest,
  target: string,
  reason: string,
): Promise<{ file: string; entry: SpoolEntry }> {
  await mkdir(dir, { recursive: true });
  const entry: SpoolEntry = {
    version: 1,
    createdAt: new Date().toISOString(),
    target,
    reason,
    request,
  };
  const name = `${entry.createdAt.replace(/[:.]/g, '')}-${randomBytes(4).toString('hex')}.json`;
  const file = join(dir, name);
  const temp = `${file}.tmp`;
  await writeFile(temp, JSON.stringify(entry, null, 2) + '\n');
  await rename(temp, file);
  return { file, entry };
}

export async function listSpool(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir))
      .filter((n) => n.endsWith('.json'))
      .sort()
      .map((n) => join(dir, n));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export async function readSpoolEntry(file: string): Promise<SpoolEntry> {
  let entry: SpoolEntry;
  try {
    entry = JSON.parse(await readFile(file, 'utf8')) as SpoolEntry;
  } catch (error) {
    throw new InputError(`${file}: not a readable spool file (${(error as Error).message})`);
  }
  if (entry?.version !== 1)
    throw new InputError(`${file}: not a ci-ledger spool file (no "version": 1)`);
  assertValidRequest(entry.request, `${file}: /request`);
  return entry;
}

export async function removeSpoolEntry(file: string): Promise<void> {
  await rm(file, { force: true });
}

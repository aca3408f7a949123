/**
 * Spool entries from any text that carries them: a spool file, a bare append request, or a
 * job log holding `ci-ledger-spool: {…}` lines (what a failed or cancelled step prints; a log
 * downloaded from GitHub prefixes each line with a timestamp, which is ignored). This is how a
 * record survives a runner that is gone: `ci-ledger flush --from job.log`.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../vocabulary/index.js';
import { SPOOL_LINE_PREFIX } from './in-flight.js';
import { assertValidRequest } from './request.js';
import type { SpoolEntry } from './spool.js';

export async function spoolEntriesFrom(file: string): Promise<SpoolEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`${file} cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  const entries: SpoolEntry[] = [];
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    const at = line.indexOf(SPOOL_LINE_PREFIX);
    if (at === -1) continue;
    entries.push(
      entryOf(line.slice(at + SPOOL_LINE_PREFIX.length).trim(), `${file} line ${i + 1}`),
    );
  }
  if (entries.length > 0) return dedupe(entries);
  if (!text.trim().startsWith('{'))
    throw new InputError(
      `${file}: holds no "${SPOOL_LINE_PREFIX.trim()}" line and is not a spool file`,
    );
  return [entryOf(text, file)];
}

function entryOf(json: string, where: string): SpoolEntry {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new InputError(
      `${where}: not valid JSON (${(error as Error).message.replace(/, ".*$/s, '')})`,
    );
  }
  const object = (value ?? {}) as Partial<SpoolEntry> & { files?: unknown };
  const entry: SpoolEntry =
    object.version === 1
      ? (object as SpoolEntry)
      : {
          version: 1,
          createdAt: '',
          target: '',
          reason: '',
          request: object as SpoolEntry['request'],
        };
  assertValidRequest(entry.request, `${where}: /request`);
  return entry;
}

/** A log may print the same records twice (a kept spool and a signal): submit each once. */
function dedupe(entries: SpoolEntry[]): SpoolEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = JSON.stringify(e.request);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Finding a phase's log the way the old recorder did (`find DIR -name "*<phase>*<build_id>*.log"`),
 * but loudly: when several match, say which was taken; when none does, say where we looked.
 */
import { access, constants, lstat, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { listLocalTree } from '../files/local-tree.js';
import { InputError } from '../vocabulary/index.js';

/** Where wrapped runs write their logs, and where a run without --log-path is looked for. */
export const DEFAULT_LOG_DIR = 'logs/build-timings';

export interface DiscoveredLog {
  path: string;
  pattern: string;
  /** Every match, newest first. */
  candidates: string[];
  /** Matching names that are links (or FIFOs, sockets): never followed, never taken. */
  skippedLinks: string[];
}

export function logPattern(phase: string, buildId: string): string {
  return `*${phase}*${buildId}*.log`;
}

/** Whether a file name matches *<phase>*<build_id>*.log (in that order). */
export function matchesLogPattern(name: string, phase: string, buildId: string): boolean {
  if (!name.endsWith('.log')) return false;
  const stem = name.slice(0, -'.log'.length);
  const at = stem.indexOf(phase);
  return at !== -1 && stem.indexOf(buildId, at + phase.length) !== -1;
}

export async function discoverLog(
  logDir: string,
  phase: string,
  buildId: string,
): Promise<DiscoveredLog> {
  const pattern = logPattern(phase, buildId);
  let entries;
  try {
    // Links are not followed (a loop hung discovery) and a dangling one is just a name.
    entries = await listLocalTree(logDir, '', true);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new InputError(
        `No log to record: the log directory ${logDir} does not exist (looked for ${pattern}). Wrap the command with run, or pass log-path.`,
      );
    }
    throw error;
  }
  const matches: Array<{ path: string; mtime: number }> = [];
  const skippedLinks: string[] = [];
  for (const entry of entries) {
    const base = entry.path.split('/').pop() ?? entry.path;
    if (!matchesLogPattern(base, phase, buildId)) continue;
    const path = join(logDir, entry.path);
    if (entry.kind !== 'file') {
      if (entry.kind !== 'directory') skippedLinks.push(path);
      continue;
    }
    const info = await lstat(path).catch(() => undefined);
    if (info?.isFile()) matches.push({ path, mtime: info.mtimeMs });
  }
  // A log taken through a link could be any file on the machine: links are skipped, and named.
  const skipped =
    skippedLinks.length === 0
      ? ''
      : ` (skipped, not followed: ${skippedLinks.length} link(s) or special file(s): ${skippedLinks.slice(0, 3).join(', ')})`;
  if (matches.length === 0) {
    throw new InputError(
      `No log matches ${pattern} in ${logDir} (${entries.length} entries there)${skipped}. Name the log after the phase and build id, pass log-path, or wrap the command with run.`,
    );
  }
  matches.sort((a, b) => b.mtime - a.mtime || (a.path < b.path ? 1 : -1));
  return {
    path: matches[0]!.path,
    pattern,
    candidates: matches.map((m) => m.path),
    skippedLinks,
  };
}

/**
 * The log named by log-path, checked before anything else about the run: a missing log is the
 * first thing to fix (asking for an exit code first would send the user the wrong way).
 */
export async function explicitLog(
  given: string,
  cwd: string,
  alternatives: { logDir: string; phase: string; buildId: string },
): Promise<string> {
  const file = isAbsolute(given) ? given : resolve(cwd, given);
  const asGiven = isAbsolute(given)
    ? ''
    : ` (log-path ${JSON.stringify(given)}, relative to ${cwd})`;
  try {
    await access(file, constants.R_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new InputError(`The log ${file} cannot be read (${code})`);
    throw new InputError(
      `The log ${file} does not exist${asGiven}. Check the path; or leave out log-path to take the newest ` +
        `${logPattern(alternatives.phase, alternatives.buildId)} under ${alternatives.logDir}; or wrap the phase command ` +
        '(run, or -- COMMAND) so that it is logged and timed.',
    );
  }
  if (!(await stat(file)).isFile()) throw new InputError(`The log ${file} is not a file`);
  return file;
}

/** The log's path as the CSV records it: relative to the repository root, with forward slashes. */
export function pathFromRoot(path: string, root: string): string {
  const rel = relative(root, path);
  return rel.startsWith('..') || rel === '' ? path : rel.split('\\').join('/');
}

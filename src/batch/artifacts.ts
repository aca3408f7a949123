/**
 * Per-platform result artifacts, in either form, validated against the shipped JSON Schemas
 * and normalised to one shape. Errors name the file and the JSON pointer. Parsing is pure
 * (`parseArtifact`, given the validators); `readArtifacts` is the I/O edge that finds and reads
 * the files.
 */
import { lstat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import arraySchema from '../../schemas/validation-result.array.schema.json' with { type: 'json' };
import v1Schema from '../../schemas/validation-result.v1.schema.json' with { type: 'json' };
import { InputError, nonFiniteNumberAt, utcTimeProblemText } from '../vocabulary/index.js';
import { listLocalTree, readRegularFile } from '../files/local-tree.js';
import { globToRegExp } from './glob.js';

export type ResultStatus = 'passed' | 'failed' | 'skipped';

export interface PlatformResult {
  recipe: string;
  /** The detailed platform the result was produced on (before the platform map). */
  platform: string;
  status: ResultStatus;
  exitCode?: number;
  attempts?: number;
  category?: string;
  message?: string;
  durationSeconds?: number;
  blockedBy?: string[];
}

export interface Artifact {
  file: string;
  form: 'v1' | 'array';
  batchId?: string;
  ecosystem?: string;
  /** The artifact's platform: v1's `platform`, or for an empty array the one its file name carries. */
  platform?: string;
  startedAt?: string;
  finishedAt?: string;
  runnerMinutes?: number;
  results: PlatformResult[];
}

/** 64 MiB: far above any real artifact; stops a runaway file before it exhausts memory. */
export const MAX_ARTIFACT_BYTES = 64 * 1024 * 1024;

export interface Validators {
  v1: ValidateFunction;
  array: ValidateFunction;
}

let validators: Promise<Validators> | undefined;
/** Ajv and its schema compiler are loaded when there are artifacts to check, not at start. */
export function loadValidators(): Promise<Validators> {
  // Both are CommonJS: `default` is their module.exports, alike in Node and in the bundle.
  validators ??= Promise.all([import('ajv'), import('ajv-formats')]).then(
    ([{ default: ajvModule }, { default: addFormats }]) => {
      const ajv = new ajvModule.Ajv({ allErrors: false, strict: false });
      (addFormats as unknown as (a: Ajv) => void)(ajv);
      return { v1: ajv.compile(v1Schema), array: ajv.compile(arraySchema) };
    },
  );
  return validators;
}

function schemaError(file: string, errors: ErrorObject[] | null | undefined): InputError {
  const first = errors?.[0];
  if (!first) return new InputError(`${file}: does not match the result schema`);
  const pointer = first.instancePath || '/';
  const detail =
    first.keyword === 'enum'
      ? `must be one of ${(first.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
      : first.keyword === 'required'
        ? `is missing the required property "${(first.params as { missingProperty: string }).missingProperty}"`
        : first.keyword === 'const'
          ? `must be ${JSON.stringify((first.params as { allowedValue: unknown }).allowedValue)}`
          : (first.message ?? 'is invalid');
  return new InputError(`${file}: ${pointer} ${detail}`);
}

/** "validation-results-darwin-arm64.json" → "darwin-arm64" */
export function platformFromFileName(file: string): string | undefined {
  return /^validation-results?-(.+)\.json$/.exec(basename(file))?.[1];
}

export function parseArtifact(text: string, file: string, { v1, array }: Validators): Artifact {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${jsonErrorWhere(text, error as Error)})`);
  }
  // JSON.parse reads 1e400 as Infinity, which would be written back as null: refused here.
  const infinite = nonFiniteNumberAt(data);
  if (infinite)
    throw new InputError(
      `${file}: ${infinite} is a number too large to hold (it reads as infinite)`,
    );
  if (Array.isArray(data)) {
    if (!array(data)) throw schemaError(file, array.errors);
    const rows = data as Array<Record<string, unknown>>;
    return {
      file,
      form: 'array',
      platform: rows.length === 0 ? platformFromFileName(file) : undefined,
      results: rows.map((r) => ({
        recipe: r.recipe as string,
        platform: r.platform as string,
        status: r.status === 'pass' ? 'passed' : r.status === 'fail' ? 'failed' : 'skipped',
        exitCode: r.exit_code as number | undefined,
        attempts: r.attempts as number | undefined,
        category: r.category as string | undefined,
        message: r.message as string | undefined,
        durationSeconds: r.duration_seconds as number | undefined,
        blockedBy:
          r.blocked_by == null
            ? undefined
            : ([] as string[]).concat(r.blocked_by as string | string[]),
      })),
    };
  }
  if (data && typeof data === 'object' && 'schema_version' in data) {
    if (!v1(data)) throw schemaError(file, v1.errors);
    const a = data as unknown as Record<string, unknown> & {
      results: Array<Record<string, unknown>>;
    };
    for (const field of ['started_at', 'finished_at'] as const) {
      const value = a[field];
      const problem = typeof value === 'string' ? utcTimeProblemText(value) : undefined;
      if (problem)
        throw new InputError(`${file}: /${field} ${JSON.stringify(value)} is ${problem}`);
    }
    if (
      typeof a.started_at === 'string' &&
      typeof a.finished_at === 'string' &&
      Date.parse(a.finished_at) < Date.parse(a.started_at)
    ) {
      throw new InputError(
        `${file}: /finished_at ${a.finished_at} is before /started_at ${a.started_at}`,
      );
    }
    return {
      file,
      form: 'v1',
      batchId: a.batch_id as string,
      ecosystem: a.ecosystem as string,
      platform: a.platform as string,
      startedAt: a.started_at as string | undefined,
      finishedAt: a.finished_at as string | undefined,
      runnerMinutes: a.runner_minutes as number | undefined,
      results: a.results.map((r) => ({
        recipe: r.recipe as string,
        platform: (r.platform as string | undefined) ?? (a.platform as string),
        status: r.status as ResultStatus,
        exitCode: r.exit_code as number | undefined,
        category: r.category as string | undefined,
        message: (r.message as string | undefined) ?? (r.reason as string | undefined),
        durationSeconds: r.duration_seconds as number | undefined,
      })),
    };
  }
  throw new InputError(
    `${file}: / is neither a v1 result object (with "schema_version": 1) nor an array of {recipe, platform, status} results`,
  );
}

/** Node's JSON errors give a character position; people want a line and column. */
function jsonErrorWhere(text: string, error: Error): string {
  // V8 quotes the text around the error ('"root:x:0:0"... is not valid JSON'): never echo a
  // file's bytes into a message (it may be a secret); the position says where.
  const message = error.message.replace(/, ".*"(\.\.\.)? is not valid JSON$/s, '');
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/s, '')} at line ${line}, column ${column}`;
}

/** Finds the artifacts: `glob` matches the file name at any depth under `dir` (download-artifact
 * puts each artifact in its own folder), or the relative path when the glob has a slash.
 * Links are never followed (a `self -> .` link made one artifact count 41 times): a link that
 * matches the glob is refused, since skipping it would silently change the batch's counts. */
/** Matching files a caller leaves out (e.g. the repository's own files), and why, for the messages. */
export interface ArtifactExclusion {
  skip: (pathInDir: string) => boolean;
  why: string;
}

export async function findArtifacts(
  dir: string,
  glob: string,
  exclude?: ArtifactExclusion,
): Promise<string[]> {
  const re = globToRegExp(glob);
  let entries;
  try {
    entries = await listLocalTree(dir, '', true);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new InputError(`results-dir ${dir} does not exist`);
    throw error;
  }
  const all = entries.filter((e) => re.test(glob.includes('/') ? e.path : basename(e.path)));
  const left = exclude ? all.filter((e) => e.kind === 'file' && exclude.skip(e.path)) : [];
  const matches = all.filter((e) => !left.includes(e));
  const notFile = matches.find((e) => e.kind !== 'file' && e.kind !== 'directory');
  if (notFile) throw new InputError(notRegularArtifact(join(dir, notFile.path), notFile.kind));
  const files = matches.filter((e) => e.kind === 'file').map((e) => join(dir, e.path));
  const leftOut = left.length
    ? ` (${left.length} matching file(s) left out, ${exclude!.why}: ${left
        .slice(0, 3)
        .map((e) => e.path)
        .join(', ')}${left.length > 3 ? ', …' : ''})`
    : '';
  if (files.length === 0)
    throw new InputError(`No result artifacts match ${glob} under ${dir}${leftOut}`);
  return files;
}

function notRegularArtifact(path: string, kind: string): string {
  const shown = relative(process.cwd(), path) || path;
  return kind === 'link'
    ? `${shown} is a symbolic link: result artifacts must be regular files (links are not followed). Nothing was written.`
    : `${shown} is not a regular file (a FIFO, socket or device): result artifacts must be regular files. Nothing was written.`;
}

export async function readArtifacts(
  dir: string,
  glob: string,
  exclude?: ArtifactExclusion,
): Promise<Artifact[]> {
  const files = await findArtifacts(dir, glob, exclude);
  const validators = await loadValidators();
  const artifacts: Artifact[] = [];
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    const size = (await lstat(file)).size;
    if (size > MAX_ARTIFACT_BYTES) {
      throw new InputError(
        `${shown}: ${size} bytes is over the ${MAX_ARTIFACT_BYTES / 1024 / 1024} MiB limit for one result artifact`,
      );
    }
    // Opened without following a link swapped in since the listing, and bounded.
    const bytes = await readRegularFile(file, MAX_ARTIFACT_BYTES, shown);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new InputError(`${shown}: not UTF-8 text (a result artifact is JSON)`);
    }
    artifacts.push(parseArtifact(text, shown, validators));
  }
  return artifacts;
}

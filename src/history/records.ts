/**
 * Normalising what real pipelines wrote into two plain shapes. Batch records: ours (DESIGN
 * §3.2), older ones without skipped/macOS fields, later ones with an `ecosystems` map instead
 * of `ecosystem`. Failure records: ours (§3.3), per-ecosystem files holding a `failures` array
 * of {package_id, category, message, timestamp}, and per-recipe lines {recipe, platform,
 * exit_code, category}. Pure.
 */
import { emptyDict, isCount } from '../vocabulary/index.js';

export interface PlatformCounts {
  tested: number;
  passed: number;
  failed: number;
  skipped?: number;
  duration_seconds?: number | null;
}

export interface BatchRun {
  batchId: string;
  /** The ecosystem, or "mixed" for a record that covered several. */
  ecosystem: string;
  timestamp: string;
  total?: number;
  merged?: number;
  platforms: Record<string, PlatformCounts>;
  macosMinutes?: number;
  durationSeconds?: number;
}

export interface Failure {
  batchId?: string;
  ecosystem?: string;
  recipe: string;
  environment: string;
  category: string;
  exitCode?: number;
  message?: string;
  timestamp?: string;
}

const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
const int = (v: unknown): number | undefined =>
  Number.isSafeInteger(v) ? (v as number) : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** "2026-02-19T08-45-18Z" (a file-name-safe stamp) → "2026-02-19T08:45:18Z"; others unchanged. */
export function normalizeTimestamp(value: string): string {
  if (value.charCodeAt(13) === 58) return value; // already "…T08:", the common case
  return value.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})/, '$1:$2:$3');
}

export const MIXED = 'mixed';

const TIMESTAMP_FIELD = /^"timestamp"\s*:\s*"([^"\\]*)"/;

/** A record's time read from its raw text, without parsing it: only when it names one timestamp. */
export function rawTimestamp(text: string): string | undefined {
  const at = text.indexOf('"timestamp"');
  if (at === -1 || text.includes('"timestamp"', at + 1)) return undefined;
  const value = TIMESTAMP_FIELD.exec(text.slice(at, at + 80))?.[1];
  return value ? normalizeTimestamp(value) : undefined;
}

const COUNTS = ['total', 'generated', 'failed', 'merged', 'macos_minutes_used', 'duration_seconds'];
const PLATFORM_COUNTS = ['tested', 'passed', 'failed', 'skipped', 'duration_seconds'];

/**
 * Why a batch record (as toBatchRun reads it) cannot be counted: a count that is not a finite,
 * non-negative number (a string, 1e400 read as Infinity, a negative). Another tool's record is
 * flagged and left out rather than counted as 0 or rendered as NaN. undefined when it is fine.
 * For a value toBatchRun read as a batch record.
 */
export function batchRunProblem(value: unknown): string | undefined {
  const o = value as Record<string, unknown>;
  const bad = (v: unknown) => v !== undefined && v !== null && !isCount(v);
  const shown = (v: unknown) =>
    typeof v !== 'number'
      ? JSON.stringify(v)
      : Number.isFinite(v)
        ? String(v)
        : 'a number too large to hold';
  for (const k of COUNTS) if (bad(o[k])) return `/${k} is ${shown(o[k])}, not a count`;
  for (const [name, raw] of Object.entries(o.platforms as Record<string, unknown>)) {
    if (!raw || typeof raw !== 'object') continue;
    const c = raw as Record<string, unknown>;
    const pointer = `/platforms/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    for (const k of PLATFORM_COUNTS)
      if (bad(c[k])) return `${pointer}/${k} is ${shown(c[k])}, not a count`;
  }
  return undefined;
}

/** A batch record's identity: the same batch, ecosystem and time is one batch, however often
 * its line repeats (re-runs, copies across files). */
export const batchKey = (run: BatchRun): string =>
  `${run.batchId}\0${run.ecosystem}\0${run.timestamp}`;

/**
 * A value of a metrics file as every reader takes it (reports, summaries, the dashboard, export):
 * a batch run; a batch record with a count that is not a number, to skip and name (`problem`);
 * or undefined when it is no batch record at all.
 */
export function readBatchRecord(
  value: unknown,
): { run: BatchRun } | { problem: string } | undefined {
  const run = toBatchRun(value);
  if (!run) return undefined;
  const problem = batchRunProblem(value);
  return problem ? { problem } : { run };
}

export function toBatchRun(value: unknown): BatchRun | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const o = value as Record<string, unknown>;
  const batchId = str(o.batch_id);
  const timestamp = str(o.timestamp);
  if (!batchId || !timestamp || !o.platforms || typeof o.platforms !== 'object') return undefined;
  let ecosystem = str(o.ecosystem);
  if (!ecosystem && o.ecosystems && typeof o.ecosystems === 'object') {
    const names = Object.keys(o.ecosystems);
    ecosystem = names.length === 1 ? names[0] : MIXED;
  }
  const platforms = emptyDict<PlatformCounts>();
  for (const [name, raw] of Object.entries(o.platforms as Record<string, unknown>)) {
    if (!raw || typeof raw !== 'object') continue;
    const c = raw as Record<string, unknown>;
    platforms[name] = {
      tested: num(c.tested) ?? 0,
      passed: num(c.passed) ?? 0,
      failed: num(c.failed) ?? 0,
      skipped: num(c.skipped),
      duration_seconds: num(c.duration_seconds) ?? null,
    };
  }
  return {
    batchId,
    ecosystem: ecosystem ?? 'unknown',
    timestamp: normalizeTimestamp(timestamp),
    total: num(o.total),
    merged: num(o.merged),
    platforms,
    macosMinutes: num(o.macos_minutes_used),
    durationSeconds: num(o.duration_seconds),
  };
}

/** The failures one JSON value holds: none, one, or (a per-ecosystem file) many. */
export function toFailures(value: unknown): Failure[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  const o = value as Record<string, unknown>;
  if (Array.isArray(o.failures)) {
    const environment = str(o.environment) ?? 'unknown';
    const ecosystem = str(o.ecosystem);
    const updated = str(o.updated_at);
    return o.failures.flatMap((item): Failure[] => {
      if (!item || typeof item !== 'object') return [];
      const f = item as Record<string, unknown>;
      const id = str(f.package_id) ?? str(f.recipe);
      if (!id) return [];
      const timestamp = str(f.timestamp) ?? updated;
      return [
        {
          batchId: str(f.batch_id),
          ecosystem:
            str(f.ecosystem) ??
            ecosystem ??
            (id.includes(':') ? id.slice(0, id.indexOf(':')) : undefined),
          recipe: id.includes(':') ? id.slice(id.indexOf(':') + 1) : id,
          environment: str(f.environment) ?? str(f.platform) ?? environment,
          category: str(f.category) ?? 'unknown',
          exitCode: int(f.exit_code),
          message: str(f.message),
          timestamp: timestamp ? normalizeTimestamp(timestamp) : undefined,
        },
      ];
    });
  }
  const recipe = str(o.recipe) ?? str(o.package_id);
  const environment = str(o.environment) ?? str(o.platform);
  if (!recipe || !environment) return [];
  const timestamp = str(o.timestamp);
  return [
    {
      batchId: str(o.batch_id),
      ecosystem: str(o.ecosystem),
      recipe,
      environment,
      category: str(o.category) ?? 'unknown',
      exitCode: int(o.exit_code),
      message: str(o.message),
      timestamp: timestamp ? normalizeTimestamp(timestamp) : undefined,
    },
  ];
}

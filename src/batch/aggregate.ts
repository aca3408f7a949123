/**
 * One batch: per-platform results → the batch record (DESIGN §3.2) and one failure record per
 * failed (recipe, platform) (§3.3). Pure: artifacts and options in, records out.
 */
import { InputError, assertSafeName, dictFrom } from '../vocabulary/index.js';
import type { Artifact, PlatformResult, ResultStatus } from './artifacts.js';
import { platformOrder, type CategoryMap, type PlatformMap } from './maps.js';

export interface PlatformCounts {
  tested: number;
  passed: number;
  failed: number;
  skipped: number;
  duration_seconds: number | null;
}

export interface BatchRecord {
  schema_version: 1;
  batch_id: string;
  ecosystem: string;
  total: number;
  generated: number;
  failed: number;
  merged: number;
  success_rate: number;
  platforms: Record<string, PlatformCounts>;
  macos_minutes_used: number;
  duration_seconds: number | null;
  timestamp: string;
}

export interface FailureRecord {
  schema_version: 1;
  batch_id: string;
  ecosystem: string;
  recipe: string;
  environment: string;
  category: string;
  message: string;
  timestamp: string;
  exit_code?: number;
}

export interface BatchOptions {
  batchId: string;
  ecosystem: string;
  platformMap: PlatformMap;
  categoryMap: CategoryMap;
  total?: number;
  generated?: number;
  merged?: number;
  now: Date;
}

export type MinutesSource =
  'runner_minutes' | 'finished_at − started_at' | 'sum of result durations' | 'unknown';

export interface BatchOutcome {
  record: BatchRecord;
  failures: FailureRecord[];
  /** How each darwin artifact's minutes were found. */
  macosSources: Array<{ file: string; platform: string; minutes: number; source: MinutesSource }>;
  weakestPlatform?: string;
  /** The decisive result of every (recipe, reported platform), sorted. */
  results: Array<{ recipe: string; platform: string; status: ResultStatus; attempts?: number }>;
  /** Passed / tested over the batch's platforms (null when nothing was tested). */
  passRate: number | null;
  /** Where the record's timestamp came from. */
  timestampSource: 'finished_at' | 'recorded';
}

const STATUS_RANK: Record<ResultStatus, number> = { skipped: 0, passed: 1, failed: 2 };

export function aggregateBatch(
  artifacts: readonly Artifact[],
  options: BatchOptions,
): BatchOutcome {
  assertSafeName('ecosystem', options.ecosystem);
  checkAgreement(artifacts, options);
  // When the batch ran, not when it was recorded: a backfilled or re-run merge job must land
  // in the week its artifacts finished (DESIGN §7).
  const finished = latestFinish(artifacts);
  const timestamp = (finished ?? options.now).toISOString().slice(0, 19) + 'Z';

  // (recipe, reported platform) → the decisive result: failed over passed over skipped.
  const cells = new Map<string, Map<string, PlatformResult>>();
  const platforms = new Map<string, PlatformCounts>();
  const counts = (p: string) => {
    let c = platforms.get(p);
    if (!c)
      platforms.set(
        p,
        (c = { tested: 0, passed: 0, failed: 0, skipped: 0, duration_seconds: null }),
      );
    return c;
  };
  const recipes = new Set<string>();
  for (const artifact of artifacts) {
    if (artifact.platform) counts(options.platformMap(artifact.platform)); // an empty artifact still names its platform
    for (const result of artifact.results) {
      assertSafeName(`platform in ${artifact.file}`, result.platform);
      const platform = options.platformMap(result.platform);
      recipes.add(result.recipe);
      counts(platform);
      let byPlatform = cells.get(result.recipe);
      if (!byPlatform) cells.set(result.recipe, (byPlatform = new Map()));
      const seen = byPlatform.get(platform);
      if (!seen || STATUS_RANK[result.status] > STATUS_RANK[seen.status])
        byPlatform.set(platform, result);
    }
    addDuration(artifact, options.platformMap, counts);
  }

  const failures: FailureRecord[] = [];
  const results: BatchOutcome['results'] = [];
  let merged = 0;
  let failedRecipes = 0;
  for (const [recipe, byPlatform] of [...cells].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    let passes = 0;
    let fails = 0;
    for (const [platform, result] of [...byPlatform].sort(([a], [b]) => platformOrder(a, b))) {
      const c = counts(platform);
      results.push({ recipe, platform, status: result.status, attempts: result.attempts });
      if (result.status !== 'skipped') {
        c[result.status]++;
        c.tested++;
      }
      if (result.status === 'passed') passes++;
      if (result.status === 'failed') {
        fails++;
        failures.push(failureRecord(recipe, platform, result, options, timestamp));
      }
    }
    if (fails > 0) failedRecipes++;
    else if (passes > 0) merged++;
  }

  // Skipped: the batch's recipes this platform did not test — listed as skipped (v1), or absent
  // (the array form lists only what ran). Progressive validation makes these common on macOS.
  for (const c of platforms.values()) c.skipped = recipes.size - c.tested;

  const total = options.total ?? recipes.size;
  const mergedCount = options.merged ?? merged;
  if (mergedCount > total)
    throw new InputError(
      `merged (${mergedCount}${options.merged === undefined ? ', from the artifacts' : ''}) is more than total (${total}${options.total === undefined ? ', from the artifacts' : ''}): a batch cannot merge more recipes than it has`,
    );
  const ordered = dictFrom([...platforms].sort(([a], [b]) => platformOrder(a, b)));
  const macosSources = macosMinutes(artifacts, options.platformMap);
  const record: BatchRecord = {
    schema_version: 1,
    batch_id: options.batchId,
    ecosystem: options.ecosystem,
    total,
    generated: options.generated ?? total,
    failed: failedRecipes,
    merged: mergedCount,
    success_rate: total > 0 ? round(mergedCount / total, 4) : 0,
    platforms: ordered,
    macos_minutes_used: round(
      macosSources.reduce((sum, s) => sum + s.minutes, 0),
      1,
    ),
    duration_seconds: batchDuration(artifacts),
    timestamp,
  };
  const tested = Object.values(ordered).reduce((a, c) => a + c.tested, 0);
  const passed = Object.values(ordered).reduce((a, c) => a + c.passed, 0);
  return {
    record,
    failures,
    macosSources,
    weakestPlatform: weakestPlatform(ordered),
    results,
    passRate: tested > 0 ? round(passed / tested, 4) : null,
    timestampSource: finished ? 'finished_at' : 'recorded',
  };
}

/** Every v1 artifact must belong to this batch and ecosystem. */
function checkAgreement(artifacts: readonly Artifact[], options: BatchOptions): void {
  for (const a of artifacts) {
    if (a.batchId !== undefined && a.batchId !== options.batchId) {
      throw new InputError(
        `${a.file}: /batch_id is ${JSON.stringify(a.batchId)}, but this batch is ${JSON.stringify(options.batchId)}`,
      );
    }
    if (a.ecosystem !== undefined && a.ecosystem !== options.ecosystem) {
      throw new InputError(
        `${a.file}: /ecosystem is ${JSON.stringify(a.ecosystem)}, but this batch is ${JSON.stringify(options.ecosystem)}`,
      );
    }
  }
}

function failureRecord(
  recipe: string,
  platform: string,
  r: PlatformResult,
  o: BatchOptions,
  timestamp: string,
): FailureRecord {
  const category = r.category ?? o.categoryMap(r.exitCode);
  const parts = [
    r.exitCode !== undefined ? `exit code ${r.exitCode}` : undefined,
    r.attempts !== undefined ? `after ${r.attempts} attempt(s)` : undefined,
    r.platform !== platform ? `on ${r.platform}` : undefined,
  ].filter(Boolean);
  const record: FailureRecord = {
    schema_version: 1,
    batch_id: o.batchId,
    ecosystem: o.ecosystem,
    recipe,
    environment: platform,
    category,
    message: r.message ?? (parts.length ? `failed: ${parts.join(' ')}` : 'failed'),
    timestamp,
  };
  if (r.exitCode !== undefined) record.exit_code = r.exitCode;
  return record;
}

const seconds = (iso?: string) => (iso ? Date.parse(iso) / 1000 : NaN);

function artifactSeconds(a: Artifact): { seconds: number; source: MinutesSource } {
  const wall = seconds(a.finishedAt) - seconds(a.startedAt);
  if (Number.isFinite(wall) && wall >= 0)
    return { seconds: wall, source: 'finished_at − started_at' };
  const durations = a.results
    .map((r) => r.durationSeconds)
    .filter((d): d is number => d !== undefined);
  if (durations.length > 0)
    return { seconds: durations.reduce((x, y) => x + y, 0), source: 'sum of result durations' };
  return { seconds: NaN, source: 'unknown' };
}

function addDuration(a: Artifact, map: PlatformMap, counts: (p: string) => PlatformCounts): void {
  const platform = a.platform
    ? map(a.platform)
    : a.results[0]
      ? map(a.results[0].platform)
      : undefined;
  if (!platform) return;
  const { seconds: s } = artifactSeconds(a);
  if (!Number.isFinite(s)) return;
  const c = counts(platform);
  c.duration_seconds = Math.round((c.duration_seconds ?? 0) + s);
}

/** Runner minutes of the darwin-* platforms: runner_minutes, else wall time, else summed durations. */
function macosMinutes(
  artifacts: readonly Artifact[],
  map: PlatformMap,
): BatchOutcome['macosSources'] {
  const out: BatchOutcome['macosSources'] = [];
  for (const a of artifacts) {
    const platform = a.platform ? map(a.platform) : a.results[0] ? map(a.results[0].platform) : '';
    if (!platform.startsWith('darwin-')) continue;
    if (a.runnerMinutes !== undefined) {
      out.push({ file: a.file, platform, minutes: a.runnerMinutes, source: 'runner_minutes' });
      continue;
    }
    const { seconds: s, source } = artifactSeconds(a);
    out.push({ file: a.file, platform, minutes: Number.isFinite(s) ? s / 60 : 0, source });
  }
  return out;
}

function latestFinish(artifacts: readonly Artifact[]): Date | undefined {
  const ends = artifacts.map((a) => seconds(a.finishedAt)).filter(Number.isFinite);
  return ends.length ? new Date(Math.max(...ends) * 1000) : undefined;
}

function batchDuration(artifacts: readonly Artifact[]): number | null {
  const starts = artifacts.map((a) => seconds(a.startedAt)).filter(Number.isFinite);
  const ends = artifacts.map((a) => seconds(a.finishedAt)).filter(Number.isFinite);
  if (starts.length === 0 || ends.length === 0) return null;
  return Math.max(0, Math.round(Math.max(...ends) - Math.min(...starts)));
}

/** The platform with the lowest pass rate among those that tested something (ties: more failures). */
export function weakestPlatform(
  platforms: Record<string, { tested: number; passed: number; failed: number }>,
): string | undefined {
  let weakest: { name: string; rate: number; failed: number } | undefined;
  for (const [name, c] of Object.entries(platforms)) {
    if (c.tested === 0) continue;
    const rate = c.passed / c.tested;
    if (!weakest || rate < weakest.rate || (rate === weakest.rate && c.failed > weakest.failed))
      weakest = { name, rate, failed: c.failed };
  }
  return weakest?.name;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

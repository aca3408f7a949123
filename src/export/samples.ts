/**
 * Records → samples for Prometheus-compatible engines: one sample per record (and per platform,
 * per failure category), at the record's own time, so that re-sending a history sends exactly
 * the same samples and an engine stores each once. Names follow OpenTelemetry's CI/CD semantic
 * conventions in their Prometheus form (`cicd.pipeline.run.duration` in seconds →
 * `cicd_pipeline_run_duration_seconds`); batch series use the same style. Pure.
 *
 * Why per-run gauge samples rather than counters or a histogram: a window's figures are then
 * plain PromQL over the samples in it, and equal `ci-ledger report`'s: a phase's success rate is
 * count_over_time of its success series over count_over_time of all its series, its median and
 * p95 are quantile_over_time over its success series (the report's quantile is Prometheus'
 * definition: see timing/stats.ts), a platform's pass rate is sum_over_time(passed) /
 * sum_over_time(tested). A counter or histogram would need a running total that depends on
 * every record before it, so a backfill, a re-send or a record appended out of order would
 * change samples already stored.
 *
 * Labels are bounded: env, phase, result, exit code, ecosystem, platform and failure category
 * take few values; build ids, batch ids and recipe names never become labels.
 */
import { DEFAULT_PLATFORM_MAP, parsePlatformMap } from '../batch/maps.js';
import { PlatformFolding } from '../history/platform-names.js';
import type { BatchRun, Failure } from '../history/records.js';
import { durationOf } from '../timing/stats.js';
import type { TimingRow } from '../timing/row.js';
import { InputError } from '../vocabulary/index.js';

export type Labels = Record<string, string>;

export interface Sample {
  /** Milliseconds since the epoch. */
  timestamp: number;
  value: number;
}

/** One series and its samples, oldest first. `labels` include `__name__`. */
export interface Series {
  labels: Labels;
  samples: Sample[];
}

export const METRICS = {
  runDuration: 'cicd_pipeline_run_duration_seconds',
  platformTested: 'cicd_batch_platform_tested_recipes',
  platformPassed: 'cicd_batch_platform_passed_recipes',
  platformFailed: 'cicd_batch_platform_failed_recipes',
  platformSkipped: 'cicd_batch_platform_skipped_recipes',
  platformPassRatio: 'cicd_batch_platform_pass_ratio',
  macosMinutes: 'cicd_batch_macos_runner_minutes',
  batchDuration: 'cicd_batch_duration_seconds',
  failures: 'cicd_batch_failures',
} as const;

/** What each series means, for the OpenMetrics file's HELP lines (and the README). */
export const HELP: Record<string, string> = {
  [METRICS.runDuration]:
    'Duration of one phase run (one build_timings.csv row), at its start time; result success, failure, error, timeout or cancellation.',
  [METRICS.platformTested]: 'Recipes a platform tested in one batch, at the batch time.',
  [METRICS.platformPassed]: 'Recipes that passed on a platform in one batch, at the batch time.',
  [METRICS.platformFailed]: 'Recipes that failed on a platform in one batch, at the batch time.',
  [METRICS.platformSkipped]:
    'Recipes of the batch a platform did not test in one batch, at the batch time.',
  [METRICS.platformPassRatio]:
    'Passed / tested of a platform in one batch (absent when it tested nothing).',
  [METRICS.macosMinutes]: 'macOS runner minutes one batch used, at the batch time.',
  [METRICS.batchDuration]: 'Wall time of one batch, at the batch time.',
  [METRICS.failures]:
    'Failure records of one time (one batch) per platform and failure category (error_type).',
};

/**
 * OpenTelemetry's cicd.pipeline.result for a recorded exit code: 0 success; 124 (timeout(1)'s
 * status) timeout; 130 and 143 (SIGINT, SIGTERM: a cancelled job or Ctrl-C) cancellation; any
 * other number failure; an empty or unreadable exit code error (the run's outcome is unknown).
 */
export function pipelineResult(exitCode: string): {
  result: 'success' | 'failure' | 'error' | 'timeout' | 'cancellation';
  errorType: string;
} {
  const text = exitCode.trim();
  if (!/^-?\d+$/.test(text)) return { result: 'error', errorType: 'unknown_exit_code' };
  const code = Number(text);
  if (code === 0) return { result: 'success', errorType: '' };
  const errorType = `exit_code_${code}`;
  if (code === 124) return { result: 'timeout', errorType };
  if (code === 130 || code === 143) return { result: 'cancellation', errorType };
  return { result: 'failure', errorType };
}

/** ISO 8601 → milliseconds; one error naming where the time was read otherwise. */
export function timeOf(value: string, where: string): number {
  const ms = Date.parse(value);
  if (!Number.isFinite(ms))
    throw new InputError(`${where}: ${JSON.stringify(value)} is not a time`);
  return ms;
}

/** The labels the records themselves set: an extra label of the same name would be overwritten. */
const RECORD_LABELS = new Set([
  'cicd_pipeline_name',
  'cicd_pipeline_result',
  'error_type',
  'env',
  'phase',
  'ecosystem',
  'platform',
]);

/** Labels added to every series (e.g. repository=owner/name), checked as Prometheus names. */
export function parseExtraLabels(pairs: readonly string[]): Labels {
  const labels: Labels = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const name = at === -1 ? pair : pair.slice(0, at);
    if (at === -1 || !/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name) || name.startsWith('__'))
      throw new InputError(
        `label ${JSON.stringify(pair)} is not NAME=VALUE with a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*, not starting with __)`,
      );
    if (RECORD_LABELS.has(name))
      throw new InputError(
        `label ${JSON.stringify(name)} is one the records set (${[...RECORD_LABELS].join(', ')}): choose another name, e.g. repository`,
      );
    labels[name] = pair.slice(at + 1);
  }
  return labels;
}

/** Collects samples by series; `add` is called once per record. */
export class SeriesSet {
  private readonly byKey = new Map<string, Series>();
  /** Samples dropped because another record already gave the same series and time (see add). */
  collisions = 0;

  constructor(private readonly extra: Labels = {}) {}

  /**
   * A second sample for the same series and millisecond is moved 1 ms later, as many times as
   * needed: records are at whole seconds, so the moved sample stays in its second and in every
   * window that holds that second (queries end at the window's last second + 999 ms). Given the
   * same records in the same order, the same times result, so re-sending stays idempotent.
   */
  add(name: string, labels: Labels, timestamp: number, value: number): void {
    if (!Number.isFinite(value)) return;
    const all: Labels = { __name__: name, ...this.extra, ...labels };
    const key = Object.keys(all)
      .sort()
      .map((k) => `${k}\0${all[k]}`)
      .join('\0');
    let series = this.byKey.get(key);
    if (!series) this.byKey.set(key, (series = { labels: all, samples: [] }));
    series.samples.push({ timestamp, value });
  }

  /** The series, each with its samples sorted by time and same-time samples spread by 1 ms. */
  series(): Series[] {
    const out = [...this.byKey.values()];
    for (const s of out) {
      s.samples.sort((a, b) => a.timestamp - b.timestamp);
      for (let i = 1; i < s.samples.length; i++)
        if (s.samples[i]!.timestamp <= s.samples[i - 1]!.timestamp) {
          s.samples[i]!.timestamp = s.samples[i - 1]!.timestamp + 1;
          this.collisions++;
        }
    }
    return out;
  }

  get sampleCount(): number {
    let n = 0;
    for (const s of this.byKey.values()) n += s.samples.length;
    return n;
  }
}

/**
 * One sample per run: its duration at its start time (the run's key, and the time the report
 * orders runs by). Runs with the same key are one run, as in the report: the first is kept.
 * A row with no duration (an empty field) gives no sample.
 */
export function addTimingRows(set: SeriesSet, rows: readonly TimingRow[], file = 'row'): number {
  let skipped = 0;
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const key = `${row.env}\0${row.build_id}\0${row.phase}\0${row.start_time_utc}`;
    if (seen.has(key)) return;
    seen.add(key);
    const seconds = durationOf(row);
    if (seconds === undefined) {
      skipped++;
      return;
    }
    const { result, errorType } = pipelineResult(row.exit_code);
    set.add(
      METRICS.runDuration,
      {
        cicd_pipeline_name: row.phase,
        cicd_pipeline_result: result,
        error_type: errorType,
        env: row.env,
        phase: row.phase,
      },
      timeOf(row.start_time_utc, `${file} ${i + 1} start_time_utc`),
      seconds,
    );
  });
  return skipped;
}

/** A batch record's samples: per platform its counts and pass ratio, and the batch's own figures. */
export function addBatchRun(set: SeriesSet, run: BatchRun, where = `batch ${run.batchId}`): void {
  const t = timeOf(run.timestamp, `${where} timestamp`);
  for (const [platform, c] of Object.entries(run.platforms)) {
    const labels = { ecosystem: run.ecosystem, platform };
    set.add(METRICS.platformTested, labels, t, c.tested);
    set.add(METRICS.platformPassed, labels, t, c.passed);
    set.add(METRICS.platformFailed, labels, t, c.failed);
    set.add(METRICS.platformSkipped, labels, t, c.skipped ?? 0);
    if (c.tested > 0) set.add(METRICS.platformPassRatio, labels, t, c.passed / c.tested);
  }
  if (run.macosMinutes !== undefined)
    set.add(METRICS.macosMinutes, { ecosystem: run.ecosystem }, t, run.macosMinutes);
  if (run.durationSeconds !== undefined)
    set.add(METRICS.batchDuration, { ecosystem: run.ecosystem }, t, run.durationSeconds);
}

/** The report's folding of failure environments, for the platforms `runs` name (default platform map). */
export function failurePlatforms(known: Iterable<string>): (environment: string) => string {
  const folding = new PlatformFolding(new Set(known), parsePlatformMap(DEFAULT_PLATFORM_MAP));
  return (environment) => folding.fold(environment);
}

/**
 * Failure records counted per (time, ecosystem, platform, category): one sample each, valued
 * the count, at that time (a batch's failure records carry its time). Records without a time
 * cannot be placed and are counted in `untimed`.
 */
export class FailureCounts {
  private readonly counts = new Map<string, number>();
  untimed = 0;

  /**
   * `platformOf`: the report's folding of a failure's environment onto the platforms the batch
   * records name (history/platform-names.ts), so that the engine's platforms are the report's.
   */
  constructor(private readonly platformOf: (environment: string) => string = (e) => e) {}

  add(failure: Failure): void {
    if (!failure.timestamp || !Number.isFinite(Date.parse(failure.timestamp))) {
      this.untimed++;
      return;
    }
    const key = [
      failure.timestamp,
      failure.ecosystem ?? 'unknown',
      this.platformOf(failure.environment),
      failure.category,
    ].join('\0');
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  addTo(set: SeriesSet): void {
    for (const [key, count] of this.counts) {
      const [timestamp, ecosystem, platform, category] = key.split('\0') as [
        string,
        string,
        string,
        string,
      ];
      set.add(
        METRICS.failures,
        { ecosystem, platform, error_type: category },
        Date.parse(timestamp),
        count,
      );
    }
  }
}

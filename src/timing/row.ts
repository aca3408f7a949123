/** build_timings.csv (DESIGN §3.1): its columns, its key, and how one run becomes one row. */
import { stringify } from 'csv-stringify/sync';
import { InputError } from '../vocabulary/index.js';
import type { Resources } from './log-scan.js';

export const TIMING_COLUMNS = [
  'start_time_utc',
  'end_time_utc',
  'phase',
  'env',
  'build_id',
  'duration_seconds',
  'exit_code',
  'flags',
  'resources_added',
  'resources_changed',
  'resources_destroyed',
  'log_path',
] as const;

export type TimingRow = Record<(typeof TIMING_COLUMNS)[number], string>;

/** One phase run is one row: the same run recorded twice must not make two rows. */
export const TIMING_KEY = ['env', 'build_id', 'phase', 'start_time_utc'];

export const DEFAULT_TIMINGS_BRANCH = 'governance-registry';
export const DEFAULT_ENV_DIR_MAP = 'dev=development';

export interface PhaseRun {
  env: string;
  buildId: string;
  phase: string;
  start: Date;
  end: Date;
  exitCode: number;
  flags: string;
  resources?: Resources;
  logPath: string;
}

export function timingRow(run: PhaseRun): TimingRow {
  const start = isoSeconds(run.start);
  const end = isoSeconds(run.end);
  const duration = Math.round((Date.parse(end) - Date.parse(start)) / 1000);
  if (duration < 0) throw new InputError(`The end time ${end} is before the start time ${start}`);
  const r = run.resources;
  return {
    start_time_utc: start,
    end_time_utc: end,
    phase: run.phase,
    env: run.env,
    build_id: run.buildId,
    duration_seconds: String(duration),
    exit_code: String(run.exitCode),
    flags: run.flags,
    resources_added: r ? String(r.added) : '',
    resources_changed: r ? String(r.changed) : '',
    resources_destroyed: r ? String(r.destroyed) : '',
    log_path: run.logPath,
  };
}

/** 2026-01-24T08:00:00Z: UTC, whole seconds (truncated, as the log's own stamps are). */
export function isoSeconds(date: Date): string {
  return date.toISOString().slice(0, 19) + 'Z';
}

/** `env=dir` lines (or comma-separated); the registry keeps `dev` under `development`. */
export function parseEnvDirMap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of text
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const [env, dir, extra] = entry.split('=').map((s) => s.trim());
    if (!env || !dir || extra !== undefined)
      throw new InputError(`env-dir-map entry ${JSON.stringify(entry)} is not "env=dir"`);
    map.set(env, dir);
  }
  return map;
}

export function timingsPath(envDir: string): string {
  return `environments/${envDir}/latest/build_timings.csv`;
}

/** The row as one CSV line (RFC 4180 quoting), without the line end. */
export function timingRowLine(row: TimingRow): string {
  return stringify([TIMING_COLUMNS.map((c) => row[c])]).replace(/\r?\n$/, '');
}

export type TimeSource = 'input' | 'measured' | 'log' | 'file';

/** Where a start or end time came from, as the summary, the CLI and errors say it. */
export const TIME_SOURCES: Record<TimeSource, string> = {
  input: 'given as input',
  measured: 'measured while running the command',
  log: "from the log's timestamps",
  file: "from the log file's times (the log has no timestamps)",
};

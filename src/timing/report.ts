/**
 * `ci-ledger report timings`: per env and phase, over the last N runs of each: runs, success
 * rate, median, p95, last run, and the runs that were regressions (over 1.5× the median of the
 * successful runs before them). Pure: file contents in, numbers out.
 */
import { isRegression, phaseStats, readTimingHistory, type UnmappedRow } from './history.js';
import type { TimingRow } from './row.js';

export interface PhaseReport {
  env: string;
  phase: string;
  runs: number;
  successRate: number;
  medianSeconds?: number;
  p95Seconds?: number;
  last?: TimingRow;
  regressions: Array<{ start: string; durationSeconds: number; baselineSeconds: number }>;
}

export interface TimingsReport {
  phases: PhaseReport[];
  files: Array<{ file: string; rows: number; unmapped: UnmappedRow[] }>;
}

export function timingsReport(
  files: Array<{ file: string; content: string }>,
  last: number,
): TimingsReport {
  const groups = new Map<string, TimingRow[]>();
  const read: TimingsReport['files'] = [];
  for (const { file, content } of files) {
    const history = readTimingHistory(content, file);
    read.push({ file, rows: history.rows.length, unmapped: history.unmapped });
    for (const row of history.rows) {
      const key = `${row.env}\0${row.phase}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
  }
  const phases: PhaseReport[] = [];
  for (const [key, rows] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [env, phase] = key.split('\0') as [string, string];
    const all = [...rows].sort((a, b) =>
      a.start_time_utc < b.start_time_utc ? -1 : a.start_time_utc > b.start_time_utc ? 1 : 0,
    );
    const runs = last > 0 ? all.slice(-last) : all;
    const stats = phaseStats(runs);
    const regressions = runs.flatMap((row) => {
      // The baseline of each run is the history before it, including runs outside the window.
      const s = phaseStats(all, row);
      const d = Number(row.duration_seconds);
      return isRegression(d, s)
        ? [{ start: row.start_time_utc, durationSeconds: d, baselineSeconds: s.baselineSeconds! }]
        : [];
    });
    phases.push({
      env,
      phase,
      runs: stats.runs,
      successRate: stats.successRate,
      medianSeconds: stats.medianSeconds,
      p95Seconds: stats.p95Seconds,
      last: stats.last,
      regressions,
    });
  }
  return { phases, files: read };
}

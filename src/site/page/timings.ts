/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/** Build timings: a chart per env and phase, persistent and ephemeral apart, failures off the line. */
import type { TimingPhase } from '../model.js';
import { drawChart, type SeriesSpec } from './chart.js';
import { $, PALETTE, duration, el, pct, table } from './dom.js';
import { data, downloads, inRange, isoTime, tables } from './state.js';

export function renderTimings(): void {
  const timings = data.timings!;
  const host = $('timings-charts')!;
  for (const p of timings.phases) drawPhase(host, p);
  const rows = () =>
    timings.phases.flatMap((p) =>
      p.points
        .filter((r) => inRange(r.t))
        .map((r) => ({
          env: p.env,
          phase: p.phase,
          start: isoTime(r.t),
          build_id: r.buildId,
          kind: r.kind,
          duration_seconds: r.seconds,
          exit_code: r.exitCode,
          succeeded: r.ok,
          regression_ratio: r.regression ?? null,
          regression_rule: r.regression === undefined ? null : p.regressionRule,
        })),
    );
  downloads.timings = rows;
  tables.timings = () =>
    el(
      'div',
      {},
      table(
        'Per env and phase (whole history): runs, success rate, p50 and p95 of the successful runs',
        ['Env / phase', 'Runs', 'Success rate', 'p50', 'p95', 'Regressions'],
        timings.phases.map((p) => [
          `${p.env} ${p.phase}`,
          p.runs,
          pct(p.successRate),
          duration(p.medianSeconds),
          duration(p.p95Seconds),
          p.points.filter((r) => r.regression !== undefined).length,
        ]),
      ),
      table(
        'Every run in the time range',
        ['Start', 'Env / phase', 'Build', 'Kind', 'Duration', 'Exit code', 'Regression'],
        rows().map((r) => [
          r.start,
          `${r.env} ${r.phase}`,
          r.build_id,
          r.kind,
          duration(r.duration_seconds),
          r.exit_code,
          r.regression_ratio === null
            ? ''
            : r.regression_rule === 'median'
              ? `${r.regression_ratio}× the median before`
              : `a slower level: ${r.regression_ratio}× the mean before`,
        ]),
      ),
    );
}

export function drawPhase(host: HTMLElement, p: TimingPhase): void {
  const id = `timings-${p.env}-${p.phase}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const x = p.points.map((r) => r.t);
  const ok = (kind: string) =>
    p.points.map((r) => (r.ok && r.kind === kind && r.seconds !== null ? r.seconds : null));
  const series: SeriesSpec[] = [];
  const kinds = [...new Set(p.points.map((r) => r.kind))].sort().reverse(); // persistent first
  for (const kind of kinds)
    if (p.points.some((r) => r.ok && r.kind === kind))
      series.push({
        label: `${kind} (succeeded)`,
        values: ok(kind),
        colour: kind === 'persistent' ? PALETTE[0]! : PALETTE[2]!,
        dash: kind === 'persistent' ? undefined : [5, 3],
      });
  // Failed runs as marks off the line, per kind when the phase has both.
  const failedKinds = [...new Set(p.points.filter((r) => !r.ok).map((r) => r.kind))]
    .sort()
    .reverse();
  for (const kind of failedKinds)
    series.push({
      label: failedKinds.length > 1 || kinds.length > 1 ? `${kind} (failed)` : 'failed',
      values: p.points.map((r) => (!r.ok && r.kind === kind ? (r.seconds ?? 0) : null)),
      colour: kind === 'persistent' ? PALETTE[5]! : PALETTE[1]!,
      pointsOnly: true,
    });
  if (p.points.some((r) => r.regression !== undefined))
    series.push({
      label: 'regression',
      values: p.points.map((r) => (r.regression !== undefined ? r.seconds : null)),
      colour: PALETTE[3]!,
      pointsOnly: true,
      ring: true,
    });
  drawChart(
    id,
    host,
    `${p.env} ${p.phase}: ${p.runs} runs, success ${pct(p.successRate)}, p50 ${duration(p.medianSeconds)}, p95 ${duration(p.p95Seconds)}`,
    x,
    series,
    {
      yLabel: 'duration',
      format: (v) => duration(v),
      yIncrs: [1, 5, 10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 28800, 86400],
    },
  );
}

/** Renderings of `ci-ledger report timings`. Pure: the report model in, text out. */
import { REGRESSION_FACTOR } from '../timing/stats.js';
import type { PhaseReport, TimingsReport, TimingsSource } from '../timing/report.js';
import { duration, percent, table, terminalSafe, text } from './markdown.js';

const lastRun = (p: PhaseReport) =>
  p.last
    ? `${p.last.start_time_utc} (${duration(Number(p.last.duration_seconds))}, exit ${p.last.exit_code})`
    : '–';

const times = (ratio: number) => `${ratio.toFixed(1)}×`;

function title(r: TimingsReport): string {
  const scope = [
    r.filter.env !== undefined ? `env ${r.filter.env}` : '',
    r.filter.phase !== undefined ? `phase ${r.filter.phase}` : '',
    r.filter.last > 0 ? `last ${r.filter.last} runs of each phase` : '',
  ].filter(Boolean);
  return `Build timings${scope.length ? ` (${scope.join(', ')})` : ''}`;
}

/** What was read, how many distinct runs that made, and what was left out. */
function readNotes(r: TimingsReport, source: TimingsSource): string[] {
  const rows = r.files.reduce((n, f) => n + f.rows, 0);
  const repeated = r.files.reduce((n, f) => n + f.repeated, 0);
  const conflicting = r.files.reduce((n, f) => n + f.conflicting, 0);
  const notes = [
    `Read ${r.files.map((f) => `${f.file} (${f.rows} rows, env ${f.envs.join(', ') || '–'})`).join(', ')} from ${source.where}: ` +
      `${rows} rows, ${r.runs} distinct runs.`,
  ];
  if (repeated > 0) {
    notes.push(
      `${repeated} row(s) repeat a run already read (same env, build_id, phase and start_time_utc): each run is counted once` +
        (conflicting > 0
          ? `; ${conflicting} of the repeats differ in other columns, and the first copy read was kept.`
          : '.'),
    );
  }
  for (const f of r.files.filter((f) => f.unmapped.length > 0)) {
    notes.push(
      `${f.file}: ${f.unmapped.length} row(s) fit no known shape and were left out (lines ${f.unmapped.map((u) => u.line).join(', ')}).`,
    );
  }
  notes.push(
    `Median and p95 are of the successful runs (exit 0); failed runs count in runs and success, and are never judged as regressions. ` +
      `A regression is a successful run over ${REGRESSION_FACTOR}× the median of the successful runs before it.`,
  );
  return notes;
}

export function timingsText(r: TimingsReport, source: TimingsSource): string {
  const out = [`${title(r)}:`];
  const w = Math.max(12, ...r.phases.map((p) => `${p.env} ${p.phase}`.length + 1));
  for (const p of r.phases) {
    out.push(
      `  ${`${p.env} ${p.phase}`.padEnd(w)} runs ${String(p.runs).padStart(3)}  success ${percent(p.successRate).padStart(4)}  median ${duration(p.medianSeconds).padStart(8)}  p95 ${duration(p.p95Seconds).padStart(8)}  last ${lastRun(p)}`,
    );
    for (const g of p.regressions) {
      out.push(
        `  ${''.padEnd(w)} regression: ${g.start} build ${g.buildId} took ${duration(g.durationSeconds)}, ${times(g.ratio)} the median ${duration(g.baselineSeconds)} of ${g.baselineRuns} successful run(s) before it`,
      );
    }
  }
  out.push('', ...readNotes(r, source));
  return terminalSafe(out.join('\n'));
}

export function timingsMarkdown(r: TimingsReport, source: TimingsSource): string {
  const phases = table(
    [
      'Env',
      'Phase',
      'Runs',
      'Success',
      'Median (successful)',
      'p95 (successful)',
      'Last run',
      'Regressions',
    ],
    r.phases.map((p) => [
      text(p.env),
      text(p.phase),
      String(p.runs),
      percent(p.successRate),
      duration(p.medianSeconds),
      duration(p.p95Seconds),
      text(lastRun(p)),
      String(p.regressions.length),
    ]),
    ['left', 'left', 'right', 'right', 'right', 'right', 'left', 'right'],
  );
  const regressions = r.phases.flatMap((p) =>
    p.regressions.map((g) => [
      text(p.env),
      text(p.phase),
      g.start,
      text(g.buildId),
      duration(g.durationSeconds),
      `${duration(g.baselineSeconds)} (${g.baselineRuns})`,
      times(g.ratio),
    ]),
  );
  const parts = [`## ${text(title(r))}`, phases];
  if (regressions.length > 0) {
    parts.push(
      `### Regressions (successful runs over ${REGRESSION_FACTOR}× the median of the successful runs before them)`,
      table(
        ['Env', 'Phase', 'Start (UTC)', 'Build', 'Duration', 'Median before (runs)', 'Ratio'],
        regressions,
        ['left', 'left', 'left', 'left', 'right', 'right', 'right'],
      ),
    );
  }
  parts.push(...readNotes(r, source).map(text));
  return parts.join('\n\n') + '\n';
}

/** Renderings of `ci-ledger report timings`. Pure. */
import type { TimingsReport } from '../timing/report.js';
import { duration, percent, table, terminalSafe, text } from './markdown.js';

const lastRun = (p: TimingsReport['phases'][number]) =>
  p.last
    ? `${p.last.start_time_utc} (${duration(Number(p.last.duration_seconds))}, exit ${p.last.exit_code})`
    : '–';

const regressionsOf = (p: TimingsReport['phases'][number]) =>
  p.regressions.length === 0
    ? 'none'
    : p.regressions
        .map((r) => `${r.start} ${duration(r.durationSeconds)} vs ${duration(r.baselineSeconds)}`)
        .join('; ');

function unmappedNote(r: TimingsReport): string[] {
  return r.files
    .filter((f) => f.unmapped.length > 0)
    .map(
      (f) =>
        `${f.file}: ${f.unmapped.length} row(s) fit no known shape and were left out (lines ${f.unmapped.map((u) => u.line).join(', ')})`,
    );
}

export function timingsText(r: TimingsReport, last: number): string {
  const out = [`Build timings${last > 0 ? ` (last ${last} runs of each phase)` : ''}:`];
  if (r.phases.length === 0) out.push('  (no build_timings.csv rows)');
  const w = Math.max(12, ...r.phases.map((p) => `${p.env} ${p.phase}`.length + 1));
  for (const p of r.phases) {
    out.push(
      `  ${`${p.env} ${p.phase}`.padEnd(w)} runs ${String(p.runs).padStart(3)}  success ${percent(p.successRate).padStart(4)}  median ${duration(p.medianSeconds).padStart(8)}  p95 ${duration(p.p95Seconds).padStart(8)}  last ${lastRun(p)}`,
    );
    if (p.regressions.length) out.push(`  ${''.padEnd(w)} regressions: ${regressionsOf(p)}`);
  }
  out.push(
    '',
    `Read ${r.files.map((f) => `${f.file} (${f.rows} rows)`).join(', ') || 'no files'}.`,
    ...unmappedNote(r),
  );
  return terminalSafe(out.join('\n'));
}

export function timingsMarkdown(r: TimingsReport, last: number): string {
  const rows = r.phases.map((p) => [
    text(p.env),
    text(p.phase),
    String(p.runs),
    percent(p.successRate),
    duration(p.medianSeconds),
    duration(p.p95Seconds),
    text(lastRun(p)),
    text(regressionsOf(p)),
  ]);
  return (
    [
      `## Build timings${last > 0 ? ` (last ${last} runs of each phase)` : ''}`,
      table(
        [
          'Env',
          'Phase',
          'Runs',
          'Success',
          'Median',
          'p95',
          'Last run',
          'Regressions (over 1.5× median)',
        ],
        rows,
        ['left', 'left', 'right', 'right', 'right', 'right', 'left', 'left'],
      ),
      ...unmappedNote(r).map(text),
    ].join('\n\n') + '\n'
  );
}

/** The per-platform table of one batch (the seed's Option B table), in markdown and plain text. Pure. */
import type { BatchRecord, PlatformCounts } from '../batch/aggregate.js';
import { duration, percent, table, text } from './markdown.js';

const passRate = (c: PlatformCounts) => (c.tested > 0 ? c.passed / c.tested : undefined);

function totals(record: BatchRecord): PlatformCounts {
  const t: PlatformCounts = { tested: 0, passed: 0, failed: 0, skipped: 0, duration_seconds: null };
  for (const c of Object.values(record.platforms)) {
    t.tested += c.tested;
    t.passed += c.passed;
    t.failed += c.failed;
    t.skipped += c.skipped;
    if (c.duration_seconds !== null)
      t.duration_seconds = (t.duration_seconds ?? 0) + c.duration_seconds;
  }
  return t;
}

export function batchTableMarkdown(record: BatchRecord): string {
  const row = (name: string, c: PlatformCounts) => [
    name,
    String(c.tested),
    String(c.passed),
    String(c.failed),
    String(c.skipped),
    percent(passRate(c)),
    duration(c.duration_seconds ?? undefined),
  ];
  const rows = Object.entries(record.platforms).map(([name, c]) => row(text(name), c));
  rows.push(row('**Total**', totals(record)));
  return table(
    ['Platform', 'Tested', 'Passed', 'Failed', 'Skipped', 'Pass rate', 'Duration'],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

export function batchTableText(record: BatchRecord): string {
  const names = Object.keys(record.platforms);
  const width = Math.max(8, ...names.map((n) => n.length), 'Total'.length);
  const line = (name: string, c: PlatformCounts) =>
    `  ${name.padEnd(width)}  ${String(c.tested).padStart(6)}  ${String(c.passed).padStart(6)}  ${String(c.failed).padStart(6)}  ${String(c.skipped).padStart(7)}  ${percent(passRate(c)).padStart(9)}`;
  return [
    `  ${'Platform'.padEnd(width)}  ${'Tested'.padStart(6)}  ${'Passed'.padStart(6)}  ${'Failed'.padStart(6)}  ${'Skipped'.padStart(7)}  ${'Pass rate'.padStart(9)}`,
    ...names.map((n) => line(n, record.platforms[n]!)),
    line('Total', totals(record)),
  ].join('\n');
}

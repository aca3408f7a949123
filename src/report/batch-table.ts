/** The per-platform table of one batch (the seed's Option B table), in markdown and plain text. Pure. */
import { duration, percent, table, text } from './markdown.js';

/** What the table needs of a platform's counts (batch records old and new all have these). */
export interface PlatformRow {
  tested: number;
  passed: number;
  failed: number;
  skipped?: number;
  duration_seconds?: number | null;
}
type Platforms = Record<string, PlatformRow>;
type PlatformCounts = Required<PlatformRow>;

const passRate = (c: PlatformRow) => (c.tested > 0 ? c.passed / c.tested : undefined);

function totals(platforms: Platforms): PlatformCounts {
  const t: PlatformCounts = { tested: 0, passed: 0, failed: 0, skipped: 0, duration_seconds: null };
  for (const c of Object.values(platforms)) {
    t.tested += c.tested;
    t.passed += c.passed;
    t.failed += c.failed;
    t.skipped += c.skipped ?? 0;
    if (typeof c.duration_seconds === 'number')
      t.duration_seconds = (t.duration_seconds ?? 0) + c.duration_seconds;
  }
  return t;
}

export function batchTableMarkdown(platforms: Platforms): string {
  const row = (name: string, c: PlatformRow) => [
    name,
    String(c.tested),
    String(c.passed),
    String(c.failed),
    String(c.skipped ?? 0),
    percent(passRate(c)),
    duration(typeof c.duration_seconds === 'number' ? c.duration_seconds : undefined),
  ];
  const rows = Object.entries(platforms).map(([name, c]) => row(text(name), c));
  rows.push(row('**Total**', totals(platforms)));
  return table(
    ['Platform', 'Tested', 'Passed', 'Failed', 'Skipped', 'Pass rate', 'Duration'],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

export function batchTableText(platforms: Platforms): string {
  const names = Object.keys(platforms);
  const width = Math.max(8, ...names.map((n) => n.length), 'Total'.length);
  const line = (name: string, c: PlatformRow) =>
    `  ${name.padEnd(width)}  ${String(c.tested).padStart(6)}  ${String(c.passed).padStart(6)}  ${String(c.failed).padStart(6)}  ${String(c.skipped ?? 0).padStart(7)}  ${percent(passRate(c)).padStart(9)}`;
  return [
    `  ${'Platform'.padEnd(width)}  ${'Tested'.padStart(6)}  ${'Passed'.padStart(6)}  ${'Failed'.padStart(6)}  ${'Skipped'.padStart(7)}  ${'Pass rate'.padStart(9)}`,
    ...names.map((n) => line(n, platforms[n]!)),
    line('Total', totals(platforms)),
  ].join('\n');
}

/** What batch-metrics shows: the batch's table, its failures count, macOS minutes and where it was written. Pure. */
import type { RecordedBatch } from '../batch/recorded.js';
import { batchTableMarkdown, batchTableText } from './batch-table.js';
import { code, percent, terminalSafe, text } from './markdown.js';

function macosNote(r: RecordedBatch): string {
  if (r.macosSources.length === 0) return 'no darwin platform in this batch';
  const sources = [...new Set(r.macosSources.map((s) => s.source))].join(', ');
  const unknown = r.macosSources.filter((s) => s.source === 'unknown').map((s) => s.file);
  return `${r.record.macos_minutes_used} min (from ${sources})${unknown.length ? `; no timing in ${unknown.join(', ')}` : ''}`;
}

function writtenNote(r: RecordedBatch): string {
  return r.append.status === 'already-recorded'
    ? `already recorded in ${r.metricsPath} on ${r.append.branch}: nothing new was written`
    : `written to ${r.metricsPath} and ${r.failuresPath} on ${r.append.branch}${r.append.head ? ` in commit ${r.append.head.slice(0, 12)}` : ''}`;
}

export function batchMetricsMarkdown(r: RecordedBatch): string {
  const { record } = r;
  return (
    [
      `## Batch ${text(record.batch_id)}: ${text(record.ecosystem)}`,
      batchTableMarkdown(record.platforms),
      [
        `**Pass rate:** ${r.passRate === null ? '–' : percent(r.passRate)} of tests`,
        `**Merged:** ${record.merged} of ${record.total} recipes (${percent(record.success_rate)})`,
        `**Failure records:** ${r.failures.length}`,
        `**Weakest platform:** ${r.weakestPlatform ? text(r.weakestPlatform) : '–'}`,
        `**macOS minutes:** ${text(macosNote(r))}`,
      ].join(' · '),
      changesMarkdown(r),
      artifactsMarkdown(r),
      writtenMarkdown(r),
    ]
      .filter(Boolean)
      .join('\n\n') + '\n'
  );
}

const LIST_LIMIT = 30;

function cells(list: Array<{ recipe: string; platform: string; attempts?: number }>): string {
  const shown = list
    .slice(0, LIST_LIMIT)
    .map(
      (c) =>
        `${text(c.recipe)} on ${text(c.platform)}${c.attempts ? ` (${c.attempts} attempts)` : ''}`,
    );
  return `${list.length}${list.length ? ` — ${shown.join(', ')}${list.length > LIST_LIMIT ? `, … ${list.length - LIST_LIMIT} more` : ''}` : ''}`;
}

/** Newly failing, newly fixed and flaky recipes: this batch's results against the previous batch's failures. */
function changesMarkdown(r: RecordedBatch): string | undefined {
  const c = r.changes;
  if (!c) return undefined;
  const lines = c.previous
    ? [
        `### Since the previous batch (${text(c.previous.batchId)}, ${c.previous.timestamp})`,
        `**Newly failing:** ${cells(c.newlyFailing)}`,
        `**Newly fixed:** ${cells(c.newlyFixed)}`,
      ]
    : [
        `### Changes`,
        `No earlier batch of ${text(r.record.ecosystem)} in ${code(r.failuresPath)} to compare with.`,
      ];
  lines.push(`**Flaky** (passed after more than one attempt): ${cells(c.flaky)}`);
  return lines.join('\n\n');
}

/** Which files were taken as this batch's artifacts: a stray match is seen, not silently counted. */
function artifactsMarkdown(r: RecordedBatch): string {
  const files = r.artifacts.map((a) => code(a.file));
  return `**Artifacts read:** ${files.length}${files.length ? ` — ${files.slice(0, 10).join(', ')}${files.length > 10 ? `, … ${files.length - 10} more` : ''}` : ''}`;
}

function writtenMarkdown(r: RecordedBatch): string {
  const { branch, head } = r.append;
  return r.append.status === 'already-recorded'
    ? `ℹ️ Already recorded in ${code(r.metricsPath)} on ${code(branch)}: nothing new was written.`
    : `✅ Written to ${code(r.metricsPath)} and ${code(r.failuresPath)} on ${code(branch)}${head ? ` (commit ${code(head.slice(0, 12))})` : ''}.`;
}

export function batchMetricsText(r: RecordedBatch): string {
  const { record } = r;
  return terminalSafe(
    [
      `Batch ${record.batch_id} (${record.ecosystem}): ${record.merged}/${record.total} merged (${percent(record.success_rate)}), ${r.failures.length} failure record(s), ${r.artifacts.length} artifact(s)`,
      batchTableText(record.platforms),
      `  read: ${r.artifacts.map((a) => a.file).join(', ') || 'no artifact'}`,
      `  weakest platform: ${r.weakestPlatform ?? '–'}`,
      ...(r.changes?.previous
        ? [
            `  since ${r.changes.previous.batchId}: ${r.changes.newlyFailing.length} newly failing, ${r.changes.newlyFixed.length} newly fixed`,
          ]
        : []),
      ...(r.changes?.flaky.length ? [`  flaky: ${r.changes.flaky.length}`] : []),
      `  macOS minutes: ${macosNote(r)}`,
      `  ${writtenNote(r)}`,
    ].join('\n'),
  );
}

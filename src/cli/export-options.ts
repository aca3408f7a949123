/**
 * `--export URL` and `--export-label NAME=VALUE` of record-timing and batch-metrics: once the
 * records are on the branch, send them to a Prometheus-compatible engine too. A failed export
 * is a warning on stderr with the command that re-sends; the exit status stays the write's.
 */
import type { ParseArgsConfig } from 'node:util';
import type { ExportSubject, RecordedForExport } from '../jobs/export.js';
import type { JobContext } from '../jobs/context.js';
import type { CommandIO } from './command.js';

export const exportOptions = {
  export: { type: 'string' },
  'export-label': { type: 'string', multiple: true },
} as const satisfies ParseArgsConfig['options'];

export const exportHelp = `  --export URL          also send the records, once on the branch, to this Prometheus
                        remote-write URL (credentials: CI_LEDGER_EXPORT_BEARER_TOKEN, or
                        CI_LEDGER_EXPORT_USERNAME/PASSWORD); a failed export only warns
  --export-label N=V    a label on every exported series (repeatable)`;

export async function exportIfAsked(
  values: Record<string, unknown> & { export?: string; 'export-label'?: string[] },
  recorded: RecordedForExport,
  what: { subject: ExportSubject; branch?: string; time: string },
  context: JobContext,
  io: CommandIO,
  command: string,
): Promise<void> {
  if (!values.export) return;
  const labels = values['export-label'] ?? [];
  const { exportRecorded, resendCommand } = await import('../jobs/export.js');
  const resend = resendCommand({
    ...what,
    store: context.store,
    url: values.export,
    labels,
  });
  const result = await exportRecorded({ url: values.export, labels }, recorded, resend, context);
  if (result.ok) io.stderr(`Exported ${result.samples} sample(s) to ${result.url}.`);
  else
    io.stderr(
      `ci-ledger ${command}: warning: ${result.error} The records are on the branch all the same. To re-send them (nothing is counted twice): ${result.resend}`,
    );
}

/**
 * The `export` input of record-timing and batch-metrics: once the records are on the branch,
 * send them to a Prometheus-compatible engine too. An export that fails is a warning that says
 * how to re-send, never a failed step: the branch write stands either way.
 */
import * as core from '@actions/core';
import type { RecordedForExport } from '../jobs/export.js';
import type { StoreSpec } from '../jobs/store-choice.js';
import { jobContext } from './inputs.js';

/** `what`: the subject and time window for the re-send command (a run's start, a batch's time). */
export async function exportAfterWrite(
  store: StoreSpec,
  recorded: RecordedForExport,
  what: { subject: 'timings' | 'batches'; branch?: string; time: string },
): Promise<void> {
  const url = core.getInput('export');
  if (!url) return;
  const labels = core.getInput('export-labels').split(/\s+/).filter(Boolean);
  const { exportRecorded, resendCommand } = await import('../jobs/export.js');
  const resend = resendCommand({
    ...what,
    store,
    url,
    labels,
  });
  const result = await exportRecorded({ url, labels }, recorded, resend, jobContext(store));
  if (result.ok) {
    core.info(`Exported ${result.samples} sample(s) to ${result.url}.`);
    core.setOutput('exported', String(result.samples));
  } else {
    core.warning(
      `${result.error} The records are on the branch all the same. To re-send them (nothing is counted twice): ${result.resend}`,
    );
    core.setOutput('exported', '0');
  }
}

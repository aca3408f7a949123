/** The batch-metrics action: inputs → recordBatchMetrics → outputs and job summary. */
import * as core from '@actions/core';
import { jobContext, storeFromInputs } from './inputs.js';
import { SHOWN_BATCHES_VARIABLE, withBatchShown } from './shown-batches.js';

export async function batchMetricsAction(): Promise<void> {
  const input = (name: string) => core.getInput(name) || undefined;
  const batchId = core.getInput('batch-id', { required: true });
  const ecosystem = core.getInput('ecosystem', { required: true });
  const store = storeFromInputs();
  // Loaded once the inputs are read (a bad input fails fast): the job (artifacts, the ledger), the summary.
  const [{ recordBatchMetrics }, { batchMetricsMarkdown }] = await Promise.all([
    import('../jobs/record-batch.js'),
    import('../report/batch-metrics-summary.js'),
  ]);
  const recorded = await recordBatchMetrics(
    {
      batchId,
      ecosystem,
      results: input('results'),
      resultsDir: input('results-dir'),
      platformMap: input('platform-map'),
      categoryMap: input('category-map'),
      total: input('total'),
      generated: input('generated'),
      merged: input('merged'),
      metricsPath: input('metrics-path'),
      failuresDir: input('failures-dir'),
      branch: input('branch'),
      shard: input('shard'),
    },
    jobContext(store),
  );
  core.setOutput('record', JSON.stringify(recorded.record));
  // Pass rate is passed/tested over the batch's platforms; merged/total is the merge rate (DESIGN §7).
  core.setOutput('pass-rate', String(recorded.passRate ?? ''));
  core.setOutput('merge-rate', String(recorded.record.success_rate));
  core.setOutput('weakest-platform', recorded.weakestPlatform ?? '');
  core.setOutput('failures', String(recorded.failures.length));
  core.setOutput('commit-sha', recorded.append.head ?? '');
  core.setOutput('recorded', String(recorded.append.status === 'recorded'));
  if (recorded.append.status === 'already-recorded')
    core.notice(`Batch ${batchId} (${ecosystem}) was already recorded; nothing new was written`);
  // A re-run's record carries this run's time, not the recorded one's: only a new record is sent.
  if (recorded.append.status === 'recorded') {
    const { exportAfterWrite } = await import('./export.js');
    await exportAfterWrite(
      store,
      { batch: { record: recorded.record, failures: recorded.failures } },
      { subject: 'batches', branch: input('branch'), time: recorded.record.timestamp },
    );
  }
  await core.summary.addRaw(batchMetricsMarkdown(recorded)).write();
  // A batch-summary step later in this job then shows this table's counts only once.
  core.exportVariable(
    SHOWN_BATCHES_VARIABLE,
    withBatchShown(process.env[SHOWN_BATCHES_VARIABLE], batchId, ecosystem),
  );
}

/** The batch-summary action: read the metrics history, write the operator's job summary. */
import * as core from '@actions/core';
import { jobContext, storeFromInputs } from './inputs.js';

export async function batchSummaryAction(): Promise<void> {
  const input = (name: string) => core.getInput(name) || undefined;
  const failOnBreach = core.getBooleanInput('fail-on-breach');
  const store = storeFromInputs();
  // Loaded once the inputs are read (a bad input fails fast): the history reader and report.
  const { summarizeBatch } = await import('../jobs/summarize-batch.js');
  const { summary, loaded } = await summarizeBatch(
    {
      batchId: input('batch-id'),
      ecosystem: input('ecosystem'),
      last: input('last'),
      minPassRate: input('min-pass-rate'),
      macosBudget: input('macos-budget'),
      weekStart: input('week-start'),
      skipThreshold: input('skip-threshold'),
      metricsPath: input('metrics-path'),
      failuresDir: input('failures-dir'),
      branch: input('branch'),
    },
    jobContext(store),
  );
  const { report } = loaded;
  const focus = report.focus;
  for (const platform of summary.breaches) {
    const c = focus?.platforms[platform];
    core.warning(
      `${platform} passed ${c?.passed}/${c?.tested} in batch ${focus?.batchId}: below min-pass-rate ${input('min-pass-rate')}`,
    );
  }
  if (report.macos?.overBudget) {
    core.warning(
      `macOS minutes projected at ${report.macos.projectedMinutes} of ${report.macos.budgetMinutes} for the week of ${report.macos.weekStart.slice(0, 10)}`,
    );
  }
  if (summary.dropped.length)
    core.notice(
      `Job summary shortened to fit GitHub's limit: left out ${summary.dropped.join(', ')}`,
    );
  for (const s of loaded.skipped.slice(0, 10))
    core.warning(`Skipped an unreadable record: ${s.file} line ${s.line}: ${s.reason}`);
  await core.summary.addRaw(summary.markdown).write();
  core.setOutput('weakest-platform', report.insights.weakestPlatform ?? '');
  core.setOutput('breaches', summary.breaches.join(','));
  core.setOutput('summary-bytes', String(summary.bytes));
  if (failOnBreach && summary.breaches.length > 0) {
    core.setFailed(`Below min-pass-rate: ${summary.breaches.join(', ')}`);
  }
}

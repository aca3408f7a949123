/** The batch-summary action: read the metrics history, write the operator's job summary. */
import * as core from '@actions/core';
import { SHOWN_BATCHES_VARIABLE, batchesShown } from './shown-batches.js';
import { jobContext, storeFromInputs } from './inputs.js';

export async function batchSummaryAction(): Promise<void> {
  const input = (name: string) => core.getInput(name) || undefined;
  const failOnBreach = core.getBooleanInput('fail-on-breach');
  const store = storeFromInputs();
  // Loaded once the inputs are read (a bad input fails fast): the history reader and report.
  const [{ summarizeBatch }, { parseFailOn }] = await Promise.all([
    import('../jobs/summarize-batch.js'),
    import('../jobs/objectives-file.js'),
  ]);
  const failOn = parseFailOn(input('fail-on'));
  const shownAbove = tablesInJobSummary();
  const { summary, loaded, insight } = await summarizeBatch(
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
      tableAlreadyShown: (batchId, ecosystem) => shownAbove.has(`${batchId}\0${ecosystem}`),
      objectives: input('objectives'),
      root: process.env.GITHUB_WORKSPACE || process.cwd(),
    },
    jobContext(store),
  );
  const { report } = loaded;
  // The page leads with these; each also becomes an annotation on the run.
  const { alertSentence } = await import('../report/focus-sections.js');
  for (const alert of summary.attention.alerts) {
    const line = `Batch ${report.focus?.batchId ?? ''}: ${alertSentence(alert)}`;
    if (alert.kind === 'breach' && failOnBreach) core.error(line);
    else if (alert.kind === 'minutes-unknown') core.notice(line);
    else core.warning(line);
  }
  if (summary.dropped.length)
    core.notice(
      `Job summary shortened to fit GitHub's limit: left out ${summary.dropped.join(', ')}`,
    );
  for (const s of loaded.skipped.slice(0, 10))
    core.warning(`Skipped an unreadable record: ${s.file} line ${s.line}: ${s.reason}`);
  const { failsOn } = await import('../objectives/budget.js');
  const { platformAlerts } = await import('../report/objectives.js');
  const failing = failsOn(insight.status, failOn);
  for (const line of platformAlerts(insight)) (failing ? core.error : core.warning)(line);
  await core.summary.addRaw(summary.markdown).write();
  // "Weakest platform" in an output is the summarised batch's; the window's is named as such.
  core.setOutput('weakest-platform', report.focusDetail?.weakestPlatform ?? '');
  core.setOutput('window-weakest-platform', report.insights.weakestPlatform ?? '');
  core.setOutput('status', summary.attention.status);
  core.setOutput('breaches', summary.breaches.join(','));
  core.setOutput('summary-bytes', String(summary.bytes));
  core.setOutput('objectives-status', insight.status);
  core.setOutput(
    'objectives-at-risk',
    insight.platforms
      .filter((p) => p.status === 'at-risk' || p.status === 'exhausted')
      .map((p) => p.platform)
      .join(','),
  );
  core.setOutput('cost', insight.batch ? insight.batch.total.toFixed(4) : '');
  core.setOutput('week-cost', insight.weeks.at(-1)?.dollars.toFixed(4) ?? '');
  if (failOnBreach && summary.breaches.length > 0) {
    core.setFailed(`Below min-pass-rate: ${summary.breaches.join(', ')}`);
  } else if (failing) {
    const names = insight.platforms.filter((p) => failsOn(p.status, failOn)).map((p) => p.platform);
    core.setFailed(`Objectives ${insight.status} (fail-on: ${failOn}): ${names.join(', ')}`);
  }
}

/** The batches whose table an earlier step of this job (batch-metrics) already wrote. */
function tablesInJobSummary(): Set<string> {
  return new Set(batchesShown(process.env[SHOWN_BATCHES_VARIABLE]));
}

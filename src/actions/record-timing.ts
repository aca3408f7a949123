/** The record-timing action: inputs → recordTiming → outputs and job summary. */
import * as core from '@actions/core';
import { shellCommand } from '../jobs/wrap.js';
import { jobContext, storeFromInputs } from './inputs.js';

export async function recordTimingAction(): Promise<void> {
  const input = (name: string) => core.getInput(name) || undefined;
  const env = core.getInput('env', { required: true });
  const buildId = core.getInput('build-id', { required: true });
  const phase = core.getInput('phase', { required: true });
  const run = input('run');
  const store = storeFromInputs();
  const { parseFailOn } = await import('../jobs/objectives-file.js');
  const failOn = parseFailOn(input('fail-on'));
  // Loaded once the inputs are read (a bad input fails fast): the job (log scan, the ledger), the summary.
  const [
    { recordTiming },
    { timingRowLine },
    { timingSummaryMarkdown, regressionSentence },
    { timingAlerts },
    { failsOn },
  ] = await Promise.all([
    import('../jobs/record-timing.js'),
    import('../timing/row.js'),
    import('../report/timing-summary.js'),
    import('../report/objectives.js'),
    import('../objectives/budget.js'),
  ]);
  const recorded = await recordTiming(
    {
      env,
      buildId,
      phase,
      command: run ? shellCommand(run) : undefined,
      logPath: input('log-path'),
      logDir: input('log-dir'),
      flags: input('flags'),
      exitCode: input('exit-code'),
      startTime: input('start-time'),
      endTime: input('end-time'),
      envDir: input('env-dir'),
      envDirMap: input('env-dir-map'),
      branch: input('branch'),
      path: input('path'),
      shard: input('shard'),
      objectives: input('objectives'),
      root: process.env.GITHUB_WORKSPACE || process.cwd(),
    },
    jobContext(store),
  );
  // The row on the branch: for a run recorded before, the row recorded then.
  const { row } = recorded;
  core.setOutput('row', timingRowLine(row));
  core.setOutput('duration-seconds', row.duration_seconds);
  core.setOutput('exit-code', row.exit_code);
  core.setOutput('resources-added', row.resources_added);
  core.setOutput('resources-changed', row.resources_changed);
  core.setOutput('resources-destroyed', row.resources_destroyed);
  core.setOutput('log-path', row.log_path);
  core.setOutput('file', recorded.file);
  core.setOutput('commit-sha', recorded.append.head ?? '');
  core.setOutput('recorded', String(recorded.append.status === 'recorded'));
  if (recorded.regression) core.warning(regressionSentence(recorded));
  const { insight } = recorded;
  core.setOutput('objectives-status', insight.status ?? '');
  core.setOutput('error-budget-left', insight.budgetLeft?.toFixed(4) ?? '');
  core.setOutput('cost', insight.cost?.total.toFixed(4) ?? '');
  const failing = insight.status !== undefined && failsOn(insight.status, failOn);
  for (const line of timingAlerts(insight.objectives)) (failing ? core.error : core.warning)(line);
  // The row on the branch is what is sent (for a re-run, the row recorded then: the same samples).
  const { exportAfterWrite } = await import('./export.js');
  await exportAfterWrite(
    store,
    { timingRows: [row] },
    { subject: 'timings', branch: input('branch'), time: row.start_time_utc },
  );
  await core.summary.addRaw(timingSummaryMarkdown(recorded, insight)).write();
  if (recorded.exitCode !== 0) {
    core.setFailed(`${phase} exited with status ${recorded.exitCode} (the run was recorded)`);
  } else if (failing) {
    core.setFailed(
      `${phase} on ${env}: objectives ${insight.status} (fail-on: ${failOn}); the run was recorded`,
    );
  }
}

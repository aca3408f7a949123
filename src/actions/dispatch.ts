/** The root action: input `command` picks one of the suite's actions. */
import * as core from '@actions/core';
import { InputError } from '../vocabulary/index.js';

const actions: Record<string, () => Promise<() => Promise<void>>> = {
  'record-timing': async () => (await import('./record-timing.js')).recordTimingAction,
  'batch-metrics': async () => (await import('./batch-metrics.js')).batchMetricsAction,
  'batch-summary': async () => (await import('./batch-summary.js')).batchSummaryAction,
  dashboard: async () => (await import('./dashboard.js')).dashboardAction,
};

export async function dispatch(): Promise<void> {
  const command = core.getInput('command', { required: true });
  const load = actions[command];
  if (!load) {
    throw new InputError(
      `Unknown command ${JSON.stringify(command)}: use one of ${Object.keys(actions).join(', ')}`,
    );
  }
  await (
    await load()
  )();
}

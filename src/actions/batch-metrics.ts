import { notYetAvailable } from './inputs.js';

export const batchMetrics = notYetAvailable('batch-metrics', ['batch-id', 'ecosystem']);

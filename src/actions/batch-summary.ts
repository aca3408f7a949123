import { notYetAvailable } from './inputs.js';

export const batchSummary = notYetAvailable('batch-summary', []);

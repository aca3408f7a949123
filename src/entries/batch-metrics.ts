import { runAction } from '../actions/inputs.js';
import { batchMetrics } from '../actions/batch-metrics.js';

await runAction(batchMetrics);

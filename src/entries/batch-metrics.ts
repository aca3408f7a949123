import { runAction } from '../actions/inputs.js';
import { batchMetricsAction } from '../actions/batch-metrics.js';

await runAction(batchMetricsAction);

import { runAction } from '../actions/inputs.js';
import { batchSummary } from '../actions/batch-summary.js';

await runAction(batchSummary);

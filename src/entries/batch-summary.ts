import { runAction } from '../actions/inputs.js';
import { batchSummaryAction } from '../actions/batch-summary.js';

await runAction(batchSummaryAction);

import { runAction } from '../actions/inputs.js';
import { recordTimingAction } from '../actions/record-timing.js';

await runAction(recordTimingAction);

import { runAction } from '../actions/inputs.js';
import { recordTiming } from '../actions/record-timing.js';

await runAction(recordTiming);

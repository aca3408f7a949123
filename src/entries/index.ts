import { dispatch } from '../actions/dispatch.js';
import { runAction } from '../actions/inputs.js';

await runAction(dispatch);

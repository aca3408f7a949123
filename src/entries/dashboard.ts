import { runAction } from '../actions/inputs.js';
import { dashboardAction } from '../actions/dashboard.js';

await runAction(dashboardAction);

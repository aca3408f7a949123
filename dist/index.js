import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  getInput,
  runAction
} from "./chunk-MDVL522B.js";
import "./chunk-FXG23WHF.js";
import {
  InputError
} from "./chunk-NU6ZN5EL.js";
import "./chunk-RXARMASY.js";

// src/actions/dispatch.ts
var actions = {
  "record-timing": async () => (await import("./record-timing-LK4IB72F.js")).recordTimingAction,
  "batch-metrics": async () => (await import("./batch-metrics-I5DPHWQX.js")).batchMetricsAction,
  "batch-summary": async () => (await import("./batch-summary-G2RHQH4Y.js")).batchSummaryAction
};
async function dispatch() {
  const command = getInput("command", { required: true });
  const load = actions[command];
  if (!load) {
    throw new InputError(
      `Unknown command ${JSON.stringify(command)}: use one of ${Object.keys(actions).join(", ")}`
    );
  }
  await (await load())();
}

// src/entries/index.ts
await runAction(dispatch);

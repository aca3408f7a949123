import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  getInput,
  runAction
} from "./chunk-VMUL3CTW.js";
import "./chunk-SUOMKFCV.js";
import "./chunk-YKZJA4YX.js";
import {
  InputError
} from "./chunk-3BA7G52B.js";
import "./chunk-RXARMASY.js";

// src/actions/dispatch.ts
var actions = {
  "record-timing": async () => (await import("./record-timing-XBMGWJY5.js")).recordTimingAction,
  "batch-metrics": async () => (await import("./batch-metrics-M2C3QL2M.js")).batchMetricsAction,
  "batch-summary": async () => (await import("./batch-summary-PQF5A6Z2.js")).batchSummaryAction,
  dashboard: async () => (await import("./dashboard-W2CZCYGO.js")).dashboardAction
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

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  getInput,
  runAction
} from "./chunk-FIPI5EVL.js";
import "./chunk-SUOMKFCV.js";
import "./chunk-EMMVEQ2K.js";
import {
  InputError
} from "./chunk-3BA7G52B.js";
import "./chunk-RXARMASY.js";

// src/actions/dispatch.ts
var actions = {
  "record-timing": async () => (await import("./record-timing-F2TXEMSR.js")).recordTimingAction,
  "batch-metrics": async () => (await import("./batch-metrics-7UAWJ5BB.js")).batchMetricsAction,
  "batch-summary": async () => (await import("./batch-summary-2SRBYT7G.js")).batchSummaryAction,
  dashboard: async () => (await import("./dashboard-YW35FGV4.js")).dashboardAction
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

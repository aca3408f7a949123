import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  getInput,
  runAction
} from "./chunk-4WUIJ2FP.js";
import "./chunk-A3LBKV4H.js";
import {
  InputError
} from "./chunk-NU6ZN5EL.js";
import "./chunk-RXARMASY.js";

// src/actions/dispatch.ts
var actions = {
  "record-timing": async () => (await import("./record-timing-Y3FGIXTM.js")).recordTimingAction,
  "batch-metrics": async () => (await import("./batch-metrics-6VZGJF33.js")).batchMetricsAction,
  "batch-summary": async () => (await import("./batch-summary-D62W3GQI.js")).batchSummaryAction
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

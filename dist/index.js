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
  "record-timing": async () => (await import("./record-timing-67AT7IHD.js")).recordTimingAction,
  "batch-metrics": async () => (await import("./batch-metrics-SEYVTFD7.js")).batchMetricsAction,
  "batch-summary": async () => (await import("./batch-summary-TP5B2P3D.js")).batchSummaryAction,
  dashboard: async () => (await import("./dashboard-GXB33Z3Y.js")).dashboardAction
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

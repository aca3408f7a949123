import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  getInput,
  runAction
} from "./chunk-EHAL22BC.js";
import "./chunk-2V74JQYY.js";
import {
  InputError
} from "./chunk-NU6ZN5EL.js";
import "./chunk-RXARMASY.js";

// src/actions/dispatch.ts
var actions = {
  "record-timing": async () => (await import("./record-timing-P6GEOR5V.js")).recordTimingAction,
  "batch-metrics": async () => (await import("./batch-metrics-QEQX5S6V.js")).batchMetricsAction,
  "batch-summary": async () => (await import("./batch-summary-ZMWBEBKH.js")).batchSummaryAction
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

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  getInput,
  runAction
} from "./chunk-HWUOI5QN.js";
import "./chunk-X6YH5YSF.js";
import {
  InputError
} from "./chunk-CMNREZAP.js";
import "./chunk-RXARMASY.js";

// src/actions/dispatch.ts
var actions = {
  "record-timing": async () => (await import("./record-timing-SJA3R3K4.js")).recordTimingAction,
  "batch-metrics": async () => (await import("./batch-metrics-AJUX65VC.js")).batchMetricsAction,
  "batch-summary": async () => (await import("./batch-summary-ULPO5PET.js")).batchSummaryAction
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

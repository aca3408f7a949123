import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  getInput,
  runAction
} from "./chunk-4AEFSXCJ.js";
import "./chunk-NPYFOKNV.js";
import {
  InputError
} from "./chunk-CMNREZAP.js";
import "./chunk-RXARMASY.js";

// src/actions/dispatch.ts
var actions = {
  "record-timing": async () => (await import("./record-timing-I6HHR6UE.js")).recordTimingAction,
  "batch-metrics": async () => (await import("./batch-metrics-WIDPODGK.js")).batchMetricsAction,
  "batch-summary": async () => (await import("./batch-summary-VGMDQTHU.js")).batchSummaryAction
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

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  getInput,
  runAction
} from "./chunk-HJBVJK2Q.js";
import "./chunk-KOYCJETK.js";
import {
  InputError
} from "./chunk-NU6ZN5EL.js";
import "./chunk-RXARMASY.js";

// src/actions/dispatch.ts
var actions = {
  "record-timing": async () => (await import("./record-timing-CYTCHXRI.js")).recordTimingAction,
  "batch-metrics": async () => (await import("./batch-metrics-5ZTJJVRZ.js")).batchMetricsAction,
  "batch-summary": async () => (await import("./batch-summary-YI4NIWU2.js")).batchSummaryAction
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

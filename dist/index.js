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
  "record-timing": async () => (await import("./record-timing-ASCWKR32.js")).recordTimingAction,
  "batch-metrics": async () => (await import("./batch-metrics-MTLU2QD7.js")).batchMetricsAction,
  "batch-summary": async () => (await import("./batch-summary-IQLVVC7K.js")).batchSummaryAction
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

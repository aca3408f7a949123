import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  getInput,
  runAction
} from "./chunk-7ZG6EOWO.js";
import "./chunk-SUOMKFCV.js";
import "./chunk-XS2N7JHC.js";
import {
  InputError
} from "./chunk-3BA7G52B.js";
import "./chunk-RXARMASY.js";

// src/actions/dispatch.ts
var actions = {
  "record-timing": async () => (await import("./record-timing-HWJCEL7U.js")).recordTimingAction,
  "batch-metrics": async () => (await import("./batch-metrics-GUQ2Y32V.js")).batchMetricsAction,
  "batch-summary": async () => (await import("./batch-summary-2VCKH2ZG.js")).batchSummaryAction,
  dashboard: async () => (await import("./dashboard-DYILIKP4.js")).dashboardAction
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

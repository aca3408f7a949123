import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  getInput,
  info,
  jobContext,
  setOutput,
  warning
} from "./chunk-7ZG6EOWO.js";
import "./chunk-SUOMKFCV.js";
import "./chunk-XS2N7JHC.js";
import "./chunk-3BA7G52B.js";
import "./chunk-RXARMASY.js";

// src/actions/export.ts
async function exportAfterWrite(store, recorded, what) {
  const url = getInput("export");
  if (!url) return;
  const labels = getInput("export-labels").split(/\s+/).filter(Boolean);
  const { exportRecorded, resendCommand } = await import("./export-NSIF465X.js");
  const resend = resendCommand({
    ...what,
    store,
    url,
    labels
  });
  const result = await exportRecorded({ url, labels }, recorded, resend, jobContext(store));
  if (result.ok) {
    info(`Exported ${result.samples} sample(s) to ${result.url}.`);
    setOutput("exported", String(result.samples));
  } else {
    warning(
      `${result.error} The records are on the branch all the same. To re-send them (nothing is counted twice): ${result.resend}`
    );
    setOutput("exported", "0");
  }
}
export {
  exportAfterWrite
};

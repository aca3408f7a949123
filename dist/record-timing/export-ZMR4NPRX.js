import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  getInput,
  info,
  jobContext,
  setOutput,
  warning
} from "./chunk-3IMBMJQC.js";
import "./chunk-SUOMKFCV.js";
import "./chunk-NQBTXQO5.js";
import "./chunk-X4K2GLCU.js";
import "./chunk-RXARMASY.js";

// src/actions/export.ts
async function exportAfterWrite(store, recorded, what) {
  const url = getInput("export");
  if (!url) return;
  const labels = getInput("export-labels").split(/\s+/).filter(Boolean);
  const { exportRecorded, resendCommand } = await import("./export-WIPST2SN.js");
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

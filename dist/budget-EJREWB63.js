import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  burnWindows,
  errorBudget,
  failsOn,
  worstStatus
} from "./chunk-PXJ7BKJH.js";
import "./chunk-RXARMASY.js";
export {
  burnWindows,
  errorBudget,
  failsOn,
  worstStatus
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  objectiveHistoryOptions,
  parseFailOn,
  readObjectives
} from "./chunk-VBPQNVAB.js";
import "./chunk-YQRWUMJX.js";
import "./chunk-RTC7LSPW.js";
import "./chunk-PXJ7BKJH.js";
import "./chunk-RXARMASY.js";
export {
  objectiveHistoryOptions,
  parseFailOn,
  readObjectives
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  objectiveHistoryOptions,
  parseFailOn,
  readObjectives
} from "./chunk-QIV4LD7J.js";
import "./chunk-XKDJ2Q3R.js";
import "./chunk-X4K2GLCU.js";
import "./chunk-PXJ7BKJH.js";
import "./chunk-RXARMASY.js";
export {
  objectiveHistoryOptions,
  parseFailOn,
  readObjectives
};

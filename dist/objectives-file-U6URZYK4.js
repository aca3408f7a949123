import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  objectiveHistoryOptions,
  parseFailOn,
  readObjectives
} from "./chunk-NN2FJR2F.js";
import "./chunk-Z3ICJHCC.js";
import "./chunk-VL6VTB2M.js";
import "./chunk-3BA7G52B.js";
import "./chunk-PXJ7BKJH.js";
import "./chunk-RXARMASY.js";
export {
  objectiveHistoryOptions,
  parseFailOn,
  readObjectives
};

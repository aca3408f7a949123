import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  objectiveHistoryOptions,
  parseFailOn,
  readObjectives
} from "./chunk-4OFCV6BV.js";
import "./chunk-NJSXDMHZ.js";
import "./chunk-ZX3D2VN2.js";
import "./chunk-PXJ7BKJH.js";
import "./chunk-RXARMASY.js";
export {
  objectiveHistoryOptions,
  parseFailOn,
  readObjectives
};

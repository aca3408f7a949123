import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  authHeaders,
  exportHistory,
  exportRecorded,
  resendCommand,
  sendOptionsFromEnv,
  sendSeries,
  shownUrl
} from "./chunk-K4YAD4M5.js";
import "./chunk-PGH6362S.js";
import "./chunk-67ZF6F7B.js";
import "./chunk-BKAYPSFP.js";
import "./chunk-B4HPPAY6.js";
import "./chunk-EONKB2LE.js";
import "./chunk-AAX545PN.js";
import "./chunk-Y2ZIECC3.js";
import "./chunk-WZLUXF3E.js";
import "./chunk-UYZVAHX6.js";
import "./chunk-SJTDOQFR.js";
import "./chunk-Q3MNSYLY.js";
import "./chunk-2E3GCFBA.js";
import "./chunk-ZTKIKJK3.js";
import "./chunk-HJJNKDAN.js";
import "./chunk-V7MP4ZTR.js";
import "./chunk-RXARMASY.js";
export {
  authHeaders,
  exportHistory,
  exportRecorded,
  resendCommand,
  sendOptionsFromEnv,
  sendSeries,
  shownUrl
};

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
} from "./chunk-FYFWHVC3.js";
import "./chunk-RZFQSYN5.js";
import "./chunk-67ZF6F7B.js";
import "./chunk-MFUEGSJT.js";
import "./chunk-B4HPPAY6.js";
import "./chunk-EONKB2LE.js";
import "./chunk-AAX545PN.js";
import "./chunk-Y2ZIECC3.js";
import "./chunk-QZTMOEK6.js";
import "./chunk-UYZVAHX6.js";
import "./chunk-SJTDOQFR.js";
import "./chunk-Q3MNSYLY.js";
import "./chunk-2E3GCFBA.js";
import "./chunk-ZTKIKJK3.js";
import "./chunk-QCZTF2P2.js";
import "./chunk-HJJNKDAN.js";
import "./chunk-Q2KB3NI2.js";
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

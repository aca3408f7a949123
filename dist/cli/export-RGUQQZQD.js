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
} from "./chunk-CKW6SG6Y.js";
import "./chunk-5XU7HYJY.js";
import "./chunk-U7VOFC56.js";
import "./chunk-HXAGN2BW.js";
import "./chunk-PWT726MQ.js";
import "./chunk-YEGLI4CC.js";
import "./chunk-XC4Q4QMD.js";
import "./chunk-CXHSBER6.js";
import "./chunk-RTX6YI6F.js";
import "./chunk-XGNURANI.js";
import "./chunk-SJTDOQFR.js";
import "./chunk-P2CKWFNH.js";
import "./chunk-2E3GCFBA.js";
import "./chunk-7A3H7WH3.js";
import "./chunk-326CRL4F.js";
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

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
} from "./chunk-RYJ67BSY.js";
import "./chunk-PSUZURLG.js";
import "./chunk-J63XMGEF.js";
import "./chunk-ML3N5IPS.js";
import "./chunk-LGVD3OWH.js";
import "./chunk-YEGLI4CC.js";
import "./chunk-VW7CJTN2.js";
import "./chunk-JDZVNZXU.js";
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

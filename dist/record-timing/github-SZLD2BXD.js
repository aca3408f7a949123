import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
} from "./chunk-DXLKVED3.js";
import "./chunk-3SN6RPKP.js";
import "./chunk-RVLJKKEM.js";
import "./chunk-RTC7LSPW.js";
import "./chunk-RXARMASY.js";
export {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
};

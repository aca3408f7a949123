import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
} from "./chunk-QMN456XJ.js";
import "./chunk-WRTHJKAA.js";
import "./chunk-QL73UZLS.js";
import "./chunk-DVJFGJXQ.js";
import "./chunk-RXARMASY.js";
export {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
};

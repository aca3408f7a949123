import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
} from "./chunk-PD5RNL4G.js";
import "./chunk-WGETC6VE.js";
import "./chunk-C5BCSEG7.js";
import "./chunk-EYMVGCMB.js";
import "./chunk-RXARMASY.js";
export {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
};

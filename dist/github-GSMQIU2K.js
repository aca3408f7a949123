import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
} from "./chunk-BQLYYPGR.js";
import "./chunk-HWW3FAXZ.js";
import "./chunk-NKSBZ3BJ.js";
import "./chunk-3BA7G52B.js";
import "./chunk-RXARMASY.js";
export {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
};

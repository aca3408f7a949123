import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
} from "./chunk-WTSSCJSI.js";
import "./chunk-CFO7AHZT.js";
import "./chunk-CTO7JBNG.js";
import "./chunk-X4K2GLCU.js";
import "./chunk-RXARMASY.js";
export {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
};

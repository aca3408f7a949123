import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
} from "./chunk-ZMTDGWL3.js";
import "./chunk-74M3YVX7.js";
import "./chunk-JTMZ4DRC.js";
import "./chunk-ZX3D2VN2.js";
import "./chunk-RXARMASY.js";
export {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
};

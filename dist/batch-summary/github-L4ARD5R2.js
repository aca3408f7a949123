import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
} from "./chunk-RP4MPGG4.js";
import "./chunk-JTMZ4DRC.js";
import "./chunk-ZX3D2VN2.js";
import "./chunk-RXARMASY.js";
export {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
} from "./chunk-XP75WO6X.js";
import "./chunk-HJJNKDAN.js";
import "./chunk-Q2KB3NI2.js";
import "./chunk-V7MP4ZTR.js";
import "./chunk-RXARMASY.js";
export {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
};

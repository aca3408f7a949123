import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
} from "./chunk-5D6RTCS5.js";
import "./chunk-ZFD3ESZE.js";
import "./chunk-2BJDQSXA.js";
import "./chunk-EN7H7Z5D.js";
import "./chunk-RXARMASY.js";
export {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
};

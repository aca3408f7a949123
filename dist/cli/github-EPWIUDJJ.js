import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
} from "./chunk-J7V2BLIJ.js";
import "./chunk-4QSQNFSW.js";
import "./chunk-RUEVFUVU.js";
import "./chunk-326CRL4F.js";
import "./chunk-RXARMASY.js";
export {
  GitHubBackend,
  assertFetchBounds,
  writeFetched
};

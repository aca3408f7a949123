import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  GitBackend,
  GitError,
  git,
  gitSaid,
  normalizeRemote,
  originOf,
  parseLsTree,
  redactUrl
} from "./chunk-QCZTF2P2.js";
import "./chunk-Q2KB3NI2.js";
import "./chunk-V7MP4ZTR.js";
import "./chunk-RXARMASY.js";
export {
  GitBackend,
  GitError,
  git,
  gitSaid,
  normalizeRemote,
  originOf,
  parseLsTree,
  redactUrl
};

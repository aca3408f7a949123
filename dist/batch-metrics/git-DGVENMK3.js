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
} from "./chunk-NR53DUN2.js";
import "./chunk-D6DHACXV.js";
import "./chunk-DHTIX25I.js";
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

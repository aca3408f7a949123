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
} from "./chunk-I3VAF3PX.js";
import "./chunk-CTO7JBNG.js";
import "./chunk-X4K2GLCU.js";
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

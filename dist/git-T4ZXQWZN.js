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
} from "./chunk-YTEAPEUM.js";
import "./chunk-NKSBZ3BJ.js";
import "./chunk-3BA7G52B.js";
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

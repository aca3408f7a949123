import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  GitBackend,
  GitError,
  git,
  normalizeRemote,
  originOf,
  parseLsTree,
  redactUrl
} from "./chunk-X4ZFZXHJ.js";
import "./chunk-JYWAFM5F.js";
import "./chunk-NU6ZN5EL.js";
import "./chunk-RXARMASY.js";
export {
  GitBackend,
  GitError,
  git,
  normalizeRemote,
  originOf,
  parseLsTree,
  redactUrl
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  appendRecords,
  assertSafeBranch,
  assertSafeName,
  assertSafeRelativePath,
  defaultRetryPolicy,
  defaultSpoolDir,
  flushSpool,
  planAppend,
  retryPolicyFromEnv
} from "./chunk-G3O3EJUW.js";
import {
  chooseStore,
  githubStore,
  openStore
} from "./chunk-XG4RVPFL.js";
import "./chunk-E5LO342T.js";
import {
  InputError,
  TransientError,
  WriteError,
  messageOf
} from "./chunk-NU6ZN5EL.js";
import "./chunk-RXARMASY.js";
export {
  InputError,
  TransientError,
  WriteError,
  appendRecords,
  assertSafeBranch,
  assertSafeName,
  assertSafeRelativePath,
  chooseStore,
  defaultRetryPolicy,
  defaultSpoolDir,
  flushSpool,
  githubStore,
  messageOf,
  openStore,
  planAppend,
  retryPolicyFromEnv
};

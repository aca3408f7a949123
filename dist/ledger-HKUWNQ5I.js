import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  appendRecords,
  assertSafeBranch,
  assertSafeName,
  assertSafeRelativePath,
  defaultRetryPolicy,
  defaultSpoolDir,
  flushFrom,
  flushSpool,
  planAppend,
  retryPolicyFromEnv
} from "./chunk-LP7H7ZNW.js";
import {
  chooseStore,
  githubStore,
  openStore
} from "./chunk-A3LBKV4H.js";
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
  flushFrom,
  flushSpool,
  githubStore,
  messageOf,
  openStore,
  planAppend,
  retryPolicyFromEnv
};

/** The ledger: the only code that writes records. */
export { appendRecords, type AppendOptions } from './append.js';
export { defaultRetryPolicy, retryPolicyFromEnv, type RetryPolicy } from './backoff.js';
export { flushFrom, flushSpool, type FlushReport } from './flush.js';
export { planAppend } from './plan.js';
export { gitBlobSha, planFolder } from './folder-plan.js';
export {
  replaceFolder,
  type ReplaceFolderOptions,
  type ReplaceFolderRequest,
  type ReplaceFolderResult,
} from './replace-folder.js';
export { defaultSpoolDir } from './spool.js';
export { chooseStore, githubStore, openStore, type StoreChoice, type StoreSpec } from './store.js';
export type * from './types.js';

/**
 * What every job is given by its adapter (an action or a CLI command): where the records live,
 * where to say what is happening, and the process's environment and folder. Jobs open the
 * store themselves and always close it.
 */
import type { LedgerBackend } from '../ledger/types.js';
import type { AppendOptions } from '../ledger/append.js';
import { retryPolicyFromEnv } from '../ledger/backoff.js';
import { fileLimitsFromEnv } from '../ledger/limits.js';
import { defaultSpoolDir } from '../ledger/spool.js';
import { openStore, type StoreSpec } from '../ledger/store.js';

export interface JobContext {
  store: StoreSpec;
  log: (line: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export async function withStore<T>(
  context: JobContext,
  job: (backend: LedgerBackend) => Promise<T>,
): Promise<T> {
  const backend = await openStore(context.store, { log: context.log, env: context.env });
  try {
    return await job(backend);
  } finally {
    await backend.close();
  }
}

/** How a writing job appends: retries and file limits as the job's environment says,
 * unwritten records spooled. */
export function appendOptionsOf(context: JobContext, spoolDir?: string): AppendOptions {
  return {
    log: context.log,
    spoolDir: spoolDir ?? defaultSpoolDir(context.env, context.cwd),
    retry: retryPolicyFromEnv(context.env),
    fileLimits: fileLimitsFromEnv(context.env),
  };
}

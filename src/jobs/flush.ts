/**
 * The flush job behind `ci-ledger flush`: re-submit every spooled append through the store, or
 * what one file carries (a spool file, or a job log with the records a failed step printed).
 */
import { flushFrom, flushSpool, type FlushReport } from '../ledger/flush.js';
import { appendOptionsOf, withStore, type JobContext } from './context.js';

export type { FlushReport };

export async function flush(
  inputs: { spoolDir?: string; from?: string },
  context: JobContext,
): Promise<FlushReport> {
  const { spoolDir, log, retry } = appendOptionsOf(context, inputs.spoolDir);
  return withStore(context, (backend) =>
    inputs.from
      ? flushFrom(backend, inputs.from, { log, retry })
      : flushSpool(backend, spoolDir!, { log, retry }),
  );
}

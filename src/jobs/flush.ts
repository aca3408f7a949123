/** The flush job behind `ci-ledger flush`: re-submit every spooled append through the store. */
import { flushSpool, type FlushReport } from '../ledger/flush.js';
import { appendOptionsOf, withStore, type JobContext } from './context.js';

export type { FlushReport };

export async function flush(
  inputs: { spoolDir?: string },
  context: JobContext,
): Promise<FlushReport> {
  const { spoolDir, log, retry } = appendOptionsOf(context, inputs.spoolDir);
  return withStore(context, (backend) => flushSpool(backend, spoolDir!, { log, retry }));
}

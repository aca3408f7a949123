/** `ci-ledger flush`: re-submit spooled appends; a spool file is removed only once it landed. */
import { appendRecords, type AppendOptions } from './append.js';
import { messageOf } from '../vocabulary/index.js';
import { listSpool, readSpoolEntry, removeSpoolEntry } from './spool.js';
import { spoolEntriesFrom } from './spool-text.js';
import type { AppendResult, LedgerBackend } from './types.js';

export interface FlushReport {
  files: number;
  recorded: number;
  alreadyRecorded: number;
  landed: Array<{ file: string; result: AppendResult }>;
  failed: Array<{ file: string; error: string }>;
}

export async function flushSpool(
  backend: LedgerBackend,
  spoolDir: string,
  options: Omit<AppendOptions, 'spoolDir'> = {},
): Promise<FlushReport> {
  const report: FlushReport = { files: 0, recorded: 0, alreadyRecorded: 0, landed: [], failed: [] };
  for (const file of await listSpool(spoolDir)) {
    report.files++;
    try {
      const entry = await readSpoolEntry(file);
      // No spoolDir: a failed re-submission stays in its own spool file instead of a new one.
      const result = await appendRecords(backend, entry.request, {
        ...options,
        spoolDir: undefined,
      });
      if (result.status === 'recorded') report.recorded++;
      else report.alreadyRecorded++;
      report.landed.push({ file, result });
      await removeSpoolEntry(file);
    } catch (error) {
      report.failed.push({ file, error: messageOf(error) });
    }
  }
  return report;
}

/** `ci-ledger flush --from FILE`: re-submits the entries a spool file or a job log carries.
 * The file is left as it is (a log is not ours to edit). */
export async function flushFrom(
  backend: LedgerBackend,
  file: string,
  options: Omit<AppendOptions, 'spoolDir'> = {},
): Promise<FlushReport> {
  const report: FlushReport = { files: 0, recorded: 0, alreadyRecorded: 0, landed: [], failed: [] };
  for (const [i, entry] of (await spoolEntriesFrom(file)).entries()) {
    report.files++;
    const name = `${file}#${i + 1}`;
    try {
      const result = await appendRecords(backend, entry.request, {
        ...options,
        spoolDir: undefined,
      });
      if (result.status === 'recorded') report.recorded++;
      else report.alreadyRecorded++;
      report.landed.push({ file: name, result });
    } catch (error) {
      report.failed.push({ file: name, error: messageOf(error) });
    }
  }
  return report;
}

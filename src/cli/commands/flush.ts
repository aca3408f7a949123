import { basename } from 'node:path';
import { flush } from '../../jobs/flush.js';
import { UsageError, parseOptions, type Command } from '../command.js';
import { storeFromArgs, storeHelp, storeOptions } from '../store-options.js';

export const flushCommand: Command = {
  name: 'flush',
  help: `Usage: ci-ledger flush [--spool-dir DIR | --from FILE] [STORE]

Re-submits every spooled append (default spool: .ci-ledger/spool, or CI_LEDGER_SPOOL_DIR).
Records already on the branch are not written twice. A spool file is removed once it landed.
--from FILE re-submits what one file carries: a spool file, or a job log holding the
"ci-ledger-spool: {…}" lines a failed or cancelled step printed (the file is not changed).

${storeHelp}`,
  async run(args, io) {
    const { values } = parseOptions(args, {
      ...storeOptions,
      'spool-dir': { type: 'string' },
      from: { type: 'string' },
    });
    if (values.from !== undefined && values['spool-dir'] !== undefined)
      throw new UsageError('use --spool-dir or --from, not both');
    const report = await flush(
      { spoolDir: values['spool-dir'], from: values.from },
      { store: storeFromArgs(values), log: io.stderr, env: io.env, cwd: io.cwd },
    );
    for (const { file, result } of report.landed) {
      const counts = result.files.map(
        (f) => `${f.path} +${f.appended}${f.duplicates ? ` (${f.duplicates} already there)` : ''}`,
      );
      io.stdout(
        `${basename(file)}: ${result.status} on ${result.branch} at ${result.head ?? '-'} after ${result.attempts} attempt(s): ${counts.join(', ')}`,
      );
    }
    io.stdout(
      `${report.files} spool file(s): ${report.recorded} recorded, ${report.alreadyRecorded} already on the branch, ${report.failed.length} failed`,
    );
    for (const failure of report.failed) {
      // Errors about the spool file itself already name it.
      io.stderr(
        failure.error.includes(failure.file) ? failure.error : `${failure.file}: ${failure.error}`,
      );
    }
    return report.failed.length > 0 ? 1 : 0;
  },
};

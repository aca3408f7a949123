import { resolve } from 'node:path';
import { migrateCsvFile } from '../../jobs/migrate-csv.js';
import { UsageError, parseOptions, type Command } from '../command.js';

export const migrateCsvCommand: Command = {
  name: 'migrate-csv',
  help: `Usage: ci-ledger migrate-csv FILE

Rewrites FILE in place with the 12-column header, mapping the old columns by name.
Rows that fit no known shape are listed and kept in FILE.unmapped.csv — nothing is dropped;
an existing FILE.unmapped.csv is never overwritten (move it away first). A symbolic link is
refused: run it on the file the link points to. Commit the result to the registry branch
yourself after checking it.`,
  async run(args, io) {
    const { positionals } = parseOptions(args, {}, true);
    if (positionals.length !== 1) throw new UsageError('give exactly one FILE');
    const file = resolve(io.cwd, positionals[0]!);
    const migration = await migrateCsvFile(file);
    io.stdout(`${file}: ${migration.rows} row(s) rewritten with the 12-column header.`);
    if (migration.unmapped.length > 0) {
      io.stdout(
        `${migration.unmapped.length} row(s) could not be mapped and were kept in ${file}.unmapped.csv:`,
      );
      for (const u of migration.unmapped)
        io.stdout(`  line ${u.line}: ${u.reason}: ${u.fields.join(',')}`);
    }
    return 0;
  },
};

/**
 * The migrate-csv job: rewrite a local build_timings.csv with the 12-column header. The new
 * content replaces the file by rename, so a crash leaves the old file or the new one, never half.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { migrateTimings, type Migration } from '../timing/migrate.js';
import { InputError } from '../vocabulary/index.js';

export async function migrateCsvFile(file: string): Promise<Migration> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`${file} cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  const migration = migrateTimings(text, file);
  const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  if (migration.unmapped.length > 0)
    await writeFile(`${file}.unmapped.csv`, migration.unmappedContent);
  await writeFile(temp, migration.content);
  await rename(temp, file);
  return migration;
}

/**
 * The migrate-csv job: rewrite a local build_timings.csv with the 12-column header. The new
 * content replaces the file by rename, so a crash leaves the old file or the new one, never half.
 *
 * A link is refused, not followed: renaming over a link replaces the link and leaves its target
 * unmigrated (what the writer refuses on a branch for the same reason). FILE.unmapped.csv is
 * created, never overwritten: a second migration must not destroy the rows the first one kept.
 */
import { randomBytes } from 'node:crypto';
import { lstat, readlink, rename, rm, writeFile } from 'node:fs/promises';
import { readRegularFile } from '../files/local-tree.js';
import { migrateTimings, type Migration } from '../timing/migrate.js';
import { InputError } from '../vocabulary/index.js';

/** Far above any real build_timings.csv (the writer's own bound is CI_LEDGER_MAX_FILE_BYTES). */
const MAX_CSV_BYTES = 256 * 1024 * 1024;

export async function migrateCsvFile(file: string): Promise<Migration> {
  const info = await lstat(file).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${file} cannot be read (${error.code ?? error.message})`);
  });
  if (info.isSymbolicLink()) {
    throw new InputError(
      `${file} is a symbolic link (to ${await readlink(file)}): links are not followed or replaced. ` +
        'Run migrate-csv on the file it points to. Nothing was written.',
    );
  }
  const bytes = await readRegularFile(file, MAX_CSV_BYTES, file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: not UTF-8 text (a build_timings.csv is). Nothing was written.`);
  }
  const migration = migrateTimings(text, file);
  const unmappedFile = `${file}.unmapped.csv`;
  if (migration.unmapped.length > 0) {
    const there = await lstat(unmappedFile).then(
      () => true,
      () => false,
    );
    if (there)
      throw new InputError(
        `${unmappedFile} already exists (rows an earlier migration could not map?): move it away ` +
          `and run again; it is never overwritten. Nothing was written.`,
      );
  }
  const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, migration.content, { flag: 'wx' });
  try {
    // 'wx': created, never replacing a file (or a link) that appeared since the check.
    if (migration.unmapped.length > 0)
      await writeFile(unmappedFile, migration.unmappedContent, { flag: 'wx' }).catch(
        (error: NodeJS.ErrnoException) => {
          throw new InputError(
            `${unmappedFile} cannot be created (${error.code ?? error.message}). Nothing was written.`,
          );
        },
      );
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
  return migration;
}

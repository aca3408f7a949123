import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  UsageError,
  parseOptions
} from "./chunk-AZM2U62R.js";
import {
  readTimingHistory
} from "./chunk-UYZVAHX6.js";
import "./chunk-SJTDOQFR.js";
import {
  TIMING_COLUMNS
} from "./chunk-Q3MNSYLY.js";
import {
  stringify
} from "./chunk-2E3GCFBA.js";
import {
  readRegularFile
} from "./chunk-ZTKIKJK3.js";
import {
  InputError
} from "./chunk-V7MP4ZTR.js";
import "./chunk-RXARMASY.js";

// src/cli/commands/migrate-csv.ts
import { resolve } from "node:path";

// src/jobs/migrate-csv.ts
import { randomBytes } from "node:crypto";
import { lstat, readlink, rename, rm, writeFile } from "node:fs/promises";

// src/timing/migrate.ts
function migrateTimings(text, file) {
  const history = readTimingHistory(text, file);
  if (history.header.join(",") === TIMING_COLUMNS.join(",") && history.unmapped.length === 0) {
    throw new InputError(`${file} already has the current 12-column header; nothing to migrate`);
  }
  if (!history.header.includes("start_time_utc")) {
    throw new InputError(
      `${file}: its first line (${history.header.join(",")}) is not a build_timings header`
    );
  }
  const content = stringify([
    [...TIMING_COLUMNS],
    ...history.rows.map((row) => TIMING_COLUMNS.map((c) => row[c]))
  ]);
  const unmappedContent = history.unmapped.length ? stringify([
    ["line", "reason", "fields..."],
    ...history.unmapped.map((u) => [String(u.line), u.reason, ...u.fields])
  ]) : "";
  return { content, rows: history.rows.length, unmapped: history.unmapped, unmappedContent };
}

// src/jobs/migrate-csv.ts
var MAX_CSV_BYTES = 256 * 1024 * 1024;
async function migrateCsvFile(file) {
  const info = await lstat(file).catch((error) => {
    throw new InputError(`${file} cannot be read (${error.code ?? error.message})`);
  });
  if (info.isSymbolicLink()) {
    throw new InputError(
      `${file} is a symbolic link (to ${await readlink(file)}): links are not followed or replaced. Run migrate-csv on the file it points to. Nothing was written.`
    );
  }
  const bytes = await readRegularFile(file, MAX_CSV_BYTES, file);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: not UTF-8 text (a build_timings.csv is). Nothing was written.`);
  }
  const migration = migrateTimings(text, file);
  const unmappedFile = `${file}.unmapped.csv`;
  if (migration.unmapped.length > 0) {
    const there = await lstat(unmappedFile).then(
      () => true,
      () => false
    );
    if (there)
      throw new InputError(
        `${unmappedFile} already exists (rows an earlier migration could not map?): move it away and run again; it is never overwritten. Nothing was written.`
      );
  }
  const temp = `${file}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(temp, migration.content, { flag: "wx" });
  try {
    if (migration.unmapped.length > 0)
      await writeFile(unmappedFile, migration.unmappedContent, { flag: "wx" }).catch(
        (error) => {
          throw new InputError(
            `${unmappedFile} cannot be created (${error.code ?? error.message}). Nothing was written.`
          );
        }
      );
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
  return migration;
}

// src/cli/commands/migrate-csv.ts
var migrateCsvCommand = {
  name: "migrate-csv",
  help: `Usage: ci-ledger migrate-csv FILE

Rewrites FILE in place with the 12-column header, mapping the old columns by name.
Rows that fit no known shape are listed and kept in FILE.unmapped.csv \u2014 nothing is dropped;
an existing FILE.unmapped.csv is never overwritten (move it away first). A symbolic link is
refused: run it on the file the link points to. Commit the result to the registry branch
yourself after checking it.`,
  async run(args, io) {
    const { positionals } = parseOptions(args, {}, true);
    if (positionals.length !== 1) throw new UsageError("give exactly one FILE");
    const file = resolve(io.cwd, positionals[0]);
    const migration = await migrateCsvFile(file);
    io.stdout(`${file}: ${migration.rows} row(s) rewritten with the 12-column header.`);
    if (migration.unmapped.length > 0) {
      io.stdout(
        `${migration.unmapped.length} row(s) could not be mapped and were kept in ${file}.unmapped.csv:`
      );
      for (const u of migration.unmapped)
        io.stdout(`  line ${u.line}: ${u.reason}: ${u.fields.join(",")}`);
    }
    return 0;
  }
};
export {
  migrateCsvCommand
};

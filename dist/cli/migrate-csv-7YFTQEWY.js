import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  TIMING_COLUMNS,
  readTimingHistory
} from "./chunk-7G5ZFJNZ.js";
import {
  stringify
} from "./chunk-TY6I25IP.js";
import {
  UsageError,
  parseOptions
} from "./chunk-AZM2U62R.js";
import {
  InputError
} from "./chunk-6LV7MLTM.js";
import "./chunk-RXARMASY.js";

// src/cli/commands/migrate-csv.ts
import { resolve } from "node:path";

// src/jobs/migrate-csv.ts
import { randomBytes } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";

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
async function migrateCsvFile(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(`${file} cannot be read (${error.code})`);
  }
  const migration = migrateTimings(text, file);
  const temp = `${file}.${randomBytes(4).toString("hex")}.tmp`;
  if (migration.unmapped.length > 0)
    await writeFile(`${file}.unmapped.csv`, migration.unmappedContent);
  await writeFile(temp, migration.content);
  await rename(temp, file);
  return migration;
}

// src/cli/commands/migrate-csv.ts
var migrateCsvCommand = {
  name: "migrate-csv",
  help: `Usage: ci-ledger migrate-csv FILE

Rewrites FILE in place with the 12-column header, mapping the old columns by name.
Rows that fit no known shape are listed and kept in FILE.unmapped.csv \u2014 nothing is dropped.
Commit the result to the registry branch yourself after checking it.`,
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

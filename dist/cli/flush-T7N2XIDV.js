import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  appendRecords
} from "./chunk-TM3BGC6B.js";
import {
  appendOptionsOf,
  listSpool,
  readSpoolEntry,
  removeSpoolEntry,
  storeFromArgs,
  storeHelp,
  storeOptions,
  withStore
} from "./chunk-2OYIIM3Z.js";
import "./chunk-TY6I25IP.js";
import {
  parseOptions
} from "./chunk-4S72NS6Z.js";
import {
  messageOf
} from "./chunk-6LV7MLTM.js";
import "./chunk-RXARMASY.js";

// src/cli/commands/flush.ts
import { basename } from "node:path";

// src/ledger/flush.ts
async function flushSpool(backend, spoolDir, options = {}) {
  const report = { files: 0, recorded: 0, alreadyRecorded: 0, landed: [], failed: [] };
  for (const file of await listSpool(spoolDir)) {
    report.files++;
    try {
      const entry = await readSpoolEntry(file);
      const result = await appendRecords(backend, entry.request, {
        ...options,
        spoolDir: void 0
      });
      if (result.status === "recorded") report.recorded++;
      else report.alreadyRecorded++;
      report.landed.push({ file, result });
      await removeSpoolEntry(file);
    } catch (error) {
      report.failed.push({ file, error: messageOf(error) });
    }
  }
  return report;
}

// src/jobs/flush.ts
async function flush(inputs, context) {
  const { spoolDir, log, retry } = appendOptionsOf(context, inputs.spoolDir);
  return withStore(context, (backend) => flushSpool(backend, spoolDir, { log, retry }));
}

// src/cli/commands/flush.ts
var flushCommand = {
  name: "flush",
  help: `Usage: ci-ledger flush [--spool-dir DIR] [STORE]

Re-submits every spooled append (default spool: .ci-ledger/spool, or CI_LEDGER_SPOOL_DIR).
Records already on the branch are not written twice. A spool file is removed once it landed.

${storeHelp}`,
  async run(args, io) {
    const { values } = parseOptions(args, { ...storeOptions, "spool-dir": { type: "string" } });
    const report = await flush(
      { spoolDir: values["spool-dir"] },
      { store: storeFromArgs(values), log: io.stderr, env: io.env, cwd: io.cwd }
    );
    for (const { file, result } of report.landed) {
      const counts = result.files.map(
        (f) => `${f.path} +${f.appended}${f.duplicates ? ` (${f.duplicates} already there)` : ""}`
      );
      io.stdout(
        `${basename(file)}: ${result.status} on ${result.branch} at ${result.head ?? "-"} after ${result.attempts} attempt(s): ${counts.join(", ")}`
      );
    }
    io.stdout(
      `${report.files} spool file(s): ${report.recorded} recorded, ${report.alreadyRecorded} already on the branch, ${report.failed.length} failed`
    );
    for (const failure of report.failed) {
      io.stderr(
        failure.error.includes(failure.file) ? failure.error : `${failure.file}: ${failure.error}`
      );
    }
    return report.failed.length > 0 ? 1 : 0;
  }
};
export {
  flushCommand
};

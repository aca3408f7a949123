import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  storeFromArgs,
  storeHelp,
  storeOptions
} from "./chunk-4W4PR2BR.js";
import {
  defaultSpoolDir,
  flushSpool,
  openStore,
  retryPolicyFromEnv
} from "./chunk-TA2HRIRW.js";
import {
  parseOptions
} from "./chunk-4S72NS6Z.js";
import "./chunk-E5LO342T.js";
import "./chunk-NU6ZN5EL.js";
import "./chunk-RXARMASY.js";

// src/cli/commands/flush.ts
import { basename } from "node:path";
var flushCommand = {
  name: "flush",
  help: `Usage: ci-ledger flush [--spool-dir DIR] [STORE]

Re-submits every spooled append (default spool: .ci-ledger/spool, or CI_LEDGER_SPOOL_DIR).
Records already on the branch are not written twice. A spool file is removed once it landed.

${storeHelp}`,
  async run(args, io) {
    const { values } = parseOptions(args, { ...storeOptions, "spool-dir": { type: "string" } });
    const spoolDir = values["spool-dir"] ?? defaultSpoolDir(io.env, io.cwd);
    const backend = await openStore(storeFromArgs(values), { log: io.stderr });
    try {
      const report = await flushSpool(backend, spoolDir, {
        log: io.stderr,
        retry: retryPolicyFromEnv(io.env)
      });
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
    } finally {
      await backend.close();
    }
  }
};
export {
  flushCommand
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  storeFromArgs,
  storeHelp,
  storeOptions
} from "./chunk-S6II3PZE.js";
import {
  defaultSpoolDir,
  flushFrom,
  flushSpool,
  openStore,
  retryPolicyFromEnv
} from "./chunk-45HO6UGW.js";
import {
  UsageError,
  parseOptions
} from "./chunk-4S72NS6Z.js";
import "./chunk-NU6ZN5EL.js";
import "./chunk-RXARMASY.js";

// src/cli/commands/flush.ts
import { basename } from "node:path";
var flushCommand = {
  name: "flush",
  help: `Usage: ci-ledger flush [--spool-dir DIR | --from FILE] [STORE]

Re-submits every spooled append (default spool: .ci-ledger/spool, or CI_LEDGER_SPOOL_DIR).
Records already on the branch are not written twice. A spool file is removed once it landed.
--from FILE re-submits what one file carries: a spool file, or a job log holding the
"ci-ledger-spool: {\u2026}" lines a failed or cancelled step printed (the file is not changed).

${storeHelp}`,
  async run(args, io) {
    const { values } = parseOptions(args, {
      ...storeOptions,
      "spool-dir": { type: "string" },
      from: { type: "string" }
    });
    if (values.from !== void 0 && values["spool-dir"] !== void 0)
      throw new UsageError("use --spool-dir or --from, not both");
    const spoolDir = values["spool-dir"] ?? defaultSpoolDir(io.env, io.cwd);
    const backend = await openStore(storeFromArgs(values), { log: io.stderr });
    try {
      const options = { log: io.stderr, retry: retryPolicyFromEnv(io.env) };
      const report = values.from ? await flushFrom(backend, values.from, options) : await flushSpool(backend, spoolDir, options);
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

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  SPOOL_LINE_PREFIX,
  appendRecords
} from "./chunk-G5NYOKSS.js";
import {
  storeFromArgs,
  storeHelp,
  storeOptions
} from "./chunk-FFMGCVIG.js";
import {
  UsageError,
  parseOptions
} from "./chunk-AZM2U62R.js";
import {
  appendOptionsOf,
  assertValidRequest,
  listSpool,
  readSpoolEntry,
  removeSpoolEntry,
  withStore
} from "./chunk-QZTMOEK6.js";
import "./chunk-SJTDOQFR.js";
import "./chunk-2E3GCFBA.js";
import "./chunk-HJJNKDAN.js";
import {
  InputError,
  messageOf
} from "./chunk-V7MP4ZTR.js";
import "./chunk-RXARMASY.js";

// src/cli/commands/flush.ts
import { basename } from "node:path";

// src/ledger/spool-text.ts
import { readFile } from "node:fs/promises";
async function spoolEntriesFrom(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(`${file} cannot be read (${error.code})`);
  }
  const entries = [];
  const lines = text.split("\n");
  for (const [i, line] of lines.entries()) {
    const at = line.indexOf(SPOOL_LINE_PREFIX);
    if (at === -1) continue;
    entries.push(
      entryOf(line.slice(at + SPOOL_LINE_PREFIX.length).trim(), `${file} line ${i + 1}`)
    );
  }
  if (entries.length > 0) return dedupe(entries);
  if (!text.trim().startsWith("{"))
    throw new InputError(
      `${file}: holds no "${SPOOL_LINE_PREFIX.trim()}" line and is not a spool file`
    );
  return [entryOf(text, file)];
}
function entryOf(json, where) {
  let value;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new InputError(
      `${where}: not valid JSON (${error.message.replace(/, ".*$/s, "")})`
    );
  }
  const object = value ?? {};
  const entry = object.version === 1 ? object : {
    version: 1,
    createdAt: "",
    target: "",
    reason: "",
    request: object
  };
  assertValidRequest(entry.request, `${where}: /request`);
  return entry;
}
function dedupe(entries) {
  const seen = /* @__PURE__ */ new Set();
  return entries.filter((e) => {
    const key = JSON.stringify(e.request);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

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
async function flushFrom(backend, file, options = {}) {
  const report = { files: 0, recorded: 0, alreadyRecorded: 0, landed: [], failed: [] };
  for (const [i, entry] of (await spoolEntriesFrom(file)).entries()) {
    report.files++;
    const name = `${file}#${i + 1}`;
    try {
      const result = await appendRecords(backend, entry.request, {
        ...options,
        spoolDir: void 0
      });
      if (result.status === "recorded") report.recorded++;
      else report.alreadyRecorded++;
      report.landed.push({ file: name, result });
    } catch (error) {
      report.failed.push({ file: name, error: messageOf(error) });
    }
  }
  return report;
}

// src/jobs/flush.ts
async function flush(inputs, context) {
  const { spoolDir, log, retry } = appendOptionsOf(context, inputs.spoolDir);
  return withStore(
    context,
    (backend) => inputs.from ? flushFrom(backend, inputs.from, { log, retry }) : flushSpool(backend, spoolDir, { log, retry })
  );
}

// src/cli/commands/flush.ts
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
    const report = await flush(
      { spoolDir: values["spool-dir"], from: values.from },
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

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-X4K2GLCU.js";

// src/ledger/limits.ts
var MiB = 1024 * 1024;
var githubFileLimits = { warnBytes: 50 * MiB, limitBytes: 100 * MiB };
function fileLimitsFromEnv(env = process.env) {
  const bytes = (name, fallback) => {
    const value = Number(env[name]);
    return env[name] && Number.isSafeInteger(value) && value > 0 ? value : fallback;
  };
  return {
    warnBytes: bytes("CI_LEDGER_FILE_WARN_BYTES", githubFileLimits.warnBytes),
    limitBytes: bytes("CI_LEDGER_FILE_LIMIT_BYTES", githubFileLimits.limitBytes)
  };
}
var FileTooLargeError = class extends InputError {
  constructor(path, message) {
    super(message);
    this.path = path;
  }
  path;
  name = "FileTooLargeError";
};
var SHARD_ADVICE = "Shard the history: `ci-ledger shard` moves its records into monthly shards beside it (<name>-<YYYY-MM>.jsonl or .csv, which every reader accepts) in one commit; then write with --shard monthly (the actions' `shard: monthly` input) and submit these records again.";
var NOT_SPOOLED = "Nothing was written, and the records were not saved for `ci-ledger flush`: no retry can succeed";
function describeSize(bytes) {
  const mib = bytes >= MiB / 10 ? ` (${(bytes / MiB).toFixed(1)} MiB)` : "";
  return `${bytes.toLocaleString("en-US")} bytes${mib}`;
}
function checkFileSizes(changes, limits, wording = appendWording) {
  const warnings = [];
  for (const [path, content] of changes) {
    if (content === null) continue;
    const bytes = Buffer.byteLength(content, "utf8");
    if (bytes > limits.limitBytes) {
      throw new FileTooLargeError(
        path,
        `${path} would be ${describeSize(bytes)}${wording.when}, over the limit of ${describeSize(limits.limitBytes)} for one file (GitHub refuses files over 100 MiB). ${wording.refused}. ${wording.advice}`
      );
    }
    if (bytes > limits.warnBytes) {
      warnings.push(
        `${path} is ${describeSize(bytes)}, past ${describeSize(limits.warnBytes)} (GitHub warns from 50 MiB and refuses files over 100 MiB). ${wording.advice}`
      );
    }
  }
  return warnings;
}
var appendWording = {
  when: " after this append",
  refused: NOT_SPOOLED,
  advice: SHARD_ADVICE
};
function unreadableFileError(path, githubMessage) {
  return new FileTooLargeError(
    path,
    `${path} cannot be read through the GitHub API: GitHub answered "${githubMessage}". ${NOT_SPOOLED}. ${SHARD_ADVICE}`
  );
}

export {
  fileLimitsFromEnv,
  FileTooLargeError,
  checkFileSizes,
  unreadableFileError
};

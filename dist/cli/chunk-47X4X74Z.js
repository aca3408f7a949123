import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-6LV7MLTM.js";

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
var SHARD_ADVICE = "Shard the history: move older records into time shards beside it (<name>-<YYYY-MM>.jsonl or .csv), which every reader accepts, then submit these records again.";
var NOT_SPOOLED = "Nothing was written, and the records were not saved for `ci-ledger flush`: no retry can succeed";
function describeSize(bytes) {
  const mib = bytes >= MiB / 10 ? ` (${(bytes / MiB).toFixed(1)} MiB)` : "";
  return `${bytes.toLocaleString("en-US")} bytes${mib}`;
}
function checkFileSizes(changes, limits) {
  const warnings = [];
  for (const [path, content] of changes) {
    const bytes = Buffer.byteLength(content, "utf8");
    if (bytes > limits.limitBytes) {
      throw new FileTooLargeError(
        path,
        `${path} would be ${describeSize(bytes)} after this append, over the limit of ${describeSize(limits.limitBytes)} for one file (GitHub refuses files over 100 MiB). ${NOT_SPOOLED}. ${SHARD_ADVICE}`
      );
    }
    if (bytes > limits.warnBytes) {
      warnings.push(
        `${path} is ${describeSize(bytes)}, past ${describeSize(limits.warnBytes)} (GitHub warns from 50 MiB and refuses files over 100 MiB). ${SHARD_ADVICE}`
      );
    }
  }
  return warnings;
}
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

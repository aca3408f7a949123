import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-ZX3D2VN2.js";

// src/ledger/limits.ts
var MiB = 1024 * 1024;
var githubFileLimits = { warnBytes: 50 * MiB, limitBytes: 100 * MiB };
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
function unreadableFileError(path, githubMessage) {
  return new FileTooLargeError(
    path,
    `${path} cannot be read through the GitHub API: GitHub answered "${githubMessage}". ${NOT_SPOOLED}. ${SHARD_ADVICE}`
  );
}

export {
  unreadableFileError
};

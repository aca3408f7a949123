import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);

// src/vocabulary/errors.ts
var InputError = class extends Error {
  name = "InputError";
};
var TransientError = class extends Error {
  /** Seconds the server asked us to wait, when it said so. */
  constructor(message, retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
  retryAfterSeconds;
  name = "TransientError";
};
var WriteError = class extends Error {
  constructor(message, spoolFile) {
    super(message);
    this.spoolFile = spoolFile;
  }
  spoolFile;
  name = "WriteError";
};
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

export {
  InputError,
  TransientError,
  WriteError,
  messageOf
};

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

// src/vocabulary/names.ts
function assertSafeRelativePath(path) {
  const problem = unsafePathReason(path);
  if (problem) throw new InputError(`Unsafe ledger path ${JSON.stringify(path)}: ${problem}`);
}
function unsafePathReason(path) {
  if (path === "") return "it is empty";
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return "it is absolute";
  if (path.includes("\\")) return "it contains a backslash";
  if (/[\0-\x1f\x7f]/.test(path)) return "it contains a control character";
  const segments = path.split("/");
  if (segments.some((s) => s === "" || s === "." || s === ".."))
    return 'it has an empty, "." or ".." segment';
  if (segments.some((s) => s.toLowerCase() === ".git")) return "it reaches into .git";
  return void 0;
}
function assertSafeName(kind, value) {
  if (!/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(value)) {
    throw new InputError(
      `Unsafe ${kind} ${JSON.stringify(value)}: use letters, digits, ".", "_" and "-" (not starting with "."), at most 128 characters`
    );
  }
}
function assertSafeBranch(branch) {
  const bad = branch === "" || branch === "@" || branch.startsWith("/") || branch.endsWith("/") || branch.endsWith(".") || branch.endsWith(".lock") || branch.startsWith("-") || // eslint-disable-next-line no-control-regex -- control characters are refused
  /\.\.|\/\/|@\{|[\s~^:?*[\\\x00-\x1f\x7f]/.test(branch) || branch.split("/").some((part) => part.startsWith(".") || part.endsWith(".lock"));
  if (bad) throw new InputError(`The branch ${JSON.stringify(branch)} is not a valid branch name`);
}

export {
  InputError,
  TransientError,
  WriteError,
  messageOf,
  assertSafeRelativePath,
  assertSafeName,
  assertSafeBranch
};

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
function assertSafeBranch(branch) {
  const problem = branchProblem(branch);
  if (problem)
    throw new InputError(
      `The branch ${JSON.stringify(branch)} is not a valid branch name: ${problem}. Nothing was written.`
    );
}
function branchProblem(branch) {
  if (branch === "") return "it is empty";
  if (/^[A-Z_]*HEAD$/.test(branch)) return `git reads ${branch} as a symbolic ref, not a branch`;
  if (branch.startsWith("refs/"))
    return `give the short name (${branch.replace(/^refs\/(heads\/)?/, "")}), without "refs/"`;
  if (branch === "@") return '"@" alone means HEAD to git';
  if (branch.startsWith("-")) return 'it starts with "-"';
  if (branch.startsWith("/") || branch.endsWith("/") || branch.includes("//"))
    return "it has an empty path component";
  if (branch.endsWith(".")) return 'it ends with "."';
  if (/[\s~^:?*[\\\x00-\x1f\x7f]/.test(branch))
    return "it contains a space, a control character or one of ~ ^ : ? * [ \\";
  if (branch.includes("..") || branch.includes("@{")) return 'it contains ".." or "@{"';
  if (branch.split("/").some((part) => part.startsWith(".") || part.endsWith(".lock")))
    return 'a component starts with "." or ends with ".lock"';
  return void 0;
}

// src/vocabulary/values.ts
function parseWholeNumber(what, value, max = Number.MAX_SAFE_INTEGER) {
  const n = /^\d{1,16}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n > max) {
    throw new InputError(
      `${what} ${JSON.stringify(value)} is not a whole number written in decimal digits${max < Number.MAX_SAFE_INTEGER ? ` from 0 to ${max}` : ""}`
    );
  }
  return n;
}
function isFiniteNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}
function isCount(value) {
  return isFiniteNumber(value) && value >= 0;
}

// src/vocabulary/dict.ts
function emptyDict() {
  return /* @__PURE__ */ Object.create(null);
}

export {
  InputError,
  TransientError,
  WriteError,
  messageOf,
  assertSafeRelativePath,
  assertSafeBranch,
  parseWholeNumber,
  isCount,
  emptyDict
};

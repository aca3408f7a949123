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
function parseExitStatus(what, value) {
  if (/^\d{1,3}$/.test(value) && Number(value) <= 255) return Number(value);
  throw new InputError(`${what} ${JSON.stringify(value)} is not an exit status (an integer 0\u2013255)`);
}
function isFiniteNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}
function isCount(value) {
  return isFiniteNumber(value) && value >= 0;
}
function nonFiniteNumberAt(value) {
  const stack = [[value, ""]];
  while (stack.length > 0) {
    const [item, pointer] = stack.pop();
    if (typeof item === "number") {
      if (!Number.isFinite(item)) return pointer || "/";
    } else if (item && typeof item === "object") {
      const entries = Object.entries(item);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i];
        stack.push([child, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`]);
      }
    }
  }
  return void 0;
}
var TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|([+-])(\d{2}):?(\d{2}))$/i;
function readUtcTime(value) {
  const m = TIME.exec(value);
  if (!m) return { problem: "not an ISO 8601 time with a zone, e.g. 2026-01-24T08:00:00Z" };
  const [year, month, day, hour, minute] = m.slice(1, 6).map(Number);
  const second = Number(m[6] ?? 0);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12) return { problem: `month ${m[2]} does not exist` };
  const lastDay = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (day < 1 || day > lastDay) return { problem: `${m[1]}-${m[2]} has no day ${m[3]}` };
  if (hour > 23 || minute > 59 || second > 59)
    return { problem: `${m[4]}:${m[5]}:${m[6] ?? "00"} is not a time of day` };
  const zulu = m[8].toUpperCase() === "Z";
  if (!zulu && (Number(m[10]) > 23 || Number(m[11]) > 59))
    return { problem: `${m[8]} is not a UTC offset` };
  const fraction = (m[7] ?? "").slice(0, 4);
  const at = /* @__PURE__ */ new Date(
    `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}${fraction}${zulu ? "Z" : `${m[9]}${m[10]}:${m[11]}`}`
  );
  const utcYear = at.getUTCFullYear();
  if (Number.isNaN(at.getTime()) || utcYear < 0 || utcYear > 9999)
    return { problem: "in UTC it falls outside the years 0000\u20139999" };
  return { at };
}
function parseUtcTime(what, value) {
  const read = readUtcTime(value.trim());
  if ("problem" in read)
    throw new InputError(`${what} ${JSON.stringify(value)} is ${problemText(read.problem)}`);
  return read.at;
}
var problemText = (problem) => problem.startsWith("not ") ? problem : `not a valid time: ${problem}`;

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
  assertSafeName,
  assertSafeBranch,
  parseWholeNumber,
  parseExitStatus,
  isFiniteNumber,
  isCount,
  nonFiniteNumberAt,
  parseUtcTime,
  emptyDict
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-V7MP4ZTR.js";

// src/batch/glob.ts
function globToRegExp(glob) {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      source += ".*";
      i++;
      if (glob[i + 1] === "/") i++;
    } else if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end === -1) source += "\\[";
      else {
        source += `[${glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else source += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

// src/batch/maps.ts
var DEFAULT_PLATFORM_MAP = [
  "linux-*-glibc-x86_64=linux-glibc-x86_64",
  "linux-*-glibc-arm64=linux-glibc-arm64",
  "linux-*-musl-x86_64=linux-musl-x86_64",
  "darwin-arm64*=darwin-arm64",
  "darwin-x86_64*=darwin-x86_64"
].join("\n");
var DEFAULT_CATEGORY_MAP = [
  "3=recipe_not_found",
  "5=network_error",
  "6=install_failed",
  "7=verify_failed",
  "8=missing_dep",
  "*=generation_failed"
].join("\n");
var REPORTED_PLATFORMS = [
  "linux-glibc-x86_64",
  "linux-glibc-arm64",
  "linux-musl-x86_64",
  "darwin-arm64",
  "darwin-x86_64"
];
function entries(kind, text) {
  return text.split("\n").map((line, i) => [line.trim(), i + 1]).filter(([line]) => line !== "" && !line.startsWith("#")).map(([line, n]) => {
    const at = line.lastIndexOf("=");
    const key = line.slice(0, at).trim();
    const value = line.slice(at + 1).trim();
    if (at <= 0 || !key || !value)
      throw new InputError(`${kind} line ${n} ${JSON.stringify(line)} is not "pattern=value"`);
    return [key, value, n];
  });
}
function parsePlatformMap(text) {
  const rules = entries("platform-map", text).map(([pattern, platform, line]) => {
    if (!/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(platform)) {
      throw new InputError(
        `platform-map line ${line}: ${JSON.stringify(platform)} is not a safe platform name`
      );
    }
    return { re: globToRegExp(pattern), platform };
  });
  const known = /* @__PURE__ */ new Map();
  return (name) => {
    let platform = known.get(name);
    if (platform === void 0) {
      platform = rules.find((r) => r.re.test(name))?.platform ?? name;
      if (known.size < 1e4) known.set(name, platform);
    }
    return platform;
  };
}
function parseCategoryMap(text) {
  const byCode = /* @__PURE__ */ new Map();
  let fallback = "generation_failed";
  for (const [code, category, n] of entries("category-map", text)) {
    if (code === "*") fallback = category;
    else if (/^-?\d+$/.test(code)) byCode.set(Number(code), category);
    else
      throw new InputError(
        `category-map line ${n}: ${JSON.stringify(code)} is not an exit code or "*"`
      );
  }
  return (exitCode) => exitCode === void 0 ? fallback : byCode.get(exitCode) ?? fallback;
}
function platformOrder(a, b) {
  const rank = (p) => {
    const known = REPORTED_PLATFORMS.indexOf(p);
    return known !== -1 ? known : p.startsWith("linux") ? 2.5 : p.startsWith("darwin") ? 4.5 : 5;
  };
  const arch = (p) => p.endsWith("x86_64") ? 0 : p.endsWith("arm64") ? 1 : 2;
  return rank(a) - rank(b) || arch(a) - arch(b) || (a < b ? -1 : a > b ? 1 : 0);
}

export {
  globToRegExp,
  DEFAULT_PLATFORM_MAP,
  DEFAULT_CATEGORY_MAP,
  parsePlatformMap,
  parseCategoryMap,
  platformOrder
};

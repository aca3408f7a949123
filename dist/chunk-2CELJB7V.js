import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-3BA7G52B.js";

// src/vocabulary/shards.ts
function parseShardLayout(value, name = "--shard") {
  const layout = (value ?? "").trim().toLowerCase() || "none";
  if (layout === "none" || layout === "monthly") return layout;
  throw new InputError(`${name} must be "none" or "monthly", not ${JSON.stringify(value)}`);
}
function splitExtension(path) {
  const slash = path.lastIndexOf("/");
  const dot = path.lastIndexOf(".");
  return dot > slash + 1 ? { stem: path.slice(0, dot), ext: path.slice(dot) } : { stem: path, ext: "" };
}
function monthOf(time) {
  if (typeof time !== "string") return void 0;
  const match = /^(\d{4})-(\d{2})-\d{2}T/.exec(time);
  if (!match) return void 0;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? `${match[1]}-${match[2]}` : void 0;
}
function previousMonth(month) {
  const [year, m] = month.split("-").map(Number);
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, "0")}`;
}
function shardPath(path, month) {
  const { stem, ext } = splitExtension(path);
  return `${stem}-${month}${ext}`;
}
function latestTimeIn(file) {
  const month = /-(\d{4})-(\d{2})\.[A-Za-z0-9]+$/.exec(file);
  if (month) {
    const [year, m] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) return void 0;
    return m === 12 ? `${year + 1}-01-01T00:00:00Z` : `${year}-${String(m + 1).padStart(2, "0")}-01T00:00:00Z`;
  }
  const stamp = /-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.[A-Za-z0-9]+$/.exec(file);
  if (stamp) {
    const written = Date.parse(`${stamp[1]}T${stamp[2]}:${stamp[3]}:${stamp[4]}Z`);
    if (Number.isNaN(written)) return void 0;
    return new Date(written + 24 * 3600 * 1e3).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  return void 0;
}
function isMonthlyShard(path, file) {
  const { stem, ext } = splitExtension(path);
  return file.startsWith(`${stem}-`) && file.endsWith(ext) && /^\d{4}-(0[1-9]|1[0-2])$/.test(file.slice(stem.length + 1, file.length - ext.length));
}

// src/files/json-stream.ts
var JsonValueSplitter = class _JsonValueSplitter {
  /** fastLines: hand over whole `{…}` lines unscanned (re-split a text that fails to parse with false). */
  constructor(fastLines = true) {
    this.fastLines = fastLines;
  }
  fastLines;
  buffer = "";
  depth = 0;
  inString = false;
  escaped = false;
  start = -1;
  startLine = 1;
  line = 1;
  /** Position in `buffer` up to which characters have been scanned. */
  scanned = 0;
  /** Every value of a complete text, scanned character by character (for a fast-path line that held several). */
  static splitStrictly(text, line) {
    const strict = new _JsonValueSplitter(false);
    strict.line = line;
    return [...strict.push(text), ...strict.finish()];
  }
  push(chunk) {
    this.buffer += chunk;
    const out = [];
    const b = this.buffer;
    let i = this.scanned;
    for (; i < b.length; i++) {
      if (this.fastLines && this.depth === 0 && !this.inString && b.charCodeAt(i) === 123) {
        const end = b.indexOf("\n", i);
        if (end === -1) break;
        let last = end - 1;
        if (b.charCodeAt(last) === 13) last--;
        if (b.charCodeAt(last) === 125) {
          out.push({ text: b.slice(i, last + 1), line: this.line });
          this.line++;
          i = end;
          continue;
        }
      }
      const c = b.charCodeAt(i);
      if (c === 10 && this.start !== -1) {
        if (!this.inString && i + 2 >= b.length) break;
        if (this.inString || b.charCodeAt(i + 1) === 123 && b.charCodeAt(i + 2) === 34) {
          out.push({ text: b.slice(this.start, i), line: this.startLine });
          this.start = -1;
          this.depth = 0;
          this.inString = false;
          this.escaped = false;
        }
      }
      if (c === 10) this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92)
          this.escaped = true;
        else if (c === 34) this.inString = false;
        continue;
      }
      if (c === 34) {
        this.inString = true;
        if (this.depth === 0) this.begin(i);
        continue;
      }
      if (c === 123 || c === 91) {
        if (this.depth === 0) this.begin(i);
        this.depth++;
      } else if (c === 125 || c === 93) {
        this.depth--;
        if (this.depth === 0) {
          out.push({ text: b.slice(this.start, i + 1), line: this.startLine });
          this.start = -1;
        } else if (this.depth < 0) {
          out.push({ text: b.slice(i, i + 1), line: this.line });
          this.depth = 0;
        }
      } else if (this.depth === 0 && c > 32 && c !== 65279) {
        const end = b.indexOf("\n", i);
        if (end === -1) break;
        out.push({ text: b.slice(i, end), line: this.line });
        this.line++;
        i = end;
      }
    }
    const keepFrom = this.start === -1 ? i : this.start;
    this.buffer = b.slice(keepFrom);
    if (this.start !== -1) this.start -= keepFrom;
    this.scanned = i - keepFrom;
    return out;
  }
  /** Whatever is left at the end of the stream (a truncated value) is returned as is. */
  finish() {
    const rest = this.start === -1 ? this.buffer.slice(this.scanned).trim() : this.buffer.slice(this.start);
    this.buffer = "";
    return rest.trim() ? [{ text: rest, line: this.start === -1 ? this.line : this.startLine }] : [];
  }
  begin(i) {
    this.start = i;
    this.startLine = this.line;
  }
};

export {
  JsonValueSplitter,
  parseShardLayout,
  splitExtension,
  monthOf,
  previousMonth,
  shardPath,
  latestTimeIn,
  isMonthlyShard
};

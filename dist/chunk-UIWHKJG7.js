import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);

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
  JsonValueSplitter
};

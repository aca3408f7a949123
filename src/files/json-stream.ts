/**
 * Splits a stream of JSON texts into values, whatever their layout: JSON Lines, pretty-printed
 * objects one after another, or a mix (real histories have all three). Incremental and pure:
 * feed chunks, get complete value texts with the line each started on; memory is bounded by the
 * largest single value, not by the file.
 */
export interface JsonText {
  text: string;
  line: number;
}

export class JsonValueSplitter {
  private buffer = '';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private start = -1;
  private startLine = 1;
  private line = 1;
  /** Position in `buffer` up to which characters have been scanned. */
  private scanned = 0;

  /** fastLines: hand over whole `{…}` lines unscanned (re-split a text that fails to parse with false). */
  constructor(private readonly fastLines = true) {}

  /** Every value of a complete text, scanned character by character (for a fast-path line that held several). */
  static splitStrictly(text: string, line: number): JsonText[] {
    const strict = new JsonValueSplitter(false);
    strict.line = line;
    return [...strict.push(text), ...strict.finish()];
  }

  push(chunk: string): JsonText[] {
    this.buffer += chunk;
    const out: JsonText[] = [];
    const b = this.buffer;
    let i = this.scanned;
    for (; i < b.length; i++) {
      // Fast path for JSON Lines: between values, a whole line that opens and closes like an
      // object is handed over as one text without a character-by-character scan. (If it is
      // not one value after all, e.g. two objects on a line, the parser says so.)
      if (this.fastLines && this.depth === 0 && !this.inString && b.charCodeAt(i) === 123) {
        const end = b.indexOf('\n', i);
        if (end === -1) break; // wait for the rest of the line
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
        // Resync at line starts: a value cut short (a truncated last line, then an append) must
        // not swallow the records after it. A JSON string cannot hold a raw newline, and a line
        // opening with `{"` inside a value is a JSON Lines record (pretty-printers indent, or put
        // `{` alone on its line): either way the open value ends here, broken.
        if (!this.inString && i + 2 >= b.length) break; // wait for the next line's start
        if (this.inString || (b.charCodeAt(i + 1) === 123 && b.charCodeAt(i + 2) === 34)) {
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
          this.escaped = true; // backslash
        else if (c === 34) this.inString = false; // quote
        continue;
      }
      if (c === 34) {
        this.inString = true;
        if (this.depth === 0) this.begin(i); // a bare string value
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
          out.push({ text: b.slice(i, i + 1), line: this.line }); // unbalanced: let the parser say so
          this.depth = 0;
        }
      } else if (this.depth === 0 && c > 32 && c !== 0xfeff) {
        // (U+FEFF, a byte order mark, is whitespace between values: editors put it first.)
        // A scalar at the top level (a stray word, a number): hand its line to the parser.
        const end = b.indexOf('\n', i);
        if (end === -1) break;
        out.push({ text: b.slice(i, end), line: this.line });
        this.line++;
        i = end;
      }
    }
    // Keep only the unfinished value (or nothing) for the next chunk.
    const keepFrom = this.start === -1 ? i : this.start;
    this.buffer = b.slice(keepFrom);
    if (this.start !== -1) this.start -= keepFrom;
    this.scanned = i - keepFrom;
    return out;
  }

  /** Whatever is left at the end of the stream (a truncated value) is returned as is. */
  finish(): JsonText[] {
    const rest =
      this.start === -1 ? this.buffer.slice(this.scanned).trim() : this.buffer.slice(this.start);
    this.buffer = '';
    return rest.trim()
      ? [{ text: rest, line: this.start === -1 ? this.line : this.startLine }]
      : [];
  }

  private begin(i: number): void {
    this.start = i;
    this.startLine = this.line;
  }
}

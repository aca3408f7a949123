import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  judgeRun,
  phaseStats,
  runKey,
  runsBefore,
  runsOf,
  succeeded
} from "./chunk-GVTAGJ6D.js";
import {
  openStore,
  runAndLog,
  wrappedLogName
} from "./chunk-QVAEDA7U.js";
import {
  listLocalTree
} from "./chunk-ZJUXQMON.js";
import {
  FileTooLargeError,
  checkFileSizes,
  fileLimitsFromEnv
} from "./chunk-EPRYSMN3.js";
import {
  DEFAULT_ENV_DIR_MAP,
  DEFAULT_TIMINGS_BRANCH,
  TIME_SOURCES,
  TIMING_COLUMNS,
  TIMING_KEY,
  parseEnvDirMap,
  parseExitCode,
  parseUtcTime,
  stringify,
  timingRow,
  timingsPath
} from "./chunk-KG7ILUIF.js";
import {
  InputError,
  TransientError,
  WriteError,
  assertSafeBranch,
  assertSafeName,
  assertSafeRelativePath,
  messageOf
} from "./chunk-CMNREZAP.js";
import "./chunk-RXARMASY.js";

// src/jobs/record-timing.ts
import { stat as stat2 } from "node:fs/promises";
import { join as join3, resolve as resolve3 } from "node:path";

// src/ledger/backoff.ts
var defaultRetryPolicy = {
  maxAttempts: 20,
  baseDelayMs: 200,
  maxDelayMs: 1e4,
  maxTotalMs: 12e4
};
function backoffDelayMs(attempt, policy, retryAfterSeconds, random = Math.random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.round(random() * ceiling);
  return retryAfterSeconds === void 0 ? jittered : Math.max(jittered, retryAfterSeconds * 1e3);
}
function retryPolicyFromEnv(env = process.env) {
  const num = (name, fallback) => {
    const value = Number(env[name]);
    return env[name] !== void 0 && Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  return {
    maxAttempts: Math.max(1, num("CI_LEDGER_MAX_ATTEMPTS", defaultRetryPolicy.maxAttempts)),
    baseDelayMs: num("CI_LEDGER_RETRY_BASE_MS", defaultRetryPolicy.baseDelayMs),
    maxDelayMs: num("CI_LEDGER_RETRY_MAX_MS", defaultRetryPolicy.maxDelayMs),
    maxTotalMs: num("CI_LEDGER_MAX_RETRY_SECONDS", defaultRetryPolicy.maxTotalMs / 1e3) * 1e3
  };
}

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var init_state = function(options) {
  const timchars = [
    // Basic Latin
    32,
    // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    9,
    // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    10,
    // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    13,
    // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    12,
    // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    11,
    // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    160,
    // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    5760,
    // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    8192,
    // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    8193,
    // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    8194,
    // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    8195,
    // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    8196,
    // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    8197,
    // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    8198,
    // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    8199,
    // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    8200,
    // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    8201,
    // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    8202,
    // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    8232,
    // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    8233,
    // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    8239,
    // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    8287,
    // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    12288,
    // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    65279
    // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding
    );
    if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: void 0,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      ...timchars.map((t) => t.length)
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars,
    timcharFirstBytes
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === false) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`
      ],
      options
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === void 0)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["	".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.score === void 0)
      options.delimiter_auto.score = (info, options2) => {
        return (info.total - info.std) * (options2.preferred[info.char_code] || 1);
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.size === void 0)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`
        ],
        options
      );
    }
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (options.delimiter === void 0 || options.delimiter === null || options.delimiter === false) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover = function(records, options) {
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records2 = [];
      const parser = transform({ delimiter: [] });
      const push = (record2) => records2.push(record2);
      const close = () => {
      };
      const error = parser.parse(data, true, push, close);
      if (error !== void 0) throw error;
      return records2;
    })(records);
  }
  const info = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record2], line) => {
    for (let i = 0, l = record2.length; i < l; i++) {
      const code = record2.charCodeAt(i);
      if (info[code].lines[line] === void 0) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  info.map((info2, i) => {
    info2.char_code = i;
    info2.std = std(info2.lines);
    info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
    info2.preferred = !!options.preferred[i];
    info2.score = options.score(info2, options);
  });
  const result = info.reduce(
    (acc, info2) => acc.score > info2.score ? acc : info2,
    {}
  );
  return String.fromCharCode(result.char_code);
};
var std = function(array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n
  );
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record2) {
  return record2.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr = 13;
var nl = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote
      } = this.state;
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === void 0) {
          delimiterBuf = nextBuf;
        } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        nextBuf = void 0;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto)
            )
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = void 0;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record: record2 } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record2.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record2)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record2);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record: record2
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record: record2
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record2)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record2.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && Object.hasOwn(obj, columns[i].name)) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record2[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record2[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record2[i],
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: record2 },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record2[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record2 : [record2[objname], record2],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record2) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record2 : firstLineToHeaders.call(null, record2);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record2, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record2 = on_record.call(null, record2, info2);
        } catch (err) {
          return err;
        }
        if (record2 === void 0 || record2 === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record2);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function(buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      const first = buf[pos];
      if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/sync.js
var parse = function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? /* @__PURE__ */ Object.create(null) : [];
  const parser = transform(opts);
  const push = (record2) => {
    if (parser.options.objname === void 0) records.push(record2);
    else {
      records[record2[0]] = record2[1];
    }
  };
  const close = () => {
  };
  const error = parser.parse(data, true, push, close);
  if (error !== void 0) throw error;
  return records;
};

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

// src/ledger/existing-records.ts
function existingJsonObjects(text) {
  const objects = [];
  const take = (texts, retry) => {
    for (const { text: value, line } of texts) {
      const parsed = parseObject(value);
      if (parsed !== void 0) {
        if (parsed) objects.push(parsed);
        continue;
      }
      if (!retry) continue;
      const pieces = JsonValueSplitter.splitStrictly(value, line);
      if (pieces.length > 1) take(pieces, false);
      else take(lineByLine(value, line), false);
    }
  };
  const splitter = new JsonValueSplitter();
  take([...splitter.push(text), ...splitter.finish()], true);
  return objects;
}
function parseObject(text) {
  try {
    const value = JSON.parse(text.replace(/^\uFEFF/, ""));
    return value && typeof value === "object" && !Array.isArray(value) ? value : null;
  } catch {
    return void 0;
  }
}
function lineByLine(text, first) {
  return text.split("\n").map((line, i) => ({ text: line.replace(/^\uFEFF/, "").trim(), line: first + i })).filter((l) => l.text.startsWith("{"));
}

// src/ledger/plan.ts
function planAppend(current, appends, anchor) {
  const changes = /* @__PURE__ */ new Map();
  const files = [];
  for (const append of appends) {
    const existing = current.get(append.path) ?? null;
    const { content, appended, duplicates } = append.format === "csv" ? planCsv(existing, append) : planJsonl(existing, append);
    if (appended > 0) changes.set(append.path, content);
    files.push({ path: append.path, appended, duplicates });
  }
  const anchored = anchor === void 0 ? void 0 : files.find((f) => f.path === anchor);
  if (anchored && anchored.appended === 0) {
    return {
      changes: /* @__PURE__ */ new Map(),
      files: files.map((f, i) => ({
        path: f.path,
        appended: 0,
        duplicates: appends[i].records.length
      }))
    };
  }
  return { changes, files };
}
var keyOf = (values) => JSON.stringify(values);
function planCsv(existing, append) {
  const expected = append.columns;
  const seen = /* @__PURE__ */ new Set();
  let content;
  if (existing === null || existing.trim() === "") {
    content = stringify([expected]);
  } else {
    const rows = parseCsv(existing, append.path);
    const header = rows[0] ?? [];
    if (!sameColumns(header, expected)) throw headerMismatch(append.path, header, expected);
    const keyIndexes = append.key.map((k) => expected.indexOf(k));
    for (const row of rows.slice(1)) seen.add(keyOf(keyIndexes.map((i) => row[i] ?? "")));
    content = withFinalNewline(existing);
  }
  const fresh = [];
  let duplicates = 0;
  for (const record2 of append.records) {
    const key = keyOf(append.key.map((k) => record2[k] ?? ""));
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    fresh.push(expected.map((column) => record2[column] ?? ""));
  }
  if (fresh.length > 0) content += stringify(fresh);
  return { content, appended: fresh.length, duplicates };
}
function parseCsv(text, path) {
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    const e = error;
    const where = e.lines ? ` line ${e.lines}` : "";
    throw new InputError(`${path}${where}: not valid CSV (${e.message}). Nothing was written.`);
  }
}
function sameColumns(a, b) {
  return a.length === b.length && a.every((v, i) => v.trim() === b[i]);
}
function headerMismatch(path, found, expected) {
  return new InputError(
    `${path}: its header has ${found.length} columns (${found.join(",")}), not the ${expected.length} this file needs (${expected.join(",")}). Nothing was written. Convert the file with: ci-ledger migrate-csv ${path}`
  );
}
function planJsonl(existing, append) {
  const seen = /* @__PURE__ */ new Set();
  let content = "";
  if (existing !== null && existing !== "") {
    for (const record2 of existingJsonObjects(existing))
      seen.add(keyOf(append.key.map((k) => record2[k])));
    content = withFinalNewline(existing);
  }
  let appended = 0;
  let duplicates = 0;
  for (const record2 of append.records) {
    const key = keyOf(append.key.map((k) => record2[k]));
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    content += JSON.stringify(record2) + "\n";
    appended++;
  }
  return { content, appended, duplicates };
}
function withFinalNewline(text) {
  return text.endsWith("\n") ? text : text + "\n";
}

// src/ledger/request.ts
var isStrings = (v) => Array.isArray(v) && v.every((s) => typeof s === "string");
function requestProblem(request) {
  if (!request || typeof request !== "object") return "the request is not an object";
  const r = request;
  if (typeof r.message !== "string") return "/message must be a string";
  if (r.branch !== void 0 && typeof r.branch !== "string") return "/branch must be a string";
  if (!Array.isArray(r.files) || r.files.length === 0) return "/files must be a non-empty array";
  for (const [i, f] of r.files.entries()) {
    const at = `/files/${i}`;
    if (!f || typeof f !== "object") return `${at} must be an object`;
    if (f.format !== "csv" && f.format !== "jsonl") return `${at}/format must be "csv" or "jsonl"`;
    if (typeof f.path !== "string") return `${at}/path must be a string`;
    if (!isStrings(f.key) || f.key.length === 0)
      return `${at}/key must be a non-empty array of field names`;
    if (!Array.isArray(f.records)) return `${at}/records must be an array`;
    if (f.records.some((x) => !x || typeof x !== "object" || Array.isArray(x))) {
      return `${at}/records must hold objects`;
    }
    if (f.format === "csv") {
      if (!isStrings(f.columns) || f.columns.length === 0)
        return `${at}/columns must be a non-empty array`;
      const missing = f.key.filter((k) => !f.columns.includes(k));
      if (missing.length > 0) return `${at}/key: ${missing.join(", ")} not in the columns`;
    }
  }
  if (r.anchor !== void 0 && !r.files.some((f) => f.path === r.anchor)) {
    return `/anchor ${r.anchor} is not one of the files`;
  }
  return void 0;
}
function assertValidRequest(request, where = "append request") {
  const problem = requestProblem(request);
  if (problem) throw new InputError(`${where}: ${problem}`);
  const r = request;
  if (r.branch !== void 0) assertSafeBranch(r.branch);
  const seen = /* @__PURE__ */ new Set();
  for (const file of r.files) {
    assertSafeRelativePath(file.path);
    if (seen.has(file.path))
      throw new InputError(`${where}: ${file.path} appears twice in one append`);
    seen.add(file.path);
  }
}

// src/ledger/in-flight.ts
import { existsSync, renameSync, rmSync, rmdirSync, writeFileSync, writeSync } from "node:fs";
import { dirname } from "node:path";

// src/ledger/spool.ts
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
function defaultSpoolDir(env = process.env, cwd = process.cwd()) {
  return resolve(cwd, env.CI_LEDGER_SPOOL_DIR || ".ci-ledger/spool");
}
async function spoolRequest(dir, request, target, reason) {
  return (await spoolEntry(dir, request, target, reason)).file;
}
async function spoolEntry(dir, request, target, reason) {
  await mkdir(dir, { recursive: true });
  const entry = {
    version: 1,
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    target,
    reason,
    request
  };
  const name = `${entry.createdAt.replace(/[:.]/g, "")}-${randomBytes(4).toString("hex")}.json`;
  const file = join(dir, name);
  const temp = `${file}.tmp`;
  await writeFile(temp, JSON.stringify(entry, null, 2) + "\n");
  await rename(temp, file);
  return { file, entry };
}

// src/ledger/in-flight.ts
var SPOOL_LINE_PREFIX = "ci-ledger-spool: ";
function spoolLine(entry) {
  return `${SPOOL_LINE_PREFIX}${JSON.stringify(entry)}`;
}
var inFlight = /* @__PURE__ */ new Set();
var handlersInstalled = false;
async function beginInFlight(dir, request, target) {
  installSignalHandlers();
  const created = [dir, dirname(dir)].filter((folder) => !existsSync(folder));
  const reason = "in flight: saved before the first attempt; removed once the records land";
  const { file, entry } = await spoolEntry(dir, request, target, reason);
  const flight = {
    file,
    entry,
    settle() {
      inFlight.delete(flight);
      rmSync(file, { force: true });
      for (const folder of created) {
        try {
          rmdirSync(folder);
        } catch {
          break;
        }
      }
    },
    keep(why) {
      inFlight.delete(flight);
      entry.reason = why;
      const temp = `${file}.tmp`;
      writeFileSync(temp, JSON.stringify(entry, null, 2) + "\n");
      renameSync(temp, file);
    }
  };
  inFlight.add(flight);
  return flight;
}
var SIGNALS = { SIGINT: 2, SIGTERM: 15 };
function installSignalHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      for (const flight of inFlight) {
        const count2 = flight.entry.request.files.reduce((n, f) => n + f.records.length, 0);
        writeSync(
          2,
          `ci-ledger: ${signal} during an append: ${count2} record(s) kept in ${flight.file}; re-submit them with: ci-ledger flush (or: ci-ledger flush --from <this log>)
${spoolLine({ ...flight.entry, reason: `interrupted by ${signal}` })}
`
        );
      }
      process.exit(128 + number);
    });
  }
}

// src/ledger/append.ts
var defaultSleep = (ms) => new Promise((resolve4) => setTimeout(resolve4, ms));
async function appendRecords(backend, request, options = {}) {
  assertValidRequest(request);
  let flight;
  if (options.spoolDir !== void 0) {
    flight = await beginInFlight(options.spoolDir, request, backend.description).catch(
      () => void 0
      // no spool folder to write to: giveUp still prints the records
    );
  }
  try {
    const result = await attempts(backend, request, options, flight);
    flight?.settle();
    return result;
  } catch (error) {
    if (error instanceof InputError) flight?.settle();
    throw error;
  }
}
async function attempts(backend, request, options, flight) {
  const { retry = defaultRetryPolicy, log = () => {
  }, sleep = defaultSleep } = options;
  const started = Date.now();
  const fileLimits = options.fileLimits ?? fileLimitsFromEnv();
  const warn = options.warn ?? ((line) => log(`Warning: ${line}`));
  const warned = /* @__PURE__ */ new Set();
  let branch = request.branch;
  let lastProblem = "no attempt was made";
  let publishOutcomeUnknown = false;
  for (let attempt = 1; attempt <= retry.maxAttempts; attempt++) {
    let retryAfter;
    let lostRace = false;
    try {
      const paths = request.files.map((f) => f.path);
      const snapshot = branch === void 0 && backend.readDefaultBranch ? await backend.readDefaultBranch(paths) : await backend.read(branch ??= await backend.defaultBranch(), paths);
      branch = snapshot.branch;
      const plan = planAppend(snapshot.files, request.files, request.anchor);
      for (const warning of checkFileSizes(plan.changes, fileLimits)) {
        if (!warned.has(warning)) warn(warning);
        warned.add(warning);
      }
      if (plan.changes.size === 0) {
        const landedEarlier = publishOutcomeUnknown;
        if (landedEarlier) log(`An earlier attempt landed although its response was lost.`);
        return {
          status: landedEarlier ? "recorded" : "already-recorded",
          branch,
          head: snapshot.head,
          files: plan.files,
          attempts: attempt,
          contents: snapshot.files
        };
      }
      try {
        const published = await backend.publish(snapshot, plan.changes, request.message);
        if (published.status === "published") {
          const contents = new Map([...snapshot.files, ...plan.changes]);
          return {
            status: "recorded",
            branch,
            head: published.head,
            files: plan.files,
            attempts: attempt,
            contents
          };
        }
        lastProblem = published.reason;
        lostRace = true;
      } catch (error) {
        if (error instanceof TransientError) publishOutcomeUnknown = true;
        throw error;
      }
    } catch (error) {
      if (error instanceof InputError) {
        if (error instanceof FileTooLargeError)
          log(`Unwritten records: ${JSON.stringify(request)}`);
        error.message += branch ? ` (branch ${branch}, ${backend.description})` : "";
        throw error;
      }
      if (!(error instanceof TransientError)) {
        throw await giveUp(request, backend, options, `${messageOf(error)}`, log, flight);
      }
      lastProblem = error.message;
      retryAfter = error.retryAfterSeconds;
    }
    if (attempt < retry.maxAttempts) {
      const delay = backoffDelayMs(attempt, retry, retryAfter);
      const spent = Date.now() - started;
      if (!lostRace && spent + delay > retry.maxTotalMs) {
        throw await giveUp(
          request,
          backend,
          options,
          `gave up after ${attempt} attempt(s) in ${Math.round(spent / 1e3)} s (the retry budget is ${retry.maxTotalMs / 1e3} s, CI_LEDGER_MAX_RETRY_SECONDS); last problem: ${lastProblem}`,
          log,
          flight
        );
      }
      log(
        `Attempt ${attempt}/${retry.maxAttempts} did not land (${lastProblem}); retrying in ${delay} ms.`
      );
      await sleep(delay);
    }
  }
  throw await giveUp(
    request,
    backend,
    options,
    `gave up after ${retry.maxAttempts} attempts; last problem: ${lastProblem}`,
    log,
    flight
  );
}
async function giveUp(request, backend, options, why, log, flight) {
  const count2 = request.files.reduce((n, f) => n + f.records.length, 0);
  const what = `${count2} record(s) for ${request.files.map((f) => f.path).join(", ")}`;
  let spoolFile;
  let spoolNote = "";
  if (options.spoolDir !== void 0) {
    try {
      spoolFile = flight ? (flight.keep(why), flight.file) : await spoolRequest(options.spoolDir, request, backend.description, why);
      spoolNote = ` They were saved to ${spoolFile}; re-submit them with: ci-ledger flush`;
    } catch (error) {
      spoolNote = ` They could not be saved to a spool file either (${messageOf(error)}).`;
    }
  }
  log(
    `Unwritten records: ${spoolLine({ version: 1, createdAt: (/* @__PURE__ */ new Date()).toISOString(), target: backend.description, reason: why, request })}`
  );
  return new WriteError(
    `Could not write ${what} to ${backend.description}: ${why}.${spoolNote}`,
    spoolFile
  );
}

// src/timing/history.ts
var WITHOUT_FLAGS = TIMING_COLUMNS.filter((c) => c !== "flags");
var REQUIRED = ["start_time_utc", "phase", "env", "build_id"];
var ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
var INT = /^-?\d+$/;
function readTimingHistory(text, file = "build_timings.csv") {
  let records;
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true
    });
  } catch (error) {
    const e = error;
    throw new InputError(
      `${file}${e.lines ? ` line ${e.lines}` : ""}: not valid CSV (${e.message})`
    );
  }
  const [first, ...body] = records;
  const header = (first?.record ?? []).map((h) => h.trim());
  const shapes = [header, [...TIMING_COLUMNS], WITHOUT_FLAGS];
  const rows = [];
  const unmapped = [];
  for (const { record: record2, info } of body) {
    const shape = shapes.find((s) => s.length === record2.length && plausible(s, record2));
    if (!shape) {
      unmapped.push({
        line: info.lines,
        fields: record2,
        reason: reasonFor(record2.length, header.length)
      });
      continue;
    }
    const missing = REQUIRED.filter((c) => !shape.includes(c));
    if (missing.length > 0) {
      unmapped.push({
        line: info.lines,
        fields: record2,
        reason: `no ${missing.join(", ")} column`
      });
      continue;
    }
    const row = Object.fromEntries(TIMING_COLUMNS.map((c) => [c, ""]));
    shape.forEach((column, i) => {
      if (TIMING_COLUMNS.includes(column))
        row[column] = record2[i] ?? "";
    });
    rows.push(row);
  }
  return { header, rows, unmapped };
}
function plausible(shape, record2) {
  return shape.every((column, i) => {
    const v = (record2[i] ?? "").trim();
    switch (column) {
      case "start_time_utc":
        return ISO.test(v);
      case "end_time_utc":
        return v === "" || ISO.test(v);
      case "duration_seconds":
      case "exit_code":
        return v === "" || INT.test(v);
      case "resources_added":
      case "resources_changed":
      case "resources_destroyed":
        return v === "" || INT.test(v);
      case "phase":
      case "env":
        return v !== "" && !ISO.test(v) && !INT.test(v);
      case "build_id":
        return v !== "" && !ISO.test(v);
      default:
        return true;
    }
  });
}
function reasonFor(length, headerLength) {
  const known = [.../* @__PURE__ */ new Set([headerLength, TIMING_COLUMNS.length, WITHOUT_FLAGS.length])].join(
    ", "
  );
  return `${length} fields fit none of the known row shapes (${known} fields with matching values)`;
}

// src/timing/log-discovery.ts
import { access, constants, lstat, stat } from "node:fs/promises";
import { isAbsolute, join as join2, relative, resolve as resolve2 } from "node:path";
var DEFAULT_LOG_DIR = "logs/build-timings";
function logPattern(phase, buildId) {
  return `*${phase}*${buildId}*.log`;
}
function matchesLogPattern(name, phase, buildId) {
  if (!name.endsWith(".log")) return false;
  const stem = name.slice(0, -".log".length);
  const at = stem.indexOf(phase);
  return at !== -1 && stem.indexOf(buildId, at + phase.length) !== -1;
}
async function discoverLog(logDir, phase, buildId) {
  const pattern = logPattern(phase, buildId);
  let entries;
  try {
    entries = await listLocalTree(logDir, "", true);
  } catch (error) {
    if (error.code === "ENOENT") {
      throw new InputError(
        `No log to record: the log directory ${logDir} does not exist (looked for ${pattern}). Wrap the command with run, or pass log-path.`
      );
    }
    throw error;
  }
  const matches = [];
  const skippedLinks = [];
  for (const entry of entries) {
    const base = entry.path.split("/").pop() ?? entry.path;
    if (!matchesLogPattern(base, phase, buildId)) continue;
    const path = join2(logDir, entry.path);
    if (entry.kind !== "file") {
      if (entry.kind !== "directory") skippedLinks.push(path);
      continue;
    }
    const info = await lstat(path).catch(() => void 0);
    if (info?.isFile()) matches.push({ path, mtime: info.mtimeMs });
  }
  const skipped = skippedLinks.length === 0 ? "" : ` (skipped, not followed: ${skippedLinks.length} link(s) or special file(s): ${skippedLinks.slice(0, 3).join(", ")})`;
  if (matches.length === 0) {
    throw new InputError(
      `No log matches ${pattern} in ${logDir} (${entries.length} entries there)${skipped}. Name the log after the phase and build id, pass log-path, or wrap the command with run.`
    );
  }
  matches.sort((a, b) => b.mtime - a.mtime || (a.path < b.path ? 1 : -1));
  return {
    path: matches[0].path,
    pattern,
    candidates: matches.map((m) => m.path),
    skippedLinks
  };
}
async function explicitLog(given, cwd, alternatives) {
  const file = isAbsolute(given) ? given : resolve2(cwd, given);
  const asGiven = isAbsolute(given) ? "" : ` (log-path ${JSON.stringify(given)}, relative to ${cwd})`;
  try {
    await access(file, constants.R_OK);
  } catch (error) {
    const code = error.code;
    if (code !== "ENOENT") throw new InputError(`The log ${file} cannot be read (${code})`);
    throw new InputError(
      `The log ${file} does not exist${asGiven}. Check the path; or leave out log-path to take the newest ${logPattern(alternatives.phase, alternatives.buildId)} under ${alternatives.logDir}; or wrap the phase command (run, or -- COMMAND) so that it is logged and timed.`
    );
  }
  if (!(await stat(file)).isFile()) throw new InputError(`The log ${file} is not a file`);
  return file;
}
function pathFromRoot(path, root) {
  const rel = relative(root, path);
  return rel.startsWith("..") || rel === "" ? path : rel.split("\\").join("/");
}

// src/timing/log-scan.ts
import { open } from "node:fs/promises";
var ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\-_]/g;
var APPLY = /Apply complete! Resources: (?:(\d+) imported, )?(\d+) added, (\d+) changed, (\d+) destroyed\./;
var DESTROY = /Destroy complete! Resources: (\d+) destroyed\./;
var marker = (text, skip) => ({
  head: Buffer.from(text.slice(0, skip), "latin1"),
  tail: Buffer.from(text.slice(skip), "latin1")
});
var MARKERS = [
  marker("complete! Resources:", 8),
  marker('"change_summary"', 0),
  marker("No changes.", 0)
];
var NL = 10;
var T = 84;
var MAX_LINE = 64 * 1024;
var BEFORE = 256;
var AFTER = 1024;
var LogScanner = class {
  /** The unfinished last line (or, for a long line, its unsearched tail and some context). */
  line = Buffer.allocUnsafe(MAX_LINE);
  lineLength = 0;
  long;
  facts = { summaries: 0 };
  sawNoChanges = false;
  sum = { added: 0, changed: 0, destroyed: 0 };
  /** Feed the next piece of the log (any split, even mid-line). A string is taken as latin1. */
  push(chunk) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "latin1") : chunk;
    let from = 0;
    if (this.lineLength > 0 || this.long) {
      const newline = bytes.indexOf(NL);
      if (newline === -1) return this.extendLine(bytes);
      this.extendLine(bytes.subarray(0, newline));
      this.endLine();
      from = newline + 1;
    }
    const last = bytes.lastIndexOf(NL);
    if (last > from) this.scanLines(bytes.subarray(from, last));
    this.extendLine(bytes.subarray(Math.max(from, last + 1)));
  }
  finish() {
    this.endLine();
    const found = this.facts.summaries > 0 || this.sawNoChanges;
    return { ...this.facts, resources: found ? { ...this.sum } : void 0 };
  }
  extendLine(part) {
    for (let at = 0; at < part.length; ) {
      if (this.lineLength === this.line.length) this.overflow();
      const copied = part.copy(this.line, this.lineLength, at);
      this.lineLength += copied;
      at += copied;
    }
  }
  /** The held line is full: it is a long line. Search what has a whole window, keep the rest. */
  overflow() {
    const long = this.long ??= longLine(this.line);
    const held = this.line.subarray(0, this.lineLength);
    const until = held.length - AFTER;
    this.timestamps(held, long.searched, until);
    this.scanLongLine(held, long, until);
    const keep = until - BEFORE;
    this.line.copy(this.line, 0, keep, held.length);
    this.lineLength -= keep;
    long.base += keep;
    long.searched = until - keep;
  }
  endLine() {
    const held = this.line.subarray(0, this.lineLength);
    this.lineLength = 0;
    const long = this.long;
    if (!long) {
      if (held.length > 0) this.scanLines(held);
      return;
    }
    this.long = void 0;
    this.timestamps(held, long.searched, held.length);
    this.scanLongLine(held, long, held.length);
    this.endLongLine(long);
  }
  /** A block of whole lines. */
  scanLines(block) {
    this.timestamps(block, 0, block.length);
    const nextHit = markerHits(block);
    for (let hit = nextHit(0); hit !== -1; ) {
      const start = block.lastIndexOf(NL, hit) + 1;
      let end = block.indexOf(NL, hit);
      if (end === -1) end = block.length;
      if (end - start <= MAX_LINE) {
        this.scanSummaryLine(block.toString("latin1", start, end));
      } else {
        const line = block.subarray(start, end);
        const long = longLine(line.subarray(0, MAX_LINE));
        this.scanLongLine(line, long, line.length);
        this.endLongLine(long);
      }
      hit = nextHit(end + 1);
    }
  }
  /** Timestamps whose 'T' lies in bytes [from, until) of `bytes`, which follow in log order. */
  timestamps(bytes, from, until) {
    let lowest = from;
    if (this.facts.firstTimestamp === void 0) {
      let t = bytes.indexOf(T, from);
      while (t !== -1 && t < until && !isTimestamp(bytes, t)) t = bytes.indexOf(T, t + 1);
      if (t === -1 || t >= until) return;
      this.facts.firstTimestamp = stamp(bytes, t);
      lowest = t;
    }
    for (let t = until - 1; t >= lowest; t--) {
      t = bytes.lastIndexOf(T, t);
      if (t < lowest) return;
      if (isTimestamp(bytes, t)) {
        this.facts.lastTimestamp = stamp(bytes, t);
        return;
      }
    }
  }
  /** The markers at [long.searched, until) of a long line's held bytes, each in its window. */
  scanLongLine(held, long, until) {
    if (long.json || long.apply) return;
    const nextHit = markerHits(held);
    for (let hit = nextHit(long.searched); hit !== -1 && hit < until; hit = nextHit(hit + 1)) {
      const from = Math.max(0, hit - BEFORE);
      const window = held.toString("latin1", from, Math.min(held.length, hit + AFTER));
      const text = window.replace(ANSI, "");
      const apply = APPLY.exec(text);
      if (apply) {
        long.apply = resources(apply);
        return;
      }
      const destroy = DESTROY.exec(text);
      if (destroy && long.destroyed === void 0) long.destroyed = Number(destroy[1]);
      if ((long.base + from === 0 ? /(^|\s)No changes\./ : /\sNo changes\./).test(text))
        long.noChanges = true;
    }
  }
  endLongLine(long) {
    if (long.apply) this.add(long.apply.added, long.apply.changed, long.apply.destroyed);
    else if (long.destroyed !== void 0) this.add(0, 0, long.destroyed);
    else if (long.noChanges) this.sawNoChanges = true;
  }
  scanSummaryLine(raw) {
    const line = raw.replace(ANSI, "").replace(/\r$/, "").trim();
    if (line.startsWith("{")) return this.scanJsonLine(line);
    const apply = APPLY.exec(line);
    if (apply) {
      const r = resources(apply);
      return this.add(r.added, r.changed, r.destroyed);
    }
    const destroy = DESTROY.exec(line);
    if (destroy) return this.add(0, 0, Number(destroy[1]));
    if (/(^|\s)No changes\./.test(line)) this.sawNoChanges = true;
  }
  /** `terraform apply -json`: {"type":"change_summary","changes":{"add":1,"change":0,"remove":0,"operation":"apply"}} */
  scanJsonLine(line) {
    let record2;
    try {
      record2 = JSON.parse(line);
    } catch {
      return;
    }
    if (record2.type !== "change_summary" || !record2.changes) {
      if (typeof record2["@message"] === "string" && /^No changes\./.test(record2["@message"]))
        this.sawNoChanges = true;
      return;
    }
    const { add, change, remove, operation } = record2.changes;
    if (operation !== "apply" && operation !== "destroy") return;
    this.add(count(add), count(change), count(remove));
  }
  add(added, changed, destroyed) {
    this.sum.added += added;
    this.sum.changed += changed;
    this.sum.destroyed += destroyed;
    this.facts.summaries++;
  }
};
var count = (v) => typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : 0;
var resources = (apply) => ({
  added: Number(apply[2]),
  changed: Number(apply[3]),
  destroyed: Number(apply[4])
});
function longLine(head) {
  const json = head.toString("latin1").replace(ANSI, "").trimStart().startsWith("{");
  return { json, base: 0, searched: 0, noChanges: false };
}
function markerHits(bytes) {
  const next = MARKERS.map(() => -2);
  return (from) => {
    let hit = -1;
    MARKERS.forEach((m, i) => {
      let at = next[i] ?? -1;
      if (at === -2 || at !== -1 && at < from) at = next[i] = find(bytes, m, from);
      if (at !== -1 && (hit === -1 || at < hit)) hit = at;
    });
    return hit;
  };
}
function find(bytes, m, from) {
  const skip = m.head.length;
  for (let at = bytes.indexOf(m.tail, from + skip); at !== -1; at = bytes.indexOf(m.tail, at + 1)) {
    let i = 0;
    while (i < skip && bytes[at - skip + i] === m.head[i]) i++;
    if (i === skip) return at - skip;
  }
  return -1;
}
var DIGITS = [-10, -9, -8, -7, -5, -4, -2, -1, 1, 2, 4, 5, 7, 8];
var isDigit = (b) => b !== void 0 && b >= 48 && b <= 57;
function isTimestamp(b, t) {
  if (t < 10) return false;
  for (const i of DIGITS) if (!isDigit(b[t + i])) return false;
  if (b[t - 6] !== 45 || b[t - 3] !== 45 || b[t + 3] !== 58 || b[t + 6] !== 58)
    return false;
  let end = t + 9;
  if ((b[end] === 46 || b[end] === 44) && isDigit(b[end + 1])) {
    end += 2;
    while (isDigit(b[end])) end++;
  }
  if (b[end] === 90) return true;
  if (b[end] !== 43 && b[end] !== 45 || b[end + 1] !== 48 || b[end + 2] !== 48)
    return false;
  const rest = b[end + 3] === 58 ? end + 4 : end + 3;
  return b[rest] === 48 && b[rest + 1] === 48;
}
function stamp(b, t) {
  return `${b.toString("latin1", t - 10, t + 9)}Z`;
}
var CHUNK = 1 << 20;
async function scanLogFile(path) {
  const scanner = new LogScanner();
  const handle = await open(path, "r");
  let [current, spare] = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
  let reading = handle.read(current, 0, CHUNK, null);
  try {
    for (; ; ) {
      const { bytesRead } = await reading;
      if (bytesRead === 0) break;
      reading = handle.read(spare, 0, CHUNK, null);
      scanner.push(current.subarray(0, bytesRead));
      [current, spare] = [spare, current];
    }
  } finally {
    await reading.catch(() => void 0);
    await handle.close();
  }
  return scanner.finish();
}

// src/timing/log-tail.ts
import { open as open2 } from "node:fs/promises";
var LOG_TAIL_LINES = 30;
var LOG_TAIL_BYTES = 8 * 1024;
async function readLogTail(file, maxLines = LOG_TAIL_LINES, maxBytes = LOG_TAIL_BYTES) {
  const handle = await open2(file, "r");
  try {
    const { size } = await handle.stat();
    const from = Math.max(0, size - maxBytes);
    const buffer = Buffer.alloc(size - from);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
    return tailOf(buffer.subarray(0, bytesRead), from > 0, maxLines);
  } finally {
    await handle.close();
  }
}
function tailOf(bytes, cut, maxLines) {
  const text = new TextDecoder("utf-8").decode(bytes);
  let lines = text.split("\n").map(asShown);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  let truncated = cut;
  if (cut && lines.length > 1) lines = lines.slice(1);
  else if (cut && lines.length === 1) lines = [`\u2026${lines[0]}`];
  if (lines.length > maxLines) {
    lines = lines.slice(-maxLines);
    truncated = true;
  }
  return { lines, truncated };
}
function asShown(line) {
  const plain = line.replace(ANSI, "").replace(/\r$/, "");
  const overwritten = plain.lastIndexOf("\r");
  return overwritten === -1 ? plain : plain.slice(overwritten + 1);
}

// src/jobs/context.ts
async function withStore(context, job) {
  const backend = await openStore(context.store, { log: context.log, env: context.env });
  try {
    return await job(backend);
  } finally {
    await backend.close();
  }
}
function appendOptionsOf(context, spoolDir) {
  return {
    log: context.log,
    spoolDir: spoolDir ?? defaultSpoolDir(context.env, context.cwd),
    retry: retryPolicyFromEnv(context.env)
  };
}

// src/jobs/record-timing.ts
function check(options) {
  assertSafeName("env", options.env);
  assertSafeName("phase", options.phase);
  assertSafeName("build id", options.buildId);
  const envDir = options.envDir || parseEnvDirMap(options.envDirMap ?? DEFAULT_ENV_DIR_MAP).get(options.env) || options.env;
  assertSafeName("env-dir", envDir);
  const file = options.path || timingsPath(envDir);
  assertSafeRelativePath(file);
  if (options.branch) assertSafeBranch(options.branch);
  const modes = [options.command && "a command to run", options.logPath && "log-path"].filter(
    Boolean
  );
  if (modes.length > 1) throw new InputError(`Give either ${modes.join(" or ")}, not both`);
  const exitCode = options.exitCode ? parseExitCode(options.exitCode) : void 0;
  const start = options.startTime ? parseUtcTime("start-time", options.startTime) : void 0;
  const end = options.endTime ? parseUtcTime("end-time", options.endTime) : void 0;
  if (start && end && end < start)
    throw new InputError(`end-time ${options.endTime} is before start-time ${options.startTime}`);
  return { envDir, file, branch: options.branch || DEFAULT_TIMINGS_BRANCH, exitCode, start, end };
}
async function recordTiming(options, context) {
  const checked = check(options);
  const logDir = resolve3(context.cwd, options.logDir || DEFAULT_LOG_DIR);
  const existing = options.command ? void 0 : await existingLog(options, logDir, context.cwd);
  if (existing && checked.exitCode === void 0) {
    throw new InputError(
      `exit-code is required when recording from a log (${existing.file}): a log cannot tell whether the phase succeeded. Pass the phase command's status (e.g. --exit-code $$? in a Makefile), or wrap the command instead.`
    );
  }
  const root = options.root ?? await repositoryRoot(context.cwd);
  return withStore(
    context,
    (backend) => record(options, checked, { logDir, existing }, root, backend, context)
  );
}
async function existingLog(options, logDir, cwd) {
  if (options.logPath) {
    const where = { logDir, phase: options.phase, buildId: options.buildId };
    return { file: await explicitLog(options.logPath, cwd, where) };
  }
  const found = await discoverLog(logDir, options.phase, options.buildId);
  return { file: found.path, logChoice: { pattern: found.pattern, candidates: found.candidates } };
}
async function record(options, checked, logs, root, backend, context) {
  const cwd = context.cwd;
  let logFile;
  let measured;
  let exitCode = checked.exitCode;
  const logChoice = logs.existing?.logChoice;
  if (options.command) {
    const startedAt = /* @__PURE__ */ new Date();
    logFile = join3(
      logs.logDir,
      wrappedLogName(options.phase, options.env, options.buildId, startedAt)
    );
    const run = await runAndLog(options.command, logFile, cwd);
    measured = { start: startedAt, end: run.end };
    exitCode ??= run.exitCode;
  } else {
    logFile = logs.existing.file;
  }
  const facts = await scanLog(logFile);
  const fileTimes = measured || checked.start && checked.end ? void 0 : await stat2(logFile);
  const pick = (given, wrapped, fromLog, fromFile) => given ? { at: given, source: "input" } : wrapped ? { at: wrapped, source: "measured" } : fromLog ? { at: new Date(fromLog), source: "log" } : { at: fromFile(), source: "file" };
  const start = pick(
    checked.start,
    measured?.start,
    facts.firstTimestamp,
    () => birthOrModified(fileTimes)
  );
  const end = pick(checked.end, measured?.end, facts.lastTimestamp, () => fileTimes.mtime);
  if (end.at < start.at) {
    throw new InputError(
      `The end time ${end.at.toISOString()} (${TIME_SOURCES[end.source]}) is before the start time ${start.at.toISOString()} (${TIME_SOURCES[start.source]}) for the log ${logFile}`
    );
  }
  const row = timingRow({
    env: options.env,
    buildId: options.buildId,
    phase: options.phase,
    start: start.at,
    end: end.at,
    exitCode,
    flags: options.flags ?? "",
    resources: facts.resources,
    logPath: pathFromRoot(logFile, root)
  });
  const append = await appendRecords(
    backend,
    {
      branch: checked.branch,
      message: `record-timing: ${options.phase} ${options.env} ${options.buildId} ${row.start_time_utc}`,
      files: [
        {
          format: "csv",
          path: checked.file,
          columns: [...TIMING_COLUMNS],
          key: TIMING_KEY,
          records: [row]
        }
      ]
    },
    appendOptionsOf(context)
  );
  const content = append.contents.get(checked.file) ?? "";
  const rows = readTimingHistory(content, checked.file).rows;
  const onBranch = rows.find((r) => runKey(r) === runKey(row)) ?? row;
  const before = phaseStats(runsBefore(runsOf(rows, options.env, options.phase), onBranch));
  const failed = exitCode !== 0 || !succeeded(onBranch);
  return {
    row: onBranch,
    differences: append.status === "already-recorded" ? differencesOf(onBranch, row) : [],
    file: checked.file,
    logFile,
    timeSources: { start: start.source, end: end.source },
    logChoice,
    exitCode,
    append,
    before,
    judgement: judgeRun(onBranch, before),
    // The tail is only a help for reading a failure: a log that cannot be read again is left out.
    logTail: failed ? await readLogTail(logFile).catch(() => void 0) : void 0
  };
}
function differencesOf(recorded, now) {
  return TIMING_COLUMNS.filter((c) => recorded[c] !== now[c]).map((column) => ({
    column,
    recorded: recorded[column],
    now: now[column]
  }));
}
async function scanLog(file) {
  try {
    return await scanLogFile(file);
  } catch (error) {
    throw new InputError(`The log ${file} cannot be read: ${error.message}`);
  }
}
function birthOrModified(info) {
  return info.birthtime.getTime() > 0 && info.birthtime <= info.mtime ? info.birthtime : info.mtime;
}
async function repositoryRoot(cwd) {
  const { git } = await import("./git-BRS5PRIY.js");
  return git(["rev-parse", "--show-toplevel"], { cwd }).then(
    (out) => out.trim(),
    () => cwd
  );
}
export {
  recordTiming
};

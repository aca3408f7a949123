import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  readRegularFile
} from "./chunk-NJSXDMHZ.js";
import {
  InputError,
  emptyDict,
  isCount,
  parseWholeNumber
} from "./chunk-ZX3D2VN2.js";
import {
  burnWindows,
  errorBudget
} from "./chunk-PXJ7BKJH.js";

// src/jobs/objectives-file.ts
import { lstat } from "node:fs/promises";
import { resolve } from "node:path";

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
function platformOrder(a, b) {
  const rank = (p) => {
    const known = REPORTED_PLATFORMS.indexOf(p);
    return known !== -1 ? known : p.startsWith("linux") ? 2.5 : p.startsWith("darwin") ? 4.5 : 5;
  };
  const arch = (p) => p.endsWith("x86_64") ? 0 : p.endsWith("arm64") ? 1 : 2;
  return rank(a) - rank(b) || arch(a) - arch(b) || (a < b ? -1 : a > b ? 1 : 0);
}

// src/history/records.ts
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
var int = (v) => Number.isSafeInteger(v) ? v : void 0;
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;
function normalizeTimestamp(value) {
  if (value.charCodeAt(13) === 58) return value;
  return value.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})/, "$1:$2:$3");
}
var MIXED = "mixed";
var TIMESTAMP_FIELD = /^"timestamp"\s*:\s*"([^"\\]*)"/;
function rawTimestamp(text) {
  const at = text.indexOf('"timestamp"');
  if (at === -1 || text.includes('"timestamp"', at + 1)) return void 0;
  const value = TIMESTAMP_FIELD.exec(text.slice(at, at + 80))?.[1];
  return value ? normalizeTimestamp(value) : void 0;
}
var COUNTS = ["total", "generated", "failed", "merged", "macos_minutes_used", "duration_seconds"];
var PLATFORM_COUNTS = ["tested", "passed", "failed", "skipped", "duration_seconds"];
function batchRunProblem(value) {
  const o = value;
  const bad = (v) => v !== void 0 && v !== null && !isCount(v);
  const shown = (v) => typeof v !== "number" ? JSON.stringify(v) : Number.isFinite(v) ? String(v) : "a number too large to hold";
  for (const k of COUNTS) if (bad(o[k])) return `/${k} is ${shown(o[k])}, not a count`;
  for (const [name, raw] of Object.entries(o.platforms)) {
    if (!raw || typeof raw !== "object") continue;
    const c = raw;
    const pointer = `/platforms/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    for (const k of PLATFORM_COUNTS)
      if (bad(c[k])) return `${pointer}/${k} is ${shown(c[k])}, not a count`;
  }
  return void 0;
}
var batchKey = (run) => `${run.batchId}\0${run.ecosystem}\0${run.timestamp}`;
function readBatchRecord(value) {
  const run = toBatchRun(value);
  if (!run) return void 0;
  const problem = batchRunProblem(value);
  return problem ? { problem } : { run };
}
function toBatchRun(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return void 0;
  const o = value;
  const batchId = str(o.batch_id);
  const timestamp = str(o.timestamp);
  if (!batchId || !timestamp || !o.platforms || typeof o.platforms !== "object") return void 0;
  let ecosystem = str(o.ecosystem);
  if (!ecosystem && o.ecosystems && typeof o.ecosystems === "object") {
    const names = Object.keys(o.ecosystems);
    ecosystem = names.length === 1 ? names[0] : MIXED;
  }
  const platforms = emptyDict();
  for (const [name, raw] of Object.entries(o.platforms)) {
    if (!raw || typeof raw !== "object") continue;
    const c = raw;
    platforms[name] = {
      tested: num(c.tested) ?? 0,
      passed: num(c.passed) ?? 0,
      failed: num(c.failed) ?? 0,
      skipped: num(c.skipped),
      duration_seconds: num(c.duration_seconds) ?? null
    };
  }
  return {
    batchId,
    ecosystem: ecosystem ?? "unknown",
    timestamp: normalizeTimestamp(timestamp),
    total: num(o.total),
    merged: num(o.merged),
    platforms,
    macosMinutes: num(o.macos_minutes_used),
    durationSeconds: num(o.duration_seconds)
  };
}
function toFailures(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return [];
  const o = value;
  if (Array.isArray(o.failures)) {
    const environment2 = str(o.environment) ?? "unknown";
    const ecosystem = str(o.ecosystem);
    const updated = str(o.updated_at);
    return o.failures.flatMap((item) => {
      if (!item || typeof item !== "object") return [];
      const f = item;
      const id = str(f.package_id) ?? str(f.recipe);
      if (!id) return [];
      const timestamp2 = str(f.timestamp) ?? updated;
      return [
        {
          batchId: str(f.batch_id),
          ecosystem: str(f.ecosystem) ?? ecosystem ?? (id.includes(":") ? id.slice(0, id.indexOf(":")) : void 0),
          recipe: id.includes(":") ? id.slice(id.indexOf(":") + 1) : id,
          environment: str(f.environment) ?? str(f.platform) ?? environment2,
          category: str(f.category) ?? "unknown",
          exitCode: int(f.exit_code),
          message: str(f.message),
          timestamp: timestamp2 ? normalizeTimestamp(timestamp2) : void 0
        }
      ];
    });
  }
  const recipe = str(o.recipe) ?? str(o.package_id);
  const environment = str(o.environment) ?? str(o.platform);
  if (!recipe || !environment) return [];
  const timestamp = str(o.timestamp);
  return [
    {
      batchId: str(o.batch_id),
      ecosystem: str(o.ecosystem),
      recipe,
      environment,
      category: str(o.category) ?? "unknown",
      exitCode: int(o.exit_code),
      message: str(o.message),
      timestamp: timestamp ? normalizeTimestamp(timestamp) : void 0
    }
  ];
}

// src/history/options.ts
var defaultHistoryOptions = {
  last: 10,
  macosBudgetMinutes: 1e3,
  weekStartDay: 1,
  skipThreshold: 0.8,
  skipMinRuns: 3,
  fallThreshold: 0.2
};
function parseWeekStart(value) {
  const days = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
  const i = days.indexOf(value.trim().toLowerCase());
  if (i === -1)
    throw new InputError(`week-start ${JSON.stringify(value)} is not a day of the week`);
  return i;
}
function wholeNumber(name, value) {
  return parseWholeNumber(name, value.trim());
}
function parseRatio(name, value) {
  const v = value.trim();
  const n = v.endsWith("%") ? Number(v.slice(0, -1)) / 100 : Number(v);
  if (!/^\d+(\.\d+)?%?$/.test(v) || !Number.isFinite(n) || n < 0 || n > 1)
    throw new InputError(`${name} ${JSON.stringify(value)} is not a ratio (0.8 or 80%)`);
  return n;
}
function historyOptions(inputs) {
  const d = defaultHistoryOptions;
  return {
    ...d,
    last: inputs.last ? wholeNumber("last", inputs.last) : d.last,
    ecosystem: inputs.ecosystem || void 0,
    platform: inputs.platform || void 0,
    ...batchRef(inputs.batchId),
    macosBudgetMinutes: inputs.macosBudget ? wholeNumber("macos-budget", inputs.macosBudget) : d.macosBudgetMinutes,
    weekStartDay: inputs.weekStart ? parseWeekStart(inputs.weekStart) : d.weekStartDay,
    skipThreshold: inputs.skipThreshold ? parseRatio("skip-threshold", inputs.skipThreshold) : d.skipThreshold,
    platformOf: parsePlatformMap(inputs.platformMap ?? DEFAULT_PLATFORM_MAP)
  };
}
function batchRef(value) {
  if (!value) return {};
  const at = value.lastIndexOf("@");
  const time = at > 0 ? value.slice(at + 1) : "";
  if (!/^\d{4}-\d{2}-\d{2}T/.test(time)) return { batchId: value };
  const parsed = Date.parse(time);
  if (Number.isNaN(parsed))
    throw new InputError(
      `batch-id ${JSON.stringify(value)}: ${JSON.stringify(time)} is not a time`
    );
  return { batchId: value.slice(0, at), batchAt: normalizeTimestamp(time) };
}

// schemas/objectives.schema.json
var objectives_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://ci-ledger/schemas/objectives.schema.json",
  title: "ci-ledger objectives file (.github/ci-ledger.yml)",
  description: "Objectives, error budgets and prices. Every key is optional; what is left out takes the documented default.",
  type: "object",
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    timings: {
      description: "Objectives of build phases, first match wins: `match` is ENV/PHASE with shell globs.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["match"],
        properties: {
          match: {
            description: "ENV/PHASE with shell globs, e.g. dev/bootstrap-*",
            type: "string",
            pattern: "^[^/]+/[^/]+$"
          },
          success: {
            type: "object",
            additionalProperties: false,
            required: ["objective"],
            properties: {
              objective: { $ref: "#/definitions/ratio" },
              over: { $ref: "#/definitions/runWindow" }
            }
          },
          duration: {
            type: "object",
            additionalProperties: false,
            required: ["percentile", "max"],
            properties: {
              percentile: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 100 },
              max: { $ref: "#/definitions/duration" },
              over: { $ref: "#/definitions/runWindow" }
            }
          },
          runner: { $ref: "#/definitions/runner" }
        }
      }
    },
    platforms: {
      description: "Pass-rate objectives of a batch pipeline's platforms, first match wins: `match` is a platform glob.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["match", "pass-rate"],
        properties: {
          match: { type: "string", minLength: 1 },
          "pass-rate": {
            type: "object",
            additionalProperties: false,
            required: ["objective"],
            properties: {
              objective: { $ref: "#/definitions/ratio" },
              over: { type: "string", pattern: "^[1-9][0-9]{0,4} batch(es)?$" }
            }
          }
        }
      }
    },
    burn: {
      description: "The multi-window fast-burn alert, in runs (or batches).",
      type: "object",
      additionalProperties: false,
      properties: {
        long: { type: "integer", minimum: 1 },
        short: { type: "integer", minimum: 1 },
        fast: { type: "number", exclusiveMinimum: 0 }
      }
    },
    budget: {
      description: "Weekly budgets of the batch pipeline.",
      type: "object",
      additionalProperties: false,
      properties: {
        "macos-minutes": { type: "number", minimum: 0 },
        dollars: { type: "number", minimum: 0 }
      }
    },
    prices: {
      type: "object",
      additionalProperties: false,
      properties: {
        "per-minute": {
          description: "US dollars per runner minute.",
          type: "object",
          additionalProperties: false,
          properties: {
            linux: { type: "number", minimum: 0 },
            "linux-arm64": { type: "number", minimum: 0 },
            windows: { type: "number", minimum: 0 },
            macos: { type: "number", minimum: 0 }
          }
        },
        "infrastructure-per-hour": {
          description: "US dollars per hour while a phase of an env runs (keys: env globs, first match wins).",
          type: "object",
          additionalProperties: { type: "number", minimum: 0 }
        }
      }
    }
  },
  definitions: {
    ratio: {
      description: 'a ratio below 1, e.g. 0.95 or "95%" (100% leaves no error budget)',
      anyOf: [
        { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
        { type: "string", pattern: "^[0-9]{1,2}(\\.[0-9]+)?%$" }
      ]
    },
    runWindow: {
      description: '"30 runs" or "30 days"',
      type: "string",
      pattern: "^[1-9][0-9]{0,4} (runs?|days?)$"
    },
    duration: {
      description: 'seconds, or "40m", "1h30m", "90s"',
      anyOf: [
        { type: "number", exclusiveMinimum: 0 },
        { type: "string", pattern: "^([0-9]+h)?([0-9]+m)?([0-9]+s)?$", minLength: 2 }
      ]
    },
    runner: {
      description: "The runner a phase runs on (its per-minute price), or none (self-hosted, a laptop).",
      enum: ["linux", "linux-arm64", "windows", "macos", "none"]
    }
  }
};

// src/cost/prices.ts
var DEFAULT_PRICES = {
  perMinute: { linux: 6e-3, "linux-arm64": 5e-3, windows: 0.01, macos: 0.062 },
  infrastructurePerHour: []
};
function runnerOfPlatform(platform) {
  const p = platform.toLowerCase();
  if (p.startsWith("darwin") || p.startsWith("macos")) return "macos";
  if (p.startsWith("windows")) return "windows";
  if (/(^|[-_])(arm64|aarch64)([-_]|$)/.test(p)) return "linux-arm64";
  return "linux";
}

// src/objectives/spec.ts
var DEFAULT_OBJECTIVES_PATH = ".github/ci-ledger.yml";
var DEFAULT_OBJECTIVES = {
  timings: [
    {
      match: "*/*",
      success: { objective: 0.9, over: { count: 30, unit: "runs" } },
      runner: "linux"
    }
  ],
  platforms: [{ match: "*", passRate: { objective: 0.9, overBatches: 10 } }],
  burn: { fast: 2 },
  budget: {},
  prices: DEFAULT_PRICES
};
var DEFAULT_WINDOW = { count: 30, unit: "runs" };
var DEFAULT_BATCHES = 10;
var loaded;
async function objectivesParser() {
  loaded ??= Promise.all([import("./ajv-7CWNGOLW.js"), import("./dist-ZB2WSCBS.js")]).then(
    ([{ default: ajvModule }, loadedYaml]) => {
      const yaml2 = loadedYaml.default ?? loadedYaml;
      const ajv = new ajvModule.Ajv({ allErrors: false, strict: true, verbose: true });
      return { validate: ajv.compile(objectives_schema_default), yaml: yaml2 };
    }
  );
  const { validate, yaml } = await loaded;
  return (text, file) => parseObjectives(text, file, validate, yaml);
}
function parseObjectives(text, file, validate, yaml) {
  const lines = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true
  });
  const syntax = doc.errors[0];
  if (syntax) {
    const last = text.replace(/\n+$/, "").split("\n").length;
    const line = Math.min(lines.linePos(syntax.pos[0]).line, last);
    throw new InputError(`${file} line ${line}: not valid YAML (${firstLine(syntax.message)})`);
  }
  const value = doc.toJS() ?? {};
  if (!validate(value)) {
    const errors = validate.errors;
    const error = errors.find((e) => e.keyword === "anyOf" && e.instancePath === errors[0].instancePath) ?? errors[0];
    throw new InputError(`${file} line ${lineOf(doc, lines, error, yaml)}: ${describe(error)}`);
  }
  return fromValid(value, file, (pointer, message) => {
    throw new InputError(`${file} line ${lineAt(doc, lines, pointer)}: ${message}`);
  });
}
var firstLine = (message) => message.split("\n")[0].replace(/ at line \d+.*$/, "");
function describe(e) {
  const where = e.instancePath || "(the top level)";
  switch (e.keyword) {
    case "additionalProperty":
    case "additionalProperties":
      return `${where}: unknown key ${JSON.stringify(e.params.additionalProperty)}`;
    case "required":
      return `${where}: missing ${JSON.stringify(e.params.missingProperty)}`;
    case "enum":
      return `${where} must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "anyOf":
      return `${where} must be ${e.parentSchema.description ?? "one of the allowed forms"}`;
    case "pattern":
      return `${where} must look like ${e.parentSchema.description ?? e.params.pattern}`;
    default:
      return `${where} ${e.message}`;
  }
}
function lineOf(doc, lines, e, yaml) {
  if (e.keyword === "additionalProperties") {
    const parent = nodeAt(doc, segments(e.instancePath));
    if (yaml.isMap(parent)) {
      const pair = parent.items.find(
        (p) => yaml.isPair(p) && yaml.isScalar(p.key) && p.key.value === e.params.additionalProperty
      );
      const range = yaml.isScalar(pair?.key) ? pair.key.range : void 0;
      if (range) return lines.linePos(range[0]).line;
    }
  }
  return lineAt(doc, lines, e.instancePath);
}
function lineAt(doc, lines, pointer) {
  const path = segments(pointer);
  for (let n = path.length; n >= 0; n--) {
    const node = nodeAt(doc, path.slice(0, n));
    const range = node?.range;
    if (range) return lines.linePos(range[0]).line;
  }
  return 1;
}
function nodeAt(doc, path) {
  return path.length === 0 ? doc.contents : doc.getIn(path, true);
}
function segments(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function fromValid(raw, file, fail) {
  const d = DEFAULT_OBJECTIVES;
  const timings = raw.timings?.map((t, i) => {
    const at = `/timings/${i}`;
    return {
      match: t.match,
      success: t.success && {
        objective: ratio(t.success.objective, `${at}/success/objective`, fail),
        over: runWindow(t.success.over)
      },
      duration: t.duration && {
        percentile: t.duration.percentile,
        maxSeconds: positiveSeconds(t.duration.max, `${at}/duration/max`, fail),
        over: runWindow(t.duration.over)
      },
      runner: t.runner ?? "linux"
    };
  });
  const platforms = raw.platforms?.map((p, i) => ({
    match: p.match,
    passRate: {
      objective: ratio(p["pass-rate"].objective, `/platforms/${i}/pass-rate/objective`, fail),
      overBatches: p["pass-rate"].over ? parseInt(p["pass-rate"].over, 10) : DEFAULT_BATCHES
    }
  }));
  const burn = { ...d.burn, ...raw.burn };
  if (burn.long !== void 0 && burn.short !== void 0 && burn.short >= burn.long)
    fail("/burn/short", `burn.short (${burn.short}) must be shorter than burn.long (${burn.long})`);
  return {
    file,
    timings: timings ?? d.timings,
    platforms: platforms ?? d.platforms,
    burn,
    budget: { macosMinutes: raw.budget?.["macos-minutes"], dollars: raw.budget?.dollars },
    prices: {
      perMinute: { ...d.prices.perMinute, ...raw.prices?.["per-minute"] },
      infrastructurePerHour: Object.entries(raw.prices?.["infrastructure-per-hour"] ?? {})
    }
  };
}
function ratio(value, pointer, fail) {
  const n = typeof value === "number" ? value : Number(value.slice(0, -1)) / 100;
  if (!(n > 0))
    fail(pointer, `${pointer.slice(1)} must be above 0 (an objective of 0 allows anything)`);
  return n;
}
function runWindow(over) {
  if (!over) return DEFAULT_WINDOW;
  const [count, unit] = over.split(" ");
  return { count: Number(count), unit: unit.startsWith("day") ? "days" : "runs" };
}
function positiveSeconds(value, pointer, fail) {
  if (typeof value === "number") return value;
  const part = (unit) => Number(new RegExp(`(\\d+)${unit}`).exec(value)?.[1] ?? 0);
  const total = part("h") * 3600 + part("m") * 60 + part("s");
  if (total <= 0) fail(pointer, `${pointer.slice(1)} must be longer than 0 seconds`);
  return total;
}
function platformObjectiveFor(objectives, platform) {
  return objectives.platforms.find((p) => globToRegExp(p.match).test(platform));
}

// src/objectives/platforms.ts
function platformObjectives(runs, objectives) {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.platforms)))].sort();
  return names.flatMap((platform) => {
    const spec = platformObjectiveFor(objectives, platform);
    if (!spec) return [];
    const { objective, overBatches } = spec.passRate;
    const tested = runs.slice(-overBatches).filter((r) => (r.platforms[platform]?.tested ?? 0) > 0);
    const outcomes = tested.map((r) => ({
      good: r.platforms[platform].passed,
      total: r.platforms[platform].tested
    }));
    return [
      {
        platform,
        match: spec.match,
        overBatches,
        from: tested[0]?.timestamp,
        to: tested[tested.length - 1]?.timestamp,
        ...errorBudget(
          outcomes,
          objective,
          burnWindows(overBatches, objectives.burn),
          objectives.burn.fast
        )
      }
    ];
  });
}
function batchesNeeded(objectives) {
  return Math.max(0, ...objectives.platforms.map((p) => p.passRate.overBatches));
}

// src/jobs/objectives-file.ts
var MAX_OBJECTIVES_BYTES = 1024 * 1024;
async function readObjectives(given, root) {
  const shown = given || DEFAULT_OBJECTIVES_PATH;
  const file = resolve(root, shown);
  if (!given) {
    const there = await lstat(file).then(
      () => true,
      () => false
    );
    if (!there) return DEFAULT_OBJECTIVES;
  }
  const text = await readRegularFile(file, MAX_OBJECTIVES_BYTES, `The objectives file ${shown}`);
  const parse = await objectivesParser();
  return parse(text.toString("utf8"), shown);
}
function parseFailOn(value) {
  const v = (value ?? "").trim() || "never";
  if (v === "never" || v === "exhausted" || v === "at-risk") return v;
  throw new InputError(`fail-on ${JSON.stringify(value)} is not one of never, exhausted, at-risk`);
}
function objectiveHistoryOptions(inputs, objectives) {
  const fromFile = objectives.budget.macosMinutes;
  const options = historyOptions({
    ...inputs,
    macosBudget: inputs.macosBudget || (fromFile === void 0 ? void 0 : String(fromFile))
  });
  return { ...options, keepRuns: batchesNeeded(objectives) };
}

export {
  platformOrder,
  MIXED,
  rawTimestamp,
  batchKey,
  readBatchRecord,
  toFailures,
  parseRatio,
  runnerOfPlatform,
  platformObjectives,
  readObjectives,
  parseFailOn,
  objectiveHistoryOptions
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import "./chunk-4336GFNR.js";
import "./chunk-A2QG2BQB.js";
import {
  InputError
} from "./chunk-NU6ZN5EL.js";
import "./chunk-RXARMASY.js";

// src/batch/paths.ts
var DEFAULT_METRICS_PATH = "data/metrics/batch-runs.jsonl";
var DEFAULT_FAILURES_DIR = "data/failures";

// node_modules/csv-parse/lib/api/index.js
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

// node_modules/csv-stringify/lib/utils/get.js
var charCodeOfDot = ".".charCodeAt(0);
var rePropName = RegExp(
  // Match anything that isn't a dot or bracket.
  `[^.[\\]]+|\\[(?:([^"'][^[]*)|(["'])((?:(?!\\2)[^\\\\]|\\\\.)*?)\\2)\\]|(?=(?:\\.|\\[\\])(?:\\.|\\[\\]|$))`,
  "g"
);

// node_modules/csv-stringify/lib/api/index.js
var bom_utf8 = Buffer.from([239, 187, 191]);

// src/report/markdown.ts
function text(value) {
  return String(value ?? "").replace(/[\r\n]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/([\\`*_{}[\]()#+!|~])/g, "\\$1").replace(/:\/\//g, "\\://").replace(/\b(www)\./gi, "$1\\.");
}
function table(headers, rows, align = []) {
  const rule = headers.map(
    (_, i) => ({ left: "---", right: "--:", center: ":-:" })[align[i] ?? "left"]
  );
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(rule), ...rows.map(line)].join("\n");
}
function percent(ratio, digits = 0) {
  return ratio === void 0 || !Number.isFinite(ratio) ? "\u2013" : `${(ratio * 100).toFixed(digits)}%`;
}
function duration(seconds) {
  if (seconds === void 0 || !Number.isFinite(seconds)) return "\u2013";
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor(s % 3600 / 60);
  const r = s % 60;
  const pad = (n) => String(n).padStart(2, "0");
  return h > 0 ? `${h}h ${pad(m)}m ${pad(r)}s` : m > 0 ? `${m}m ${pad(r)}s` : `${r}s`;
}

// src/report/batch-table.ts
var passRate = (c) => c.tested > 0 ? c.passed / c.tested : void 0;
function totals(platforms) {
  const t = { tested: 0, passed: 0, failed: 0, skipped: 0, duration_seconds: null };
  for (const c of Object.values(platforms)) {
    t.tested += c.tested;
    t.passed += c.passed;
    t.failed += c.failed;
    t.skipped += c.skipped ?? 0;
    if (typeof c.duration_seconds === "number")
      t.duration_seconds = (t.duration_seconds ?? 0) + c.duration_seconds;
  }
  return t;
}
function batchTableMarkdown(platforms) {
  const row = (name, c) => [
    name,
    String(c.tested),
    String(c.passed),
    String(c.failed),
    String(c.skipped ?? 0),
    percent(passRate(c)),
    duration(typeof c.duration_seconds === "number" ? c.duration_seconds : void 0)
  ];
  const rows = Object.entries(platforms).map(([name, c]) => row(text(name), c));
  rows.push(row("**Total**", totals(platforms)));
  return table(
    ["Platform", "Tested", "Passed", "Failed", "Skipped", "Pass rate", "Duration"],
    rows,
    ["left", "right", "right", "right", "right", "right", "right"]
  );
}

// src/report/history-report.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
var pct1 = (r) => r === null || r === void 0 ? "\u2013" : `${(r * 100).toFixed(1)}%`;
function change(p) {
  if (p.passRate === null || p.previousPassRate === null) return "\u2013";
  const pts = (p.passRate - p.previousPassRate) * 100;
  return `${pts >= 0 ? "+" : "\u2212"}${Math.abs(pts).toFixed(1)} pts`;
}
function windowLabel(r) {
  const span = r.window.from ? `, ${r.window.from.slice(0, 10)} \u2192 ${(r.window.to ?? "").slice(0, 10)}` : "";
  return r.window.last > 0 ? `last ${r.window.batches} batches${span}` : `all ${r.window.batches} batches${span}`;
}
function budgetLine(m) {
  const unknown = m.batchesWithoutMinutes ? `; ${m.batchesWithoutMinutes} of ${m.batches} batches recorded no macOS minutes` : "";
  return `${m.usedMinutes} / ${m.budgetMinutes} min (${percent(m.usedMinutes / m.budgetMinutes, 1)}) in the week of ${m.weekStart.slice(0, 10)}; burn ${m.burnPerDay} min/day, projected ${m.projectedMinutes} min by ${m.weekEnd.slice(0, 10)}${unknown}`;
}
var PALETTE = [
  ["#1f77b4", "\u{1F535}"],
  ["#ff7f0e", "\u{1F7E0}"],
  ["#2ca02c", "\u{1F7E2}"],
  ["#d62728", "\u{1F534}"],
  ["#9467bd", "\u{1F7E3}"],
  ["#8c564b", "\u{1F7E4}"],
  ["#000000", "\u26AB"]
];
var label = (s) => `"${s.replace(/[^A-Za-z0-9 ._:/+-]/g, "").slice(0, 40)}"`;
function trendChart(r) {
  const points = r.trend.filter((t) => Object.values(t.passRates).some((v) => v !== null));
  const names = Object.keys(r.platforms).filter((n) => points.some((p) => p.passRates[n] !== null)).slice(0, PALETTE.length);
  if (points.length < 2 || names.length === 0) return void 0;
  const lines = names.map((name) => {
    let last = 0;
    return points.map(
      (p) => last = p.passRates[name] === null ? last : Math.round(p.passRates[name] * 1e3) / 10
    );
  });
  const palette = PALETTE.slice(0, names.length).map(([hex]) => hex).join(", ");
  return [
    "```mermaid",
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    "xychart-beta",
    `    title "Pass rate per platform, ${points.length} batches, ${points[0].timestamp.slice(0, 10)} to ${points[points.length - 1].timestamp.slice(0, 10)}"`,
    `    x-axis [${points.map((p) => label(p.batchId)).join(", ")}]`,
    '    y-axis "Pass rate (%)" 0 --> 100',
    ...lines.map((values) => `    line [${values.join(", ")}]`),
    "```",
    names.map((n, i) => `${PALETTE[i][1]} ${text(n)}`).join(" \xB7 ")
  ].join("\n");
}
function trendsTable(r) {
  const rows = Object.entries(r.platforms).map(([name, p]) => [
    text(name),
    pct1(p.passRate),
    `${p.passed}/${p.tested}`,
    change(p)
  ]);
  const previous = r.window.last > 0 ? `Change vs the ${r.window.last} before` : "Change";
  return table(["Platform", "Pass rate", "Passed/tested", previous], rows, [
    "left",
    "right",
    "right",
    "right"
  ]);
}
function categoriesTable(categories, top = 5) {
  const rows = Object.entries(categories).map(([platform, cats]) => [
    text(platform),
    cats.slice(0, top).map((c) => `${text(c.category)} (${c.count}, ${percent(c.share)})`).join(", ") + (cats.length > top ? `, \u2026 ${cats.length - top} more` : "")
  ]);
  return rows.length ? table(["Platform", "Top failure categories (count, share)"], rows) : void 0;
}
function matrixTable(r) {
  const ecosystems = Object.keys(r.matrix).sort();
  const platforms = Object.keys(r.platforms).filter(
    (p) => ecosystems.some((e) => r.matrix[e]?.[p])
  );
  if (!ecosystems.length || !platforms.length) return void 0;
  const rows = ecosystems.map((e) => [
    text(e),
    ...platforms.map((p) => {
      const c = r.matrix[e]?.[p];
      return c ? `${pct1(c.failureRate)} (${c.failed}/${c.tested}, ${c.batches} b.)` : "\u2013";
    })
  ]);
  return table(["Ecosystem", ...platforms.map(text)], rows);
}
function insightLines(r, threshold) {
  const lines = [];
  const weakest = r.insights.weakestPlatform;
  const weakestRate = weakest ? r.platforms[weakest]?.passRate : null;
  if (weakest && weakestRate !== null && weakestRate !== void 0 && weakestRate < 1) {
    lines.push(`Weakest platform: ${weakest} (${pct1(weakestRate)} pass rate)`);
  }
  for (const u of r.insights.unlock) {
    lines.push(
      `${u.platform}: fixing ${u.category} would unlock ${u.recipes} recipe(s) that fail only there (e.g. ${u.examples.join(", ")})`
    );
  }
  for (const s of r.insights.considerSkipping) {
    lines.push(
      `Consider skipping ${s.platform} for ${s.ecosystem}: ${pct1(s.failureRate)} of its tests failed over ${s.batches} batches (threshold ${percent(threshold)})`
    );
  }
  const testedAny = Object.values(r.platforms).some((p) => p.tested > 0);
  if (!testedAny) {
    lines.unshift(
      r.lastTested ? `No recipe was tested in these batches; the latest batch with results is ${r.lastTested.batchId} (${r.lastTested.ecosystem}, ${r.lastTested.timestamp}).` : "No batch in the history tested any recipe."
    );
  }
  if (lines.length === 0) lines.push("Nothing stands out: no failure records matched the window.");
  return lines;
}
function batchSummary(r, options) {
  const focus = r.focus;
  const breaches = focus && options.minPassRate !== void 0 ? Object.entries(focus.platforms).filter(([, c]) => c.tested > 0 && c.passed / c.tested < options.minPassRate).map(([name]) => name) : [];
  const sections = [];
  if (!focus) {
    sections.push({
      name: "heading",
      keep: true,
      body: `## Batch summary

No batch record found${r.window.ecosystem ? ` for ${text(r.window.ecosystem)}` : ""}.`
    });
  } else {
    sections.push({
      name: "heading",
      keep: true,
      body: [
        `## Batch ${text(focus.batchId)}: ${text(focus.ecosystem)}`,
        batchTableMarkdown(focus.platforms),
        focus.total !== void 0 && focus.merged !== void 0 ? `**Merged:** ${focus.merged} of ${focus.total} recipes.` : ""
      ].filter(Boolean).join("\n\n")
    });
    const cats = categoriesTable(r.focusCategories);
    sections.push({
      name: "failure categories",
      body: `### Failure categories in this batch

${cats ?? "No failure records for this batch."}`
    });
    if (r.macos) {
      sections.push({
        name: "macOS budget",
        keep: true,
        body: `${r.macos.overBudget ? "\u26A0\uFE0F" : "\u{1F34F}"} **macOS budget:** ${text(budgetLine(r.macos))}${r.macos.overBudget ? " \u2014 **projected over budget**" : ""}`
      });
    }
  }
  if (breaches.length) {
    sections.push({
      name: "breaches",
      keep: true,
      body: `> [!WARNING]
> Below the minimum pass rate of ${percent(options.minPassRate)}: ${breaches.map(text).join(", ")}`
    });
  }
  sections.push({
    name: "trends",
    body: `### Trends: ${text(windowLabel(r))}

${trendsTable(r)}`
  });
  const chart = trendChart(r);
  if (chart) sections.push({ name: "chart", body: chart });
  sections.push({
    name: "insights",
    keep: true,
    body: `### Insights

${insightLines(r, options.skipThreshold).map((l) => `- ${text(l)}`).join("\n")}`
  });
  const matrix = matrixTable(r);
  if (matrix)
    sections.push({
      name: "matrix",
      body: `### Failure rate by ecosystem and platform

${matrix}`
    });
  const windowCats = categoriesTable(r.categories);
  if (windowCats)
    sections.push({
      name: "window categories",
      body: `### Failure categories, ${text(windowLabel(r))}

${windowCats}`
    });
  return fitToLimit(sections, options.limitBytes ?? SUMMARY_LIMIT_BYTES, breaches);
}
function fitToLimit(sections, limit, breaches) {
  const dropped = [];
  const render = () => sections.map((s) => s.body).join("\n\n") + (dropped.length ? `

_Left out to stay under GitHub's 1 MiB summary limit: ${dropped.join(", ")}._` : "") + "\n";
  let markdown = render();
  while (Buffer.byteLength(markdown) > limit) {
    const at = sections.map((s) => !s.keep).lastIndexOf(true);
    if (at === -1) {
      const cut = Buffer.from(markdown).subarray(0, limit - 200).toString("utf8");
      markdown = `${cut.slice(0, cut.lastIndexOf("\n"))}

_Summary cut short at GitHub's 1 MiB limit._
`;
      dropped.push("the end of the summary");
      break;
    }
    dropped.unshift(sections[at].name);
    sections.splice(at, 1);
    markdown = render();
  }
  return { markdown, bytes: Buffer.byteLength(markdown), breaches, dropped };
}

// src/history/load.ts
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";

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
function entries(kind, text2) {
  return text2.split("\n").map((line, i) => [line.trim(), i + 1]).filter(([line]) => line !== "" && !line.startsWith("#")).map(([line, n]) => {
    const at = line.lastIndexOf("=");
    const key = line.slice(0, at).trim();
    const value = line.slice(at + 1).trim();
    if (at <= 0 || !key || !value)
      throw new InputError(`${kind} line ${n} ${JSON.stringify(line)} is not "pattern=value"`);
    return [key, value, n];
  });
}
function parsePlatformMap(text2) {
  const rules = entries("platform-map", text2).map(([pattern, platform, line]) => {
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

// src/batch/aggregate.ts
function weakestPlatform(platforms) {
  let weakest;
  for (const [name, c] of Object.entries(platforms)) {
    if (c.tested === 0) continue;
    const rate2 = c.passed / c.tested;
    if (!weakest || rate2 < weakest.rate || rate2 === weakest.rate && c.failed > weakest.failed)
      weakest = { name, rate: rate2, failed: c.failed };
  }
  return weakest?.name;
}

// src/history/records.ts
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;
function normalizeTimestamp(value) {
  if (value.charCodeAt(13) === 58) return value;
  return value.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})/, "$1:$2:$3");
}
var MIXED = "mixed";
var TIMESTAMP_FIELD = /^"timestamp"\s*:\s*"([^"\\]*)"/;
function rawTimestamp(text2) {
  const at = text2.indexOf('"timestamp"');
  if (at === -1 || text2.includes('"timestamp"', at + 1)) return void 0;
  const value = TIMESTAMP_FIELD.exec(text2.slice(at, at + 80))?.[1];
  return value ? normalizeTimestamp(value) : void 0;
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
  const platforms = {};
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
      message: str(o.message),
      timestamp: timestamp ? normalizeTimestamp(timestamp) : void 0
    }
  ];
}

// src/history/aggregate.ts
var defaultHistoryOptions = {
  last: 10,
  macosBudgetMinutes: 1e3,
  weekStartDay: 1,
  skipThreshold: 0.8,
  skipMinRuns: 3
};
var TREND_LIMIT = 50;
var BATCH_ID = /"batch_id"\s*:\s*"([^"]*)"/;
var rate = (passed, tested) => tested > 0 ? passed / tested : null;
var HistoryAccumulator = class {
  constructor(options) {
    this.options = options;
    this.keep = options.last > 0 ? options.last * 2 : TREND_LIMIT;
  }
  options;
  keep;
  /** The latest runs, oldest first, at most `keep`. */
  latest = [];
  focusRun;
  added = 0;
  weekByDay = /* @__PURE__ */ new Map();
  position = /* @__PURE__ */ new WeakMap();
  seen = /* @__PURE__ */ new Set();
  weeks = /* @__PURE__ */ new Map();
  totals = /* @__PURE__ */ new Map();
  duplicates = 0;
  runs = 0;
  lastTested;
  earliest;
  /** Full-history matrix (the window's is computed from the kept runs). */
  fullMatrix = {};
  windowCache;
  /** runHorizon/failureHorizon, asked once per record read: kept until the next run arrives. */
  horizons = {};
  failureCounts = /* @__PURE__ */ new Map();
  focusCounts = /* @__PURE__ */ new Map();
  /** recipe → platform → its newest failure in the window (any reading order gives the same) */
  recipeFailures = /* @__PURE__ */ new Map();
  failures = 0;
  failuresInWindow = 0;
  matchedByTime = 0;
  /**
   * `position`: where the run lies in the history (file order), which breaks ties in time as a
   * reader going forward would (the later line is the newer run); by default, the order added.
   */
  addRun(run, position = this.added) {
    this.added++;
    if (this.options.ecosystem && run.ecosystem !== this.options.ecosystem) return;
    this.position.set(run, position);
    const key = `${run.batchId}\0${run.ecosystem}\0${run.timestamp}`;
    if (this.seen.has(key)) {
      this.duplicates++;
      return;
    }
    this.seen.add(key);
    this.runs++;
    this.windowCache = void 0;
    this.horizons = {};
    if (this.options.batchId !== void 0 && run.batchId === this.options.batchId) {
      if (!this.focusRun || this.newer(run, this.focusRun)) this.focusRun = run;
    }
    if (this.earliest === void 0 || run.timestamp < this.earliest) this.earliest = run.timestamp;
    const tested = Object.values(run.platforms).some((c) => c.tested > 0);
    if (tested && (!this.lastTested || this.newer(run, this.lastTested))) this.lastTested = run;
    for (const [name, c] of Object.entries(run.platforms)) {
      if (c.tested > 0) {
        const cell = (this.fullMatrix[run.ecosystem] ??= {})[name] ??= {
          batches: 0,
          tested: 0,
          failed: 0,
          failureRate: null
        };
        cell.batches++;
        cell.tested += c.tested;
        cell.failed += c.failed;
        cell.failureRate = cell.failed / cell.tested;
      }
      const t = this.totals.get(name) ?? { tested: 0, passed: 0, failed: 0, skipped: 0 };
      t.tested += c.tested;
      t.passed += c.passed;
      t.failed += c.failed;
      t.skipped = (t.skipped ?? 0) + (c.skipped ?? 0);
      this.totals.set(name, t);
    }
    const week = this.weekOf(run.timestamp);
    const w = this.weeks.get(week) ?? { minutes: 0, batches: 0, without: 0 };
    const minutes = macosMinutesOf(run);
    w.batches++;
    if (minutes === void 0) w.without++;
    else w.minutes += minutes;
    this.weeks.set(week, w);
    let at = this.latest.length;
    while (at > 0 && this.newer(this.latest[at - 1], run)) at--;
    if (this.latest.length >= this.keep && at === 0) return;
    this.latest.splice(at, 0, run);
    if (this.latest.length > this.keep) this.latest.shift();
  }
  /**
   * Whether a failure record's raw text can matter, judged without parsing it: a record naming
   * a batch outside the window (and not the focus batch) cannot. Most of a long history is
   * skipped this way. Anything unusual (no batch_id, escapes, a `failures` array) is parsed.
   */
  mayMatter(text2) {
    if (this.options.last === 0 || text2.includes('"failures"')) return true;
    const id = BATCH_ID.exec(text2)?.[1];
    if (id === void 0 || id.includes("\\")) return true;
    const matters = this.window().ids.has(id) || id === this.focus()?.batchId;
    if (!matters) this.failures++;
    return matters;
  }
  /**
   * For reading a history newest first: the time before which no further run can change this
   * report (the window and the N before it, the focus batch's week, the latest batch that
   * tested anything) — undefined while runs of any time are still needed.
   */
  runHorizon() {
    if ("runs" in this.horizons) return this.horizons.runs;
    const o = this.options;
    const focus = this.focus();
    return this.horizons.runs = o.last === 0 || this.latest.length < this.keep || !this.lastTested || !focus ? void 0 : minTime([
      this.latest[0].timestamp,
      this.weekOf(focus.timestamp),
      this.lastTested.timestamp
    ]);
  }
  /** Likewise for failure records, once every run was added (an hour's slack, as when placing by time). */
  failureHorizon() {
    if ("failures" in this.horizons) return this.horizons.failures;
    if (this.options.last === 0) return this.horizons.failures = void 0;
    const w = this.window();
    const focus = this.focus();
    const earliest = minTime(
      [w.from || w.window[0]?.timestamp, w.beforeFocus || focus?.timestamp].filter(
        (t) => !!t
      )
    );
    return this.horizons.failures = earliest === void 0 ? void 0 : hourBefore(earliest);
  }
  /** Like mayMatter, for batch records read newest first: one whose time (read raw, unparsed)
   * is older than runHorizon() cannot change the report (counted, not parsed). */
  runMayMatter(rawTime) {
    const horizon = this.runHorizon();
    if (horizon === void 0 || rawTime === void 0 || rawTime >= horizon) return true;
    this.runs++;
    return false;
  }
  /** Call after every run was added: failures are matched against the window. */
  addFailure(failure) {
    this.failures++;
    if (this.options.ecosystem && failure.ecosystem !== void 0 && failure.ecosystem !== this.options.ecosystem)
      return;
    const w = this.window();
    const platform = this.options.platformOf ? this.options.platformOf(failure.environment) : failure.environment;
    if (this.options.platform && platform !== this.options.platform) return;
    const focus = this.focus();
    let inWindow;
    let inFocus = false;
    if (failure.batchId !== void 0) {
      inWindow = this.options.last === 0 || w.ids.has(failure.batchId);
      inFocus = focus !== void 0 && failure.batchId === focus.batchId;
    } else {
      const t = failure.timestamp;
      inWindow = t !== void 0 && t > w.from && t <= w.hourAfterTo;
      if (inWindow) this.matchedByTime++;
      if (focus && t !== void 0) inFocus = t > w.beforeFocus && t <= w.hourAfterFocus;
    }
    if (inFocus) bump(this.focusCounts, platform, failure.category);
    if (!inWindow) return;
    this.failuresInWindow++;
    bump(this.failureCounts, platform, failure.category);
    let perPlatform = this.recipeFailures.get(failure.recipe);
    if (!perPlatform) this.recipeFailures.set(failure.recipe, perPlatform = /* @__PURE__ */ new Map());
    const seen = perPlatform.get(platform);
    const timestamp = failure.timestamp ?? "";
    if (!seen) perPlatform.set(platform, { category: failure.category, timestamp });
    else if (timestamp > seen.timestamp || timestamp === seen.timestamp && failure.category > seen.category) {
      seen.category = failure.category;
      seen.timestamp = timestamp;
    }
  }
  report() {
    const o = this.options;
    const { window, previous } = this.window();
    const keepPlatform = (name) => !o.platform || name === o.platform;
    const sum = (runs) => {
      const m = /* @__PURE__ */ new Map();
      for (const run of runs)
        for (const [name, c] of Object.entries(run.platforms)) {
          if (!keepPlatform(name)) continue;
          const t = m.get(name) ?? { tested: 0, passed: 0, failed: 0, skipped: 0 };
          t.tested += c.tested;
          t.passed += c.passed;
          t.failed += c.failed;
          t.skipped = (t.skipped ?? 0) + (c.skipped ?? 0);
          m.set(name, t);
        }
      return m;
    };
    const current = o.last > 0 ? sum(window) : new Map([...this.totals].filter(([n]) => keepPlatform(n)));
    const before = sum(previous);
    const names = [...current.keys()].sort(platformOrder);
    const platforms = {};
    for (const name of names) {
      const c = current.get(name);
      const p = before.get(name);
      platforms[name] = {
        tested: c.tested,
        passed: c.passed,
        failed: c.failed,
        skipped: c.skipped ?? 0,
        passRate: rate(c.passed, c.tested),
        previousPassRate: p ? rate(p.passed, p.tested) : null
      };
    }
    const matrix = {};
    for (const run of o.last > 0 ? window : []) {
      for (const [name, c] of Object.entries(run.platforms)) {
        if (!keepPlatform(name) || c.tested === 0) continue;
        const row = matrix[run.ecosystem] ??= {};
        const cell = row[name] ??= { batches: 0, tested: 0, failed: 0, failureRate: null };
        cell.batches++;
        cell.tested += c.tested;
        cell.failed += c.failed;
        cell.failureRate = cell.failed / cell.tested;
      }
    }
    if (o.last === 0) {
      for (const [e, row] of Object.entries(this.fullMatrix))
        for (const [p, cell] of Object.entries(row))
          if (keepPlatform(p)) (matrix[e] ??= {})[p] = { ...cell };
    }
    const considerSkipping = Object.entries(matrix).flatMap(
      ([ecosystem, row]) => Object.entries(row).filter(
        ([, c]) => ecosystem !== MIXED && c.batches >= o.skipMinRuns && (c.failureRate ?? 0) > o.skipThreshold
      ).map(([platform, c]) => ({
        ecosystem,
        platform,
        failureRate: c.failureRate,
        batches: c.batches
      }))
    );
    const focus = this.focus();
    return {
      window: {
        last: o.last,
        batches: o.last > 0 ? window.length : this.runs,
        from: o.last > 0 ? window[0]?.timestamp : this.earliest,
        to: window[window.length - 1]?.timestamp,
        ecosystem: o.ecosystem,
        platform: o.platform
      },
      focus,
      platforms,
      trend: window.map((run) => ({
        batchId: run.batchId,
        ecosystem: run.ecosystem,
        timestamp: run.timestamp,
        passRates: Object.fromEntries(
          names.map((n) => [
            n,
            run.platforms[n] ? rate(run.platforms[n].passed, run.platforms[n].tested) : null
          ])
        )
      })),
      categories: categoryShares(this.failureCounts),
      focusCategories: categoryShares(this.focusCounts),
      matrix,
      macos: focus ? this.budget(focus.timestamp) : void 0,
      insights: {
        weakestPlatform: weakestPlatform(
          Object.fromEntries([...current].filter(([, c]) => c.tested > 0))
        ),
        unlock: this.unlock(),
        considerSkipping
      },
      lastTested: this.lastTested ? {
        batchId: this.lastTested.batchId,
        ecosystem: this.lastTested.ecosystem,
        timestamp: this.lastTested.timestamp
      } : void 0,
      counts: {
        runs: this.runs,
        duplicateRuns: this.duplicates,
        failures: this.failures,
        failuresInWindow: this.failuresInWindow,
        failuresMatchedByTime: this.matchedByTime
      }
    };
  }
  /** weekStart, once per day seen (asked for every run of a long history). */
  weekOf(timestamp) {
    const day = timestamp.endsWith("Z") ? timestamp.slice(0, 10) : timestamp;
    let week = this.weekByDay.get(day);
    if (week === void 0)
      this.weekByDay.set(day, week = weekStart(timestamp, this.options.weekStartDay));
    return week;
  }
  newer(a, b) {
    if (a.timestamp !== b.timestamp) return a.timestamp > b.timestamp;
    return this.position.get(a) > this.position.get(b);
  }
  /** The batch the summary is about: the requested one, else the latest. */
  focus() {
    return this.options.batchId !== void 0 ? this.focusRun : this.latest[this.latest.length - 1];
  }
  window() {
    if (!this.windowCache) {
      const n = this.options.last > 0 ? this.options.last : this.latest.length;
      const window = this.latest.slice(-n);
      const previous = this.options.last > 0 ? this.latest.slice(0, -n).slice(-n) : [];
      const beforeWindow = this.latest[this.latest.length - window.length - 1];
      const focus = this.focus();
      this.windowCache = {
        beforeFocus: focus ? this.latest.filter((r) => r.timestamp < focus.timestamp).pop()?.timestamp ?? "" : "",
        window,
        previous,
        ids: new Set(window.map((r) => r.batchId)),
        from: this.options.last > 0 ? beforeWindow?.timestamp ?? "" : "",
        to: window[window.length - 1]?.timestamp ?? "",
        hourAfterTo: hourAfter(window[window.length - 1]?.timestamp ?? ""),
        hourAfterFocus: focus ? hourAfter(focus.timestamp) : ""
      };
    }
    return this.windowCache;
  }
  budget(at) {
    const o = this.options;
    const start = weekStart(at, o.weekStartDay);
    const w = this.weeks.get(start) ?? { minutes: 0, batches: 0, without: 0 };
    const days = Math.max(1, (Date.parse(at) - Date.parse(start)) / 864e5);
    const burnPerDay = w.minutes / days;
    const projected = Math.max(w.minutes, burnPerDay * 7);
    return {
      weekStart: start,
      weekEnd: new Date(Date.parse(start) + 7 * 864e5).toISOString().slice(0, 19) + "Z",
      usedMinutes: round1(w.minutes),
      budgetMinutes: o.macosBudgetMinutes,
      burnPerDay: round1(burnPerDay),
      projectedMinutes: round1(projected),
      overBudget: projected > o.macosBudgetMinutes,
      batches: w.batches,
      batchesWithoutMinutes: w.without
    };
  }
  /** Per platform, the category whose fixing would unlock most recipes that fail only there. */
  unlock() {
    const perPlatform = /* @__PURE__ */ new Map();
    for (const [recipe, platforms] of this.recipeFailures) {
      if (platforms.size !== 1) continue;
      const [platform, { category }] = [...platforms][0];
      const cats = perPlatform.get(platform) ?? /* @__PURE__ */ new Map();
      cats.set(category, [...cats.get(category) ?? [], recipe]);
      perPlatform.set(platform, cats);
    }
    return [...perPlatform].sort(([a], [b]) => platformOrder(a, b)).map(([platform, cats]) => {
      const [category, recipes] = [...cats].sort(
        (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)
      )[0];
      return {
        platform,
        category,
        recipes: recipes.length,
        examples: [...recipes].sort().slice(0, 5)
      };
    });
  }
};
function bump(map, platform, category) {
  const cats = map.get(platform) ?? /* @__PURE__ */ new Map();
  cats.set(category, (cats.get(category) ?? 0) + 1);
  map.set(platform, cats);
}
function categoryShares(map) {
  const out = {};
  for (const platform of [...map.keys()].sort(platformOrder)) {
    const cats = map.get(platform);
    const total = [...cats.values()].reduce((a, b) => a + b, 0);
    out[platform] = [...cats].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([category, count]) => ({ category, count, share: count / total }));
  }
  return out;
}
function macosMinutesOf(run) {
  if (run.macosMinutes !== void 0) return run.macosMinutes;
  const darwin = Object.entries(run.platforms).filter(([n]) => n.startsWith("darwin-"));
  const durations = darwin.map(([, c]) => c.duration_seconds).filter((d) => typeof d === "number");
  if (darwin.length > 0 && durations.length === darwin.length)
    return durations.reduce((a, b) => a + b, 0) / 60;
  return void 0;
}
function weekStart(timestamp, day) {
  const t = new Date(timestamp);
  const back = (t.getUTCDay() - day + 7) % 7;
  const start = Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate() - back);
  return new Date(start).toISOString().slice(0, 19) + "Z";
}
function hourBefore(timestamp) {
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? timestamp : new Date(t - 36e5).toISOString().slice(0, 19) + "Z";
}
var minTime = (times) => times.reduce((a, b) => a === void 0 || b < a ? b : a, void 0);
function hourAfter(timestamp) {
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? timestamp : new Date(t + 36e5).toISOString().slice(0, 19) + "Z";
}
var round1 = (v) => Math.round(v * 10) / 10;
function parseWeekStart(value) {
  const days = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
  const i = days.indexOf(value.trim().toLowerCase());
  if (i === -1)
    throw new InputError(`week-start ${JSON.stringify(value)} is not a day of the week`);
  return i;
}

// src/history/json-stream.ts
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
  static splitStrictly(text2, line) {
    const strict = new _JsonValueSplitter(false);
    strict.line = line;
    return [...strict.push(text2), ...strict.finish()];
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
      } else if (this.depth === 0 && c > 32) {
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

// src/history/lines-from-end.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var NEWLINE = 10;
function* linesFromEnd(file, maxBlock = 1 << 20, firstBlock = Math.min(maxBlock, 64 << 10)) {
  const fd = openSync(file, "r");
  try {
    let position = fstatSync(fd).size;
    let carry = Buffer.alloc(0);
    for (let blockSize = firstBlock; position > 0; blockSize = Math.min(maxBlock, blockSize * 2)) {
      const length = Math.min(blockSize, position);
      position -= length;
      const block = Buffer.allocUnsafe(length);
      for (let read = 0; read < length; ) {
        const bytesRead = readSync(fd, block, read, length - read, position + read);
        if (bytesRead === 0) throw new Error(`${file} shrank while it was read`);
        read += bytesRead;
      }
      const bytes = carry.length ? Buffer.concat([block, carry]) : block;
      let end = bytes.length;
      for (let nl = end > 0 ? bytes.lastIndexOf(NEWLINE, end - 1) : -1; nl !== -1; ) {
        const line = lineText(bytes, nl + 1, end);
        if (line) yield line;
        end = nl;
        nl = end > 0 ? bytes.lastIndexOf(NEWLINE, end - 1) : -1;
      }
      carry = bytes.subarray(0, end);
    }
    const first = lineText(carry, 0, carry.length);
    if (first) yield first;
  } finally {
    closeSync(fd);
  }
}
function lineText(bytes, start, end) {
  return bytes.toString("utf8", start, end).trim();
}

// src/history/load.ts
async function exists(path) {
  return stat(path).then(
    (s) => s.isFile(),
    () => false
  );
}
async function filesUnder(dir) {
  try {
    const names = (await readdir(dir, { recursive: true })).map(String);
    return names.filter((n) => /\.jsonl?$/.test(n)).sort().map((n) => join(dir, n));
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
}
async function historyFiles(root, paths) {
  const metricsFile = join(root, paths.metricsPath);
  const dir = dirname(metricsFile);
  const stem = basename(metricsFile).replace(/\.jsonl?$/, "");
  const siblings = (await filesUnder(dir)).filter(
    (f) => dirname(f) === dir && basename(f).startsWith(`${stem}-`)
  );
  const metrics = [...await exists(metricsFile) ? [metricsFile] : [], ...siblings];
  return { metrics, failures: await filesUnder(join(root, paths.failuresDir)) };
}
async function eachJsonValue(file, shownAs, each, skipped, mayMatter = () => true) {
  const splitter = new JsonValueSplitter();
  const handle = (texts, retry = true) => {
    for (const { text: text2, line } of texts) {
      if (!mayMatter(text2)) continue;
      let value;
      try {
        value = JSON.parse(text2);
      } catch (error) {
        const pieces = retry ? JsonValueSplitter.splitStrictly(text2, line) : [];
        if (pieces.length > 1) handle(pieces, false);
        else skipped.push({ file: shownAs, line, reason: error.message });
        continue;
      }
      each(value);
    }
  };
  const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 });
  for await (const chunk of stream) handle(splitter.push(chunk));
  handle(splitter.finish());
}
var TAIL_MARGIN = 1e3;
async function loadHistory(root, paths, options, { readAll = false } = {}) {
  const files = await historyFiles(root, paths);
  if (options.last > 0 && !readAll) {
    const newestFirst = loadNewestFirst(root, files, options);
    if (newestFirst) return newestFirst;
  }
  return loadWhole(root, files, options);
}
async function loadWhole(root, files, options) {
  const acc = new HistoryAccumulator(options);
  const skipped = [];
  let ignored = 0;
  for (const file of files.metrics) {
    await eachJsonValue(
      file,
      relative(root, file),
      (value) => {
        const run = toBatchRun(value);
        if (run) acc.addRun(run);
        else ignored++;
      },
      skipped
    );
  }
  for (const file of files.failures) {
    await eachJsonValue(
      file,
      relative(root, file),
      (value) => {
        const failures = toFailures(value);
        if (failures.length === 0) ignored++;
        for (const f of failures) acc.addFailure(f);
      },
      skipped,
      (text2) => acc.mayMatter(text2)
    );
  }
  return {
    report: acc.report(),
    files: { metrics: files.metrics.length, failures: files.failures.length },
    skipped,
    ignored,
    readFromEnd: false
  };
}
function loadNewestFirst(root, files, options) {
  const acc = new HistoryAccumulator(options);
  let ignored = 0;
  let leftEarly = false;
  for (const [index, file] of files.metrics.entries()) {
    let position = (index + 1) * 2 ** 40;
    const read = eachLineNewestFirst(
      file,
      () => acc.runHorizon(),
      (value) => {
        const run = toBatchRun(value);
        if (run) acc.addRun(run, --position);
        else ignored++;
        return run?.timestamp;
      },
      (_text, rawTime) => acc.runMayMatter(rawTime)
    );
    if (read === "unsuitable") return void 0;
    leftEarly ||= read === "left early";
  }
  for (const file of files.failures) {
    const read = eachLineNewestFirst(
      file,
      () => acc.failureHorizon(),
      (value) => {
        const failures = toFailures(value);
        if (failures.length === 0) ignored++;
        for (const f of failures) acc.addFailure(f);
      },
      (text2) => acc.mayMatter(text2)
    );
    if (read === "unsuitable") return void 0;
    leftEarly ||= read === "left early";
  }
  return {
    report: acc.report(),
    files: { metrics: files.metrics.length, failures: files.failures.length },
    skipped: [],
    ignored,
    readFromEnd: leftEarly
  };
}
function eachLineNewestFirst(file, horizon, each, mayMatter = () => true) {
  let older = 0;
  for (const text2 of linesFromEnd(file)) {
    if (!text2.startsWith("{") || !text2.endsWith("}")) return "unsuitable";
    const rawTime = rawTimestamp(text2);
    let time = rawTime;
    if (mayMatter(text2, rawTime)) {
      let value;
      try {
        value = JSON.parse(text2);
      } catch {
        return "unsuitable";
      }
      time = each(value) ?? rawTime;
    }
    if (time === void 0) continue;
    const before = horizon();
    older = before !== void 0 && time < before ? older + 1 : 0;
    if (older >= TAIL_MARGIN) return "left early";
  }
  return "read whole";
}

// src/history/options.ts
function wholeNumber(name, value) {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n))
    throw new InputError(`${name} ${JSON.stringify(value)} is not a whole number`);
  return n;
}
function parseRatio(name, value) {
  const v = value.trim();
  const n = v.endsWith("%") ? Number(v.slice(0, -1)) / 100 : Number(v);
  if (v === "" || !Number.isFinite(n) || n < 0 || n > 1)
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
    batchId: inputs.batchId || void 0,
    macosBudgetMinutes: inputs.macosBudget ? wholeNumber("macos-budget", inputs.macosBudget) : d.macosBudgetMinutes,
    weekStartDay: inputs.weekStart ? parseWeekStart(inputs.weekStart) : d.weekStartDay,
    skipThreshold: inputs.skipThreshold ? parseRatio("skip-threshold", inputs.skipThreshold) : d.skipThreshold,
    platformOf: parsePlatformMap(inputs.platformMap ?? DEFAULT_PLATFORM_MAP)
  };
}

// src/history/source.ts
async function checkoutBranch(backend, branch, prefixes) {
  const name = branch || await backend.defaultBranch();
  return { root: await backend.checkout(name, prefixes), branch: name };
}
function folderOf(path) {
  const at = path.lastIndexOf("/");
  return at === -1 ? path : path.slice(0, at);
}

// src/history/summarize.ts
async function summarizeBatch(backend, inputs) {
  const options = historyOptions(inputs);
  const minPassRate = inputs.minPassRate ? parseRatio("min-pass-rate", inputs.minPassRate) : void 0;
  const paths = {
    metricsPath: inputs.metricsPath || DEFAULT_METRICS_PATH,
    failuresDir: inputs.failuresDir || DEFAULT_FAILURES_DIR
  };
  const { root, branch } = await checkoutBranch(backend, inputs.branch, [
    folderOf(paths.metricsPath),
    paths.failuresDir
  ]);
  if (!root)
    throw new InputError(
      `Branch ${branch} does not exist in ${backend.description}: no batch history to summarize`
    );
  const loaded = await loadHistory(root, paths, options, { readAll: inputs.readAll });
  if (options.batchId && !loaded.report.focus) {
    throw new InputError(
      `No batch ${JSON.stringify(options.batchId)} in ${paths.metricsPath} on ${branch}${options.ecosystem ? ` for ${options.ecosystem}` : ""}`
    );
  }
  return {
    summary: batchSummary(loaded.report, { minPassRate, skipThreshold: options.skipThreshold }),
    loaded,
    branch
  };
}
export {
  summarizeBatch
};

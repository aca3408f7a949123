import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  code,
  duration,
  pValue,
  percent,
  table,
  text
} from "./chunk-SUOMKFCV.js";

// src/history/attention.ts
var rate = (c) => c.tested > 0 ? c.passed / c.tested : null;
function attentionOf(r, minPassRate) {
  const alerts = [];
  const focus = r.focus;
  const breaches = [];
  if (focus && minPassRate !== void 0) {
    for (const [platform, c] of Object.entries(focus.platforms)) {
      const passRate = rate(c);
      if (passRate !== null && passRate < minPassRate) {
        breaches.push(platform);
        alerts.push({
          kind: "breach",
          platform,
          passed: c.passed,
          tested: c.tested,
          passRate,
          minPassRate
        });
      }
    }
  }
  if (r.macos?.overBudget)
    alerts.push({
      kind: "over-budget",
      projected: r.macos.projectedMinutes,
      budget: r.macos.budgetMinutes,
      weekStart: r.macos.weekStart
    });
  const focusTested = focus && Object.values(focus.platforms).some((c) => c.tested > 0);
  if (r.idle.batches > 0)
    alerts.push({ kind: "idle", batches: r.idle.batches, since: r.idle.since });
  else if (focus && !focusTested) alerts.push({ kind: "nothing-tested" });
  for (const platform of r.focusDetail?.missingPlatforms ?? [])
    alerts.push({
      kind: "missing-platform",
      platform,
      previousBatchId: r.focusDetail.previous.batchId
    });
  const darwinTested = focus && Object.entries(focus.platforms).some(([n, c]) => n.startsWith("darwin-") && c.tested > 0);
  if (r.macos && darwinTested && r.macos.batchesWithoutMinutes > 0)
    alerts.push({
      kind: "minutes-unknown",
      without: r.macos.batchesWithoutMinutes,
      batches: r.macos.batches,
      weekStart: r.macos.weekStart
    });
  for (const c of r.insights.passRateChanges.changes)
    if (c.falling) alerts.push({ kind: "pass-rate-drop", ...c });
  for (const f of r.insights.falling) alerts.push({ kind: "falling", ...f });
  const failing = alerts.some((a) => a.kind === "breach" || a.kind === "over-budget");
  return { status: failing ? "failing" : alerts.length ? "warning" : "ok", alerts, breaches };
}
function batchPassRate(platforms) {
  let passed = 0;
  let tested = 0;
  for (const c of Object.values(platforms)) {
    passed += c.passed;
    tested += c.tested;
  }
  return { passed, tested, rate: tested > 0 ? passed / tested : null };
}

// src/report/history-sections.ts
var pct1 = (r) => r === null || r === void 0 ? "\u2013" : `${(r * 100).toFixed(1)}%`;
function change(p) {
  if (p.passRate === null || p.previousPassRate === null) return "\u2013";
  const pts = (p.passRate - p.previousPassRate) * 100;
  return `${pts >= 0 ? "+" : "\u2212"}${Math.abs(pts).toFixed(1)} pts`;
}
function passRateChangeWords(c) {
  const pts = (c.after - c.before) * 100;
  return `${c.falling ? "fell" : "rose"} from ${pct1(c.before)} to ${pct1(c.after)} (${pts >= 0 ? "+" : "\u2212"}${Math.abs(pts).toFixed(1)} pts) with batch ${c.batchId} (${c.timestamp}): mean of the ${c.batchesBefore} batches with results before, the ${c.batchesAfter} since; ${pValue(c.pValue)}`;
}
function windowLabel(r) {
  const span = r.window.from ? `, ${r.window.from.slice(0, 10)} \u2192 ${(r.window.to ?? "").slice(0, 10)}` : "";
  const n = r.window.batches;
  return r.window.last > 0 ? `last ${n === 1 ? "batch" : `${n} batches`}${span}` : `all ${n} batch${n === 1 ? "" : "es"}${span}`;
}
function budgetLine(m) {
  const week = `the week of ${m.weekStart.slice(0, 10)}`;
  if (m.batches > 0 && m.batchesWithoutMinutes === m.batches)
    return `unknown in ${week}: none of its ${m.batches} batch${m.batches === 1 ? "" : "es"} recorded macOS minutes`;
  const unknown = m.batchesWithoutMinutes ? `; ${m.batchesWithoutMinutes} of ${m.batches} batches recorded no macOS minutes, so these figures are a floor` : "";
  return `${m.usedMinutes} / ${m.budgetMinutes} min (${percent(m.usedMinutes / m.budgetMinutes, 1)}) in ${week}; burn ${m.burnPerDay} min/day, projected ${m.projectedMinutes} min by ${m.weekEnd.slice(0, 10)}${unknown}`;
}
function budgetMark(m) {
  if (m.overBudget) return "\u26A0\uFE0F";
  return m.batchesWithoutMinutes > 0 ? "\u2754" : "\u{1F34F}";
}
function foldedNote(r) {
  if (r.folded.length === 0) return void 0;
  const byTarget = /* @__PURE__ */ new Map();
  for (const { from, to } of r.folded) byTarget.set(to, [...byTarget.get(to) ?? [], from]);
  return `_Failure environments counted under the platforms the batch records name: ${[...byTarget].map(([to, froms]) => `${froms.map(text).join(", ")} \u2192 ${text(to)}`).join("; ")}._`;
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
var FLOOR_COLOUR = "#7f7f7f";
var label = (s) => `"${s.replace(/[^A-Za-z0-9 ._:/+-]/g, "").slice(0, 40)}"`;
var LABELLED_POINTS = 5;
function trendChart(r, minPassRate) {
  const points2 = r.trend.filter((t) => Object.values(t.passRates).some((v) => v !== null));
  const tested = Object.keys(r.platforms).filter((n) => points2.some((p) => p.passRates[n] != null));
  const complete = tested.filter((n) => points2.every((p) => p.passRates[n] != null));
  const names = complete.slice(0, PALETTE.length);
  const notDrawn = tested.filter((n) => !names.includes(n));
  if (points2.length < 2 || names.length === 0) return void 0;
  const lines = names.map((name) => points2.map((p) => Math.round(p.passRates[name] * 1e3) / 10));
  const withFloor = minPassRate !== void 0 && names.length < PALETTE.length;
  if (withFloor) lines.push(points2.map(() => Math.round(minPassRate * 1e3) / 10));
  const all = Object.keys(r.platforms);
  const mark = (n) => PALETTE[all.indexOf(n) % PALETTE.length];
  const colours = names.map((n) => mark(n)[0]);
  if (withFloor) colours.push(FLOOR_COLOUR);
  const first = points2[0].timestamp.slice(0, 10);
  const last = points2[points2.length - 1].timestamp.slice(0, 10);
  const xAxis = points2.length <= LABELLED_POINTS ? `    x-axis [${points2.map((p) => label(p.batchId)).join(", ")}]` : `    x-axis "Batch (1 = oldest, ${first}; ${points2.length} = newest, ${last})" 1 --> ${points2.length}`;
  const skippedBatches = r.trend.length - points2.length;
  const legend = [
    ...names.map((n) => `${mark(n)[1]} ${text(n)}`),
    ...withFloor ? [`\u2796 min-pass-rate ${percent(minPassRate)}`] : []
  ].join(" \xB7 ");
  const notes = [
    skippedBatches > 0 ? `${skippedBatches} batch(es) that tested nothing are left out.` : "",
    notDrawn.length ? `Not drawn, having no results in some of these batches (see the table): ${notDrawn.map(text).join(", ")}.` : ""
  ].filter(Boolean);
  return [
    "```mermaid",
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${colours.join(", ")}"}}}}%%`,
    "xychart-beta",
    `    title "Pass rate per platform, ${points2.length} batches, ${first} to ${last}"`,
    xAxis,
    '    y-axis "Pass rate (%)" 0 --> 100',
    ...lines.map((values) => `    line [${values.join(", ")}]`),
    "```",
    legend + (notes.length ? `

_${notes.join(" ")}_` : "")
  ].join("\n");
}
function trendsTable(r) {
  const before = r.window.last > 0 ? r.window.previousBatches : 0;
  const rows = Object.entries(r.platforms).map(([name, p]) => [
    text(name),
    pct1(p.passRate),
    `${p.passed}/${p.tested}`,
    ...before > 0 ? [change(p)] : []
  ]);
  const headers = ["Platform", "Pass rate", "Passed/tested"];
  if (before > 0) headers.push(`Change vs the ${before} batch${before === 1 ? "" : "es"} before`);
  const table_ = table(headers, rows, ["left", "right", "right", "right"]);
  return before > 0 || r.window.last === 0 ? table_ : `${table_}

_No batches before this window to compare with._`;
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
function insightLines(r, threshold, alertsShown = false) {
  const lines = [];
  const weakest = r.insights.weakestPlatform;
  const weakestRate = weakest ? r.platforms[weakest]?.passRate : null;
  if (r.window.batches > 1 && weakest && weakestRate !== null && weakestRate !== void 0 && weakestRate < 1) {
    lines.push(
      `Weakest platform over the ${windowLabel(r)}: ${weakest} (${pct1(weakestRate)} pass rate)`
    );
  }
  for (const c of r.insights.passRateChanges.changes)
    if (!alertsShown || !c.falling)
      lines.push(`${c.platform}: pass rate ${passRateChangeWords(c)} (change-point detection)`);
  for (const f of alertsShown ? [] : r.insights.falling)
    lines.push(
      `${f.platform}: pass rate fell from ${pct1(f.from)} to ${pct1(f.to)} (older vs newer half of ${f.batches} batches with results: too few for change-point detection)`
    );
  for (const u of r.insights.unlock) {
    lines.push(
      `${u.platform}: fixing ${u.category} would unlock ${u.recipes === 1 ? "1 recipe that fails" : `${u.recipes} recipes that fail`} only there (${u.recipes === 1 ? "" : "e.g. "}${u.examples.join(", ")})`
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

// src/report/focus-sections.ts
var batches = (n) => `${n} batch${n === 1 ? "" : "es"}`;
var STATUS_MARK = { ok: "\u2705", warning: "\u26A0\uFE0F", failing: "\u274C" };
function points(now, before) {
  if (now === null || now === void 0 || before === null || before === void 0) return "";
  const pts = (now - before) * 100;
  return `${pts >= 0 ? "+" : "\u2212"}${Math.abs(pts).toFixed(1)} pts`;
}
function headlineParts(r, esc = (v) => v) {
  const focus = r.focus;
  const detail = r.focusDetail;
  const now = batchPassRate(focus.platforms);
  const parts = [];
  if (now.tested === 0) parts.push("no recipe tested");
  else {
    const before = detail?.previous ? batchPassRate(detail.previous.platforms).rate : null;
    const change2 = points(now.rate, before);
    parts.push(
      `${now.passed}/${now.tested} passed (${percent(now.rate ?? void 0)}${change2 ? `, ${change2} vs the previous ${esc(focus.ecosystem)} batch with results` : ""})`
    );
  }
  if (focus.merged !== void 0 && focus.total !== void 0)
    parts.push(`merged ${focus.merged} of ${focus.total}`);
  const weakest = detail?.weakestPlatform ? focus.platforms[detail.weakestPlatform] : void 0;
  if (detail?.weakestPlatform && weakest && weakest.tested > 0 && weakest.passed < weakest.tested) {
    const p = detail.previous?.platforms[detail.weakestPlatform];
    const rate2 = weakest.passed / weakest.tested;
    const change2 = points(rate2, p && p.tested > 0 ? p.passed / p.tested : null);
    parts.push(
      `weakest ${esc(detail.weakestPlatform)} ${percent(rate2)}${change2 ? ` (${change2})` : ""}`
    );
  }
  if (r.macos) {
    const m = r.macos;
    parts.push(
      m.batches > 0 && m.batchesWithoutMinutes === m.batches ? `macOS minutes unknown in the week of ${m.weekStart.slice(0, 10)}` : `macOS projected ${m.projectedMinutes} / ${m.budgetMinutes} min in the week of ${m.weekStart.slice(0, 10)}`
    );
  }
  return {
    batch: `Batch ${esc(focus.batchId)}`,
    where: `(${esc(focus.ecosystem)}, ${focus.timestamp})`,
    parts
  };
}
function headline(r, attention) {
  const { batch, where, parts } = headlineParts(r, text);
  return `${STATUS_MARK[attention.status]} **${batch}** ${where}: ${parts.join(" \xB7 ")}`;
}
function alertSentence(a) {
  switch (a.kind) {
    case "breach":
      return `${a.platform} passed ${a.passed}/${a.tested} (${percent(a.passRate)}), below the minimum pass rate of ${percent(a.minPassRate)}.`;
    case "over-budget":
      return `macOS minutes projected at ${a.projected} of the ${a.budget}-minute budget for the week of ${a.weekStart.slice(0, 10)}.`;
    case "idle":
      return a.since ? `No recipe tested for ${batches(a.batches)}, since ${a.since}.` : `No batch in the history tested any recipe (${batches(a.batches)}).`;
    case "nothing-tested":
      return "This batch tested no recipe.";
    case "missing-platform":
      return `No record of ${a.platform} in this batch, though batch ${a.previousBatchId} before it had results there: its artifact may be missing.`;
    case "minutes-unknown":
      if (a.without === a.batches)
        return `macOS minutes unknown: none of the ${batches(a.batches)} in the week of ${a.weekStart.slice(0, 10)} recorded them.`;
      return `macOS minutes unknown for ${a.without} of the ${batches(a.batches)} in the week of ${a.weekStart.slice(0, 10)}: the budget figures count only the rest.`;
    case "falling":
      return `${a.platform}'s pass rate fell from ${percent(a.from)} in the older half of its last ${a.batches} batches with results to ${percent(a.to)} in the newer half.`;
    case "pass-rate-drop":
      return `${a.platform}'s pass rate ${passRateChangeWords(a)} (change-point detection).`;
  }
}
function alertsMarkdown(attention) {
  if (attention.alerts.length === 0) return void 0;
  const kind = attention.status === "failing" ? "CAUTION" : "WARNING";
  return [`> [!${kind}]`, ...attention.alerts.map((a) => `> - ${text(alertSentence(a))}`)].join(
    "\n"
  );
}
var BLOCKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
var SPARK_POINTS = 20;
var trendHeader = (r) => r.trend.length > SPARK_POINTS ? `Trend (last ${SPARK_POINTS} of ${r.trend.length} batches)` : `Trend (${r.trend.length} batch${r.trend.length === 1 ? "" : "es"})`;
function sparkline(r, platform) {
  return r.trend.slice(-SPARK_POINTS).map((t) => {
    const v = t.passRates[platform];
    return v === null || v === void 0 ? "\xB7" : BLOCKS[Math.round(v * (BLOCKS.length - 1))];
  }).join("");
}
function focusTable(r, compact = false) {
  const focus = r.focus;
  const previous = r.focusDetail?.previous;
  const rows = Object.entries(focus.platforms).map(([name, c]) => {
    const p = previous?.platforms[name];
    const now = c.tested > 0 ? c.passed / c.tested : null;
    return [
      text(name),
      String(c.tested),
      String(c.passed),
      String(c.failed),
      String(c.skipped ?? 0),
      pct1(now),
      points(now, p && p.tested > 0 ? p.passed / p.tested : null) || "\u2013",
      `\`${sparkline(r, name)}\``,
      duration(typeof c.duration_seconds === "number" ? c.duration_seconds : void 0)
    ];
  });
  const total = batchPassRate(focus.platforms);
  const before = previous ? batchPassRate(previous.platforms).rate : null;
  const sum = (k) => Object.values(focus.platforms).reduce((a, c) => a + (c[k] ?? 0), 0);
  rows.push([
    "**Total**",
    String(total.tested),
    String(total.passed),
    String(sum("failed")),
    String(sum("skipped")),
    pct1(total.rate),
    points(total.rate, before) || "\u2013",
    "",
    ""
  ]);
  const vs = previous ? "vs previous" : "Change";
  if (compact) {
    const keep = [0, 5, 6, 7];
    return table(
      ["Platform", "Pass rate", vs, trendHeader(r)],
      rows.map((row) => keep.map((i) => row[i])),
      ["left", "right", "right", "left"]
    );
  }
  return table(
    [
      "Platform",
      "Tested",
      "Passed",
      "Failed",
      "Skipped",
      "Pass rate",
      vs,
      trendHeader(r),
      "Duration"
    ],
    rows,
    ["left", "right", "right", "right", "right", "right", "right", "left", "right"]
  );
}
function sameIdNote(r) {
  const same = r.focusDetail?.sameId ?? [];
  if (same.length < 2) return void 0;
  const others = same.filter((t) => t !== r.focus.timestamp);
  return `${same.length} records carry batch id ${text(r.focus.batchId)}; this is the one written at ${r.focus.timestamp}. The others were written at ${others.slice(-10).join(", ")}${others.length > 10 ? ` and ${others.length - 10} earlier` : ""}; pick one with \`--batch-id ID@TIME\` (the \`batch-id\` input likewise), e.g. ${code(`${r.focus.batchId}@${others[others.length - 1]}`)}.`;
}
var LIST_LIMIT = 20;
function changesMarkdown(r) {
  const detail = r.focusDetail;
  if (!detail?.previous) return void 0;
  const newly = detail.newlyFailing;
  const items = newly.slice(0, LIST_LIMIT).map((f) => `${text(f.recipe)} on ${text(f.platform)}`).join(", ");
  return [
    `### Since the previous ${text(r.focus.ecosystem)} batch with results (${text(detail.previous.batchId)}, ${detail.previous.timestamp})`,
    newly.length ? `**Newly failing:** ${newly.length} \u2014 ${items}${newly.length > LIST_LIMIT ? `, \u2026 ${newly.length - LIST_LIMIT} more` : ""}.` : "**Newly failing:** none \u2014 every failure of this batch was failing in the previous one too.",
    "_Batch records count passes but do not name them, so recipes that stopped failing are not listed._"
  ].join("\n\n");
}
function failingRecipesMarkdown(r) {
  const detail = r.focusDetail;
  if (!detail || detail.failureCount === 0) return void 0;
  const byPlatform = /* @__PURE__ */ new Map();
  for (const f of detail.failures)
    byPlatform.set(f.platform, [...byPlatform.get(f.platform) ?? [], f]);
  const parts = [
    `<details><summary>Failing recipes: ${detail.failureCount} (recipe \xD7 platform, from the failure records)</summary>`,
    "",
    // Failure records can name several detailed environments per platform, and failures of
    // generation before any test: their count need not match the batch record's "Failed".
    `_One row per recipe and platform in the failure records written for this batch; they may include failures before testing (e.g. generation), so the count can differ from the table's "Failed"._`,
    ""
  ];
  for (const [platform, failures] of byPlatform) {
    parts.push(`**${text(platform)}** (${failures.length})`, "");
    parts.push(
      table(
        ["Recipe", "Category", "Exit code", "Message (first line)"],
        failures.map((f) => [
          text(f.recipe),
          text(f.category),
          f.exitCode === void 0 ? "\u2013" : String(f.exitCode),
          text(firstLine(f.message))
        ]),
        ["left", "left", "right", "left"]
      ),
      ""
    );
  }
  if (detail.failureCount > detail.failures.length)
    parts.push(`\u2026 and ${detail.failureCount - detail.failures.length} more.`, "");
  parts.push("</details>");
  return parts.join("\n");
}
function firstLine(message) {
  const line = (message ?? "").split(/\r?\n/).find((l) => l.trim() !== "") ?? "";
  return line.length > 160 ? `${line.slice(0, 157)}\u2026` : line || "\u2013";
}

export {
  attentionOf,
  windowLabel,
  budgetLine,
  budgetMark,
  foldedNote,
  trendChart,
  trendsTable,
  categoriesTable,
  matrixTable,
  insightLines,
  points,
  headlineParts,
  headline,
  alertSentence,
  alertsMarkdown,
  sparkline,
  focusTable,
  sameIdNote,
  changesMarkdown,
  failingRecipesMarkdown
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  duration,
  percent,
  table,
  terminalSafe,
  text
} from "./chunk-SUOMKFCV.js";

// src/report/objectives.ts
var MARK = {
  met: "\u2705",
  "at-risk": "\u26A0\uFE0F",
  exhausted: "\u274C",
  "no-data": "\u2013"
};
var WORD = {
  met: "met",
  "at-risk": "at risk",
  exhausted: "exhausted",
  "no-data": "no data"
};
var statusWord = (s) => WORD[s];
function money(dollars) {
  if (dollars === void 0 || !Number.isFinite(dollars)) return "\u2013";
  if (dollars === 0) return "$0";
  if (dollars < 0.01) return "<$0.01";
  return `$${dollars.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function budgetLeftWords(b) {
  if (b.status === "no-data") return "\u2013";
  if (b.budgetLeft > 0) return `${percent(b.budgetLeft)} left`;
  return `none left (${percent(b.bad / b.allowed)} spent)`;
}
var times = (rate) => `${rate.toFixed(1)}\xD7`;
function burnWords(b, unit) {
  return `${times(b.long.rate)} over the last ${plural(b.long.units, unit)}, ${times(b.short.rate)} over the last ${plural(b.short.units, unit)}`;
}
var windowWords = (w, what = "runs") => w.unit === "runs" ? `the last ${w.count} ${what}` : `${what} of the last ${plural(w.count, "day")}`;
function successRow(p, b) {
  return {
    subject: `${p.env} ${p.phase}`,
    objective: `success \u2265 ${percent(b.objective, 1).replace(".0%", "%")}`,
    window: `${windowWords(b.over)} (${b.units})`,
    actual: b.units ? `${percent((b.events - b.bad) / b.events, 1)} (${b.bad} failed)` : "\u2013",
    budget: b,
    unit: "run",
    badWords: `${b.bad} of ${plural(b.events, "run")} failed`
  };
}
function durationRow(p, b) {
  return {
    subject: `${p.env} ${p.phase}`,
    objective: `p${b.percentile} \u2264 ${duration(b.maxSeconds)}`,
    window: `${windowWords(b.over, "successful runs")} (${b.units})`,
    actual: b.units ? `p${b.percentile} ${duration(b.observedSeconds)} (${b.bad} over)` : "\u2013",
    budget: b,
    unit: "successful run",
    badWords: `${b.bad} of ${plural(b.events, "successful run")} took over ${duration(b.maxSeconds)}`
  };
}
function platformRow(p) {
  return {
    subject: p.platform,
    objective: `pass rate \u2265 ${percent(p.objective, 1).replace(".0%", "%")}`,
    window: `the last ${p.overBatches} batches (${p.units} tested it)`,
    actual: p.events ? `${percent((p.events - p.bad) / p.events, 1)} (${p.bad} of ${p.events} failed)` : "nothing tested",
    budget: p,
    unit: "batch",
    badWords: `${p.bad} of ${plural(p.events, "test")} failed`
  };
}
var phaseRows = (p) => p ? [
  ...p.success ? [successRow(p, p.success)] : [],
  ...p.duration ? [durationRow(p, p.duration)] : []
] : [];
function alertSentence(r) {
  const b = r.budget;
  if (b.status === "exhausted")
    return `${r.subject} ${r.objective}: error budget exhausted \u2014 ${r.badWords} over ${r.window.replace(/ \([^)]*\)$/, "")}, the objective allows ${+b.allowed.toFixed(1)}.`;
  return `${r.subject} ${r.objective}: burning fast \u2014 ${burnWords(b, r.unit)} (${times(b.fast)} spends the budget in ${percent(1 / b.fast)} of its window); ${budgetLeftWords(b)}.`;
}
var alerting = (rows) => rows.filter((r) => r.budget.status === "at-risk" || r.budget.status === "exhausted");
function timingAlerts(p) {
  return alerting(phaseRows(p)).map(alertSentence);
}
function platformAlerts(i) {
  return alerting(i.platforms.map(platformRow)).map(alertSentence);
}
function topLine(status, sentences) {
  if (sentences.length === 0) return void 0;
  const head = status === "exhausted" ? "Error budget exhausted" : "Objective at risk";
  const more = sentences.length > 1 ? ` (and ${plural(sentences.length - 1, "other")} below)` : "";
  return `${MARK[status]} **${head}:** ${text(sentences[0])}${more}`;
}
function objectivesTable(rows, subjectHeader) {
  return table(
    [
      subjectHeader,
      "Objective",
      "Window",
      "Actual",
      "Error budget",
      "Burn rate (long, short)",
      "Status"
    ],
    rows.map((r) => [
      text(r.subject),
      text(r.objective),
      text(r.window),
      text(r.actual),
      text(budgetLeftWords(r.budget)),
      r.budget.status === "no-data" ? "\u2013" : text(
        `${times(r.budget.long.rate)} (${r.budget.long.units}), ${times(r.budget.short.rate)} (${r.budget.short.units})`
      ),
      `${MARK[r.budget.status]} ${WORD[r.budget.status]}`
    ]),
    ["left", "left", "left", "right", "right", "right", "left"]
  );
}
var explainBurn = (fast, unit) => `Error budget: the share of bad ${unit}s the objective allows over its window, and how much of it is left. Burn rate: how fast it is spent (1\xD7 spends it exactly over the window); at or over ${times(fast)} over both the long and the short window is burning fast (at risk).`;
function runObjectivesTop(p) {
  const rows = phaseRows(p);
  const worst = alerting(rows).some((r) => r.budget.status === "exhausted") ? "exhausted" : "at-risk";
  return topLine(worst, timingAlerts(p));
}
function runObjectivesMarkdown(p, cost, source, pricing) {
  const parts = [`### Objectives and cost`];
  const rows = phaseRows(p);
  if (rows.length > 0) {
    parts.push(
      objectivesTable(rows, "Env and phase"),
      text(explainBurn(rows[0].budget.fast, "run"))
    );
  } else parts.push(`No objective covers this phase in ${text(source)}.`);
  parts.push(text(costSentence(cost, pricing)) + ` Objectives and prices: ${text(source)}.`);
  return parts.join("\n\n");
}
function costSentence(cost, pricing) {
  if (!cost) return "This run has no recorded duration, so no cost.";
  const runner = pricing.perMinute === void 0 ? "no runner price (runner: none)" : `${money(cost.runner)} on ${pricing.runner} at $${pricing.perMinute}/min`;
  const infra = pricing.infrastructurePerHour ? ` + ${money(cost.infrastructure)} infrastructure at $${pricing.infrastructurePerHour}/h` : "";
  return `This run cost ${money(cost.total)}: ${runner}${infra}.`;
}
function runObjectivesText(p, cost) {
  const lines = phaseRows(p).map(
    (r) => `  objective ${r.objective}: ${WORD[r.budget.status]}, ${r.actual} over ${r.window}, error budget ${budgetLeftWords(r.budget)}` + (r.budget.status === "no-data" ? "" : `, burn ${burnWords(r.budget, r.unit)}`)
  );
  if (cost)
    lines.push(
      `  cost: ${money(cost.total)} (runner ${money(cost.runner)}, infrastructure ${money(cost.infrastructure)})`
    );
  return lines;
}
var lastWeek = (c) => c.weeks.at(-1);
function timingsObjectivesMarkdown(i) {
  const rows = i.phases.flatMap((p) => phaseRows(p.objectives));
  const parts = [];
  const top = topLine(i.status, rows.length ? alerting(rows).map(alertSentence) : []);
  parts.push(`### Objectives (${text(i.source)})`);
  if (top) parts.push(top);
  parts.push(
    rows.length ? objectivesTable(rows, "Env and phase") : "No objective covers these phases."
  );
  if (rows.length) parts.push(text(explainBurn(rows[0].budget.fast, "run")));
  parts.push("### Cost", costTable(i.phases), text(COST_NOTE));
  return parts.join("\n\n");
}
var COST_NOTE = "Every run is paid for, failed ones too: its duration at its runner\u2019s per-minute price plus its env\u2019s infrastructure rate per hour. Records keep durations; prices apply when the report is made.";
function costTable(phases) {
  return table(
    ["Env", "Phase", "Runner", "Runs priced", "Per run", "Total", "Latest week", "Week before"],
    phases.map((p) => [
      text(p.env),
      text(p.phase),
      text(p.runner),
      String(p.cost.runs) + (p.cost.unpriced ? ` (+${p.cost.unpriced} without a duration)` : ""),
      money(p.cost.perRun),
      money(p.cost.total),
      weekCell(lastWeek(p.cost)),
      weekCell(p.cost.weeks.at(-2))
    ]),
    ["left", "left", "left", "right", "right", "right", "right", "right"]
  );
}
var weekCell = (w) => w ? `${money(w.dollars)} (${w.weekStart.slice(0, 10)})` : "\u2013";
function columns(rows) {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => [...r[c] ?? ""].length))) ?? [];
  return rows.map(
    (r) => "  " + r.map((cell, c) => cell + " ".repeat(widths[c] - [...cell].length)).join("  ").trimEnd()
  );
}
function objectiveColumns(rows) {
  return columns(
    rows.map((r) => [
      r.subject,
      r.objective,
      `${MARK[r.budget.status]} ${WORD[r.budget.status]}`,
      `${r.actual} over ${r.window}`,
      `budget ${budgetLeftWords(r.budget)}`,
      r.budget.status === "no-data" ? "" : `burn ${times(r.budget.long.rate)} (${r.budget.long.units}) / ${times(r.budget.short.rate)} (${r.budget.short.units})`
    ])
  );
}
function timingsObjectivesText(i) {
  const out = [`Objectives (${i.source}): ${WORD[i.status]}`];
  out.push(...objectiveColumns(i.phases.flatMap((p) => phaseRows(p.objectives))));
  out.push("Cost (runner minutes + infrastructure while a phase runs):");
  out.push(
    ...columns(
      i.phases.map((p) => [
        `${p.env} ${p.phase}`,
        p.runner,
        `${p.cost.runs} runs`,
        `${money(p.cost.perRun)}/run`,
        `total ${money(p.cost.total)}`,
        `latest week ${weekCell(lastWeek(p.cost))}`,
        `week before ${weekCell(p.cost.weeks.at(-2))}`
      ])
    )
  );
  return terminalSafe(out.join("\n"));
}
function batchObjectivesTop(i) {
  return topLine(i.status, platformAlerts(i));
}
function batchObjectivesMarkdown(i) {
  const rows = i.platforms.map(platformRow);
  const parts = [`### Objectives (${text(i.source)})`];
  parts.push(
    rows.length ? objectivesTable(rows, "Platform") : "No objective covers these platforms."
  );
  if (rows.length) parts.push(text(explainBurn(rows[0].budget.fast, "test")));
  return parts.join("\n\n");
}
function batchCostMarkdown(i) {
  if (!i.batch) return void 0;
  const parts = [`### Cost`];
  const names = Object.keys(i.batch.platforms).sort();
  parts.push(
    table(
      ["Platform", "Runner", "Minutes", "This batch"],
      [
        ...names.map((n) => {
          const c = i.batch.platforms[n];
          return [
            text(n),
            c.runner,
            c.unknownBatches ? "unknown" : c.minutes.toFixed(1),
            c.unknownBatches ? "\u2013" : money(c.dollars)
          ];
        }),
        ["**All**", "", "", `**${batchTotal(i.batch)}**`]
      ],
      ["left", "left", "right", "right"]
    )
  );
  parts.push(text(batchCostLines(i).join(" ")));
  return parts.join("\n\n");
}
function batchTotal(batch) {
  const costs = Object.values(batch.platforms);
  const unknown = costs.filter((c) => c.unknownBatches > 0).length;
  if (unknown === 0) return money(batch.total);
  if (unknown === costs.length) return "unknown";
  return `${money(batch.total)} + ${plural(unknown, "platform")} unknown`;
}
function batchCostLines(i) {
  const lines = [];
  const week = i.weeks.at(-1);
  if (week) {
    lines.push(
      `The week from ${week.weekStart.slice(0, 10)}: ${money(week.dollars)} over ${plural(week.batches, "batch", "batches")}` + (i.dollars ? `, projected ${money(i.dollars.projected)} against the ${money(i.dollars.budget)} weekly budget${i.dollars.overBudget ? " \u2014 projected over budget" : ""}.` : " (no dollar budget set).")
    );
  }
  if (i.trend)
    lines.push(
      `Trend: ${i.trend.change >= 0 ? "+" : ""}${percent(i.trend.change)} (this week projected ${money(i.trend.projected)} against ${money(i.trend.previous)} the week before).`
    );
  const unknown = week ? Object.entries(week.platforms).filter(([, c]) => c.unknownBatches > 0) : [];
  if (unknown.length)
    lines.push(
      `Minutes unknown (no duration recorded) for ${unknown.map(([n, c]) => `${n} in ${plural(c.unknownBatches, "batch", "batches")}`).join(", ")}: not counted.`
    );
  lines.push("Minutes as recorded (macOS: macos_minutes_used), priced at report time.");
  return lines;
}
function weeklyCostTable(weeks) {
  return table(
    ["Week from", "Batches", "Cost"],
    weeks.slice(-8).map((w) => [w.weekStart.slice(0, 10), String(w.batches), money(w.dollars)]),
    ["left", "right", "right"]
  );
}
function batchObjectivesText(i) {
  const out = [`Objectives (${i.source}): ${WORD[i.status]}`];
  out.push(...objectiveColumns(i.platforms.map(platformRow)));
  if (i.batch) {
    out.push(`Cost of batch ${i.batch.batchId}: ${batchTotal(i.batch)}`);
    out.push(
      ...columns(
        Object.entries(i.batch.platforms).sort(([a], [b]) => a < b ? -1 : 1).map(
          ([n, c]) => c.unknownBatches ? [n, c.runner, "minutes unknown", ""] : [n, c.runner, `${c.minutes.toFixed(1)} min`, money(c.dollars)]
        )
      )
    );
    out.push(...batchCostLines(i).map((l) => `  ${l}`));
  }
  return terminalSafe(out.join("\n"));
}

export {
  statusWord,
  money,
  budgetLeftWords,
  timingAlerts,
  platformAlerts,
  runObjectivesTop,
  runObjectivesMarkdown,
  costSentence,
  runObjectivesText,
  timingsObjectivesMarkdown,
  timingsObjectivesText,
  batchObjectivesTop,
  batchObjectivesMarkdown,
  batchCostMarkdown,
  batchCostLines,
  weeklyCostTable,
  batchObjectivesText
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  runObjectivesMarkdown,
  runObjectivesText,
  runObjectivesTop
} from "./chunk-CS5QD7YP.js";
import {
  CHANGE_RULE,
  REGRESSION_FACTOR,
  durationOf,
  succeeded
} from "./chunk-HR7NY5U6.js";
import {
  TIME_SOURCES
} from "./chunk-X2I4R354.js";
import {
  code,
  duration,
  pValue,
  percent,
  table,
  terminalSafe,
  text
} from "./chunk-SUOMKFCV.js";
import "./chunk-X4K2GLCU.js";
import "./chunk-RXARMASY.js";

// src/report/timings-report.ts
var signedPercent = (ratio) => `${ratio >= 0 ? "+" : "\u2212"}${Math.abs(ratio * 100).toFixed(0)}%`;
function changeRuleNote() {
  return `Changes in duration are found by change-point detection (E-Divisive means with a Student's t-test, as Apache Otava and MongoDB's CI do) over the durations of a phase's successful runs: a change is a new level that holds for at least ${CHANGE_RULE.minSegment} runs, differs by ${percent(CHANGE_RULE.minMagnitude)} or more, and is significant at p < ${CHANGE_RULE.maxPValue}; a slower level is a regression. Phases with fewer than ${CHANGE_RULE.minRuns} successful runs are judged run by run instead: a successful run over ${REGRESSION_FACTOR}\xD7 the median of the successful runs before it is a regression.`;
}

// src/report/timing-summary.ts
function changeWords(c, escape) {
  return `${signedPercent(c.relativeChange)} since ${c.start} (build ${escape(c.buildId)}): mean ${duration(c.meanBeforeSeconds)} over the ${c.runsBefore} successful runs before, ${duration(c.meanAfterSeconds)} over the ${c.runsAfter} since (${pValue(c.pValue)})`;
}
function regressionSentence(r) {
  const { row } = r;
  if (r.change)
    return `${row.phase} on ${row.env}: successful runs have become slower, ${changeWords(r.change, (v) => v)}: a regression (change-point detection)`;
  return `${row.phase} on ${row.env} took ${row.duration_seconds} s, ${r.judgement.ratio.toFixed(1)}\xD7 the median of the successful runs before it: a regression (too few runs for change-point detection, so the ${REGRESSION_FACTOR}\xD7 median rule)`;
}
var resources = (row) => row.resources_added === "" ? ["\u2013", "\u2013", "\u2013"] : [row.resources_added, row.resources_changed, row.resources_destroyed];
var alreadyRecorded = (r) => r.append.status === "already-recorded";
var over = (r) => `${r.before.successes} successful run${r.before.successes === 1 ? "" : "s"} before it`;
function comparison(r) {
  const { medianSeconds } = r.before;
  if (medianSeconds === void 0)
    return `no successful run of this phase on this env before it, so nothing to compare with yet`;
  const ratio = r.judgement.ratio;
  if (ratio === void 0) return `the median of the ${over(r)} is ${duration(medianSeconds)}`;
  const change = Math.round((ratio - 1) * 100);
  const how = r.judgement.regression || ratio >= 2 ? `${ratio.toFixed(1)}\xD7 the median` : change === 0 ? "the same as the median" : `${Math.abs(change)}% ${change < 0 ? "faster" : "slower"} than the median`;
  return `${how} (${duration(medianSeconds)}) of the ${over(r)}`;
}
function headline(r) {
  const { row } = r;
  const took = duration(durationOf(row));
  if (!succeeded(row)) {
    const median = r.before.medianSeconds;
    return `**Failed with exit code ${text(row.exit_code)} after ${took}.** ` + (median === void 0 ? "No successful run of this phase on this env before it to compare with." : `The ${over(r)} took a median of ${duration(median)}; a failed run is not judged against it.`);
  }
  if (r.regression && r.change)
    return `**Succeeded in ${took}: a regression \u2014 this phase's successful runs are ${signedPercent(r.change.relativeChange)} slower since ${r.change.start}.** This run: ${comparison(r)}.`;
  return r.regression ? `**Succeeded in ${took}: a regression, ${comparison(r)}.**` : `**Succeeded in ${took}** \u2014 ${comparison(r)}.`;
}
function heading(r) {
  const { row } = r;
  const what = `${text(row.phase)} on ${text(row.env)} (build ${text(row.build_id)})`;
  const outcome = succeeded(row) ? "succeeded" : `failed (exit code ${text(row.exit_code)})`;
  if (alreadyRecorded(r)) return `## \u{1F501} Already recorded: ${what} ${outcome}`;
  return `## ${succeeded(row) ? "\u2705" : "\u274C"} ${what} ${outcome}`;
}
function html(value) {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\x00-\x08\x0b-\x1f\x7f]/g, "?");
}
function logExcerpt(r) {
  const tail = r.logTail;
  const where = `<code>${html(r.row.log_path)}</code>`;
  if (!tail) return `The log ${code(r.row.log_path)} could not be read again for an excerpt.`;
  if (tail.lines.length === 0) return `The log ${code(r.row.log_path)} is empty.`;
  const what = tail.truncated ? `The last ${tail.lines.length} lines of the log` : `The whole log (${tail.lines.length} line${tail.lines.length === 1 ? "" : "s"})`;
  return [
    `<details><summary>${what} ${where}</summary>`,
    "",
    `<pre>${tail.truncated ? "\u2026\n" : ""}${tail.lines.map(html).join("\n")}</pre>`,
    "",
    "</details>"
  ].join("\n");
}
function alreadyRecordedNote(r) {
  const out = [
    `Nothing was written: this run (same env, build id, phase and start time) was already in ${code(r.file)} on ${code(r.append.branch)}. The row shown is the one recorded then.`
  ];
  if (r.differences.length > 0) {
    const what = r.differences.map(
      (d) => `${d.column} (recorded ${text(d.recorded || "(empty)")}, now ${text(d.now || "(empty)")})`
    );
    out.push(`This run's values differ from it in ${what.join(", ")}.`);
  }
  return out.join(" ");
}
function notes(r) {
  const { row } = r;
  const { start, end } = r.timeSources;
  const out = [
    `Log ${code(row.log_path)}.`,
    start === end ? `Start and end ${TIME_SOURCES[start]}.` : `Start ${TIME_SOURCES[start]}; end ${TIME_SOURCES[end]}.`
  ];
  if (row.flags) out.push(`Flags: ${text(row.flags)}.`);
  if (row.resources_added === "")
    out.push(
      "The log holds no Terraform/OpenTofu apply or destroy summary, so the resource columns are empty."
    );
  if (r.logChoice && r.logChoice.candidates.length > 1) {
    out.push(
      `${r.logChoice.candidates.length} logs match ${code(r.logChoice.pattern)}; the newest was recorded.`
    );
  }
  if (!alreadyRecorded(r)) {
    out.push(
      `Recorded in ${code(r.file)} on ${code(r.append.branch)}${r.append.head ? ` (commit ${code(r.append.head.slice(0, 12))})` : ""}.`
    );
  }
  return out.join(" ");
}
function levels(r) {
  const { durations } = r;
  if (durations.rule === "median")
    return [
      `This phase has ${durations.runs} successful run${durations.runs === 1 ? "" : "s"} with a duration, including this one: change-point detection needs ${CHANGE_RULE.minRuns}, so the ${REGRESSION_FACTOR}\xD7 median rule judges this run.`
    ];
  if (durations.changes.length === 0)
    return [
      `Change-point detection over the ${durations.runs} successful runs up to this one finds no change in duration.`
    ];
  return [
    `Changes in duration over the ${durations.runs} successful runs up to this one (change-point detection):`,
    table(
      [
        "From (UTC)",
        "First build",
        "Mean before (runs)",
        "Mean after (runs)",
        "Change",
        "Significance"
      ],
      durations.changes.map((c) => [
        c.start,
        text(c.buildId),
        `${duration(c.meanBeforeSeconds)} (${c.runsBefore})`,
        `${duration(c.meanAfterSeconds)} (${c.runsAfter})`,
        `${signedPercent(c.relativeChange)} ${c.regression ? "slower" : "faster"}`,
        pValue(c.pValue)
      ]),
      ["left", "left", "right", "right", "right", "right"]
    )
  ];
}
function history(r) {
  const { row, before } = r;
  const title = `### Before this run: ${text(row.phase)} on ${text(row.env)}`;
  if (before.runs === 0)
    return [title, "This is the first recorded run of this phase on this env."];
  const last = before.last ? `${before.last.start_time_utc} (${duration(durationOf(before.last))}, exit ${text(before.last.exit_code)})` : "\u2013";
  return [
    title,
    table(
      ["Runs", "Success rate", "Median (successful)", "p95 (successful)", "Last run"],
      [
        [
          String(before.runs),
          percent(before.successRate),
          duration(before.medianSeconds),
          duration(before.p95Seconds),
          last
        ]
      ],
      ["right", "right", "right", "right", "left"]
    ),
    `Runs of this phase on this env that started before this one. The median and p95 are of the successful runs (exit code 0) only \u2014 a failed run often stops early \u2014 and failed runs are never judged. ` + changeRuleNote(),
    ...levels(r)
  ];
}
function timingSummaryMarkdown(r, insight) {
  const { row } = r;
  const parts = [heading(r), headline(r)];
  const atRisk = insight && runObjectivesTop(insight.objectives);
  if (atRisk) parts.push(atRisk);
  if (alreadyRecorded(r)) parts.push(alreadyRecordedNote(r));
  if (r.regression && r.change) {
    parts.push(
      `> [!WARNING]
> A new, slower level: ${changeWords(r.change, text)}. Compare the logs and flags of the runs since with those before.`
    );
  } else if (r.regression) {
    parts.push(
      `> [!WARNING]
> Over ${REGRESSION_FACTOR}\xD7 the median of the ${over(r)}: compare its log and flags with theirs.`
    );
  }
  parts.push(
    table(
      ["Start (UTC)", "End (UTC)", "Duration", "Exit code", "Added", "Changed", "Destroyed"],
      [
        [
          row.start_time_utc,
          row.end_time_utc,
          duration(durationOf(row)),
          text(row.exit_code),
          ...resources(row).map(text)
        ]
      ],
      ["left", "left", "right", "right", "right", "right", "right"]
    )
  );
  if (!succeeded(row)) parts.push(logExcerpt(r));
  parts.push(notes(r), ...history(r));
  if (insight)
    parts.push(
      runObjectivesMarkdown(insight.objectives, insight.cost, insight.source, {
        runner: insight.runner,
        perMinute: insight.perMinute,
        infrastructurePerHour: insight.infrastructurePerHour
      })
    );
  return parts.join("\n\n") + "\n";
}
function timingSummaryText(r, insight) {
  const { row, before } = r;
  const changes = row.resources_added === "" ? "no resource summary in the log" : `resources +${row.resources_added} ~${row.resources_changed} -${row.resources_destroyed}`;
  const lines = [
    `${alreadyRecorded(r) ? "Already recorded (nothing written)" : "Recorded"}: ${row.phase} on ${row.env} (build ${row.build_id}), ${row.start_time_utc} \u2192 ${row.end_time_utc}, ${duration(durationOf(row))}, exit ${row.exit_code}, ${changes}`
  ];
  if (r.differences.length > 0) {
    lines.push(
      `  the row on the branch differs from this run's values: ${r.differences.map((d) => `${d.column} recorded ${JSON.stringify(d.recorded)}, now ${JSON.stringify(d.now)}`).join("; ")}`
    );
  }
  lines.push(
    `  times: start ${TIME_SOURCES[r.timeSources.start]}, end ${TIME_SOURCES[r.timeSources.end]}`,
    `  log: ${row.log_path}${r.logChoice && r.logChoice.candidates.length > 1 ? ` (newest of ${r.logChoice.candidates.length} matching ${r.logChoice.pattern})` : ""}`,
    `  file: ${r.file} on ${r.append.branch}${r.append.head ? ` at ${r.append.head}` : ""}`,
    before.runs === 0 ? "  before this run: no run of this phase on this env" : `  before this run: ${before.runs} run(s), ${percent(before.successRate)} success, median of the successful runs ${duration(before.medianSeconds)}, p95 ${duration(before.p95Seconds)}`
  );
  if (!succeeded(row)) lines.push("  this run failed: not judged against the median");
  else if (r.regression && r.change)
    lines.push(
      `  REGRESSION: successful runs are slower, ${changeWords(r.change, (v) => v)}`,
      `  this run: ${comparison(r)}`
    );
  else if (r.regression) lines.push(`  REGRESSION: ${comparison(r)} (over ${REGRESSION_FACTOR}\xD7)`);
  else lines.push(`  this run: ${comparison(r)}`);
  const latest = r.durations.changes[r.durations.changes.length - 1];
  if (r.durations.rule === "median")
    lines.push(
      `  too few successful runs for change-point detection (${r.durations.runs} of ${CHANGE_RULE.minRuns}): the ${REGRESSION_FACTOR}\xD7 median rule judges`
    );
  else if (latest && latest !== r.change)
    lines.push(`  latest change in duration: ${changeWords(latest, (v) => v)}`);
  if (insight) lines.push(...runObjectivesText(insight.objectives, insight.cost));
  return terminalSafe(lines.join("\n"));
}
export {
  regressionSentence,
  timingSummaryMarkdown,
  timingSummaryText
};

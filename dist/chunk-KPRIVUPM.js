import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  CHANGE_POINT_DEFAULTS,
  changePoints,
  durationOf,
  judgeRun,
  phaseStats,
  succeeded
} from "./chunk-T4NHHXYM.js";

// src/timing/changes.ts
var MIN_RUNS_FOR_CHANGES = 8;
var NEW_CHANGE_RUNS = 10;
function series(runs) {
  return runs.flatMap((row) => {
    const seconds = succeeded(row) ? durationOf(row) : void 0;
    return seconds === void 0 ? [] : [{ row, seconds }];
  });
}
function durationChanges(runs) {
  const points = series(runs);
  if (points.length < MIN_RUNS_FOR_CHANGES)
    return { rule: "median", runs: points.length, changes: [] };
  const found = changePoints(points.map((p) => p.seconds));
  return {
    rule: "change-points",
    runs: points.length,
    changes: found.map((c) => ({
      start: points[c.index].row.start_time_utc,
      buildId: points[c.index].row.build_id,
      meanBeforeSeconds: c.meanBefore,
      meanAfterSeconds: c.meanAfter,
      runsBefore: c.pointsBefore,
      runsAfter: c.pointsAfter,
      relativeChange: c.relativeChange,
      pValue: c.pValue,
      regression: c.meanAfter > c.meanBefore
    }))
  };
}
function currentChange(changes) {
  const latest = changes.changes[changes.changes.length - 1];
  return latest && latest.runsAfter <= NEW_CHANGE_RUNS ? latest : void 0;
}
function runVerdict(earlier, run) {
  const before = phaseStats(earlier);
  const judgement = judgeRun(run, before);
  const durations = durationChanges([...earlier, run]);
  const change = succeeded(run) ? currentChange(durations) : void 0;
  const regression = durations.rule === "median" ? judgement.regression : change?.regression === true;
  return { before, judgement, durations, change, regression };
}
var CHANGE_RULE = {
  minRuns: MIN_RUNS_FOR_CHANGES,
  minSegment: CHANGE_POINT_DEFAULTS.minSegment,
  maxPValue: CHANGE_POINT_DEFAULTS.maxPValue,
  minMagnitude: CHANGE_POINT_DEFAULTS.minMagnitude,
  windowLength: CHANGE_POINT_DEFAULTS.windowLength
};

export {
  durationChanges,
  runVerdict,
  CHANGE_RULE
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  durationChanges
} from "./chunk-67ZF6F7B.js";
import {
  checkoutBranch,
  placeOf,
  readBatchHistory
} from "./chunk-MFUEGSJT.js";
import {
  batchInsight,
  durationOf,
  judgeRun,
  objectiveHistoryOptions,
  phaseStats,
  readObjectives,
  runKey,
  runsBefore,
  runsOf,
  timingsInsight
} from "./chunk-B4HPPAY6.js";
import {
  isMonthlyShard,
  withStore
} from "./chunk-QZTMOEK6.js";
import {
  readTimingHistory
} from "./chunk-UYZVAHX6.js";
import {
  DEFAULT_TIMINGS_BRANCH
} from "./chunk-Q3MNSYLY.js";
import {
  InputError
} from "./chunk-V7MP4ZTR.js";

// src/jobs/report.ts
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";

// src/timing/report.ts
function parseLast(value) {
  const n = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n))
    throw new InputError(
      `last ${JSON.stringify(value)} is not a whole number of runs (0 or leave it out for every run)`
    );
  return n;
}
function selectedTimingRuns(files, filter) {
  const { runs, read } = distinctRuns(files);
  return { selected: select(runs, filter, read), distinct: runs.length, read };
}
function timingsReport(files, filter, { selected, distinct, read } = selectedTimingRuns(files, filter)) {
  const keys = [...new Set(selected.map((r) => `${r.env}\0${r.phase}`))].sort();
  const phases = keys.map((key) => {
    const [env, phase] = key.split("\0");
    const all = runsOf(selected, env, phase);
    const window = filter.last > 0 ? all.slice(-filter.last) : all;
    const durations = durationChanges(all);
    const windowStart = window[0]?.start_time_utc ?? "";
    const changes = durations.changes.filter((c) => c.start >= windowStart);
    const judged = durations.rule === "median" ? window : [];
    const regressions = judged.flatMap((row) => {
      const before = phaseStats(runsBefore(all, row));
      const judged2 = judgeRun(row, before);
      return judged2.regression ? [
        {
          start: row.start_time_utc,
          buildId: row.build_id,
          durationSeconds: durationOf(row),
          baselineSeconds: before.medianSeconds,
          baselineRuns: before.successes,
          ratio: judged2.ratio
        }
      ] : [];
    });
    return {
      env,
      phase,
      ...phaseStats(window),
      regressionRule: durations.rule,
      changes,
      regressions
    };
  });
  return { filter, runs: distinct, phases, files: read };
}
function distinctRuns(files) {
  const kept = /* @__PURE__ */ new Map();
  const read = [];
  for (const { file, content } of files) {
    const history = readTimingHistory(content, file);
    let repeated = 0;
    let conflicting = 0;
    for (const row of history.rows) {
      const key = runKey(row);
      const first = kept.get(key);
      if (!first) {
        kept.set(key, row);
        continue;
      }
      repeated += 1;
      if (JSON.stringify(first) !== JSON.stringify(row)) conflicting += 1;
    }
    read.push({
      file,
      rows: history.rows.length,
      unmapped: history.unmapped,
      repeated,
      conflicting,
      envs: [...new Set(history.rows.map((r) => r.env))].sort()
    });
  }
  return { runs: [...kept.values()], read };
}
function select(runs, filter, read) {
  let selected = runs;
  if (filter.env !== void 0) {
    selected = selected.filter((r) => r.env === filter.env);
    if (selected.length === 0) {
      const folder = read.find((f) => f.file.split("/")[1] === filter.env);
      throw new InputError(
        `No run has env ${JSON.stringify(filter.env)}. ${listOf(
          "Envs recorded",
          runs.map((r) => r.env)
        )}` + (folder ? ` --env is the env column (what record-timing was given as --env), not the folder: ${folder.file} holds rows of env ${folder.envs.join(", ") || "(none)"}.` : "")
      );
    }
  }
  if (filter.phase !== void 0) {
    const inEnv = selected;
    selected = selected.filter((r) => r.phase === filter.phase);
    if (selected.length === 0) {
      throw new InputError(
        `No run has phase ${JSON.stringify(filter.phase)}${filter.env !== void 0 ? ` in env ${JSON.stringify(filter.env)}` : ""}. ` + listOf(
          "Phases recorded",
          inEnv.map((r) => r.phase)
        )
      );
    }
  }
  return selected;
}
function listOf(what, values) {
  const distinct = [...new Set(values)].sort();
  return distinct.length === 0 ? `${what}: none.` : `${what}: ${distinct.join(", ")}.`;
}

// src/jobs/report.ts
async function reportBatches(inputs, context) {
  const objectives = await readObjectives(inputs.objectives, context.cwd);
  const options = objectiveHistoryOptions(inputs, objectives);
  return withStore(context, async (backend) => {
    const { loaded } = await readBatchHistory(context.store, backend, inputs, options, "report");
    const insight = batchInsight(loaded.recent, loaded.weeks, loaded.report.focus, objectives);
    return { loaded, skipThreshold: options.skipThreshold, insight };
  });
}
async function reportTimings(inputs, context) {
  const filter = {
    last: inputs.last === void 0 ? 0 : parseLast(inputs.last),
    env: inputs.env,
    phase: inputs.phase
  };
  const objectives = await readObjectives(inputs.objectives, context.cwd);
  return withStore(context, async (backend) => {
    const { root, branch } = await checkoutBranch(
      backend,
      inputs.branch || DEFAULT_TIMINGS_BRANCH,
      ["environments"]
    );
    const where = placeOf(context.store, backend, branch);
    const files = root ? await timingFiles(root) : [];
    if (files.length === 0) {
      const why = root ? "" : " (the branch does not exist)";
      throw new InputError(
        `No ${TIMINGS_GLOB} in ${where}${why}. ` + (context.store.kind === "directory" ? "Point --data-dir at the folder that holds environments/ (a checkout of the registry branch)." : `Name the registry branch with --branch (default ${DEFAULT_TIMINGS_BRANCH}).`)
      );
    }
    const selected = selectedTimingRuns(files, filter);
    return {
      report: timingsReport(files, filter, selected),
      source: { where },
      insight: timingsInsight(selected.selected, objectives)
    };
  });
}
var TIMINGS_GLOB = "environments/*/latest/build_timings.csv";
async function timingFiles(root) {
  const envs = await readdir(join(root, "environments")).catch(() => []);
  const files = [];
  for (const env of envs.sort()) {
    const configured = `environments/${env}/latest/build_timings.csv`;
    const names = await readdir(join(root, `environments/${env}/latest`)).catch(() => []);
    const shards = names.map((n) => `environments/${env}/latest/${n}`).filter((f) => isMonthlyShard(configured, f)).sort();
    for (const file of [configured, ...shards]) {
      const content = await readFile(join(root, file), "utf8").catch(() => void 0);
      if (content !== void 0) files.push({ file, content });
    }
  }
  return files;
}

export {
  selectedTimingRuns,
  timingsReport,
  reportBatches,
  reportTimings,
  TIMINGS_GLOB,
  timingFiles
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  readTimingHistory
} from "./chunk-62ZOYE5Z.js";
import {
  isMonthlyShard
} from "./chunk-2CELJB7V.js";
import {
  durationChanges
} from "./chunk-KPRIVUPM.js";
import {
  durationOf,
  judgeRun,
  phaseStats,
  runKey,
  runsBefore,
  runsOf
} from "./chunk-T4NHHXYM.js";
import {
  InputError
} from "./chunk-3BA7G52B.js";

// src/timing/report.ts
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
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
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
  TIMINGS_GLOB,
  timingFiles
};

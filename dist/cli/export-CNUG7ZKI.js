import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  storeFromArgs,
  storeHelp,
  storeOptions
} from "./chunk-FFMGCVIG.js";
import {
  UsageError,
  parseOptions
} from "./chunk-AZM2U62R.js";
import {
  exportHistory
} from "./chunk-FYFWHVC3.js";
import "./chunk-RZFQSYN5.js";
import "./chunk-67ZF6F7B.js";
import "./chunk-MFUEGSJT.js";
import "./chunk-B4HPPAY6.js";
import "./chunk-EONKB2LE.js";
import "./chunk-AAX545PN.js";
import "./chunk-Y2ZIECC3.js";
import "./chunk-QZTMOEK6.js";
import "./chunk-UYZVAHX6.js";
import "./chunk-SJTDOQFR.js";
import {
  DEFAULT_TIMINGS_BRANCH
} from "./chunk-Q3MNSYLY.js";
import "./chunk-2E3GCFBA.js";
import "./chunk-ZTKIKJK3.js";
import "./chunk-QCZTF2P2.js";
import "./chunk-HJJNKDAN.js";
import "./chunk-Q2KB3NI2.js";
import "./chunk-V7MP4ZTR.js";
import "./chunk-RXARMASY.js";

// src/cli/commands/export.ts
var exportCommand = {
  name: "export",
  help: `Usage: ci-ledger export --from-history [batches|timings] [--url URL] [--openmetrics FILE]
                        [--label NAME=VALUE]\u2026 [--since T] [--until T] [--branch B] [STORE]

Replays a branch's records into a Prometheus-compatible engine (Prometheus, Mimir, Thanos,
Cortex, VictoriaMetrics, hosted services) by remote write: one sample per record at the
record's own time (a phase run's duration at its start; a batch's per-platform counts at its
time). Re-running sends the same samples, so nothing is counted twice. Without a subject both
the build timings (branch ${DEFAULT_TIMINGS_BRANCH}) and the batch history (default branch) are sent;
--branch needs a subject. Series and labels: see the README ("Export to Prometheus").

  --url URL             remote-write endpoint (default CI_LEDGER_EXPORT_URL), e.g.
                        http://localhost:9090/api/v1/write
  --openmetrics FILE    also (or only) write OpenMetrics text for
                        promtool tsdb create-blocks-from openmetrics FILE DATA_DIR: history older
                        than the engine accepts by remote write
  --label NAME=VALUE    a label on every series (repeatable), e.g. repository=owner/name
  --since T, --until T  only samples at or after T / before T (ISO 8601)
  --metrics-path P, --failures-dir D   where the batch history is (as for report)

Authentication (environment, never printed): CI_LEDGER_EXPORT_BEARER_TOKEN, or
CI_LEDGER_EXPORT_USERNAME and CI_LEDGER_EXPORT_PASSWORD; CI_LEDGER_EXPORT_TENANT sets
X-Scope-OrgID. 5xx, 429, timeouts and lost connections are retried with backoff
(CI_LEDGER_EXPORT_ATTEMPTS, default 5).

${storeHelp}`,
  async run(args, io) {
    const { values, positionals } = parseOptions(
      args,
      {
        ...storeOptions,
        "from-history": { type: "boolean" },
        url: { type: "string" },
        openmetrics: { type: "string" },
        label: { type: "string", multiple: true },
        since: { type: "string" },
        until: { type: "string" },
        branch: { type: "string" },
        "metrics-path": { type: "string" },
        "failures-dir": { type: "string" }
      },
      true
    );
    if (!values["from-history"])
      throw new UsageError(
        "give --from-history: export replays the records on a branch (record-timing and batch-metrics send their own records with their export input)"
      );
    const subject = positionals[0];
    if (positionals.length > 1 || subject !== void 0 && !["batches", "timings"].includes(subject))
      throw new UsageError(
        `unknown subject ${JSON.stringify(positionals.join(" "))}: use "batches", "timings" or nothing (both)`
      );
    if (values.branch !== void 0 && subject === void 0)
      throw new UsageError(
        "--branch needs a subject: ci-ledger export --from-history batches|timings --branch B"
      );
    const url = values.url ?? (io.env.CI_LEDGER_EXPORT_URL || void 0);
    const result = await exportHistory(
      {
        subject,
        url,
        openMetricsFile: values.openmetrics,
        labels: values.label,
        since: values.since,
        until: values.until,
        branch: values.branch,
        metricsPath: values["metrics-path"],
        failuresDir: values["failures-dir"]
      },
      { store: storeFromArgs(values), log: io.stderr, env: io.env, cwd: io.cwd }
    );
    for (const line of result.read) io.stdout(`Read ${line}.`);
    for (const s of result.skipped)
      io.stderr(`ci-ledger: ${s.file} line ${s.line} skipped: ${s.reason}`);
    if (result.unplaced.timingRows)
      io.stdout(`${result.unplaced.timingRows} timing row(s) without a duration: no sample.`);
    if (result.unplaced.failures)
      io.stdout(`${result.unplaced.failures} failure record(s) without a time: not counted.`);
    if (result.collisions)
      io.stdout(
        `${result.collisions} sample(s) shared a series and time with another (records of the same second): each moved 1 ms later.`
      );
    io.stdout(`${result.samples} samples in ${result.series} series.`);
    if (result.openMetricsFile) io.stdout(`Wrote OpenMetrics text to ${result.openMetricsFile}.`);
    if (result.sent)
      io.stdout(
        `Sent ${result.sent.samples} samples in ${result.sent.requests} request(s) to ${result.sent.url}.`
      );
    return 0;
  }
};
export {
  exportCommand
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  batchSummary,
  checkoutBranch,
  folderOf,
  historyOptions,
  loadHistory,
  parseRatio
} from "./chunk-M4LZVRFC.js";
import {
  DEFAULT_FAILURES_DIR,
  DEFAULT_METRICS_PATH
} from "./chunk-IK3EI6AB.js";
import "./chunk-T3GGZEZ2.js";
import {
  storeFromArgs,
  storeHelp,
  storeOptions
} from "./chunk-4W4PR2BR.js";
import {
  openStore
} from "./chunk-TA2HRIRW.js";
import {
  parseOptions
} from "./chunk-4S72NS6Z.js";
import "./chunk-E5LO342T.js";
import {
  InputError
} from "./chunk-NU6ZN5EL.js";
import "./chunk-RXARMASY.js";

// src/history/summarize.ts
async function summarizeBatch(backend, inputs) {
  const options2 = historyOptions(inputs);
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
  const loaded = await loadHistory(root, paths, options2, { readAll: inputs.readAll });
  if (options2.batchId && !loaded.report.focus) {
    throw new InputError(
      `No batch ${JSON.stringify(options2.batchId)} in ${paths.metricsPath} on ${branch}${options2.ecosystem ? ` for ${options2.ecosystem}` : ""}`
    );
  }
  return {
    summary: batchSummary(loaded.report, { minPassRate, skipThreshold: options2.skipThreshold }),
    loaded,
    branch
  };
}

// src/cli/commands/summary.ts
var options = {
  "batch-id": { type: "string" },
  ecosystem: { type: "string" },
  last: { type: "string" },
  "min-pass-rate": { type: "string" },
  "macos-budget": { type: "string" },
  "week-start": { type: "string" },
  "skip-threshold": { type: "string" },
  "metrics-path": { type: "string" },
  "failures-dir": { type: "string" },
  branch: { type: "string" },
  "read-all": { type: "boolean" },
  ...storeOptions
};
var summaryCommand = {
  name: "summary",
  help: `Usage: ci-ledger summary [--batch-id ID] [--ecosystem E] [--last N] [STORE]

Prints the markdown batch-summary writes to the job summary: the batch's per-platform table,
its failure categories, the macOS budget of its week, trends over the last N batches (with a
Mermaid chart) and insights. Default batch: the latest.

Options: --min-pass-rate R, --macos-budget MIN, --week-start DAY, --skip-threshold R,
         --metrics-path P, --failures-dir D, --branch B (default: the default branch),
         --read-all (read every record, not only the newest: see \`report --help\`)

${storeHelp}`,
  async run(args, io) {
    const { values } = parseOptions(args, options);
    const backend = await openStore(storeFromArgs(values), { log: io.stderr, env: io.env });
    try {
      const { summary } = await summarizeBatch(backend, {
        batchId: values["batch-id"],
        ecosystem: values.ecosystem,
        last: values.last,
        minPassRate: values["min-pass-rate"],
        macosBudget: values["macos-budget"],
        weekStart: values["week-start"],
        skipThreshold: values["skip-threshold"],
        metricsPath: values["metrics-path"],
        failuresDir: values["failures-dir"],
        branch: values.branch,
        readAll: values["read-all"]
      });
      io.stdout(summary.markdown.trimEnd());
      return 0;
    } finally {
      await backend.close();
    }
  }
};
export {
  summaryCommand
};

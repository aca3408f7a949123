#!/usr/bin/env node
import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  messageSafe
} from "./chunk-SUOMKFCV.js";
import {
  UsageError,
  closest
} from "./chunk-AZM2U62R.js";
import {
  InputError,
  WriteError,
  messageOf
} from "./chunk-V7MP4ZTR.js";
import "./chunk-RXARMASY.js";

// src/version.ts
var VERSION = "0.1.0";

// src/cli/main.ts
var commands = [
  {
    name: "record-timing",
    summary: "time a phase run (or read its log) and append its row to build_timings.csv",
    load: async () => (await import("./record-timing-6C2PSQNS.js")).recordTimingCommand
  },
  {
    name: "batch-metrics",
    summary: "aggregate per-platform result artifacts into a batch record and failure records",
    load: async () => (await import("./batch-metrics-HZC3IJ2W.js")).batchMetricsCommand
  },
  {
    name: "summary",
    summary: "print the job-summary markdown of a batch (what batch-summary writes)",
    load: async () => (await import("./summary-TZK55YIP.js")).summaryCommand
  },
  {
    name: "report",
    summary: "print cross-run reports: batches (default) or build timings",
    load: async () => (await import("./report-2HUPWUWW.js")).reportCommand
  },
  {
    name: "dashboard",
    summary: "build the operator dashboard: a static site of the batch history and build timings",
    load: async () => (await import("./dashboard-MXUKMHKE.js")).dashboardCommand
  },
  {
    name: "migrate-csv",
    summary: "rewrite an old-header build_timings.csv to the 12-column header",
    load: async () => (await import("./migrate-csv-JZBV5UNQ.js")).migrateCsvCommand
  },
  {
    name: "export",
    summary: "send a branch's records to a Prometheus-compatible engine (remote write, OpenMetrics)",
    load: async () => (await import("./export-CNUG7ZKI.js")).exportCommand
  },
  {
    name: "shard",
    summary: "re-lay a batch history into monthly shards beside its files, in one commit",
    load: async () => (await import("./shard-AURPLS5A.js")).shardCommand
  },
  {
    name: "flush",
    summary: "re-submit records that an earlier run could not write (the spool)",
    load: async () => (await import("./flush-AHJLJY35.js")).flushCommand
  }
];
function usage() {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "Usage: ci-ledger <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    `Run "ci-ledger <command> --help" for a command's options.`
  ].join("\n");
}
async function main(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.stdout(usage());
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version") {
    io.stdout(io.version);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    const near = closest(
      name,
      commands.map((c) => c.name)
    );
    io.stderr(
      `ci-ledger: unknown command ${JSON.stringify(name)}${near ? `; did you mean "${near}"?` : ""}

${usage()}`
    );
    return 2;
  }
  const command = await entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `ci-ledger ${name}: ${messageSafe(error.message)}
Run "ci-ledger ${name} --help" for usage.`
      );
      return 2;
    }
    const known = error instanceof InputError || error instanceof WriteError;
    io.stderr(`ci-ledger ${name}: ${messageSafe(known ? error.message : messageOf(error))}`);
    if (!known && process.env.CI_LEDGER_DEBUG && error instanceof Error)
      io.stderr(String(error.stack));
    return 1;
  }
}

// src/cli/index.ts
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
var exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text + "\n"),
  stderr: (text) => process.stderr.write(text + "\n"),
  env: process.env,
  cwd: process.cwd(),
  version: VERSION
});
process.exitCode = exitCode;

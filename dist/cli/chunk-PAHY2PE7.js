import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  monthOf,
  previousMonth,
  shardPath
} from "./chunk-CXHSBER6.js";

// src/cli/export-options.ts
var exportOptions = {
  export: { type: "string" },
  "export-label": { type: "string", multiple: true }
};
var exportHelp = `  --export URL          also send the records, once on the branch, to this Prometheus
                        remote-write URL (credentials: CI_LEDGER_EXPORT_BEARER_TOKEN, or
                        CI_LEDGER_EXPORT_USERNAME/PASSWORD); a failed export only warns
  --export-label N=V    a label on every exported series (repeatable)`;
function storeArgsOf(values) {
  for (const name of ["data-dir", "git-remote", "repo"])
    if (typeof values[name] === "string") return `--${name} ${values[name]}`;
  return "";
}
async function exportIfAsked(values, recorded, what, context, io, command) {
  if (!values.export) return;
  const labels = values["export-label"] ?? [];
  const { exportRecorded, resendCommand } = await import("./export-RGUQQZQD.js");
  const resend = resendCommand({
    ...what,
    storeArgs: storeArgsOf(values),
    url: values.export,
    labels
  });
  const result = await exportRecorded({ url: values.export, labels }, recorded, resend, context);
  if (result.ok) io.stderr(`Exported ${result.samples} sample(s) to ${result.url}.`);
  else
    io.stderr(
      `ci-ledger ${command}: warning: ${result.error} The records are on the branch all the same. To re-send them (nothing is counted twice): ${result.resend}`
    );
}

// src/ledger/shard.ts
var defaultTimeField = (file) => file.format === "csv" ? "start_time_utc" : "timestamp";
function shardRequest(request, layout, timeFieldOf = defaultTimeField) {
  const files = [];
  const anchors = [];
  const anchorPaths = request.anchor === void 0 ? [] : [request.anchor].flat();
  const requestMonths = request.files.flatMap(
    (f) => f.records.map((r) => monthOf(r[timeFieldOf(f)]))
  );
  const requestMonth = requestMonths.filter((m) => m !== void 0).sort().pop();
  for (const file of request.files) {
    const field = timeFieldOf(file);
    const byPath = /* @__PURE__ */ new Map();
    for (const record of file.records) {
      const month = monthOf(record[field]);
      const path = layout === "monthly" && month ? shardPath(file.path, month) : file.path;
      let group = byPath.get(path);
      if (!group) byPath.set(path, group = { records: [], months: /* @__PURE__ */ new Set() });
      group.records.push(record);
      if (month) group.months.add(month);
    }
    if (byPath.size === 0) {
      const months = new Set(requestMonth ? [requestMonth] : []);
      const path = layout === "monthly" && requestMonth ? shardPath(file.path, requestMonth) : file.path;
      byPath.set(path, { records: [], months });
    }
    for (const [path, group] of byPath) {
      const seenIn = /* @__PURE__ */ new Set([file.path]);
      for (const month of group.months) {
        seenIn.add(shardPath(file.path, month));
        seenIn.add(shardPath(file.path, previousMonth(month)));
      }
      seenIn.delete(path);
      files.push({ ...file, path, records: group.records, seenIn: [...seenIn] });
      if (anchorPaths.includes(file.path)) anchors.push(path);
    }
  }
  const sharded = { ...request, files };
  if (anchors.length > 0) sharded.anchor = anchors.length === 1 ? anchors[0] : anchors;
  return sharded;
}
function filesRead(file) {
  return [file.path, ...file.seenIn ?? []];
}

export {
  shardRequest,
  filesRead,
  exportOptions,
  exportHelp,
  exportIfAsked
};

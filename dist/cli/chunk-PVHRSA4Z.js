import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);

// src/cli/export-options.ts
var exportOptions = {
  export: { type: "string" },
  "export-label": { type: "string", multiple: true }
};
var exportHelp = `  --export URL          also send the records, once on the branch, to this Prometheus
                        remote-write URL (credentials: CI_LEDGER_EXPORT_BEARER_TOKEN, or
                        CI_LEDGER_EXPORT_USERNAME/PASSWORD); a failed export only warns
  --export-label N=V    a label on every exported series (repeatable)`;
async function exportIfAsked(values, recorded, what, context, io, command) {
  if (!values.export) return;
  const labels = values["export-label"] ?? [];
  const { exportRecorded, resendCommand } = await import("./export-LBN2U5LM.js");
  const resend = resendCommand({
    ...what,
    store: context.store,
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

export {
  exportOptions,
  exportHelp,
  exportIfAsked
};

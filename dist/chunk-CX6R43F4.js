import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);

// src/actions/shown-batches.ts
var SHOWN_BATCHES_VARIABLE = "CI_LEDGER_SHOWN_BATCHES";
function withBatchShown(value, batchId, ecosystem) {
  const entry = `${encodeURIComponent(batchId)}:${encodeURIComponent(ecosystem)}`;
  const entries = (value ?? "").split(" ").filter(Boolean);
  return [...entries.filter((e) => e !== entry), entry].join(" ");
}
function batchesShown(value) {
  return (value ?? "").split(" ").flatMap((entry) => {
    const [id, ecosystem, extra] = entry.split(":");
    if (!id || !ecosystem || extra !== void 0) return [];
    try {
      return [`${decodeURIComponent(id)}\0${decodeURIComponent(ecosystem)}`];
    } catch {
      return [];
    }
  });
}

export {
  SHOWN_BATCHES_VARIABLE,
  withBatchShown,
  batchesShown
};

/**
 * Steps of one job write separate step summaries that GitHub shows one after another. When
 * batch-metrics has shown a batch's table, it says so in a variable exported to the job's later
 * steps, and batch-summary does not repeat the counts.
 */
export const SHOWN_BATCHES_VARIABLE = 'CI_LEDGER_SHOWN_BATCHES';

/** Space-separated `id:ecosystem` pairs, each URI-encoded (so neither can hold the separators). */
export function withBatchShown(value: string | undefined, batchId: string, ecosystem: string) {
  const entry = `${encodeURIComponent(batchId)}:${encodeURIComponent(ecosystem)}`;
  const entries = (value ?? '').split(' ').filter(Boolean);
  return [...entries.filter((e) => e !== entry), entry].join(' ');
}

/** `${batchId}\0${ecosystem}` for every batch shown; malformed entries are ignored. */
export function batchesShown(value: string | undefined): string[] {
  return (value ?? '').split(' ').flatMap((entry) => {
    const [id, ecosystem, extra] = entry.split(':');
    if (!id || !ecosystem || extra !== undefined) return [];
    try {
      return [`${decodeURIComponent(id)}\0${decodeURIComponent(ecosystem)}`];
    } catch {
      return [];
    }
  });
}

/**
 * `ci-ledger shard`: re-lays a branch's batch history (the metrics file and each
 * `<failures-dir>/<ecosystem>.jsonl`) into monthly shards beside them, in one commit
 * (ledger/relay.ts says how nothing is lost or duplicated). Files that already carry a time in
 * their name (shards, the timestamped siblings real pipelines write) are left as they are.
 */
import { DEFAULT_FAILURES_DIR, DEFAULT_METRICS_PATH } from '../batch/paths.js';
import { relayHistory, type RelayResult } from '../ledger/relay.js';
import type { LedgerBackend } from '../ledger/types.js';
import { InputError, assertSafeBranch } from '../vocabulary/index.js';
import { isTimeShardName } from '../vocabulary/shards.js';
import type { StoreSpec } from '../ledger/store.js';
import { folderOf, placeOf } from './branch-files.js';
import { appendOptionsOf, withStore, type JobContext } from './context.js';

export interface ShardInputs {
  branch?: string;
  metricsPath?: string;
  failuresDir?: string;
}

export async function shardHistory(
  inputs: ShardInputs,
  context: JobContext,
): Promise<RelayResult & { where: string; store: StoreSpec['kind'] }> {
  if (inputs.branch) assertSafeBranch(inputs.branch);
  const metricsPath = inputs.metricsPath || DEFAULT_METRICS_PATH;
  const failuresDir = (inputs.failuresDir || DEFAULT_FAILURES_DIR).replace(/\/+$/, '');
  return withStore(context, async (backend) => {
    const branch = inputs.branch || (await backend.defaultBranch());
    const names = await fileNames(backend, branch, [folderOf(metricsPath), failuresDir]);
    if (names === null)
      throw new InputError(
        `Branch ${branch} does not exist in ${backend.description}: nothing to re-lay`,
      );
    const failureFiles = names.filter(
      (n) =>
        n.startsWith(`${failuresDir}/`) &&
        !n.slice(failuresDir.length + 1).includes('/') &&
        n.endsWith('.jsonl') &&
        !isTimeShardName(n),
    );
    const paths = [...(names.includes(metricsPath) ? [metricsPath] : []), ...failureFiles];
    const where = placeOf(context.store, backend, branch);
    const store = context.store.kind;
    if (paths.length === 0)
      return { status: 'nothing-to-do', branch, head: null, files: [], attempts: 0, where, store };
    const { log, retry, fileLimits } = appendOptionsOf(context);
    const result = await relayHistory(
      backend,
      branch,
      paths,
      `ci-ledger shard: ${paths.join(', ')} into monthly shards`,
      { log, retry, fileLimits },
    );
    return { ...result, where, store };
  });
}

/** The regular files under `prefixes`: from a listing when the store has one, else a checkout. */
async function fileNames(
  backend: LedgerBackend,
  branch: string,
  prefixes: string[],
): Promise<string[] | null> {
  if (backend.listFiles) {
    const listed = await backend.listFiles(branch, prefixes);
    return listed && listed.map((e) => e.path);
  }
  const root = await backend.checkout(branch, prefixes);
  if (root === null) return null;
  const { readdir } = await import('node:fs/promises');
  const names: string[] = [];
  for (const prefix of prefixes) {
    const found = await readdir(`${root}/${prefix}`, { recursive: true }).catch(() => []);
    names.push(...found.map((n) => `${prefix}/${String(n)}`));
  }
  return names;
}

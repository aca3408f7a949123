/**
 * API cost of the GitHub backend, for `npm run bench` (bench/run.mjs runs this file through jest
 * because the API emulator is TypeScript). It is not part of `npm test`: jest's testMatch does
 * not reach bench/, and without BENCH_API_OUT the test is skipped.
 *
 * Measured through the built CLI bundle (`ci-ledger flush`, one process per writer) against the
 * emulator at BENCH_API_LATENCY_MS (default 50) per response, with the writer's own defaults,
 * for each API writer in BENCH_API_KINDS (default "graphql,rest", as CI_LEDGER_API):
 *   - requests per uncontended append: one file (creating the branch; appending to it), and
 *     a batch's two files (metrics + failures) in one commit;
 *   - for N concurrent writers (BENCH_API_WRITERS, default "20,50"; BENCH_API_REPS repetitions):
 *     wall time, requests, attempts per record; and for 20 writers at 20% injected faults (5xx,
 *     secondary limits, lost responses, resets; the reliability suite's seed) the same figures
 *     and the faults injected.
 * Writes everything as JSON to BENCH_API_OUT.
 */
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { AppendRequest } from '../src/ledger/types.js';
import { jsonlRequest, runCli, spoolWith, type CliRun } from '../__tests__/support/cli.js';
import {
  commitFiles,
  logOf,
  readFileAt,
  startGitHubApiServer,
  type FaultPlan,
  type GitHubApiServer,
} from '../__tests__/support/github-api-server.js';

const out = process.env.BENCH_API_OUT;
const latencyMs = Number(process.env.BENCH_API_LATENCY_MS ?? 50);
const writers = (process.env.BENCH_API_WRITERS ?? '20,50').split(',').map(Number);
const reps = Number(process.env.BENCH_API_REPS ?? 3);
const kinds = (process.env.BENCH_API_KINDS ?? 'graphql,rest').split(',') as Api[];
type Api = 'graphql' | 'rest';
const FAULTS: FaultPlan = {
  rate: 0.2,
  kinds: ['5xx', 'secondary-rate-limit', 'lost-response', 'reset'],
  seed: 2026,
  retryAfterSeconds: 1,
};
const TOKEN = 'ghs_benchmark0123456789abcdefABCDEF';

function flush(
  server: GitHubApiServer,
  request: AppendRequest,
  api: Api,
): Promise<CliRun & { ms: number }> {
  return spoolWith(request).then(async (spool) => {
    const start = performance.now();
    const run = await runCli(
      ['flush', '--spool-dir', spool, '--repo', `${server.owner}/${server.repo}`],
      { env: { GITHUB_API_URL: server.url, GITHUB_TOKEN: TOKEN, CI_LEDGER_API: api } },
    );
    if (run.code !== 0) throw new Error(`flush failed (${run.code}): ${run.stderr}`);
    return { ...run, ms: performance.now() - start };
  });
}

const attemptsOf = (run: CliRun) => Number(/after (\d+) attempt/.exec(run.stdout)?.[1]);

/** The batch-metrics shape: one metrics line and its failure records, in one commit. */
function batchRequest(id: string): AppendRequest {
  return {
    message: `batch-metrics: cargo ${id}`,
    anchor: 'data/metrics/batch-runs.jsonl',
    files: [
      {
        format: 'jsonl',
        path: 'data/metrics/batch-runs.jsonl',
        key: ['batch_id', 'ecosystem'],
        records: [{ schema_version: 1, batch_id: id, ecosystem: 'cargo', total: 25 }],
      },
      {
        format: 'jsonl',
        path: 'data/failures/cargo.jsonl',
        key: ['batch_id', 'ecosystem', 'recipe', 'environment'],
        records: ['r01', 'r02', 'r03'].map((recipe) => ({
          schema_version: 1,
          batch_id: id,
          ecosystem: 'cargo',
          recipe,
          environment: 'darwin-arm64',
        })),
      },
    ],
  };
}

interface Uncontended {
  api: Api;
  case: string;
  requests: number;
  byRoute: Record<string, number>;
  ms: number[];
}

async function uncontended(api: Api): Promise<Uncontended[]> {
  const server = await startGitHubApiServer({ token: TOKEN, latencyMs });
  try {
    await commitFiles(server.bareRepo, 'main', { 'README.md': 'infra\n' });
    const measure = async (name: string, requests: AppendRequest[]) => {
      const result: Uncontended = { api, case: name, requests: 0, byRoute: {}, ms: [] };
      for (const request of requests) {
        server.resetStats();
        const run = await flush(server, request, api);
        // Request counts are deterministic: every repetition must agree.
        if (result.ms.length > 0 && server.stats.requests !== result.requests)
          throw new Error(`${name}: ${server.stats.requests} requests, earlier ${result.requests}`);
        result.requests = server.stats.requests;
        result.byRoute = { ...server.stats.byRoute };
        result.ms.push(run.ms);
      }
      return result;
    };
    const ids = (prefix: string) => Array.from({ length: reps + 2 }, (_, i) => `${prefix}${i}`);
    return [
      await measure('one file, creating the branch', [jsonlRequest('first', 'data/records.jsonl')]),
      await measure(
        'one file, appending',
        ids('one-').map((id) => jsonlRequest(id)),
      ),
      await measure('metrics + failures, creating both files', [batchRequest('b-first')]),
      await measure(
        'metrics + failures, appending',
        ids('b-').map((id) => batchRequest(id)),
      ),
    ];
  } finally {
    await server.close();
  }
}

interface Contended {
  api: Api;
  /** injected fault rate (0 or 0.2) */
  faultRate: number;
  faults: Record<string, number>;
  writers: number;
  rep: number;
  wallMs: number;
  requests: number;
  byRoute: Record<string, number>;
  attempts: number[];
  landed: number;
  commits: number;
}

async function contended(api: Api, n: number, rep: number, faulty = false): Promise<Contended> {
  const server = await startGitHubApiServer({ token: TOKEN, latencyMs });
  try {
    await commitFiles(server.bareRepo, 'ledger', { 'data/records.jsonl': '' });
    if (faulty) server.setFaults({ ...FAULTS, seed: FAULTS.seed! + rep });
    const ids = Array.from({ length: n }, (_, i) => `w${rep}-${String(i).padStart(2, '0')}`);
    const spools = await Promise.all(ids.map((id) => spoolWith(jsonlRequest(id))));
    const start = performance.now();
    const runs = await Promise.all(
      spools.map((spool) =>
        runCli(['flush', '--spool-dir', spool, '--repo', `${server.owner}/${server.repo}`], {
          env: {
            GITHUB_API_URL: server.url,
            GITHUB_TOKEN: TOKEN,
            CI_LEDGER_API: api,
            // Octokit's per-request retry waits shortened, as in the reliability suite.
            ...(faulty ? { CI_LEDGER_REQUEST_RETRY_BASE_MS: '50' } : {}),
          },
        }),
      ),
    );
    const wallMs = performance.now() - start;
    server.setFaults(null);
    const failed = runs.filter((r) => r.code !== 0);
    if (failed.length) throw new Error(`${failed.length} writer(s) failed: ${failed[0]!.stderr}`);
    const landed = ((await readFileAt(server.bareRepo, 'ledger', 'data/records.jsonl')) ?? '')
      .split('\n')
      .filter(Boolean);
    if (new Set(landed).size !== n || landed.length !== n)
      throw new Error(`${landed.length} lines landed for ${n} writers`);
    return {
      api,
      faultRate: faulty ? FAULTS.rate : 0,
      faults: { ...server.stats.faults },
      writers: n,
      rep,
      wallMs,
      requests: server.stats.requests,
      byRoute: { ...server.stats.byRoute },
      attempts: runs.map(attemptsOf),
      landed: landed.length,
      commits: (await logOf(server.bareRepo, 'ledger')).length - 1,
    };
  } finally {
    await server.close();
  }
}

(out ? test : test.skip)(
  'API cost: uncontended appends and concurrent writers',
  async () => {
    const result = {
      latencyMs,
      reps,
      uncontended: [] as Uncontended[],
      contended: [] as Contended[],
    };
    for (const api of kinds) result.uncontended.push(...(await uncontended(api)));
    // Interleave writer counts and APIs, so that drift in the machine's load hits all alike.
    for (let rep = 0; rep < reps; rep++) {
      for (const n of writers)
        for (const api of kinds) result.contended.push(await contended(api, n, rep));
      for (const api of kinds) result.contended.push(await contended(api, 20, rep, true));
    }
    await writeFile(out!, JSON.stringify(result, null, 2));
  },
  60 * 60_000,
);

/**
 * Reliability under load and faults: many writer processes (the built CLI bundle, `ci-ledger
 * flush`) appending at once while the server misbehaves. Every record must land exactly once
 * and the branch history must stay linear (one parent per commit: nothing forced, nothing
 * merged). The figures (records landed/expected, faults injected per kind, requests, attempts)
 * are asserted and printed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonlRequest, quickRetryEnv, runCli, spoolWith, type CliRun } from '../support/cli.js';
import { createBareRepo } from '../support/git-daemon.js';
import { startGitHttpServer } from '../support/git-http.js';
import {
  commitFiles,
  logOf,
  readFileAt,
  startGitHubApiServer,
} from '../support/github-api-server.js';

const TOKEN = 'ghs_reliability0123456789abcdefABCD';

const idsIn = (jsonl: string | null) =>
  (jsonl ?? '')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { id: string }).id);

const writerIds = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(2, '0')}`);

/** Attempts of each writer, from its `… after N attempt(s) …` line. */
function attemptsOf(runs: CliRun[]): { max: number; mean: number } {
  const attempts = runs.map((r) => Number(/after (\d+) attempt/.exec(r.stdout)?.[1]));
  return {
    max: Math.max(...attempts),
    mean: attempts.reduce((a, b) => a + b, 0) / attempts.length,
  };
}

/** Only the seed commit may be a root; every other commit has exactly one parent. */
const parentCounts = (history: Array<{ parents: string[] }>) =>
  history.map((c) => c.parents.length);

test('API backend, REST writer: 50 concurrent writers at 20% faults (5xx, secondary limits, lost responses, resets) land exactly once', async () => {
  const server = await startGitHubApiServer({ token: TOKEN });
  try {
    await commitFiles(server.bareRepo, 'ledger', { 'README.md': 'ledger\n' });
    // retry-after 1 s: a secondary limit without one makes Octokit wait its 60 s fallback.
    server.setFaults({
      rate: 0.2,
      kinds: ['5xx', 'secondary-rate-limit', 'lost-response', 'reset'],
      seed: 2026,
      retryAfterSeconds: 1,
    });
    const ids = writerIds('api-', 50);
    const spools = await Promise.all(ids.map((id) => spoolWith(jsonlRequest(id))));
    const runs = await Promise.all(
      spools.map((spool) =>
        runCli(['flush', '--spool-dir', spool, '--repo', `${server.owner}/${server.repo}`], {
          env: {
            ...quickRetryEnv,
            CI_LEDGER_API: 'rest',
            GITHUB_API_URL: server.url,
            GITHUB_TOKEN: TOKEN,
          },
        }),
      ),
    );
    server.setFaults(null);
    for (const run of runs) if (run.code !== 0) console.log(run.stderr);

    const landed = idsIn(await readFileAt(server.bareRepo, 'ledger', 'data/records.jsonl'));
    const { faults, requests } = server.stats;
    const attempts = attemptsOf(runs);
    console.log(
      `API backend (REST), 50 writers at 20% faults: ${landed.length}/${ids.length} records landed, ` +
        `${new Set(landed).size} distinct; faults injected ${JSON.stringify(faults)}; ` +
        `${requests} requests; attempts per writer max ${attempts.max}, mean ${attempts.mean.toFixed(1)}`,
    );
    expect(runs.map((r) => r.code)).toEqual(ids.map(() => 0));
    expect([...landed].sort()).toEqual(ids); // every record, none twice
    const history = await logOf(server.bareRepo, 'ledger');
    expect(parentCounts(history)).toEqual([...Array(50).fill(1), 0]); // seed + one commit per writer
    for (const kind of ['5xx', 'secondary-rate-limit', 'lost-response', 'reset'])
      expect(faults[kind] ?? 0).toBeGreaterThan(0);
  } finally {
    await server.close();
  }
}, 240_000);

test('API backend, GraphQL writer: 20 concurrent writers at 20% faults (5xx, secondary limits, lost responses, resets) land exactly once', async () => {
  const server = await startGitHubApiServer({ token: TOKEN });
  try {
    await commitFiles(server.bareRepo, 'ledger', { 'README.md': 'ledger\n' });
    server.setFaults({
      rate: 0.2,
      kinds: ['5xx', 'secondary-rate-limit', 'lost-response', 'reset'],
      seed: 2026,
      retryAfterSeconds: 1,
    });
    const ids = writerIds('gql-', 20);
    const spools = await Promise.all(ids.map((id) => spoolWith(jsonlRequest(id))));
    const runs = await Promise.all(
      spools.map((spool) =>
        runCli(['flush', '--spool-dir', spool, '--repo', `${server.owner}/${server.repo}`], {
          env: { ...quickRetryEnv, GITHUB_API_URL: server.url, GITHUB_TOKEN: TOKEN },
        }),
      ),
    );
    server.setFaults(null);
    for (const run of runs) if (run.code !== 0) console.log(run.stderr);

    const landed = idsIn(await readFileAt(server.bareRepo, 'ledger', 'data/records.jsonl'));
    const { faults, requests, byRoute } = server.stats;
    const attempts = attemptsOf(runs);
    const lostButLanded = runs.filter((r) => r.stderr.includes('response was lost')).length;
    console.log(
      `API backend (GraphQL), 20 writers at 20% faults: ${landed.length}/${ids.length} records landed, ` +
        `${new Set(landed).size} distinct; faults injected ${JSON.stringify(faults)}; ` +
        `${requests} requests (${(requests / ids.length).toFixed(1)} per record: ${JSON.stringify(byRoute)}); ` +
        `attempts per writer max ${attempts.max}, mean ${attempts.mean.toFixed(1)}; ` +
        `${lostButLanded} writer(s) found their lost mutation landed`,
    );
    expect(runs.map((r) => r.code)).toEqual(ids.map(() => 0));
    expect([...landed].sort()).toEqual(ids); // every record, none twice
    const history = await logOf(server.bareRepo, 'ledger');
    expect(parentCounts(history)).toEqual([...Array(20).fill(1), 0]); // seed + one commit per writer
    // Every append went through createCommitOnBranch: no Git Data writes at all.
    expect(Object.keys(byRoute).filter((r) => !r.includes('graphql'))).toEqual([]);
    for (const kind of ['5xx', 'secondary-rate-limit', 'lost-response', 'reset'])
      expect(faults[kind] ?? 0).toBeGreaterThan(0);
  } finally {
    await server.close();
  }
}, 240_000);

test('git backend over smart HTTP: 20 concurrent writers at 20% faults (5xx, resets, lost push responses) land exactly once', async () => {
  const root = await mkdtemp(join(tmpdir(), 'ci-ledger-reliability-'));
  const bare = await createBareRepo(root, 'registry.git');
  await commitFiles(bare, 'ledger', { 'data/records.jsonl': '{"id":"seed","writer":"seed"}\n' });
  const server = await startGitHttpServer(root);
  try {
    server.setFaults({ rate: 0.2, kinds: ['5xx', 'reset', 'lost-response'], seed: 2026 });
    const ids = writerIds('git-', 20);
    const spools = await Promise.all(ids.map((id) => spoolWith(jsonlRequest(id))));
    const runs = await Promise.all(
      spools.map((spool) =>
        runCli(['flush', '--spool-dir', spool, '--git-remote', server.url('registry.git')], {
          env: quickRetryEnv,
        }),
      ),
    );
    server.setFaults(null);
    for (const run of runs) if (run.code !== 0) console.log(run.stderr);

    const landed = idsIn(await readFileAt(bare, 'ledger', 'data/records.jsonl'));
    const { faults, requests, pushes } = server.stats;
    const attempts = attemptsOf(runs);
    console.log(
      `git backend over HTTP, 20 writers at 20% faults: ${landed.length - 1}/${ids.length} records landed ` +
        `(+ the seed record); faults injected ${JSON.stringify(faults)}; ${requests} requests, ` +
        `${pushes} pushes; attempts per writer max ${attempts.max}, mean ${attempts.mean.toFixed(1)}`,
    );
    expect(runs.map((r) => r.code)).toEqual(ids.map(() => 0));
    expect([...landed].sort()).toEqual([...ids, 'seed'].sort());
    expect(parentCounts(await logOf(bare, 'ledger'))).toEqual([...Array(20).fill(1), 0]);
    for (const kind of ['5xx', 'reset', 'lost-response'])
      expect(faults[kind] ?? 0).toBeGreaterThan(0);
  } finally {
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
}, 240_000);

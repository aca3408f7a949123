/**
 * The GitHub API backend's GraphQL writer (the default) against the API emulator, which serves
 * GraphQL over a real bare repository: request counts per append, the REST fallbacks (a new
 * branch, a blob whose Blob.text is truncated), a stale expectedHeadOid retried, a lost
 * mutation response recognised on re-read.
 *
 * Expected request counts, from the design (github-graphql.ts), not from a run:
 *   existing branch, new or existing file:  1 query + 1 createCommitOnBranch            = 2
 *   new branch:       1 query + POST git/trees + POST git/commits + POST git/refs       = 4
 *   file over 512,000 bytes: 1 query + GET git/blobs (raw, whole) + 1 mutation         = 3
 *   records already there: 1 query                                                     = 1
 *   no branch named (batch-metrics' default): the query reads the default branch too   = 2
 */
import {
  commitFiles,
  gitIn,
  logOf,
  readFileAt,
  startGitHubApiServer,
  type GitHubApiServer,
} from '../support/github-api-server.js';
import { jsonlRequest, quickRetryEnv, runCli, spoolWith } from '../support/cli.js';
import type { AppendRequest, LedgerBackend } from '../../src/ledger/types.js';

const TOKEN = 'ghs_graphql0123456789abcdefABCDEF';
const QUERY = 'POST graphql query repository';
const MUTATION = 'POST graphql mutation createCommitOnBranch';

const idsIn = (jsonl: string | null) =>
  (jsonl ?? '')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id: string }).id);

function flush(server: GitHubApiServer, request: AppendRequest, env: NodeJS.ProcessEnv = {}) {
  return spoolWith(request).then((spool) =>
    runCli(['flush', '--spool-dir', spool, '--repo', `${server.owner}/${server.repo}`], {
      env: { ...quickRetryEnv, GITHUB_API_URL: server.url, GITHUB_TOKEN: TOKEN, ...env },
    }),
  );
}

/** "author | committer" of a branch's newest commit. */
async function identitiesOf(server: GitHubApiServer, branch: string): Promise<string> {
  const out = await gitIn(server.bareRepo, ['log', '-1', '--format=%an <%ae> | %cn <%ce>', branch]);
  return out.toString('utf8').trim();
}

describe('GitHub API backend, GraphQL writer', () => {
  let server: GitHubApiServer;
  afterEach(async () => {
    await server?.close();
  });

  test('uncontended: 2 requests for a new file and for an existing one; 4 to create the branch', async () => {
    server = await startGitHubApiServer({ token: TOKEN });
    await commitFiles(server.bareRepo, 'main', { 'README.md': 'infra\n' });

    const newBranch = await flush(server, jsonlRequest('one'));
    expect(newBranch.stderr).toBe('');
    expect(newBranch.code).toBe(0);
    expect(server.stats.byRoute).toEqual({
      [QUERY]: 1,
      'POST git/trees': 1,
      'POST git/commits': 1,
      'POST git/refs': 1,
    });

    server.resetStats();
    const existingFile = await flush(server, jsonlRequest('two'));
    expect(existingFile.code).toBe(0);
    expect(server.stats.byRoute).toEqual({ [QUERY]: 1, [MUTATION]: 1 });

    server.resetStats();
    const newFile = await flush(server, jsonlRequest('three', 'data/other.jsonl'));
    expect(newFile.code).toBe(0);
    expect(server.stats.byRoute).toEqual({ [QUERY]: 1, [MUTATION]: 1 });

    expect(idsIn(await readFileAt(server.bareRepo, 'ledger', 'data/records.jsonl'))).toEqual([
      'one',
      'two',
    ]);
    expect(idsIn(await readFileAt(server.bareRepo, 'ledger', 'data/other.jsonl'))).toEqual([
      'three',
    ]);
    const history = await logOf(server.bareRepo, 'ledger');
    expect(history.map((c) => c.parents.length)).toEqual([1, 1, 0]); // orphan root, then appends
    expect(history.map((c) => c.message.trim())).toEqual([
      'record three',
      'record two',
      'record one',
    ]);
    // Made by createCommitOnBranch: committed by GitHub itself (the commits GitHub signs).
    expect(await identitiesOf(server, 'ledger')).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com> | GitHub <noreply@github.com>',
    );
    expect(server.stats.tokensSeen).toEqual([TOKEN]);
  });

  test('a batch: metrics line and failure records in one commit, 2 requests', async () => {
    server = await startGitHubApiServer({ token: TOKEN });
    await commitFiles(server.bareRepo, 'ledger', { 'data/metrics/batch-runs.jsonl': '' });
    const run = await flush(server, {
      branch: 'ledger',
      message: 'batch-metrics: cargo b1\n\nTwo files, one commit.',
      anchor: 'data/metrics/batch-runs.jsonl',
      files: [
        {
          format: 'jsonl',
          path: 'data/metrics/batch-runs.jsonl',
          key: ['id'],
          records: [{ id: 'b1' }],
        },
        {
          format: 'jsonl',
          path: 'data/failures/cargo.jsonl',
          key: ['id'],
          records: [{ id: 'f1' }, { id: 'f2' }],
        },
      ],
    });
    expect(run.code).toBe(0);
    expect(server.stats.byRoute).toEqual({ [QUERY]: 1, [MUTATION]: 1 });
    const [commit] = await logOf(server.bareRepo, 'ledger');
    expect(commit!.message).toBe('batch-metrics: cargo b1\n\nTwo files, one commit.\n');
    expect(idsIn(await readFileAt(server.bareRepo, 'ledger', 'data/failures/cargo.jsonl'))).toEqual(
      ['f1', 'f2'],
    );
  });

  test("no branch named: the default branch's name, head and files come in the same one query", async () => {
    server = await startGitHubApiServer({ token: TOKEN });
    await commitFiles(server.bareRepo, 'main', { 'README.md': 'infra\n' });
    const run = await flush(server, { ...jsonlRequest('on-main'), branch: undefined });
    expect(run.code).toBe(0);
    expect(server.stats.byRoute).toEqual({ [QUERY]: 1, [MUTATION]: 1 });
    expect(idsIn(await readFileAt(server.bareRepo, 'main', 'data/records.jsonl'))).toEqual([
      'on-main',
    ]);
  });

  test('an empty repository: first commit through the contents API, the rest by createCommitOnBranch', async () => {
    server = await startGitHubApiServer({ token: TOKEN });
    const run = await flush(server, {
      message: 'first',
      files: [
        {
          format: 'jsonl',
          path: 'data/metrics/batch-runs.jsonl',
          key: ['id'],
          records: [{ id: 'b1' }],
        },
        { format: 'jsonl', path: 'data/failures/npm.jsonl', key: ['id'], records: [{ id: 'f1' }] },
      ],
    });
    expect(run.code).toBe(0);
    expect(server.stats.byRoute).toMatchObject({ 'GET repo': 1, 'PUT contents': 1, [MUTATION]: 1 });
    expect(await readFileAt(server.bareRepo, 'main', 'data/metrics/batch-runs.jsonl')).toBe(
      '{"id":"b1"}\n',
    );
    expect(await readFileAt(server.bareRepo, 'main', 'data/failures/npm.jsonl')).toBe(
      '{"id":"f1"}\n',
    );
  });

  test('a re-submitted record is found by its key: one query, nothing written', async () => {
    server = await startGitHubApiServer({ token: TOKEN });
    await commitFiles(server.bareRepo, 'ledger', {
      'data/records.jsonl': '{"id":"same","writer":"same"}\n',
    });
    const run = await flush(server, jsonlRequest('same'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('already-recorded');
    expect(server.stats.byRoute).toEqual({ [QUERY]: 1 });
  });

  test('a file past 512,000 bytes (Blob.text truncated) is read whole through REST, never cut', async () => {
    server = await startGitHubApiServer({ token: TOKEN });
    // 6,000 lines of exactly 100 bytes (99 + newline): 600,000 bytes, past GraphQL's 512,000.
    const line = (i: number) =>
      JSON.stringify({ id: `old-${String(i).padStart(5, '0')}`, pad: '' });
    const pad = (i: number) =>
      line(i).replace('"pad":""', `"pad":"${'x'.repeat(99 - line(i).length)}"`);
    const seed = Array.from({ length: 6000 }, (_, i) => pad(i) + '\n').join('');
    expect(Buffer.byteLength(seed)).toBe(600_000);
    await commitFiles(server.bareRepo, 'ledger', { 'data/records.jsonl': seed });

    const run = await flush(server, jsonlRequest('new'));
    expect(run.code).toBe(0);
    expect(server.stats.byRoute).toEqual({ [QUERY]: 1, 'GET git/blobs': 1, [MUTATION]: 1 });
    expect(await readFileAt(server.bareRepo, 'ledger', 'data/records.jsonl')).toBe(
      seed + '{"id":"new","writer":"new"}\n',
    );
  });

  test('a lost mutation response: the re-read finds the records, which landed once, and says so', async () => {
    server = await startGitHubApiServer({ token: TOKEN });
    await commitFiles(server.bareRepo, 'ledger', { 'README.md': 'ledger\n' });
    server.setFaults({ rate: 1, kinds: ['lost-response'], only: [MUTATION], limit: 1 });
    const run = await flush(server, jsonlRequest('lost'));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('An earlier attempt landed although its response was lost.');
    expect(run.stdout).not.toContain('already-recorded');
    expect(server.stats.faults).toEqual({ 'lost-response': 1 });
    // query, the mutation that landed (answered 502, not repeated by Octokit), the re-read
    expect(server.stats.byRoute).toEqual({ [QUERY]: 2, [MUTATION]: 1 });
    expect(idsIn(await readFileAt(server.bareRepo, 'ledger', 'data/records.jsonl'))).toEqual([
      'lost',
    ]);
    expect((await logOf(server.bareRepo, 'ledger')).map((c) => c.parents.length)).toEqual([1, 0]);
  });

  test("a stale expectedHeadOid is GitHub's STALE_DATA conflict: re-read, re-applied, landed", async () => {
    server = await startGitHubApiServer({ token: TOKEN });
    await commitFiles(server.bareRepo, 'ledger', { 'data/records.jsonl': '{"id":"seed"}\n' });
    const { GitHubGraphqlBackend } = await import('../../src/ledger/backends/github-graphql.js');
    const { appendRecords } = await import('../../src/ledger/append.js');
    const real = new GitHubGraphqlBackend({
      token: TOKEN,
      repository: `${server.owner}/${server.repo}`,
      baseUrl: server.url,
    });
    // Another writer commits between this writer's read and its mutation, once.
    let raced = false;
    const racing: LedgerBackend = {
      description: real.description,
      defaultBranch: () => real.defaultBranch(),
      read: (branch, paths) => real.read(branch, paths),
      readFolder: (branch, folder) => real.readFolder(branch, folder),
      publish: async (base, changes, message) => {
        if (!raced) {
          raced = true;
          await commitFiles(
            server.bareRepo,
            'ledger',
            { 'data/records.jsonl': '{"id":"seed"}\n{"id":"other"}\n' },
            'other writer',
          );
        }
        return real.publish(base, changes, message);
      },
      checkout: (branch, prefixes) => real.checkout(branch, prefixes),
      close: () => real.close(),
    };
    const log: string[] = [];
    const result = await appendRecords(racing, jsonlRequest('mine'), {
      log: (line) => log.push(line),
      sleep: async () => {},
    });
    await real.close();
    expect(result).toMatchObject({ status: 'recorded', attempts: 2 });
    expect(log.join('\n')).toMatch(
      /Attempt 1\/20 did not land \(createCommitOnBranch: Expected branch to point to "[0-9a-f]{40}" but it did not\. {2}Pull and try again\.\)/,
    );
    expect(server.stats.byRoute).toEqual({ [QUERY]: 2, [MUTATION]: 2 });
    expect(idsIn(await readFileAt(server.bareRepo, 'ledger', 'data/records.jsonl'))).toEqual([
      'seed',
      'other',
      'mine',
    ]);
    expect((await logOf(server.bareRepo, 'ledger')).map((c) => c.parents.length)).toEqual([
      1, 1, 0,
    ]);
  });

  test('CI_LEDGER_API=rest and --api rest select the REST writer; a wrong value is a usage error', async () => {
    server = await startGitHubApiServer({ token: TOKEN });
    await commitFiles(server.bareRepo, 'ledger', { 'README.md': 'ledger\n' });
    expect((await flush(server, jsonlRequest('env'), { CI_LEDGER_API: 'rest' })).code).toBe(0);
    expect(server.stats.byRoute['PATCH git/refs']).toBe(1);
    server.resetStats();
    const spool = await spoolWith(jsonlRequest('option'));
    const byOption = await runCli(
      ['flush', '--spool-dir', spool, '--repo', `${server.owner}/${server.repo}`, '--api', 'rest'],
      { env: { GITHUB_API_URL: server.url, GITHUB_TOKEN: TOKEN } },
    );
    expect(byOption.code).toBe(0);
    expect(server.stats.byRoute['PATCH git/refs']).toBe(1);
    expect(Object.keys(server.stats.byRoute).some((r) => r.includes('graphql'))).toBe(false);
    const wrong = await flush(server, jsonlRequest('wrong'), { CI_LEDGER_API: 'soap' });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('The GitHub API must be "graphql" or "rest"');
  });
});

/**
 * The GitHub API backend's REST writer (`CI_LEDGER_API=rest`; GraphQL is the default, tested in
 * github-graphql-backend.test.ts) through the built CLI (`ci-ledger flush --repo …`) against the
 * API emulator, which serves a real bare repository: uncontended cost, concurrency, faults, tokens.
 */
import {
  readFileAt,
  logOf,
  startGitHubApiServer,
  commitFiles,
  type GitHubApiServer,
} from '../support/github-api-server.js';
import { jsonlRequest, quickRetryEnv, runCli, spoolWith } from '../support/cli.js';

const TOKEN = 'ghs_test0123456789abcdefABCDEF';
const idsIn = (jsonl: string | null) =>
  (jsonl ?? '')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id: string }).id);

function flush(server: GitHubApiServer, spool: string, env: NodeJS.ProcessEnv = {}) {
  return runCli(['flush', '--spool-dir', spool, '--repo', `${server.owner}/${server.repo}`], {
    env: {
      ...quickRetryEnv,
      CI_LEDGER_API: 'rest',
      GITHUB_API_URL: server.url,
      GITHUB_TOKEN: TOKEN,
      ...env,
    },
  });
}

const attemptsOf = (stdout: string) => Number(/after (\d+) attempt/.exec(stdout)?.[1]);

describe('GitHub API backend, REST writer', () => {
  let server: GitHubApiServer;
  afterEach(async () => {
    await server?.close();
  });

  test('uncontended appends: 4 requests to create the branch, 8 to append to it', async () => {
    server = await startGitHubApiServer({ token: TOKEN });
    await commitFiles(server.bareRepo, 'main', { 'README.md': 'infra\n' });

    const first = await flush(server, await spoolWith(jsonlRequest('one')));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(server.stats.byRoute).toEqual({
      'GET git/ref': 1,
      'POST git/trees': 1,
      'POST git/commits': 1,
      'POST git/refs': 1,
    });

    server.resetStats();
    const second = await flush(server, await spoolWith(jsonlRequest('two')));
    expect(second.code).toBe(0);
    expect(server.stats.byRoute).toEqual({
      'GET git/ref': 1,
      'GET git/commits': 1,
      // The file is located tree by tree (root, data/) and read as a blob by sha: the contents
      // API would answer for a symbolic link with its target's content (DESIGN §7).
      'GET git/trees': 2,
      'GET git/blobs': 1,
      'POST git/trees': 1,
      'POST git/commits': 1,
      'PATCH git/refs': 1,
    });
    expect(idsIn(await readFileAt(server.bareRepo, 'ledger', 'data/records.jsonl'))).toEqual([
      'one',
      'two',
    ]);
    const history = await logOf(server.bareRepo, 'ledger');
    expect(history.map((c) => c.parents.length)).toEqual([1, 0]); // an orphan branch, then a fast-forward
    expect(server.stats.tokensSeen).toEqual([TOKEN]);
  });

  test('a re-submitted record is found by its key and not written twice (3 reads, no writes)', async () => {
    server = await startGitHubApiServer({ token: TOKEN });
    await commitFiles(server.bareRepo, 'ledger', {
      'data/records.jsonl': '{"id":"same","writer":"same"}\n',
    });
    const run = await flush(server, await spoolWith(jsonlRequest('same')));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('already-recorded');
    expect(Object.keys(server.stats.byRoute).filter((r) => !r.startsWith('GET'))).toEqual([]);
  });

  test('20 concurrent writers racing to create the branch: every record exactly once, history linear', async () => {
    server = await startGitHubApiServer({ token: TOKEN });
    await commitFiles(server.bareRepo, 'main', { 'README.md': 'infra\n' }); // the ledger branch does not exist yet
    const ids = Array.from({ length: 20 }, (_, i) => `w${String(i).padStart(2, '0')}`);
    const spools = await Promise.all(ids.map((id) => spoolWith(jsonlRequest(id))));
    const runs = await Promise.all(spools.map((s) => flush(server, s)));
    for (const r of runs) expect(r).toMatchObject({ code: 0 });
    const landed = idsIn(await readFileAt(server.bareRepo, 'ledger', 'data/records.jsonl'));
    expect([...landed].sort()).toEqual(ids);
    const history = await logOf(server.bareRepo, 'ledger');
    // One orphan commit won the creation race; every other writer fast-forwarded on top.
    expect(history.map((c) => c.parents.length)).toEqual([...Array(19).fill(1), 0]);
    const attempts = runs.map((r) => attemptsOf(r.stdout));
    console.log(
      `API backend, 20 concurrent writers: ${landed.length}/20 landed; attempts max ${Math.max(...attempts)}, mean ${(attempts.reduce((a, b) => a + b) / 20).toFixed(1)}; ${server.stats.requests} requests`,
    );
  }, 120_000);

  test('a refused token fails clearly, spools the record, and flush lands it with a good token', async () => {
    server = await startGitHubApiServer({ token: TOKEN });
    const spool = await spoolWith(jsonlRequest('kept'));
    const refused = await flush(server, spool, { GITHUB_TOKEN: 'ghs_wrong' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/the token was refused \(401/);
    expect(refused.stderr).not.toContain('ghs_wrong');
    const ok = await flush(server, spool);
    expect(ok.code).toBe(0);
    expect(idsIn(await readFileAt(server.bareRepo, 'ledger', 'data/records.jsonl'))).toEqual([
      'kept',
    ]);
  });

  test('an empty repository gets its first commit through the contents API', async () => {
    server = await startGitHubApiServer({ token: TOKEN });
    const run = await flush(
      server,
      await spoolWith({
        branch: 'main',
        message: 'first',
        files: [
          {
            format: 'jsonl',
            path: 'data/metrics/batch-runs.jsonl',
            key: ['id'],
            records: [{ id: 'b1' }],
          },
          {
            format: 'jsonl',
            path: 'data/failures/npm.jsonl',
            key: ['id'],
            records: [{ id: 'f1' }],
          },
        ],
      }),
    );
    expect(run.stderr).toMatch(/the empty repository got its first commit; appending the rest/);
    expect(run.code).toBe(0);
    expect(await readFileAt(server.bareRepo, 'main', 'data/metrics/batch-runs.jsonl')).toBe(
      '{"id":"b1"}\n',
    );
    expect(await readFileAt(server.bareRepo, 'main', 'data/failures/npm.jsonl')).toBe(
      '{"id":"f1"}\n',
    );
  });
});

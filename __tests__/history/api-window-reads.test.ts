/**
 * Reads that follow the question: a summary or report over the last N batches through the
 * GitHub API reads one listing and only the files the window needs, counted at the API test
 * server (a real bare repository behind it). The real archive's layout is 7,461 small files:
 * reading them all would be 7,462 requests; the summary must make at most 20, and say the same
 * as the same command over the files in a plain directory.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';

let archive: string;
let bare: string;
let server: GitHubApiServer;
const TOKEN = 'test-token';

/** A bare repository whose main branch holds exactly the files of `dir`. */
function bareRepoOf(dir: string, into: string): string {
  const run = (args: string[], cwd: string) =>
    execFileSync('git', args, {
      cwd,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t',
      },
    });
  run(['init', '--quiet', '--initial-branch=main'], dir);
  run(['add', '-A'], dir);
  run(['commit', '--quiet', '-m', 'archive'], dir);
  const path = join(into, 'archive.git');
  run(['clone', '--quiet', '--bare', dir, path], into);
  execFileSync('rm', ['-rf', join(dir, '.git')]);
  return path;
}

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'ci-ledger-window-'));
  archive = join(root, 'tree');
  execFileSync('mkdir', ['-p', archive]);
  const tarball = new URL('../fixtures/real/tsuku-data.tar.gz', import.meta.url).pathname;
  execFileSync('tar', ['-xzf', tarball, '-C', archive]);
  bare = bareRepoOf(archive, root);
  server = await startGitHubApiServer({ bareRepo: bare, token: TOKEN });
}, 60_000);

afterAll(() => server?.close());

const api = () => ({ GITHUB_TOKEN: TOKEN, GITHUB_API_URL: server.url });

describe('the real archive (7,461 files) through the GitHub API test server', () => {
  test.each([['graphql'], ['rest']])(
    "summary over the last 10 batches (%s): the directory's answer, in at most 20 requests with GraphQL (16 measured; REST: one per blob, 629)",
    async (apiKind) => {
      const local = await runCli(['summary', '--data-dir', archive, '--last', '10']);
      expect(local.code).toBe(0);
      server.resetStats();
      const remote = await runCli(
        ['summary', '--repo', 'acme/infra', '--api', apiKind, '--last', '10'],
        { env: api() },
      );
      expect(remote.stderr).toBe('');
      expect(remote.code).toBe(0);
      // One line differs by design: the note on folded platform names lists the environments
      // of the failure records read, and the files never fetched hold none of the window's.
      const folded = /^_Failure environments counted under .*$/m;
      expect(remote.stdout.replace(folded, '')).toBe(local.stdout.replace(folded, ''));
      expect(remote.stdout).toMatch(folded);
      // The bound is 20 through GraphQL; the counts are exact (one listing, then rounds
      // of 8, 16, … files newest first, 100 blobs per query; REST reads one blob per request),
      // so any change in how the window is read shows here. Before: 7,462 requests.
      expect(server.stats.requests).toBe(apiKind === 'graphql' ? 16 : 629);
      if (apiKind === 'graphql') expect(server.stats.requests).toBeLessThanOrEqual(20);
    },
    120_000,
  );

  test("report --last 10 as JSON: the directory's figures for the window", async () => {
    const local = await runCli([
      'report',
      '--data-dir',
      archive,
      '--last',
      '10',
      '--format',
      'json',
    ]);
    server.resetStats();
    const remote = await runCli(
      ['report', '--repo', 'acme/infra', '--last', '10', '--format', 'json'],
      { env: api() },
    );
    expect(remote.code).toBe(0);
    const a = JSON.parse(local.stdout) as Record<string, unknown>;
    const b = JSON.parse(remote.stdout) as Record<string, unknown>;
    // The window and everything computed from it are the same; what differs is how much of the
    // history was counted on the way (files never fetched are not counted).
    for (const key of [
      'window',
      'focus',
      'platforms',
      'trend',
      'categories',
      'matrix',
      'macos',
      'insights',
    ])
      expect([key, b[key]]).toEqual([key, a[key]]);
    expect(server.stats.requests).toBeLessThanOrEqual(20);
  }, 120_000);
});

/**
 * The dashboard action bundle run the way the Actions runner runs it, reading the ledger through
 * the GitHub API emulator (over a real bare repository): the batch history on the default branch,
 * the build timings on governance-registry. The site lands in the workspace folder `out`, ready
 * for actions/upload-pages-artifact; its data holds what was committed.
 */
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  commitFiles,
  logOf,
  readFileAt,
  startGitHubApiServer,
  type GitHubApiServer,
} from '../support/github-api-server.js';
import { runAction } from '../support/run-action.js';

const TOKEN = 'ghs_dashboardTestToken0123456789';
let server: GitHubApiServer;
beforeAll(async () => {
  server = await startGitHubApiServer({ owner: 'acme', repo: 'infra', token: TOKEN });
  const batch = (id: string, day: number, passed: number) =>
    JSON.stringify({
      schema_version: 1,
      batch_id: id,
      ecosystem: 'cargo',
      platforms: { 'linux-x86_64': { tested: 4, passed, failed: 4 - passed } },
      timestamp: `2026-03-0${day}T10:00:00Z`,
    });
  await commitFiles(server.bareRepo, 'main', {
    'data/metrics/batch-runs.jsonl': [batch('b1', 2, 4), batch('b2', 3, 3)].join('\n') + '\n',
    'data/failures/cargo.jsonl':
      JSON.stringify({
        schema_version: 1,
        batch_id: 'b2',
        ecosystem: 'cargo',
        recipe: 'ripgrep',
        platform: 'linux-x86_64',
        exit_code: 6,
        category: 'install_failed',
        timestamp: '2026-03-03T10:00:00Z',
      }) + '\n',
  });
  await commitFiles(server.bareRepo, 'governance-registry', {
    'environments/development/latest/build_timings.csv':
      'start_time_utc,end_time_utc,phase,env,build_id,duration_seconds,exit_code,flags,resources_added,resources_changed,resources_destroyed,log_path\n' +
      '2026-03-02T08:00:00Z,2026-03-02T08:10:00Z,bootstrap-persistent,dev,persistent,600,0,,,,,\n',
  });
});
afterAll(() => server.close());

async function step(action: string, inputs: Record<string, string>) {
  const workspace = await mkdtemp(join(tmpdir(), 'ci-ledger-ws-'));
  const run = await runAction(action, inputs, {
    cwd: workspace,
    github: { token: TOKEN, repository: 'acme/infra' },
    env: { GITHUB_API_URL: server.url, CI_LEDGER_REQUEST_RETRY_BASE_MS: '50' },
    timeoutMs: 90_000,
  });
  return { run, workspace };
}

test.each([
  ['actions/dashboard', {}],
  ['.', { command: 'dashboard' }],
])('%s writes the site to _site for Pages, with outputs', async (action, inputs) => {
  const { run, workspace } = await step(action, inputs);
  expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({
    'site-path': '_site',
    'site-files': '6',
    batches: '2',
    'timing-runs': '1',
  });
  const site = join(workspace, '_site');
  expect((await readdir(site)).sort()).toEqual(['.nojekyll', 'assets', 'data.js', 'index.html']);
  expect(Number(run.outputs['site-bytes'])).toBeGreaterThan(50_000); // the page bundles uPlot
  const script = await readFile(join(site, 'data.js'), 'utf8');
  const data = JSON.parse(
    JSON.parse(script.slice(script.indexOf('(') + 1, script.lastIndexOf(')'))),
  );
  expect(data.batches.passRate['*'].series['linux-x86_64'].rate).toEqual([1, 0.75]);
  expect(data.batches.latest[0].failures).toEqual([
    { recipe: 'ripgrep', platform: 'linux-x86_64', category: 'install_failed', exitCode: 6 },
  ]);
  expect(data.timings.phases[0]).toMatchObject({
    env: 'dev',
    phase: 'bootstrap-persistent',
    runs: 1,
  });
  // The token is only ever given to the runner to mask.
  const shown = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
  expect(shown.join('\n')).not.toContain(TOKEN);
});

test('publish-branch commits the site to gh-pages through the API in one commit, and an unchanged site makes none', async () => {
  const first = await step('actions/dashboard', { 'publish-branch': 'gh-pages' });
  expect(first.run.annotations.filter((a) => a.level === 'error')).toEqual([]);
  expect(first.run.code).toBe(0);
  expect(first.run.outputs.published).toBe('published');
  const log = await logOf(server.bareRepo, 'gh-pages');
  expect(log).toHaveLength(1); // a new branch: one commit holding only the site
  expect(first.run.outputs['commit-sha']).toBe(log[0]!.sha);
  // What the branch holds is what the step wrote to _site, byte for byte.
  const site = join(first.workspace, '_site');
  for (const path of ['index.html', 'data.js', '.nojekyll', 'assets/app.js', 'assets/app.css'])
    expect(await readFileAt(server.bareRepo, 'gh-pages', path)).toBe(
      await readFile(join(site, path), 'utf8'),
    );
  // Built again from the same ledger, the site is the same: no commit.
  const second = await step('.', { command: 'dashboard', 'publish-branch': 'gh-pages' });
  expect(second.run.code).toBe(0);
  expect(second.run.outputs).toMatchObject({
    published: 'unchanged',
    'commit-sha': log[0]!.sha,
  });
  expect(await logOf(server.bareRepo, 'gh-pages')).toHaveLength(1);
});

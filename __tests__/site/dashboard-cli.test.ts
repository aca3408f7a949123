/**
 * `ci-ledger dashboard` mistakes, through the built CLI: one message naming what is wrong, exit
 * 1 (2 for usage), and nothing written.
 */
import { mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ci-ledger-dashboard-cli-'));
  await mkdir(join(work, 'empty'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

test('a store with neither history says where it looked for both, and writes nothing', async () => {
  const store = join(work, 'empty');
  const run = await runCli(['dashboard', '--data-dir', store, '--out', join(work, 'site')]);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.trim()).toBe(
    `ci-ledger dashboard: No batch history in directory ${store}: neither data/metrics/batch-runs.jsonl nor data/metrics/batch-runs-*.jsonl beside it. Check the store (--data-dir is the folder that holds data/, as the branch does), --branch and --metrics-path. No environments/*/latest/build_timings.csv in directory ${store} either: nothing to show.`,
  );
  expect(await readdir(work)).toEqual(['empty']);
});

test.each([
  [[], 2, 'ci-ledger dashboard: --out DIR or --publish-branch B is required: where the site goes'],
  [
    ['--out', 'x', '--publish-folder', 'docs'],
    2,
    'ci-ledger dashboard: --publish-folder applies with --publish-branch only',
  ],
  [
    ['--out', 'x', '--latest', 'ten'],
    1,
    'ci-ledger dashboard: latest "ten" is not a whole number of batches',
  ],
])('dashboard %j: one message', async (args, code, message) => {
  const run = await runCli(['dashboard', '--data-dir', join(work, 'empty'), ...args], {
    cwd: work,
  });
  expect(run.code).toBe(code);
  expect(run.stderr.split('\n')[0]).toBe(message);
  expect(await readdir(work)).toEqual(['empty']);
});

test('an --out that is a link is refused, not followed', async () => {
  const store = join(work, 'store');
  await mkdir(join(store, 'environments/dev/latest'), { recursive: true });
  const { writeFile } = await import('node:fs/promises');
  await writeFile(
    join(store, 'environments/dev/latest/build_timings.csv'),
    'start_time_utc,end_time_utc,phase,env,build_id,duration_seconds,exit_code,flags,resources_added,resources_changed,resources_destroyed,log_path\n' +
      '2026-03-02T08:00:00Z,2026-03-02T08:10:00Z,infra,dev,01,600,0,,,,,\n',
  );
  const target = join(work, 'elsewhere');
  await mkdir(target);
  await symlink(target, join(work, 'link'));
  const run = await runCli(['dashboard', '--data-dir', store, '--out', join(work, 'link')]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`--out ${join(work, 'link')} is not a folder (a link)`);
  expect(await readdir(target)).toEqual([]);
  await rm(join(work, 'link'));
  await rm(target, { recursive: true });
  await rm(store, { recursive: true });
});

test('through a real git remote: the history branch read, a missing timings branch said', async () => {
  const { execFileSync } = await import('node:child_process');
  const { writeFile } = await import('node:fs/promises');
  const bare = join(work, 'registry.git');
  const clone = join(work, 'clone');
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd });
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', bare]);
  execFileSync('git', ['clone', '-q', bare, clone]);
  await mkdir(join(clone, 'data/metrics'), { recursive: true });
  await writeFile(
    join(clone, 'data/metrics/batch-runs.jsonl'),
    JSON.stringify({
      batch_id: 'b1',
      ecosystem: 'npm',
      platforms: { 'linux-x86_64': { tested: 5, passed: 4, failed: 1 } },
      timestamp: '2026-03-02T10:00:00Z',
    }) + '\n',
  );
  git(clone, 'add', '-A');
  git(clone, 'commit', '-qm', 'history');
  git(clone, 'push', '-q', 'origin', 'HEAD:main');
  const out = join(work, 'git-site');
  const run = await runCli(['dashboard', '--git-remote', bare, '--out', out]);
  expect(run.code).toBe(0);
  expect(run.stderr.trim()).toBe(
    `No environments/*/latest/build_timings.csv in git remote ${bare}, branch governance-registry: the site shows batches only.`,
  );
  expect(run.stdout).toContain(`1 batches, 0 failure records (git remote ${bare}, branch main)`);
  const data = await import('node:fs/promises').then((fs) =>
    fs.readFile(join(out, 'data.js'), 'utf8'),
  );
  expect(data).toContain('\\"rate\\":[0.8]');

  // --publish-branch: the same site committed to gh-pages in one commit (an orphan branch holding
  // only the site and .nojekyll); built again from the same ledger it is byte-identical, so the
  // second run makes no commit.
  const refs = () => execFileSync('git', ['for-each-ref'], { cwd: bare, encoding: 'utf8' });
  const publish = () => runCli(['dashboard', '--git-remote', bare, '--publish-branch', 'gh-pages']);
  const first = await publish();
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(
    /^Published \d+ files \(\d+ KiB\) to gh-pages in commit [0-9a-f]{40}: /,
  );
  const log = (ref: string) =>
    execFileSync('git', ['log', '--format=%H %P', ref], { cwd: bare, encoding: 'utf8' }).trim();
  expect(log('gh-pages').split('\n')).toHaveLength(1); // one commit, no parent: an orphan
  const tree = execFileSync('git', ['ls-tree', '-r', '--name-only', 'gh-pages'], {
    cwd: bare,
    encoding: 'utf8',
  });
  const written = (await readdir(out, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(out.length + 1))
    .sort();
  expect(tree.trim().split('\n').sort()).toEqual([...new Set([...written, '.nojekyll'])].sort());
  expect(first.stdout).toContain(`commit ${log('gh-pages').split(' ')[0]}`);
  const before = refs();
  const second = await publish();
  expect(second.code).toBe(0);
  expect(second.stdout).toMatch(/^The site on gh-pages is already this one \(.*\): no commit/);
  expect(refs()).toBe(before);
  await rm(out, { recursive: true });
  await rm(clone, { recursive: true });
  await rm(bare, { recursive: true });
});

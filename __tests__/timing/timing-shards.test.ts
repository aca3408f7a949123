/**
 * Build timings in monthly shards (issue 13), through the built CLI: `record-timing --shard
 * monthly` writes each run to build_timings-<YYYY-MM>.csv beside the configured CSV (by its
 * start), finds a run recorded before in its shard, the month before or the configured CSV (a
 * re-run adds nothing), and `report timings` reads the CSV and its shards as one history — the
 * same report as the same runs in one file. Over a local folder and over a real git remote.
 *
 * Expected figures by hand: the configured CSV holds two January runs of dev/apply (600 s exit
 * 0, 660 s exit 0); February adds 720 s exit 0, March 780 s exit 1. Four runs, 3 successful:
 * success 75 %, median of 600, 660, 720 = 660 s.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { createBareRepo } from '../support/git-daemon.js';

const HEADER =
  'start_time_utc,end_time_utc,phase,env,build_id,duration_seconds,exit_code,flags,resources_added,resources_changed,resources_destroyed,log_path';
const JANUARY = [
  '2026-01-05T10:00:00Z,2026-01-05T10:10:00Z,apply,dev,b1,600,0,,,,,logs/b1.log',
  '2026-01-20T10:00:00Z,2026-01-20T10:11:00Z,apply,dev,b2,660,0,,,,,logs/b2.log',
];
const LATEST = 'environments/development/latest';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ci-ledger-timing-shards-'));
  await writeFile(join(work, 'run.log'), 'terraform apply\n');
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** record-timing of dev/apply from the log, with the given build, times and status. */
const record = (store: string[], build: string, start: string, end: string, exit: number) =>
  runCli(
    [
      'record-timing',
      ...store,
      '--env',
      'dev',
      '--build-id',
      build,
      '--phase',
      'apply',
      '--log-path',
      join(work, 'run.log'),
      '--exit-code',
      String(exit),
      '--start-time',
      start,
      '--end-time',
      end,
      '--shard',
      'monthly',
    ],
    { cwd: work },
  );

test('a local registry: runs go to their month, re-runs add nothing, the report reads them all', async () => {
  const store = join(work, 'registry');
  await mkdir(join(store, LATEST), { recursive: true });
  await writeFile(join(store, LATEST, 'build_timings.csv'), `${HEADER}\n${JANUARY.join('\n')}\n`);
  const dataDir = ['--data-dir', store];

  const feb = await record(dataDir, 'b3', '2026-02-02T10:00:00Z', '2026-02-02T10:12:00Z', 0);
  expect(feb.stderr).toBe('');
  expect(feb.code).toBe(0);
  expect(feb.stdout).toContain(`file: ${LATEST}/build_timings-2026-02.csv`);
  // The phase's history before it is the configured CSV's two runs.
  expect(feb.stdout).toContain('before this run: 2 run(s), 100% success');
  const mar = await record(dataDir, 'b4', '2026-03-01T10:00:00Z', '2026-03-01T10:13:00Z', 1);
  expect(mar.code).toBe(0); // recorded from a log: the failed run is recorded, not re-raised
  // Its history is what the append read: March's shard (empty), February's (b3) and the CSV
  // (b1, b2): 3 runs, all exit 0.
  expect(mar.stdout).toContain('before this run: 3 run(s), 100% success');
  expect(await readFile(join(store, LATEST, 'build_timings-2026-03.csv'), 'utf8')).toBe(
    `${HEADER}\n2026-03-01T10:00:00Z,2026-03-01T10:13:00Z,apply,dev,b4,780,1,,,,,run.log\n`,
  );

  expect((await readdir(join(store, LATEST))).sort()).toEqual([
    'build_timings-2026-02.csv',
    'build_timings-2026-03.csv',
    'build_timings.csv',
  ]);
  expect(await readFile(join(store, LATEST, 'build_timings-2026-02.csv'), 'utf8')).toBe(
    `${HEADER}\n2026-02-02T10:00:00Z,2026-02-02T10:12:00Z,apply,dev,b3,720,0,,,,,run.log\n`,
  );
  expect(await readFile(join(store, LATEST, 'build_timings.csv'), 'utf8')).toBe(
    `${HEADER}\n${JANUARY.join('\n')}\n`,
  );

  // Re-runs: February's in its own shard; a January run (in the configured CSV) under
  // --shard monthly is found there, and no January shard appears.
  const before = await snapshot(store);
  const again = await record(dataDir, 'b3', '2026-02-02T10:00:00Z', '2026-02-02T10:12:00Z', 0);
  expect(again.stdout).toMatch(/^Already recorded \(nothing written\)/);
  const january = await record(dataDir, 'b2', '2026-01-20T10:00:00Z', '2026-01-20T10:11:00Z', 0);
  expect(january.stdout).toMatch(/^Already recorded \(nothing written\)/);
  expect(await snapshot(store)).toEqual(before);

  // One history: 4 runs, 3 successful (75 %), median 660 s — the same report as one file.
  const sharded = await runCli(['report', 'timings', '--data-dir', store, '--format', 'json']);
  expect(sharded.code).toBe(0);
  const single = join(work, 'single');
  await mkdir(join(single, LATEST), { recursive: true });
  await writeFile(
    join(single, LATEST, 'build_timings.csv'),
    [
      HEADER,
      ...JANUARY,
      '2026-02-02T10:00:00Z,2026-02-02T10:12:00Z,apply,dev,b3,720,0,,,,,run.log',
      '2026-03-01T10:00:00Z,2026-03-01T10:13:00Z,apply,dev,b4,780,1,,,,,run.log',
    ].join('\n') + '\n',
  );
  const oneFile = await runCli(['report', 'timings', '--data-dir', single, '--format', 'json']);
  const phases = (out: string) => JSON.parse(out).phases;
  expect(phases(sharded.stdout)).toEqual(phases(oneFile.stdout));
  expect(phases(sharded.stdout)[0]).toMatchObject({
    env: 'dev',
    phase: 'apply',
    runs: 4,
    successes: 3,
    successRate: 0.75,
    medianSeconds: 660,
  });
});

test('a git remote: the shard is committed beside the CSV, a re-run makes no commit', async () => {
  const bare = await createBareRepo(work, 'registry.git', 'governance-registry');
  const clone = join(work, 'clone');
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
      cwd,
      encoding: 'utf8',
    });
  execFileSync('git', ['clone', '-q', bare, clone], { stdio: 'ignore' });
  await mkdir(join(clone, LATEST), { recursive: true });
  await writeFile(join(clone, LATEST, 'build_timings.csv'), `${HEADER}\n${JANUARY.join('\n')}\n`);
  git(clone, 'checkout', '-q', '-b', 'governance-registry');
  git(clone, 'add', '-A');
  git(clone, 'commit', '-qm', 'timings');
  git(clone, 'push', '-q', 'origin', 'governance-registry');

  const remote = ['--git-remote', bare];
  const feb = await record(remote, 'b3', '2026-02-02T10:00:00Z', '2026-02-02T10:12:00Z', 0);
  expect(feb.code).toBe(0);
  const tree = git(bare, 'ls-tree', '-r', '--name-only', 'governance-registry').trim().split('\n');
  expect(tree).toEqual([`${LATEST}/build_timings-2026-02.csv`, `${LATEST}/build_timings.csv`]);
  const head = git(bare, 'rev-parse', 'governance-registry');
  const again = await record(remote, 'b3', '2026-02-02T10:00:00Z', '2026-02-02T10:12:00Z', 0);
  expect(again.stdout).toMatch(/^Already recorded \(nothing written\)/);
  expect(git(bare, 'rev-parse', 'governance-registry')).toBe(head);
  const report = await runCli(['report', 'timings', '--git-remote', bare, '--format', 'json']);
  expect(JSON.parse(report.stdout).phases[0]).toMatchObject({ runs: 3, successes: 3 });
});

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await readdir(join(dir, LATEST)))
    out[name] = await readFile(join(dir, LATEST, name), 'utf8');
  return out;
}

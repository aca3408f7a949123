/**
 * `ci-ledger record-timing` end to end: the built CLI bundle, run from an operator's clone,
 * writing through the git backend to a real bare repository (its `origin`).
 */
import {
  chmod,
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { git } from '../../src/ledger/backends/git.js';
import type { TimingRow } from '../../src/timing/row.js';
import { quickRetryEnv, runCli } from '../support/cli.js';

const CSV = 'environments/development/latest/build_timings.csv';
const logs = new URL('../fixtures/logs/', import.meta.url).pathname;

interface Setup {
  bare: string;
  work: string;
}

async function setup(): Promise<Setup> {
  const root = await mkdtemp(join(tmpdir(), 'ci-ledger-rt-'));
  const bare = join(root, 'remote.git');
  await git(['init', '--quiet', '--bare', '--initial-branch=main', bare]);
  const work = join(root, 'work');
  await git(['init', '--quiet', '--initial-branch=main', work]);
  await git(['-C', work, 'remote', 'add', 'origin', bare]);
  return { bare, work };
}

const rowsOn = async (bare: string, path = CSV) =>
  parse(await git(['--git-dir', bare, 'show', `governance-registry:${path}`]), {
    columns: true,
  }) as TimingRow[];
/** Commits everything in a work tree, as an operator would. */
async function commitAll(dir: string, message: string): Promise<void> {
  await git(['-C', dir, 'add', '--all']);
  await git([
    '-C',
    dir,
    '-c',
    'user.name=op',
    '-c',
    'user.email=op@example.com',
    'commit',
    '--quiet',
    '-m',
    message,
  ]);
}

const branchHead = (bare: string) =>
  git(['--git-dir', bare, 'rev-parse', '--verify', '--quiet', 'governance-registry']).catch(
    () => 'none',
  );
const record = (s: Setup, args: string[]) =>
  runCli(['record-timing', '--env', 'dev', '--build-id', 'persistent', ...args], {
    cwd: s.work,
    env: quickRetryEnv,
  });

describe('record-timing, wrap mode', () => {
  test('runs the command, logs it under the seed naming, records the real exit status and passes it on', async () => {
    const s = await setup();
    const script = [
      'echo "[2020-01-01T00:00:00Z] a stale timestamp inside the output must not decide the start"',
      'printf "\\033[32mApply complete! Resources: 4 added, 1 changed, 2 destroyed.\\033[0m\\n"',
      'echo "Error: this word does not decide the exit code"',
      'sleep 1',
      'exit 0',
    ].join('; ');
    const run = await record(s, [
      '--phase',
      'bootstrap-persistent',
      '--flags',
      'BOOTSTRAP_VERSION=v4 REGION=eu-west-2',
      '--',
      'bash',
      '-c',
      script,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Apply complete! Resources: 4 added'); // streamed live to the console

    const [row, ...more] = await rowsOn(s.bare);
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({
      phase: 'bootstrap-persistent',
      env: 'dev',
      build_id: 'persistent',
      exit_code: '0',
      flags: 'BOOTSTRAP_VERSION=v4 REGION=eu-west-2',
      resources_added: '4',
      resources_changed: '1',
      resources_destroyed: '2',
    });
    expect(row!.start_time_utc > '2026-01-01').toBe(true); // measured, not the stale stamp in the output
    expect(Number(row!.duration_seconds)).toBeGreaterThanOrEqual(1);
    expect(row!.log_path).toMatch(
      /^logs\/build-timings\/bootstrap-persistent-dev-persistent-\d{8}T\d{6}Z\.log$/,
    );
    expect(await readFile(join(s.work, row!.log_path), 'utf8')).toContain(
      'this word does not decide',
    );
  });

  test('a failing phase is recorded and still fails with its own status', async () => {
    const s = await setup();
    const run = await record(s, [
      '--phase',
      'teardown-persistent',
      '--run',
      'echo tearing down; exit 7',
    ]);
    expect(run.code).toBe(7);
    expect((await rowsOn(s.bare))[0]).toMatchObject({
      phase: 'teardown-persistent',
      exit_code: '7',
      resources_added: '',
    });
  });

  test('a command that does not exist is recorded as 127', async () => {
    const s = await setup();
    const run = await record(s, ['--phase', 'apply-persistent', '--', 'no-such-command-here']);
    expect(run.code).toBe(127);
    expect((await rowsOn(s.bare))[0]).toMatchObject({ exit_code: '127' });
  });
});

describe('record-timing from a log', () => {
  test('explicit log: times and resources from the log, exit status from the input', async () => {
    const s = await setup();
    const run = await record(s, [
      '--phase',
      'bootstrap-persistent',
      '--log-path',
      join(logs, 'terraform-apply-color.log'),
      '--exit-code',
      '0',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("start from the log's timestamps");
    expect((await rowsOn(s.bare))[0]).toMatchObject({
      start_time_utc: '2026-01-24T08:00:00Z',
      end_time_utc: '2026-01-24T08:16:40Z',
      duration_seconds: '1000',
      exit_code: '0',
      resources_added: '5',
      resources_changed: '1',
      resources_destroyed: '1',
    });
  });

  test('explicit times win over the log; a log without timestamps falls back to its file times', async () => {
    const s = await setup();
    const log = join(s.work, 'plain.log');
    await copyFile(join(logs, 'no-timestamps.log'), log);
    await utimes(log, new Date('2026-02-01T10:00:00Z'), new Date('2026-02-01T10:30:00Z'));
    const run = await record(s, [
      '--phase',
      'bootstrap',
      '--log-path',
      log,
      '--exit-code',
      '1',
      '--start-time',
      '2026-02-01T10:00:00Z',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("end from the log file's times");
    expect((await rowsOn(s.bare))[0]).toMatchObject({
      start_time_utc: '2026-02-01T10:00:00Z',
      end_time_utc: '2026-02-01T10:30:00Z',
      duration_seconds: '1800',
      exit_code: '1',
      resources_added: '',
      log_path: 'plain.log',
    });
  });

  test('discovered log: the newest match is taken and the choice is reported; a re-run adds no row', async () => {
    const s = await setup();
    const dir = join(s.work, 'logs/build-timings');
    await mkdir(dir, { recursive: true });
    const older = join(dir, 'teardown-persistent-dev-persistent-20260124T134443Z.log');
    const newer = join(dir, 'teardown-persistent-dev-persistent-20260127T071430Z.log');
    await copyFile(join(logs, 'tofu-destroy-import.log'), older);
    await copyFile(join(logs, 'tofu-apply-crlf.log'), newer);
    await writeFile(
      join(dir, 'bootstrap-dev-goldenpath-dev-eks-20260124T080000Z.log'),
      'not this one\n',
    );
    await utimes(older, new Date('2026-01-24T14:39:52Z'), new Date('2026-01-24T14:39:52Z'));
    for (const attempt of [1, 2]) {
      const run = await record(s, ['--phase', 'teardown-persistent', '--exit-code', '0']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('newest of 2 matching *teardown-persistent*persistent*.log');
      expect(run.stdout).toMatch(attempt === 1 ? /^Recorded/ : /^Already recorded/);
    }
    const rows = await rowsOn(s.bare);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      log_path: 'logs/build-timings/teardown-persistent-dev-persistent-20260127T071430Z.log',
      resources_changed: '2',
    });
  });
});

describe('record-timing refuses bad input with one clear error and writes nothing', () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setup();
  });

  const cases: Array<[string, string[], RegExp]> = [
    [
      'missing log',
      ['--phase', 'p', '--log-path', 'nope.log', '--exit-code', '0'],
      /The log .*nope\.log does not exist/,
    ],
    [
      'no matching log',
      ['--phase', 'p', '--exit-code', '0'],
      /No log to record: the log directory .*logs\/build-timings does not exist \(looked for \*p\*persistent\*\.log\)/,
    ],
    [
      'unsafe env',
      [
        '--phase',
        'p',
        '--env',
        '../x',
        '--log-path',
        join(logs, 'no-changes.log'),
        '--exit-code',
        '0',
      ],
      /Unsafe env "\.\.\/x"/,
    ],
    [
      'unsafe phase',
      ['--phase', 'a/b', '--log-path', join(logs, 'no-changes.log'), '--exit-code', '0'],
      /Unsafe phase "a\/b"/,
    ],
    [
      'unsafe path',
      [
        '--phase',
        'p',
        '--path',
        '../../etc/x.csv',
        '--log-path',
        join(logs, 'no-changes.log'),
        '--exit-code',
        '0',
      ],
      /Unsafe ledger path/,
    ],
    [
      'end before start',
      [
        '--phase',
        'p',
        '--log-path',
        join(logs, 'no-changes.log'),
        '--exit-code',
        '0',
        '--start-time',
        '2026-01-02T00:00:00Z',
        '--end-time',
        '2026-01-01T00:00:00Z',
      ],
      /end-time .* is before start-time/,
    ],
    [
      'no exit code for a log',
      ['--phase', 'p', '--log-path', join(logs, 'no-changes.log')],
      /exit-code is required when recording from a log \(\S*no-changes\.log\)/,
    ],
    [
      // The missing log is the first thing to fix: it is said before the missing exit code.
      'missing log and no exit code',
      ['--phase', 'p', '--log-path', 'logs/p-persistent.log'],
      /^ci-ledger record-timing: The log \S*\/work\/logs\/p-persistent\.log does not exist \(log-path "logs\/p-persistent\.log", relative to \S*\/work\)\. Check the path; or leave out log-path to take the newest \*p\*persistent\*\.log under \S*\/work\/logs\/build-timings; or wrap the phase command \(run, or -- COMMAND\) so that it is logged and timed\.\n$/,
    ],
    [
      'no log found and no exit code',
      ['--phase', 'p'],
      /No log to record: the log directory .*logs\/build-timings does not exist/,
    ],
    [
      'bad exit code',
      ['--phase', 'p', '--log-path', join(logs, 'no-changes.log'), '--exit-code', 'ok'],
      /exit-code "ok" is not an exit status/,
    ],
    [
      'time without zone',
      [
        '--phase',
        'p',
        '--log-path',
        join(logs, 'no-changes.log'),
        '--exit-code',
        '0',
        '--start-time',
        '2026-01-01 10:00',
      ],
      /start-time "2026-01-01 10:00" is not an ISO 8601 time with a zone/,
    ],
    [
      'a directory as log',
      ['--phase', 'p', '--log-path', logs, '--exit-code', '0'],
      /is not a file/,
    ],
  ];
  test.each(cases)('%s', async (_name, args, message) => {
    const before = await branchHead(s.bare);
    // Wrap-mode checks happen before the command runs: this marker file must never appear.
    const run = await record(s, args);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(await branchHead(s.bare)).toBe(before);
  });

  test('an unsafe name is refused before a wrapped command runs', async () => {
    const marker = join(s.work, 'ran');
    const run = await record(s, ['--phase', '../p', '--', 'touch', marker]);
    expect(run.code).toBe(1);
    expect(await readdir(s.work)).not.toContain('ran');
  });

  test('an existing file with another header is refused, and migrate-csv converts it', async () => {
    const t = await setup();
    const seed = await mkdtemp(join(tmpdir(), 'ci-ledger-seed-'));
    await git(['init', '--quiet', '--initial-branch=governance-registry', seed]);
    await mkdir(join(seed, 'environments/development/latest'), { recursive: true });
    const real = new URL(
      '../fixtures/real/goldenpath/governance-registry/environments/development/latest/build_timings.csv',
      import.meta.url,
    ).pathname;
    await copyFile(real, join(seed, CSV));
    await commitAll(seed, 'old registry');
    await git(['-C', seed, 'push', '--quiet', t.bare, 'governance-registry']);
    const before = await branchHead(t.bare);

    const refused = await record(t, [
      '--phase',
      'p',
      '--log-path',
      join(logs, 'no-changes.log'),
      '--exit-code',
      '0',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /build_timings\.csv: its header has 9 columns .* ci-ledger migrate-csv/,
    );
    expect(await branchHead(t.bare)).toBe(before);

    const migrate = await runCli(['migrate-csv', join(seed, CSV)], { cwd: seed });
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toMatch(/53 row\(s\) rewritten with the 12-column header/);
    expect(migrate.stdout).toMatch(/1 row\(s\) could not be mapped .*\n {2}line 2: /);
    expect((await readFile(join(seed, CSV), 'utf8')).split('\n')[0]).toBe(
      'start_time_utc,end_time_utc,phase,env,build_id,duration_seconds,exit_code,flags,resources_added,resources_changed,resources_destroyed,log_path',
    );
    await commitAll(seed, 'migrate');
    await git(['-C', seed, 'push', '--quiet', t.bare, 'governance-registry']);

    // The -json fixture is the run that the real registry already holds (same env, build, phase, start).
    const duplicate = await record(t, [
      '--phase',
      'bootstrap-persistent',
      '--log-path',
      join(logs, 'terraform-apply-json.log'),
      '--exit-code',
      '0',
    ]);
    expect(duplicate.code).toBe(0);
    expect(duplicate.stdout).toMatch(/^Already recorded \(nothing written\)/);
    // What is shown is the row on the branch (the registry's 1017 s, resources 0/0/0), and what the
    // log says now differs from it (1018 s: the -json log's last record is a second later; 2 added, 1 destroyed).
    expect(duplicate.stdout).toContain('16m 57s, exit 0, resources +0 ~0 -0');
    expect(duplicate.stdout).toContain(
      'duration_seconds recorded "1017", now "1018"; resources_added recorded "0", now "2"',
    );
    expect(await rowsOn(t.bare)).toHaveLength(53);
    const ok = await record(t, [
      '--phase',
      'bootstrap-persistent',
      '--log-path',
      join(logs, 'terraform-apply-color.log'),
      '--exit-code',
      '0',
    ]);
    expect(ok.code).toBe(0);
    // The colour log's run started 2026-01-24T08:00:00Z, before both registry runs of the phase.
    expect(ok.stdout).toContain('before this run: no run of this phase on this env');
    expect(await rowsOn(t.bare)).toHaveLength(54);
  });

  test('unreadable log file', async () => {
    if (process.getuid?.() === 0) return; // root reads anything; the directory case above covers "cannot be read"
    const log = join(s.work, 'secret.log');
    await writeFile(log, 'x');
    await chmod(log, 0);
    const run = await record(s, ['--phase', 'p', '--log-path', log, '--exit-code', '0']);
    expect(run.stderr).toMatch(/cannot be read/);
  });
});

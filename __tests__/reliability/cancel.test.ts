/**
 * Nothing lost on cancel (issue 12): real CLI processes killed by real signals at random
 * points of an append against the GitHub API emulator (over a real bare repository); a refused
 * connection reported as such and bounded in time; and the recovery path of a record that
 * could not be written in Actions, run through the runner harness.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliBundle, quickRetryEnv, runCli } from '../support/cli.js';
import {
  commitFiles,
  mulberry32,
  readFileAt,
  startGitHubApiServer,
  type GitHubApiServer,
} from '../support/github-api-server.js';
import { runAction } from '../support/run-action.js';

const TOKEN = 'ghs_cancelSuite0123456789abcdef';

/** A loopback port nobody listens on: connections to it are refused. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ready) => probe.listen(0, '127.0.0.1', ready));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}
const CSV = 'environments/development/latest/build_timings.csv';
const LOG = 'Apply complete! Resources: 1 added, 0 changed, 0 destroyed.\n';

let root: string;
let server: GitHubApiServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ci-ledger-cancel-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
afterEach(async () => {
  await server?.close();
});

const timingArgs = (buildId: string, logPath: string) => [
  'record-timing',
  '--env',
  'dev',
  '--build-id',
  buildId,
  '--phase',
  'apply',
  '--log-path',
  logPath,
  '--exit-code',
  '0',
  '--start-time',
  '2026-01-29T10:00:00Z',
  '--end-time',
  '2026-01-29T10:01:00Z',
  '--branch',
  'governance-registry',
];

/** build ids in the CSV, with how often each appears */
async function rowsByBuild(): Promise<Map<string, number>> {
  const csv = (await readFileAt(server.bareRepo, 'governance-registry', CSV)) ?? '';
  const counts = new Map<string, number>();
  for (const line of csv.split('\n').slice(1).filter(Boolean)) {
    const build = line.split(',')[4]!;
    counts.set(build, (counts.get(build) ?? 0) + 1);
  }
  return counts;
}

describe('cancel and unreachable API', () => {
  test('a refused connection is reported as such, bounded by CI_LEDGER_MAX_RETRY_SECONDS, and spooled', async () => {
    const cwd = await mkdtemp(join(root, 'refused-'));
    await writeFile(join(cwd, 'apply.log'), LOG);
    const port = await closedPort();
    const started = Date.now();
    const run = await runCli([...timingArgs('r1', 'apply.log'), '--repo', 'acme/infra'], {
      cwd,
      env: {
        ...quickRetryEnv,
        GITHUB_API_URL: `http://127.0.0.1:${port}`,
        GITHUB_TOKEN: TOKEN,
        CI_LEDGER_MAX_RETRY_SECONDS: '3',
      },
    });
    const seconds = (Date.now() - started) / 1000;
    expect(run.code).toBe(1);
    const last = run.stderr.trim().split('\n').pop()!;
    expect(last).toMatch(
      /^ci-ledger record-timing: Could not write 1 record\(s\) for .*: gave up after \d+ attempt\(s\) in \d+ s \(the retry budget is 3 s, CI_LEDGER_MAX_RETRY_SECONDS\); last problem: could not reach GitHub API acme\/infra at http:\/\/127\.0\.0\.1:\d+( \(GraphQL\))?: connection refused: connect ECONNREFUSED 127\.0\.0\.1:\d+\. They were saved to .*\.ci-ledger\/spool\/.*\.json/,
    );
    expect(run.stderr).not.toMatch(/HTTP 500/);
    expect(run.stderr).toMatch(/^Unwritten records: ci-ledger-spool: \{"version":1,/m);
    // 3 s of budget, plus the one attempt in flight (Octokit's 3 quick request retries) and the
    // CLI's start on a loaded CI machine; without the budget the default schedule runs for minutes.
    expect(seconds).toBeLessThan(30);
    expect(await readdir(join(cwd, '.ci-ledger/spool'))).toHaveLength(1);
  });

  test('GITHUB_API_URL on port 9 (a port fetch never connects to) fails at once, clearly, and spools', async () => {
    const cwd = await mkdtemp(join(root, 'port9-'));
    await writeFile(join(cwd, 'apply.log'), LOG);
    const run = await runCli([...timingArgs('r9', 'apply.log'), '--repo', 'acme/infra'], {
      cwd,
      env: { ...quickRetryEnv, GITHUB_API_URL: 'http://127.0.0.1:9', GITHUB_TOKEN: TOKEN },
    });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n').pop()).toMatch(
      /^ci-ledger record-timing: Could not write 1 record\(s\) for \S+ to GitHub API acme\/infra at http:\/\/127\.0\.0\.1:9( \(GraphQL\))?: fetch never connects to this port .*: check GITHUB_API_URL\. They were saved to /,
    );
    expect(run.stderr).not.toMatch(/HTTP 500|Attempt \d/); // not retried as a server error
    expect(await readdir(join(cwd, '.ci-ledger/spool'))).toHaveLength(1);
  });

  test('50 real processes killed by SIGTERM/SIGINT at random points of an append: flush lands every record exactly once', async () => {
    server = await startGitHubApiServer({ token: TOKEN, latencyMs: 10 });
    await commitFiles(server.bareRepo, 'main', { 'README.md': 'infra\n' });
    const cwd = await mkdtemp(join(root, 'kills-'));
    const spoolDir = join(cwd, 'spool');
    await writeFile(join(cwd, 'apply.log'), LOG);
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...quickRetryEnv,
      GITHUB_API_URL: server.url,
      GITHUB_TOKEN: TOKEN,
      CI_LEDGER_SPOOL_DIR: spoolDir,
    };
    const random = mulberry32(12);
    const RUNS = 50;
    const outcomes: Array<{
      id: string;
      code: number | null;
      signal: string;
      printed: boolean;
      stderr: string;
    }> = [];
    let logs = '';
    for (let i = 0; i < RUNS; i++) {
      const signal = random() < 0.5 ? 'SIGTERM' : 'SIGINT';
      const delay = Math.floor(random() * 700); // an append here takes ~300-600 ms
      const before = server.stats.requests;
      const child = spawn(
        process.execPath,
        [
          cliBundle,
          ...timingArgs(`k${i}`, 'apply.log'),
          '--repo',
          `${server.owner}/${server.repo}`,
        ],
        { cwd, env },
      );
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const closed = new Promise<number | null>((done) => child.on('close', done));
      // Kill only once the append is under way: its first request reached the server.
      let exited = false;
      void closed.then(() => (exited = true));
      while (server.stats.requests === before && !exited)
        await new Promise((r) => setTimeout(r, 2));
      await new Promise((r) => setTimeout(r, delay));
      child.kill(signal as NodeJS.Signals);
      const code = await closed;
      logs += stderr;
      outcomes.push({
        id: `k${i}`,
        code,
        signal,
        printed: stderr.includes('ci-ledger-spool: '),
        stderr,
      });
    }
    const killed = outcomes.filter((o) => o.code === 143 || o.code === 130);
    const completed = outcomes.filter((o) => o.code === 0);
    // A signal that arrives while node is already exiting after a finished run ends the process
    // itself (no status, nothing printed): that run's record must already be on the branch.
    const lateKills = outcomes.filter((o) => o.code === null && o.stderr === '');
    const landedIds = await rowsByBuild();
    for (const o of lateKills)
      expect({ id: o.id, landed: landedIds.has(o.id) }).toEqual({ id: o.id, landed: true });
    // Nothing else: no crash, no other status (any other outcome is shown with its stderr).
    expect(
      outcomes.filter((o) => ![0, 130, 143].includes(o.code ?? -1) && !lateKills.includes(o)),
    ).toEqual([]);
    for (const o of killed) expect(o.code).toBe(o.signal === 'SIGTERM' ? 143 : 130);
    const spooled = (await readdir(spoolDir).catch(() => [])).filter((n) => n.endsWith('.json'));
    const landedBefore = [...(await rowsByBuild()).keys()].length;
    // Every killed run either landed before the signal or kept its record (spool + printed line).
    expect(landedBefore + spooled.length).toBeGreaterThanOrEqual(RUNS);
    expect(killed.filter((o) => o.printed).length).toBeGreaterThan(0);

    // Recovery 1: from the log lines alone (what survives a runner that is gone).
    const logFile = join(cwd, 'job.log');
    await writeFile(logFile, logs);
    const fromLog = await runCli(
      ['flush', '--from', logFile, '--repo', `${server.owner}/${server.repo}`],
      {
        cwd,
        env: { ...quickRetryEnv, GITHUB_API_URL: server.url, GITHUB_TOKEN: TOKEN },
      },
    );
    expect(fromLog.code).toBe(0);
    // Recovery 2: the spool folder (what upload-artifact keeps); whatever the log held is there already.
    const fromSpool = await runCli(['flush', '--repo', `${server.owner}/${server.repo}`], {
      cwd,
      env: {
        ...quickRetryEnv,
        GITHUB_API_URL: server.url,
        GITHUB_TOKEN: TOKEN,
        CI_LEDGER_SPOOL_DIR: spoolDir,
      },
    });
    expect(fromSpool.code).toBe(0);
    expect((await readdir(spoolDir).catch(() => [])).filter((n) => n.endsWith('.json'))).toEqual(
      [],
    );

    const rows = await rowsByBuild();
    const expected = new Map(Array.from({ length: RUNS }, (_, i) => [`k${i}`, 1]));
    expect(rows).toEqual(expected); // every record, each exactly once
    console.log(
      `kill runs: ${RUNS}; killed ${killed.length} (printed their records: ${killed.filter((o) => o.printed).length}), ` +
        `completed before the signal ${completed.length}, ended by the signal while exiting ${lateKills.length}; landed before flush ${landedBefore}; spool files ${spooled.length}; ` +
        `flush --from log: ${fromLog.stdout.trim().split('\n').pop()}; flush spool: ${fromSpool.stdout.trim().split('\n').pop()}; ` +
        `rows ${[...rows.values()].reduce((a, b) => a + b, 0)}, duplicated ${[...rows.values()].filter((n) => n > 1).length}`,
    );
  }, 180_000);

  test('in Actions: a record that could not be written is in the log and the workspace spool, and flush --from the log lands it once', async () => {
    server = await startGitHubApiServer({ token: TOKEN });
    await commitFiles(server.bareRepo, 'main', { 'README.md': 'infra\n' });
    const workspace = await mkdtemp(join(root, 'workspace-'));
    await mkdir(join(workspace, 'logs'));
    await writeFile(join(workspace, 'logs/apply-dev-a1.log'), LOG);
    const step = await runAction(
      'actions/record-timing',
      {
        env: 'dev',
        'build-id': 'a1',
        phase: 'apply',
        'log-path': 'logs/apply-dev-a1.log',
        'exit-code': '0',
        'start-time': '2026-01-29T10:00:00Z',
        'end-time': '2026-01-29T10:01:00Z',
      },
      {
        cwd: workspace,
        github: { token: TOKEN, repository: 'acme/infra' },
        env: {
          ...quickRetryEnv,
          GITHUB_API_URL: `http://127.0.0.1:${await closedPort()}`,
          CI_LEDGER_MAX_RETRY_SECONDS: '2',
        },
      },
    );
    expect(step.code).toBe(1);
    expect(step.annotations.filter((a) => a.level === 'error')).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/connection refused.*saved to .*\.ci-ledger\/spool\//s),
      }),
    ]);
    // What an `if: failure()` upload-artifact step of `.ci-ledger/spool/` would keep:
    expect(await readdir(join(workspace, '.ci-ledger/spool'))).toHaveLength(1);
    // What the job log keeps, even when the runner is gone:
    const log = join(root, 'job-log.txt');
    await writeFile(
      log,
      (step.stdout + step.stderr)
        .split('\n')
        .map((line) => `2026-01-29T10:02:00.0000000Z ${line}`) // as a downloaded log has them
        .join('\n'),
    );
    // What the README's upload-artifact step keeps (.ci-ledger/spool/, hidden files included),
    // as a later job downloads it: a copy outside the workspace, which is gone with the runner.
    const artifact = await mkdtemp(join(root, 'spool-artifact-'));
    await cp(join(workspace, '.ci-ledger/spool'), artifact, { recursive: true });
    await rm(workspace, { recursive: true, force: true });
    const env = { ...quickRetryEnv, GITHUB_API_URL: server.url, GITHUB_TOKEN: TOKEN };
    const repo = ['--repo', `${server.owner}/${server.repo}`];
    const first = await runCli(['flush', '--from', log, ...repo], { env });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /1 spool file\(s\): 1 recorded, 0 already on the branch, 0 failed/,
    );
    const again = await runCli(['flush', '--from', log, ...repo], { env });
    expect(again.stdout).toMatch(
      /1 spool file\(s\): 0 recorded, 1 already on the branch, 0 failed/,
    );
    // The other documented path, the spool folder as an artifact: the same record, not again.
    const fromArtifact = await runCli(['flush', '--spool-dir', artifact, ...repo], { env });
    expect(fromArtifact.code).toBe(0);
    expect(fromArtifact.stdout).toMatch(
      /1 spool file\(s\): 0 recorded, 1 already on the branch, 0 failed/,
    );
    expect(await readdir(artifact)).toEqual([]); // flushed: removed
    expect(await rowsByBuild()).toEqual(new Map([['a1', 1]]));
  });
});

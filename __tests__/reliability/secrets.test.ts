/**
 * The token stays secret, with debug logging on (RUNNER_DEBUG=1, ACTIONS_STEP_DEBUG=true), in
 * the runs that land and in the runs that fail (a refused token; a server answering only 5xx,
 * so the records are spooled under the workspace). The one line allowed to carry it is the
 * `::add-mask::` command, which the runner consumes to mask it everywhere else. Checked: stdout,
 * stderr, the job summary, the outputs, and every file under the workspace and RUNNER_TEMP
 * (logs, spool files), for the token itself and its usual encodings.
 */
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBatch } from '../batch/batch-fixture.js';
import { commitFiles, startGitHubApiServer, type FaultPlan } from '../support/github-api-server.js';
import { runAction, type ActionRun } from '../support/run-action.js';

const TOKEN = 'ghs_S3cretTok3nNeverPrinted0123456789';
const SERVER_TOKEN = 'ghs_TheOnlyTokenTheServerTakes012345';
const DEBUG = { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' };

/** The token as it might leak: itself, without its prefix, base64 (alone or as git's basic auth). */
const forms = [
  TOKEN,
  TOKEN.slice(4),
  Buffer.from(TOKEN).toString('base64'),
  Buffer.from(`x-access-token:${TOKEN}`).toString('base64'),
];

async function filesUnder(dir: string): Promise<string[]> {
  const names = (await readdir(dir, { recursive: true })).map(String);
  const files: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    try {
      files.push(path, await readFile(path, 'latin1'));
    } catch {
      // a directory
    }
  }
  return files;
}

/** Where each form of the token shows up; [] is the only good answer. */
async function leaks(run: ActionRun, dirs: string[]): Promise<string[]> {
  const found: string[] = [];
  const stdout = run.stdout
    .split('\n')
    .filter((line) => line !== `::add-mask::${TOKEN}`)
    .join('\n');
  const places: Array<[string, string]> = [
    ['stdout', stdout],
    ['stderr', run.stderr],
    ['summary', run.summary],
    ['outputs', JSON.stringify(run.outputs)],
  ];
  for (const dir of dirs) {
    const files = await filesUnder(dir);
    for (let i = 0; i < files.length; i += 2) places.push([files[i]!, files[i + 1]!]);
  }
  for (const [where, text] of places)
    for (const form of forms) if (text.includes(form)) found.push(`${where} holds ${form}`);
  return found;
}

interface Scenario {
  name: string;
  /** the token the server accepts */
  serverToken: string;
  faults?: FaultPlan;
  landed: boolean;
}

const scenarios: Scenario[] = [
  { name: 'the write lands', serverToken: TOKEN, landed: true },
  { name: 'the token is refused (401)', serverToken: SERVER_TOKEN, landed: false },
  {
    name: 'every request fails with 5xx',
    serverToken: TOKEN,
    faults: { rate: 1, kinds: ['5xx'], seed: 1 },
    landed: false,
  },
];

const scratch: string[] = [];
afterAll(async () => {
  for (const dir of scratch) await rm(dir, { recursive: true, force: true });
});

async function step(action: string, inputs: Record<string, string>, scenario: Scenario) {
  const server = await startGitHubApiServer({ token: scenario.serverToken });
  await commitFiles(server.bareRepo, 'main', { 'README.md': 'infra\n' });
  server.setFaults(scenario.faults ?? null);
  const workspace = await mkdtemp(join(tmpdir(), 'ci-ledger-secrets-ws-'));
  const runnerTemp = await mkdtemp(join(tmpdir(), 'ci-ledger-secrets-temp-'));
  scratch.push(workspace, runnerTemp);
  try {
    const run = await runAction(action, inputs, {
      cwd: workspace,
      github: { token: TOKEN, repository: `${server.owner}/${server.repo}` },
      env: {
        ...DEBUG,
        GITHUB_API_URL: server.url,
        RUNNER_TEMP: runnerTemp,
        CI_LEDGER_REQUEST_RETRY_BASE_MS: '20',
        // A failing write gives up after two quick attempts: the retry policy is not under test here.
        CI_LEDGER_MAX_ATTEMPTS: '2',
        CI_LEDGER_RETRY_BASE_MS: '10',
      },
      timeoutMs: 60_000,
    });
    return { run, workspace, runnerTemp, tokensSeen: [...server.stats.tokensSeen] };
  } finally {
    await server.close();
  }
}

async function expectNoLeak(
  result: Awaited<ReturnType<typeof step>>,
  scenario: Scenario,
): Promise<void> {
  const { run, workspace, runnerTemp, tokensSeen } = result;
  const context = `exit ${run.code}\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`;
  expect({ code: run.code, context }).toEqual({ code: scenario.landed ? 0 : 1, context });
  expect(tokensSeen).toEqual([TOKEN]); // the token did go to the API
  // The runner masks the token only once it has read the ::add-mask:: command.
  expect(run.stdout.split('\n').filter((line) => line.includes(TOKEN))).toEqual([
    `::add-mask::${TOKEN}`,
  ]);
  const spool = join(workspace, '.ci-ledger/spool');
  const spooled = await readdir(spool).catch(() => []);
  if (scenario.landed) expect(spooled).toEqual([]);
  else {
    expect(spooled).toHaveLength(1); // the records were kept — and the walk below reads them
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1);
  }
  expect(await leaks(run, [workspace, runnerTemp])).toEqual([]);
}

describe('the token never shows up, with debug logging on', () => {
  test.each(scenarios)('record-timing bundle: $name', async (scenario) => {
    const result = await step(
      'actions/record-timing',
      {
        env: 'dev',
        'build-id': 'persistent',
        phase: 'bootstrap-persistent',
        run: 'echo "[$(date -u +%FT%TZ)] terraform apply"; echo "Apply complete! Resources: 1 added, 0 changed, 0 destroyed."',
        flags: 'BOOTSTRAP_VERSION=v4',
      },
      scenario,
    );
    // The wrapped command's log is one of the files walked.
    expect(await readdir(join(result.workspace, 'logs/build-timings'))).toHaveLength(1);
    await expectNoLeak(result, scenario);
  });

  test.each(scenarios)('batch-metrics bundle: $name', async (scenario) => {
    const results = await writeBatch();
    const result = await step(
      'actions/batch-metrics',
      { 'batch-id': '2026-01-29-001', ecosystem: 'cargo', 'results-dir': results },
      scenario,
    );
    await expectNoLeak(result, scenario);
  });

  test('a wrapped command that prints its environment does not put the token in the workspace log', async () => {
    // A phase that prints its environment (`env`, `set -x`, `make -d`…) must not write the
    // token into logs/build-timings/*.log: the runner masks the console, not files, and such
    // logs are often uploaded as artifacts. The wrapped command gets no INPUT_* variables.
    const scenario = scenarios[0]!;
    const result = await step(
      'actions/record-timing',
      { env: 'dev', 'build-id': 'persistent', phase: 'debug-env', run: 'env | sort' },
      scenario,
    );
    expect(result.run.code).toBe(0);
    const logs = join(result.workspace, 'logs/build-timings');
    await mkdir(logs, { recursive: true });
    const files = await filesUnder(logs);
    const holding = files.filter((_, i) => i % 2 === 0 && files[i + 1]!.includes(TOKEN));
    expect(holding).toEqual([]);
  });
});

/**
 * The built action bundles, run the way the Actions runner runs them (INPUT_* variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), writing through the GitHub API emulator.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  commitFiles,
  gitIn,
  logOf,
  readFileAt,
  startGitHubApiServer,
  type GitHubApiServer,
} from '../support/github-api-server.js';
import { runAction } from '../support/run-action.js';
import { renderGfm, tablesOf } from '../support/gfm.js';
import { writeBatch } from '../batch/batch-fixture.js';

const TOKEN = 'ghs_bundleTestToken0123456789';
const CSV = 'environments/development/latest/build_timings.csv';
const logs = new URL('../fixtures/logs/', import.meta.url).pathname;

let server: GitHubApiServer;
beforeEach(async () => {
  server = await startGitHubApiServer({ owner: 'acme', repo: 'infra', token: TOKEN });
  await commitFiles(server.bareRepo, 'main', { 'README.md': 'infra\n' });
});
afterEach(async () => {
  await server.close();
});

async function step(
  action: string,
  inputs: Record<string, string>,
  extraEnv: NodeJS.ProcessEnv = {},
) {
  const workspace = await mkdtemp(join(tmpdir(), 'ci-ledger-ws-'));
  return runAction(action, inputs, {
    cwd: workspace,
    github: { token: TOKEN, repository: 'acme/infra' },
    env: { GITHUB_API_URL: server.url, CI_LEDGER_REQUEST_RETRY_BASE_MS: '50', ...extraEnv },
    timeoutMs: 90_000,
  });
}

const rowsOnBranch = async () =>
  parse((await readFileAt(server.bareRepo, 'governance-registry', CSV)) ?? '', {
    columns: true,
  }) as Array<Record<string, string>>;

describe('record-timing bundle', () => {
  test('wraps the command, commits the row through the API, sets every output, writes the summary, never shows the token', async () => {
    const run = await step(
      'actions/record-timing',
      {
        env: 'dev',
        'build-id': '24-01-26-01',
        phase: 'bootstrap',
        run: 'echo "[$(date -u +%FT%TZ)] terraform apply"; echo "Apply complete! Resources: 2 added, 1 changed, 0 destroyed."',
        flags: 'BOOTSTRAP_VERSION=v4',
      },
      { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' },
    );
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(run.code).toBe(0);
    const [row] = await rowsOnBranch();
    expect(row).toMatchObject({
      phase: 'bootstrap',
      env: 'dev',
      build_id: '24-01-26-01',
      exit_code: '0',
      flags: 'BOOTSTRAP_VERSION=v4',
      resources_added: '2',
      resources_changed: '1',
    });
    const head = (await gitIn(server.bareRepo, ['rev-parse', 'governance-registry']))
      .toString()
      .trim();
    expect(run.outputs).toMatchObject({
      recorded: 'true',
      'exit-code': '0',
      'resources-added': '2',
      'resources-changed': '1',
      'resources-destroyed': '0',
      file: CSV,
      'commit-sha': head,
      'duration-seconds': row!.duration_seconds,
      'log-path': row!.log_path,
    });
    expect(run.outputs.row).toBe(
      ((await readFileAt(server.bareRepo, 'governance-registry', CSV)) ?? '').trim().split('\n')[1],
    );
    const [thisRun] = tablesOf(renderGfm(run.summary));
    expect(thisRun![1]!.slice(3, 7)).toEqual(['0', '2', '1', '0']);
    // The token went to the API and nowhere else, even with debug logging on: the one line that
    // names it is the ::add-mask:: command, which the runner consumes to mask it everywhere.
    expect(server.stats.tokensSeen).toEqual([TOKEN]);
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => l.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);
    expect(run.stderr + run.summary + JSON.stringify(run.outputs)).not.toContain(TOKEN);
  });

  test('a failing phase is recorded, and the step fails with its status', async () => {
    const run = await step('actions/record-timing', {
      env: 'dev',
      'build-id': 'persistent',
      phase: 'teardown-persistent',
      run: 'echo bye; exit 3',
    });
    expect(run.code).toBe(1);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: 'teardown-persistent exited with status 3 (the run was recorded)',
      }),
    );
    expect(run.outputs['exit-code']).toBe('3');
    expect((await rowsOnBranch())[0]).toMatchObject({ exit_code: '3' });
  });

  test('recording the same log twice: the second step says recorded=false and commits nothing', async () => {
    const inputs = {
      env: 'dev',
      'build-id': 'persistent',
      phase: 'bootstrap-persistent',
      'log-path': join(logs, 'terraform-apply-color.log'),
      'exit-code': '0',
    };
    const first = await step('actions/record-timing', inputs);
    expect(first.outputs.recorded).toBe('true');
    const second = await step('actions/record-timing', inputs);
    expect(second.code).toBe(0);
    expect(second.outputs).toMatchObject({
      recorded: 'false',
      'commit-sha': first.outputs['commit-sha'],
    });
    expect(second.summary).toContain('was already in');
    expect(await rowsOnBranch()).toHaveLength(1);
    expect(await logOf(server.bareRepo, 'governance-registry')).toHaveLength(1);
  });

  test('an unsafe env name fails the step with one error and creates nothing', async () => {
    const run = await step('actions/record-timing', {
      env: '../../x',
      'build-id': 'b',
      phase: 'p',
      run: 'echo should not run',
    });
    expect(run.code).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(/^Unsafe env "\.\.\/\.\.\/x"/),
    ]);
    expect(run.stdout).not.toContain('should not run');
    expect(await logOf(server.bareRepo, 'governance-registry')).toEqual([]);
  });

  test('the root action dispatches on `command`', async () => {
    const ok = await step('.', {
      command: 'record-timing',
      env: 'dev',
      'build-id': 'b1',
      phase: 'infra',
      'log-path': join(logs, 'no-changes.log'),
      'exit-code': '0',
    });
    expect(ok.code).toBe(0);
    expect(ok.outputs['resources-added']).toBe('0');
    const bad = await step('.', { command: 'deploy' });
    expect(bad.code).toBe(1);
    expect(bad.annotations[0]?.message).toMatch(
      /Unknown command "deploy": use one of record-timing, batch-metrics, batch-summary, dashboard$/,
    );
  });
});

describe('batch-metrics bundle', () => {
  test('metrics and failures land in one commit on the default branch; a re-run adds nothing', async () => {
    const results = await writeBatch();
    const inputs = { 'batch-id': '2026-01-29-001', ecosystem: 'cargo', 'results-dir': results };
    const run = await step('actions/batch-metrics', inputs);
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(run.code).toBe(0);
    const metrics = (await readFileAt(server.bareRepo, 'main', 'data/metrics/batch-runs.jsonl'))!;
    expect(JSON.parse(run.outputs.record!)).toEqual(JSON.parse(metrics));
    expect(run.outputs).toMatchObject({
      // passed/tested over the five platforms: 23+21+18+20+20 = 102 of 25+23+23+21+21 = 113
      'pass-rate': '0.9027',
      // merged/total: 16 of 25
      'merge-rate': '0.64',
      'weakest-platform': 'linux-musl-x86_64',
      failures: '11',
      recorded: 'true',
    });
    const [commit, seed] = await logOf(server.bareRepo, 'main');
    expect(commit!.parents).toEqual([seed!.sha]);
    const touched = (
      await gitIn(server.bareRepo, ['show', '--name-only', '--format=', commit!.sha])
    )
      .toString()
      .trim()
      .split('\n');
    expect(touched.sort()).toEqual(['data/failures/cargo.jsonl', 'data/metrics/batch-runs.jsonl']);
    expect(tablesOf(renderGfm(run.summary))[0]).toHaveLength(7); // header, five platforms, total

    const again = await step('actions/batch-metrics', inputs);
    expect(again.code).toBe(0);
    expect(again.outputs.recorded).toBe('false');
    expect(again.annotations).toContainEqual(expect.objectContaining({ level: 'notice' }));
    expect(await logOf(server.bareRepo, 'main')).toHaveLength(2);
  });
});

describe('batch-summary bundle', () => {
  test('reads the history through the API and writes the operator summary; breaches warn, and fail when asked', async () => {
    for (const id of ['2026-01-28-001', '2026-01-29-001']) {
      const r = await step('actions/batch-metrics', {
        'batch-id': id,
        ecosystem: 'cargo',
        'results-dir': await writeBatch(id),
      });
      expect(r.code).toBe(0);
    }
    const run = await step('actions/batch-summary', {
      'min-pass-rate': '0.9',
      'fail-on-breach': 'true',
    });
    expect(run.code).toBe(1);
    // With fail-on-breach, a breach is an error annotation (without it, a warning).
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'Batch 2026-01-29-001: linux-musl-x86_64 passed 18/23 (78%), below the minimum pass rate of 90%.',
      'Below min-pass-rate: linux-musl-x86_64',
    ]);
    // The only warning: the default pass-rate objective (90% over the last 10 batches, no
    // objectives file): 10 of musl's 46 tests failed, (1 − 0.9) × 46 = 4.6 allowed.
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      'linux-musl-x86_64 pass rate ≥ 90%: error budget exhausted — 10 of 46 tests failed over the last 10 batches, the objective allows 4.6.',
    ]);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: 'Below min-pass-rate: linux-musl-x86_64',
      }),
    );
    expect(run.outputs).toMatchObject({
      'weakest-platform': 'linux-musl-x86_64',
      breaches: 'linux-musl-x86_64',
    });
    expect(Number(run.outputs['summary-bytes'])).toBe(Buffer.byteLength(run.summary));
    const html = renderGfm(run.summary);
    expect(html).toContain('<h2>❌ <strong>Batch 2026-01-29-001</strong> (cargo, ');
    expect(tablesOf(html)[0]).toHaveLength(7);
    expect(run.summary).toContain('```mermaid\n');
    expect(run.outputs.status).toBe('failing');

    const relaxed = await step('actions/batch-summary', { 'batch-id': '2026-01-28-001' });
    expect(relaxed.code).toBe(0);
    expect(relaxed.outputs.breaches).toBe('');
  });

  test('after batch-metrics in the same job, the batch table appears once', async () => {
    const metrics = await step('actions/batch-metrics', {
      'batch-id': '2026-01-30-001',
      ecosystem: 'cargo',
      'results-dir': await writeBatch('2026-01-30-001'),
    });
    expect(metrics.code).toBe(0);
    // The runner hands variables a step exports (GITHUB_ENV) to the job's later steps.
    expect(Object.keys(metrics.exportedEnv)).toEqual(['CI_LEDGER_SHOWN_BATCHES']);
    const summary = await step('actions/batch-summary', {}, metrics.exportedEnv);
    expect(summary.code).toBe(0);
    const counts = (html: string) =>
      tablesOf(html).filter((t) => t[0]?.includes('Tested') && t[0]?.includes('Passed'));
    expect(counts(renderGfm(metrics.summary))).toHaveLength(1);
    expect(counts(renderGfm(summary.summary))).toHaveLength(0);
    // The only batch on the branch: no previous one to compare with.
    expect(tablesOf(renderGfm(summary.summary))[0]![0]).toEqual([
      'Platform',
      'Pass rate',
      'Change',
      'Trend (1 batch)',
    ]);
    expect(summary.summary).toContain('counts per platform are in the batch-metrics table above');
    // A later batch of another job's summary: shown in full.
    const alone = await step('actions/batch-summary', {});
    expect(counts(renderGfm(alone.summary))).toHaveLength(1);
  });
});

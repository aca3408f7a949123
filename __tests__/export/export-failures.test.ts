/**
 * An engine that is down, slow or answering 5xx: the record-timing action (the bundle, as the
 * runner runs it, against the GitHub API emulator) keeps its row on the branch, succeeds with
 * one warning that says how to re-send, and re-sending lands the samples once. The CLI retries
 * 5xx and 429 with backoff and reports a final failure in one message. A real Prometheus
 * stands behind a small proxy that answers 503 or hangs for the first requests.
 */
import { jest } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  commitFiles,
  readFileAt,
  startGitHubApiServer,
  type GitHubApiServer,
} from '../support/github-api-server.js';
import { freePort, startPrometheus, type Prometheus } from '../support/prometheus.js';
import { runAction } from '../support/run-action.js';
import { runCli } from '../support/cli.js';

jest.setTimeout(120_000);

const TOKEN = 'ghs_exportActionTest0123456789abcd';
const CSV = 'environments/development/latest/build_timings.csv';
let prom: Prometheus;
let github: GitHubApiServer;
let workspace: string;

/** Forwards to Prometheus, after answering the first `fail` requests with `how`. */
function flakyProxy(
  target: string,
  fail: number,
  how: 'status-503' | 'status-429' | 'hang',
): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let requests = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests++;
      if (requests <= fail) {
        if (how === 'hang') return; // never answers: the client's timeout must end it
        res.writeHead(how === 'status-503' ? 503 : 429, { 'retry-after': '0' });
        res.end('engine busy');
        return;
      }
      void fetch(`${target}${req.url}`, {
        method: 'POST',
        headers: req.headers as Record<string, string>,
        body: Buffer.concat(chunks),
      }).then(async (r) => {
        res.writeHead(r.status);
        res.end(Buffer.from(await r.arrayBuffer()));
      });
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as { port: number }).port}/api/v1/write`,
        requests: () => requests,
        close: () => {
          server.closeAllConnections();
          return new Promise((r) => server.close(() => r()));
        },
      }),
    ),
  );
}

beforeAll(async () => {
  prom = await startPrometheus();
  github = await startGitHubApiServer({ owner: 'acme', repo: 'infra', token: TOKEN });
  await commitFiles(github.bareRepo, 'main', { 'README.md': 'infra\n' });
  workspace = await mkdtemp(join(tmpdir(), 'ci-ledger-export-action-'));
});
afterAll(async () => {
  await github?.close();
  await prom?.stop();
});

const record = (start: string, exportUrl: string, env: NodeJS.ProcessEnv = {}) =>
  runAction(
    'actions/record-timing',
    {
      env: 'dev',
      'build-id': 'persistent',
      phase: 'apply',
      'exit-code': '0',
      'start-time': start,
      'end-time': new Date(Date.parse(start) + 600_000).toISOString().replace('.000Z', 'Z'),
      run: 'true',
      export: exportUrl,
      'export-labels': 'suite=failures',
    },
    {
      cwd: workspace,
      github: { token: TOKEN, repository: 'acme/infra' },
      env: {
        GITHUB_API_URL: github.url,
        CI_LEDGER_REQUEST_RETRY_BASE_MS: '50',
        CI_LEDGER_EXPORT_RETRY_BASE_MS: '50',
        CI_LEDGER_EXPORT_TIMEOUT_MS: '1500',
        CI_LEDGER_EXPORT_ATTEMPTS: '3',
        ...env,
      },
      timeoutMs: 90_000,
    },
  );

const stored = async () =>
  (
    await prom.query(
      'sum(count_over_time(cicd_pipeline_run_duration_seconds{suite="failures"}[3650d] @ 1800000000))',
    )
  )[0]?.value ?? 0;

test('an engine that is down: the row stays on the branch, the step succeeds with one warning naming the re-send; the re-send lands once', async () => {
  const down = `http://127.0.0.1:${await freePort()}/api/v1/write`;
  const run = await record('2026-03-01T10:00:00Z', down);
  expect(run.code).toBe(0);
  expect(run.outputs.recorded).toBe('true');
  expect(run.outputs.exported).toBe('0');
  const csv = await readFileAt(github.bareRepo, 'governance-registry', CSV);
  expect(csv).toContain('2026-03-01T10:00:00Z,2026-03-01T10:10:00Z,apply,dev,persistent,600,0');
  const warnings = run.annotations.filter((a) => a.level === 'warning');
  expect(warnings).toHaveLength(1);
  expect(warnings[0]!.message).toContain('connection refused');
  expect(warnings[0]!.message).toContain('after 3 attempt(s)');
  expect(warnings[0]!.message).toContain('The records are on the branch all the same.');
  const resend = /To re-send them \(nothing is counted twice\): (ci-ledger export .*)$/.exec(
    warnings[0]!.message,
  )![1]!;
  expect(resend).toBe(
    `ci-ledger export --from-history timings --repo acme/infra --branch governance-registry --url ${down} --label 'suite=failures' --since 2026-03-01T10:00:00Z --until 2026-03-01T10:00:01Z`,
  );
  expect(await stored()).toBe(0);

  // The re-send as the warning says, to the engine now up (twice: still one sample).
  const args = resend
    .replace(/^ci-ledger /, '')
    .replace(down, prom.writeUrl)
    .replace(`'suite=failures'`, 'suite=failures')
    .split(' ');
  for (let i = 0; i < 2; i++) {
    const sent = await runCli(args, {
      env: { GITHUB_API_URL: github.url, GITHUB_TOKEN: TOKEN },
    });
    expect(sent.stderr).toBe('');
    expect(sent.stdout).toContain('Sent 1 samples in 1 request(s)');
  }
  expect(await stored()).toBe(1);
});

test('5xx then success: retried with backoff, the sample lands once; a hanging engine times out and is retried', async () => {
  const flaky = await flakyProxy(prom.url, 2, 'status-503');
  const run = await record('2026-03-02T10:00:00Z', flaky.url);
  await flaky.close();
  expect(run.code).toBe(0);
  expect(run.outputs.exported).toBe('1');
  expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  expect(run.stdout).toContain('export attempt 1 of 3');
  expect(run.stdout).toContain('HTTP 503: engine busy; retrying');
  expect(flaky.requests()).toBe(3);

  const hanging = await flakyProxy(prom.url, 1, 'hang');
  const slow = await record('2026-03-03T10:00:00Z', hanging.url);
  await hanging.close();
  expect(slow.outputs.exported).toBe('1');
  expect(slow.stdout).toContain('no answer within 1500 ms; retrying');
  expect(await stored()).toBe(3);
});

test('the CLI: 429 retried; an engine that keeps answering 5xx fails with one message saying how much landed; bad credentials are not retried', async () => {
  const busy = await flakyProxy(prom.url, 100, 'status-503');
  const env = {
    GITHUB_API_URL: github.url,
    GITHUB_TOKEN: TOKEN,
    CI_LEDGER_EXPORT_RETRY_BASE_MS: '10',
    CI_LEDGER_EXPORT_ATTEMPTS: '2',
    CI_LEDGER_EXPORT_BEARER_TOKEN: 'secret-token-never-printed',
  };
  const failed = await runCli(
    ['export', '--from-history', 'timings', '--repo', 'acme/infra', '--url', busy.url],
    { env },
  );
  await busy.close();
  expect(failed.code).toBe(1);
  expect(failed.stderr.trim().split('\n').at(-1)).toBe(
    `ci-ledger export: Export to ${busy.url} failed after 2 attempt(s): HTTP 503: engine busy. No sample landed.`,
  );
  expect(failed.stdout + failed.stderr).not.toContain('secret-token-never-printed');

  const limited = await flakyProxy(prom.url, 1, 'status-429');
  const ok = await runCli(
    ['export', '--from-history', 'timings', '--repo', 'acme/infra', '--url', limited.url],
    { env },
  );
  await limited.close();
  expect(ok.code).toBe(0);
  expect(limited.requests()).toBe(2);
  expect(await stored()).toBe(3); // the same three samples: nothing new

  const refused = createServer((_, res) => {
    res.writeHead(401);
    res.end('bad token');
  });
  await new Promise<void>((r) => refused.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(refused.address() as { port: number }).port}/api/v1/write`;
  const denied = await runCli(
    ['export', '--from-history', 'timings', '--repo', 'acme/infra', '--url', url],
    { env },
  );
  refused.close();
  expect(denied.code).toBe(1);
  expect(denied.stderr).toContain(
    'HTTP 401: bad token (credentials: CI_LEDGER_EXPORT_BEARER_TOKEN, or CI_LEDGER_EXPORT_USERNAME and CI_LEDGER_EXPORT_PASSWORD). No sample landed.',
  );
  expect(denied.stderr).not.toContain('retrying');
});

test('batch-metrics with export: the batch lands on the branch, then its samples in the engine with its values; a re-run sends nothing new', async () => {
  const results = new URL('../../examples/validation-results', import.meta.url).pathname;
  const step = () =>
    runAction(
      'actions/batch-metrics',
      {
        'batch-id': '2026-01-29-001',
        ecosystem: 'cargo',
        'results-dir': results,
        export: prom.writeUrl,
        'export-labels': 'suite=batch',
      },
      {
        cwd: workspace,
        github: { token: TOKEN, repository: 'acme/infra' },
        env: { GITHUB_API_URL: github.url, CI_LEDGER_REQUEST_RETRY_BASE_MS: '50' },
        timeoutMs: 90_000,
      },
    );
  const run = await step();
  expect(run.stderr + run.annotations.map((a) => a.message).join('\n')).toBe('');
  expect(run.code).toBe(0);
  expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  const record = JSON.parse(run.outputs.record!) as {
    timestamp: string;
    platforms: Record<string, { tested: number; passed: number }>;
  };
  const at = `@ ${Date.parse(record.timestamp) / 1000}`;
  const engine = await prom.query(`cicd_batch_platform_passed_recipes{suite="batch"} ${at}`);
  expect(Object.fromEntries(engine.map((r) => [r.metric.platform, r.value]))).toEqual(
    Object.fromEntries(Object.entries(record.platforms).map(([p, c]) => [p, c.passed])),
  );
  expect(Number(run.outputs.exported)).toBeGreaterThan(0);

  const again = await step();
  expect(again.outputs.recorded).toBe('false');
  expect(again.outputs.exported ?? '').toBe('');
  const [count] = await prom.query(
    'count(count_over_time(cicd_batch_platform_tested_recipes{suite="batch"}[3650d] @ 1800000000))',
  );
  expect(count!.value).toBe(Object.keys(record.platforms).length);
});

test('the CLI record-timing --export: sent once on the branch; an engine down leaves exit 0, the row, and a re-send command that works', async () => {
  const data = await mkdtemp(join(tmpdir(), 'ci-ledger-export-cli-'));
  const down = `http://127.0.0.1:${await freePort()}/api/v1/write`;
  const args = (start: string, url: string) => [
    'record-timing',
    ...['--data-dir', data, '--env', 'dev', '--build-id', 'b1', '--phase', 'cli-apply'],
    ...['--start-time', start, '--end-time', start.replace('T10:00', 'T10:05')],
    ...['--export', url, '--export-label', 'suite=cli', '--log-dir', join(data, 'logs')],
    '--',
    'true',
  ];
  const env = { CI_LEDGER_EXPORT_ATTEMPTS: '1' };
  const failed = await runCli(args('2026-04-01T10:00:00Z', down), { env });
  expect(failed.code).toBe(0);
  const csv = await readFile(
    join(data, 'environments/development/latest/build_timings.csv'),
    'utf8',
  );
  expect(csv).toContain('2026-04-01T10:00:00Z,2026-04-01T10:05:00Z,cli-apply,dev,b1,300,0');
  const warning = failed.stderr.trim().split('\n').at(-1)!;
  expect(warning).toBe(
    `ci-ledger record-timing: warning: Export to ${down} failed after 1 attempt(s): connection refused (is the engine running, with its remote-write receiver enabled?). No sample landed. ` +
      `The records are on the branch all the same. To re-send them (nothing is counted twice): ci-ledger export --from-history timings --data-dir ${data} --url ${down} --label 'suite=cli' --since 2026-04-01T10:00:00Z --until 2026-04-01T10:00:01Z`,
  );
  const ok = await runCli(args('2026-04-02T10:00:00Z', prom.writeUrl), { env });
  expect(ok.code).toBe(0);
  expect(ok.stderr).toContain(`Exported 1 sample(s) to ${prom.writeUrl}.`);
  const resent = await runCli([
    'export',
    '--from-history',
    'timings',
    '--data-dir',
    data,
    '--url',
    prom.writeUrl,
    '--label',
    'suite=cli',
  ]);
  expect(resent.stdout).toContain('Sent 2 samples in 1 request(s)');
  const [count] = await prom.query(
    'sum(count_over_time(cicd_pipeline_run_duration_seconds{suite="cli"}[3650d] @ 1800000000))',
  );
  expect(count!.value).toBe(2);
});

test('a record whose time is not a time: one error naming the file and the batch, and nothing sent', async () => {
  const data = await mkdtemp(join(tmpdir(), 'ci-ledger-export-bad-'));
  const { mkdir, writeFile } = await import('node:fs/promises');
  await mkdir(join(data, 'data/metrics'), { recursive: true });
  const good = { batch_id: 'ok-1', ecosystem: 'cargo', timestamp: '2026-05-01T10:00:00Z' };
  const platforms = { 'linux-x86_64': { tested: 2, passed: 1, failed: 1 } };
  await writeFile(
    join(data, 'data/metrics/batch-runs.jsonl'),
    [
      JSON.stringify({ ...good, platforms }),
      JSON.stringify({ ...good, batch_id: 'bad-2', timestamp: 'soon', platforms }),
    ].join('\n') + '\n',
  );
  const run = await runCli([
    ...['export', '--from-history', 'batches', '--data-dir', data],
    ...['--url', prom.writeUrl, '--label', 'suite=bad'],
  ]);
  expect(run.code).toBe(1);
  expect(run.stderr.trim()).toBe(
    'ci-ledger export: data/metrics/batch-runs.jsonl: batch bad-2 timestamp: "soon" is not a time',
  );
  expect(run.stdout).toBe('');
  // absent_over_time is 1 when no series with the label has a sample in the range.
  const [absent] = await prom.query('absent_over_time({suite="bad"}[3650d] @ 1800000000)');
  expect(absent!.value).toBe(1);
});

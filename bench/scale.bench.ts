/**
 * Scale table, for `npm run bench` (bench/run.mjs runs this file through jest, like
 * api-cost.bench.ts; without BENCH_SCALE_OUT the test is skipped, and jest's testMatch for
 * `npm test` does not reach bench/).
 *
 * What one batch-metrics append and one `summary --last 10` cost as the history grows, measured
 * the way issue 13 measured them: a byte-counting HTTP proxy between the built CLI and the
 * remote — the GitHub API test server (GraphQL, the default writer) or git's own smart-HTTP
 * server (`git http-backend`), each over a real bare repository. Per operation: requests, bytes
 * up (request bodies) and bytes down (response bodies), exact counts; headers are not counted.
 *
 * Histories (BENCH_SCALE_SIZES, default 1000,10000,100000 batches) are generated at 15 batches a
 * day, 3.5 failure records per batch on average over three ecosystems, ending the day before
 * the appended batch (whose artifacts finished 2026-01-29), so that every size has full shards
 * for the append's month and the one before it. Layouts: `monthly` shards (what `ci-ledger
 * shard` and `--shard monthly` write), and the single files (`none`) for comparison
 * (BENCH_SCALE_SINGLE_SIZES, default 1000,10000).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../__tests__/support/cli.js';
import { writeBatch } from '../__tests__/batch/batch-fixture.js';
import { startGitHubApiServer } from '../__tests__/support/github-api-server.js';
import { startGitHttpServer } from '../__tests__/support/git-http.js';

const out = process.env.BENCH_SCALE_OUT;
const sizes = (process.env.BENCH_SCALE_SIZES ?? '1000,10000,100000').split(',').map(Number);
const singleSizes = (process.env.BENCH_SCALE_SINGLE_SIZES ?? '1000,10000')
  .split(',')
  .filter(Boolean)
  .map(Number);
const TOKEN = 'ghs_scale0123456789';
const PER_DAY = 15;
const ECOSYSTEMS = ['cargo', 'npm', 'pypi'];
const END = Date.UTC(2026, 0, 28, 23, 0, 0); // the appended batch finished 2026-01-29

interface Counts {
  requests: number;
  bytesUp: number;
  bytesDown: number;
}

/** An HTTP proxy that counts requests and body bytes each way. */
async function countingProxy(
  target: string,
): Promise<{ url: string; counts: Counts; server: Server }> {
  const counts: Counts = { requests: 0, bytesUp: 0, bytesDown: 0 };
  const to = new URL(target);
  const server = createServer((req, res) => {
    counts.requests++;
    const forward = httpRequest(
      {
        host: to.hostname,
        port: to.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: to.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on('data', (d: Buffer) => (counts.bytesDown += d.length));
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.on('data', (d: Buffer) => (counts.bytesUp += d.length));
    req.pipe(forward);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, counts, server };
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The history's files (path → content) in a layout: monthly shards or single files. */
function history(batches: number, layout: 'monthly' | 'none'): Map<string, string[]> {
  const files = new Map<string, string[]>();
  const add = (path: string, line: string) => {
    let lines = files.get(path);
    if (!lines) files.set(path, (lines = []));
    lines.push(line);
  };
  const step = 86_400_000 / PER_DAY;
  for (let i = 0; i < batches; i++) {
    const at = END - (batches - 1 - i) * step;
    const timestamp = iso(at);
    const month = timestamp.slice(0, 7);
    const ecosystem = ECOSYSTEMS[i % ECOSYSTEMS.length]!;
    const id = `gen-${i}`;
    const failed = i % 8; // 0..7: 3.5 on average
    const shard = (path: string) =>
      layout === 'monthly' ? path.replace(/\.jsonl$/, `-${month}.jsonl`) : path;
    add(
      shard('data/metrics/batch-runs.jsonl'),
      JSON.stringify({
        schema_version: 1,
        batch_id: id,
        ecosystem,
        total: 25,
        generated: 25,
        failed,
        merged: 25 - failed,
        success_rate: (25 - failed) / 25,
        platforms: {
          'linux-glibc-x86_64': {
            tested: 25,
            passed: 25 - failed,
            failed,
            skipped: 0,
            duration_seconds: 1500,
          },
          'linux-glibc-arm64': {
            tested: 23,
            passed: 23,
            failed: 0,
            skipped: 2,
            duration_seconds: 1400,
          },
          'linux-musl-x86_64': {
            tested: 23,
            passed: 23,
            failed: 0,
            skipped: 2,
            duration_seconds: 1450,
          },
          'darwin-arm64': { tested: 21, passed: 21, failed: 0, skipped: 4, duration_seconds: 900 },
          'darwin-x86_64': { tested: 21, passed: 21, failed: 0, skipped: 4, duration_seconds: 950 },
        },
        macos_minutes_used: 31,
        duration_seconds: 1510,
        timestamp,
      }),
    );
    for (let f = 0; f < failed; f++)
      add(
        shard(`data/failures/${ecosystem}.jsonl`),
        JSON.stringify({
          schema_version: 1,
          batch_id: id,
          ecosystem,
          recipe: `recipe-${f}`,
          environment: 'linux-glibc-x86_64',
          category: 'missing_dep',
          message: `recipe-${f}: libssl.so.3 not found`,
          timestamp,
        }),
      );
  }
  return files;
}

/** A bare repository whose main branch holds `files`, committed with git itself. */
async function repositoryOf(
  files: Map<string, string[]>,
  root: string,
  name: string,
): Promise<string> {
  const work = join(root, `${name}-work`);
  for (const [path, lines] of files) {
    await mkdir(join(work, path, '..'), { recursive: true });
    await writeFile(join(work, path), lines.join('\n') + '\n');
  }
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'b',
    GIT_AUTHOR_EMAIL: 'b@b',
    GIT_COMMITTER_NAME: 'b',
    GIT_COMMITTER_EMAIL: 'b@b',
  };
  const git = (args: string[], cwd: string) =>
    execFileSync('git', args, { cwd, env, stdio: 'ignore' });
  git(['init', '--quiet', '--initial-branch=main'], work);
  git(['add', '-A'], work);
  git(['commit', '--quiet', '-m', 'history'], work);
  const bare = join(root, `${name}.git`);
  git(['clone', '--quiet', '--bare', work, bare], root);
  git(['config', 'uploadpack.allowFilter', 'true'], bare);
  git(['config', 'http.receivepack', 'true'], bare);
  await rm(work, { recursive: true, force: true });
  return bare;
}

const describeBench = out ? describe : describe.skip;

describeBench('scale', () => {
  test('requests and bytes per append and per summary --last 10', async () => {
    const rows: Array<Record<string, unknown>> = [];
    const root = await mkdtemp(join(tmpdir(), 'ci-ledger-scale-'));
    const results = await writeBatch('2026-01-29-001');
    const cases = [
      ...sizes.map((n) => ({ n, layout: 'monthly' as const })),
      ...singleSizes.map((n) => ({ n, layout: 'none' as const })),
    ];
    try {
      for (const { n, layout } of cases) {
        const files = history(n, layout);
        const bytes = [...files.values()].reduce(
          (s, l) => s + l.reduce((t, x) => t + x.length + 1, 0),
          0,
        );
        for (const store of ['api', 'git'] as const) {
          const name = `${layout}-${n}-${store}`;
          const bare = await repositoryOf(files, root, name);
          const api =
            store === 'api'
              ? await startGitHubApiServer({ bareRepo: bare, token: TOKEN })
              : undefined;
          const gitHttp = store === 'git' ? await startGitHttpServer(root) : undefined;
          const proxy = await countingProxy(
            api ? api.url : gitHttp!.url(`${name}.git`).replace(/\/[^/]*$/, ''),
          );
          const storeArgs = api
            ? ['--repo', 'acme/infra']
            : ['--git-remote', `${proxy.url}/${name}.git`];
          const env = api ? { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: proxy.url } : {};
          const measure = async (what: string, args: string[]) => {
            Object.assign(proxy.counts, { requests: 0, bytesUp: 0, bytesDown: 0 });
            const run = await runCli([...args, ...storeArgs], { env });
            if (run.code !== 0) throw new Error(`${what} (${name}) failed: ${run.stderr}`);
            rows.push({
              batches: n,
              failures: Math.round(n * 3.5),
              historyBytes: bytes,
              files: files.size,
              layout,
              store,
              what,
              ...proxy.counts,
            });
          };
          try {
            await measure('append', [
              'batch-metrics',
              '--batch-id',
              '2026-01-29-001',
              '--ecosystem',
              'cargo',
              '--results-dir',
              results,
              '--shard',
              layout,
            ]);
            await measure('summary --last 10', ['summary', '--last', '10']);
          } finally {
            proxy.server.close();
            await api?.close();
            await gitHttp?.close();
            await rm(bare, { recursive: true, force: true });
          }
        }
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
    await writeFile(out!, JSON.stringify({ perDay: PER_DAY, rows }, null, 2));
  }, 3_600_000);
});

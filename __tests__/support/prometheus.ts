/**
 * A real Prometheus (Debian's package, 2.42) for the export tests: loopback, a free port, the
 * remote-write receiver on, an out-of-order window for backfill, retention long enough to keep
 * a months-long history (the 15-day default deletes the older blocks a few seconds after they
 * are written), a throwaway data folder. Queried over its HTTP API.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Prometheus {
  url: string;
  writeUrl: string;
  dataDir: string;
  /** An instant query; returns [labels, value] per result (values as Prometheus prints them). */
  query(promql: string): Promise<Array<{ metric: Record<string, string>; value: number }>>;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts Prometheus on `dataDir` (a new folder by default) and waits until it is ready. */
export async function startPrometheus(dataDir?: string): Promise<Prometheus> {
  const home = await mkdtemp(join(tmpdir(), 'ci-ledger-prom-'));
  const config = join(home, 'prometheus.yml');
  await writeFile(config, 'storage:\n  tsdb:\n    out_of_order_time_window: 3650d\n');
  const dir = dataDir ?? join(home, 'data');
  const port = await freePort();
  const child: ChildProcess = spawn(
    'prometheus',
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${dir}`,
      '--storage.tsdb.retention.time=100y',
      `--web.listen-address=127.0.0.1:${port}`,
      '--web.enable-remote-write-receiver',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr!.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`prometheus exited: ${log}`);
    const ready = await fetch(`${url}/-/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() - started > 30_000) throw new Error(`prometheus not ready: ${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    writeUrl: `${url}/api/v1/write`,
    dataDir: dir,
    async query(promql) {
      const response = await fetch(`${url}/api/v1/query?${new URLSearchParams({ query: promql })}`);
      const body = (await response.json()) as {
        status: string;
        error?: string;
        data: { result: Array<{ metric: Record<string, string>; value: [number, string] }> };
      };
      if (body.status !== 'success') throw new Error(`${promql}: ${body.error}`);
      return body.data.result.map((r) => ({ metric: r.metric, value: Number(r.value[1]) }));
    },
    async stop() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
      await rm(home, { recursive: true, force: true });
    },
  };
}

/** PromQL for a window [from, to] of whole-second record times: a range and an @ that hold both ends. */
export function windowOf(from: string, to: string): { range: string; at: string } {
  const start = Date.parse(from);
  const end = Date.parse(to);
  return { range: `${end - start + 999}ms`, at: `@ ${(end + 999) / 1000}` };
}

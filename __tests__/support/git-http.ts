/**
 * A real git remote over HTTP: `git http-backend` (git's own smart-HTTP server, as CGI) behind a
 * small Node bridge that can inject faults per request — 5xx without doing the work, a dropped
 * connection, and the "lost response": the push is applied, then the client gets a 502.
 */
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mulberry32 } from './github-api-server.js';

export type GitFaultKind = '5xx' | 'lost-response' | 'reset';

export interface GitHttpServer {
  url(repo: string): string;
  stats: { requests: number; pushes: number; faults: Record<string, number> };
  setFaults(plan: { rate: number; kinds: GitFaultKind[]; seed?: number } | null): void;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Runs git http-backend as CGI and returns its status, headers and body. */
function cgi(
  projectRoot: string,
  req: IncomingMessage,
  input: Buffer,
): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: projectRoot,
        GIT_HTTP_EXPORT_ALL: '1',
        REMOTE_USER: 'operator', // enables receive-pack (pushes)
        REMOTE_ADDR: '127.0.0.1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        CONTENT_LENGTH: String(input.length),
        HTTP_CONTENT_ENCODING: String(req.headers['content-encoding'] ?? ''),
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const out: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.on('error', reject);
    child.on('close', () => {
      const raw = Buffer.concat(out);
      let split = raw.indexOf('\r\n\r\n');
      let sep = 4;
      if (split === -1) {
        split = raw.indexOf('\n\n');
        sep = 2;
      }
      const headers: Record<string, string> = {};
      let status = 200;
      for (const line of raw.subarray(0, split).toString('latin1').split(/\r?\n/)) {
        const at = line.indexOf(':');
        if (at === -1) continue;
        const name = line.slice(0, at).trim();
        const value = line.slice(at + 1).trim();
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
        else headers[name] = value;
      }
      resolve({ status, headers, body: raw.subarray(split + sep) });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

export async function startGitHttpServer(projectRoot: string): Promise<GitHttpServer> {
  let plan: { rate: number; kinds: GitFaultKind[] } | null = null;
  let random = mulberry32(1);
  const stats = { requests: 0, pushes: 0, faults: {} as Record<string, number> };
  const fault = (kind: GitFaultKind) => (stats.faults[kind] = (stats.faults[kind] ?? 0) + 1);

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      stats.requests++;
      const input = await body(req);
      const isPush = req.method === 'POST' && (req.url ?? '').includes('git-receive-pack');
      if (isPush) stats.pushes++;
      const kind =
        plan && random() < plan.rate
          ? plan.kinds[Math.floor(random() * plan.kinds.length)]
          : undefined;
      if (kind === '5xx') {
        fault(kind);
        res.writeHead(502, { 'content-type': 'text/plain' }).end('bad gateway\n');
        return;
      }
      if (kind === 'reset' && random() < 0.5) {
        fault(kind);
        req.socket.destroy();
        return;
      }
      const answer = await cgi(projectRoot, req, input);
      if (kind === 'reset') {
        fault(kind); // the work was done; the connection drops before the answer
        req.socket.destroy();
        return;
      }
      if (kind === 'lost-response') {
        fault(kind); // the work was done; the client is told it failed
        res.writeHead(502, { 'content-type': 'text/plain' }).end('bad gateway\n');
        return;
      }
      res.writeHead(answer.status, answer.headers).end(answer.body);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (repo) => `http://127.0.0.1:${port}/${repo}`,
    stats,
    setFaults(next) {
      plan = next;
      random = mulberry32(next?.seed ?? 1);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

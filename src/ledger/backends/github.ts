/**
 * GitHub API backend (the default inside Actions), through the Git Data API:
 *   read:    GET git/ref/heads/B → GET git/commits/{head} (its tree) → GET contents/{path}?ref={head}
 *            (raw media type: any size up to GitHub's 100 MB, no base64)
 *   publish: POST git/trees (base_tree = head's tree) → POST git/commits (parent = head)
 *            → PATCH git/refs/heads/B without force (GitHub refuses a non-fast-forward: 422)
 * A missing branch is created as an orphan commit holding just the new files (POST git/refs;
 * 422 "Reference already exists" means another writer won that race). An empty repository
 * refuses Git Data writes (409), so its first file goes through the contents API.
 *
 * HTTP-level retries (5xx, dropped connections) and rate limits (retry-after) are Octokit's
 * retry and throttling plugins; what is left over surfaces here as TransientError.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { getOctokit } from '@actions/github';
import { branchLimitsFromEnv, type BranchLimits } from '../branch-content.js';
import { InputError, TransientError } from '../../vocabulary/index.js';
import { GitHubBranchReader } from './github-tree.js';
import type { LedgerBackend, PublishResult, Snapshot } from '../types.js';

type Octokit = ReturnType<typeof getOctokit>;

export interface GitHubBackendOptions {
  token: string;
  /** "owner/name" */
  repository: string;
  /** GITHUB_API_URL; https://api.github.com when unset. */
  baseUrl?: string;
  /** Octokit's per-request retries for 5xx and network errors (default 3). */
  requestRetries?: number;
  /** Base of Octokit's retry delay, ms (default 1000: waits 1 s, 4 s, 9 s). */
  retryBaseMs?: number;
  log?: (line: string) => void;
  limits?: BranchLimits;
}

interface RequestErrorLike {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

const isRequestError = (e: unknown): e is RequestErrorLike =>
  typeof e === 'object' && e !== null && typeof (e as { status?: unknown }).status === 'number';

/** Octokit's write queue spaces writes 1 s apart by default; an append is three writes and
 * spacing them only widens the window in which concurrent writers collide. Secondary rate
 * limits are still honoured through retry-after. */
const writeQueue = new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });

export class GitHubBackend implements LedgerBackend {
  readonly description: string;
  private readonly octokit: Octokit;
  private readonly owner: string;
  private readonly repo: string;
  private readonly checkouts: string[] = [];
  /** Reads through the shared branch reader; it also knows each head's tree, for base_tree. */
  private readonly reader: GitHubBranchReader;

  constructor(options: GitHubBackendOptions) {
    const [owner, repo, extra] = options.repository.split('/');
    if (!owner || !repo || extra !== undefined) {
      throw new InputError(
        `repository must be "owner/name", got ${JSON.stringify(options.repository)}`,
      );
    }
    if (!options.token) {
      throw new InputError(
        'No GitHub token: set the token input or GITHUB_TOKEN (the job needs "contents: write")',
      );
    }
    this.owner = owner;
    this.repo = repo;
    const baseUrl = (options.baseUrl || 'https://api.github.com').replace(/\/+$/, '');
    this.description = `GitHub API ${owner}/${repo}${baseUrl === 'https://api.github.com' ? '' : ` at ${baseUrl}`}`;
    const log = options.log ?? (() => {});
    const maxRateLimitRetries = 4;
    this.octokit = getOctokit(
      options.token,
      {
        baseUrl,
        userAgent: 'ci-ledger',
        retry: {
          retries: options.requestRetries ?? 3,
          retryAfterBaseValue: options.retryBaseMs ?? 1000,
          // Octokit's list plus 409: a conflict is the writer's to resolve by re-reading, not by repeating.
          doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451],
        },
        throttle: {
          write: writeQueue,
          onRateLimit: (
            after: number,
            o: { method: string; url: string },
            _k: unknown,
            count: number,
          ) => {
            log(`Rate limited on ${o.method} ${o.url}; retrying in ${after} s.`);
            return count < maxRateLimitRetries;
          },
          onSecondaryRateLimit: (
            after: number,
            o: { method: string; url: string },
            _k: unknown,
            count: number,
          ) => {
            log(`Secondary rate limit on ${o.method} ${o.url}; retrying in ${after} s.`);
            return count < maxRateLimitRetries;
          },
        },
      },
      retry,
      throttling,
    );
    this.reader = new GitHubBranchReader({
      octokit: this.octokit,
      owner,
      repo,
      call: (request) => this.call(request),
      limits: options.limits ?? branchLimitsFromEnv(),
      warn: log,
      where: this.description,
    });
  }

  async defaultBranch(): Promise<string> {
    const { data } = await this.call(() =>
      this.octokit.rest.repos.get({ owner: this.owner, repo: this.repo }),
    );
    return data.default_branch;
  }

  async read(branch: string, paths: string[]): Promise<Snapshot> {
    const head = await this.headOf(branch);
    const files = new Map<string, string | null>();
    const content = head ? await this.reader.content(head, branch) : undefined;
    const contents = await Promise.all(
      paths.map(async (path) => {
        const entry = await content?.fileEntry(path);
        return entry ? this.reader.text(entry, branch) : null;
      }),
    );
    paths.forEach((path, i) => files.set(path, contents[i] ?? null));
    return { branch, head, files };
  }

  async publish(
    base: Snapshot,
    changes: Map<string, string>,
    message: string,
  ): Promise<PublishResult> {
    const { owner, repo } = this;
    const baseTree = base.head ? this.reader.treeOf(base.head) : undefined;
    let tree: string;
    try {
      const { data } = await this.call(() =>
        this.octokit.rest.git.createTree({
          owner,
          repo,
          ...(baseTree ? { base_tree: baseTree } : {}),
          tree: [...changes].map(([path, content]) => ({
            path,
            mode: '100644' as const,
            type: 'blob' as const,
            content,
          })),
        }),
      );
      tree = data.sha;
    } catch (error) {
      if (isRequestError(error) && error.status === 409 && /empty/i.test(error.message)) {
        return this.publishIntoEmptyRepository(base, changes, message);
      }
      throw error;
    }
    const { data: commit } = await this.call(() =>
      this.octokit.rest.git.createCommit({
        owner,
        repo,
        message,
        tree,
        parents: base.head ? [base.head] : [],
      }),
    );
    try {
      if (base.head) {
        await this.call(() =>
          this.octokit.rest.git.updateRef({
            owner,
            repo,
            ref: `heads/${base.branch}`,
            sha: commit.sha,
            force: false,
          }),
        );
      } else {
        await this.call(() =>
          this.octokit.rest.git.createRef({
            owner,
            repo,
            ref: `refs/heads/${base.branch}`,
            sha: commit.sha,
          }),
        );
      }
    } catch (error) {
      if (isRequestError(error) && (error.status === 422 || error.status === 409)) {
        return {
          status: 'conflict',
          reason: `${base.head ? 'ref update' : 'branch creation'} refused: ${error.message}`,
        };
      }
      throw error;
    }
    return { status: 'published', head: commit.sha };
  }

  /** The regular files under `prefixes` (chosen by the shared reader), fetched into a temp directory. */
  async checkout(branch: string, prefixes: string[]): Promise<string | null> {
    const head = await this.headOf(branch);
    if (!head) return null;
    const { files } = await (await this.reader.content(head, branch)).checkoutEntries(prefixes);
    const out = await mkdtemp(join(tmpdir(), 'ci-ledger-checkout-'));
    this.checkouts.push(out);
    for (const file of files) {
      await mkdir(dirname(join(out, file.path)), { recursive: true });
      await writeFile(join(out, file.path), await this.reader.blob(file.id), { flag: 'wx' });
    }
    return out;
  }

  async close(): Promise<void> {
    for (const dir of this.checkouts.splice(0)) await rm(dir, { recursive: true, force: true });
  }

  private async headOf(branch: string): Promise<string | null> {
    try {
      const { data } = await this.call(() =>
        this.octokit.rest.git.getRef({
          owner: this.owner,
          repo: this.repo,
          ref: `heads/${branch}`,
        }),
      );
      return data.object.sha;
    } catch (error) {
      // 404: no such branch; 409: the repository has no commits at all.
      if (isRequestError(error) && (error.status === 404 || error.status === 409)) return null;
      throw error;
    }
  }

  /** GitHub refuses Git Data writes into a repository with no commits; the contents API is
   * the one way to make its first commit. One file lands; the writer re-reads and continues. */
  private async publishIntoEmptyRepository(
    base: Snapshot,
    changes: Map<string, string>,
    message: string,
  ): Promise<PublishResult> {
    const [path, content] = [...changes][0]!;
    try {
      await this.call(() =>
        this.octokit.rest.repos.createOrUpdateFileContents({
          owner: this.owner,
          repo: this.repo,
          path,
          message,
          branch: base.branch,
          content: Buffer.from(content).toString('base64'),
        }),
      );
    } catch (error) {
      if (isRequestError(error) && (error.status === 409 || error.status === 422)) {
        return {
          status: 'conflict',
          reason: `creating the first commit refused: ${error.message}`,
        };
      }
      throw error;
    }
    return changes.size === 1
      ? { status: 'published', head: (await this.headOf(base.branch)) ?? '' }
      : {
          status: 'conflict',
          reason: 'the empty repository got its first commit; appending the rest',
        };
  }

  /** Maps what Octokit could not retry away to the writer's vocabulary. */
  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw classify(error, this.description);
    }
  }
}

function classify(error: unknown, target: string): unknown {
  if (!isRequestError(error)) return error;
  const { status, message } = error;
  if (!error.response) {
    // No HTTP response at all (Octokit calls it a 500): say what happened to the connection.
    if (/^bad port$/i.test(message))
      return new Error(
        `fetch never connects to this port (it is on the fetch standard's block list): check GITHUB_API_URL`,
      );
    const refused = /ECONNREFUSED/.test(message) ? 'connection refused: ' : '';
    return new TransientError(`could not reach ${target}: ${refused}${message}`);
  }
  const retryAfter = Number(error.response?.headers?.['retry-after']);
  if (status >= 500 || status === 429 || (status === 403 && /rate limit/i.test(message))) {
    return new TransientError(
      `HTTP ${status}: ${message}`,
      Number.isFinite(retryAfter) ? retryAfter : undefined,
    );
  }
  if (status === 401) return new Error(`${target}: the token was refused (401 ${message})`);
  if (status === 403) {
    return new Error(
      `${target}: permission denied (403 ${message}); the job needs "permissions: contents: write"`,
    );
  }
  if (
    status === 404 &&
    !/\/(git\/ref|contents)\//.test(String((error as { request?: { url?: string } }).request?.url))
  ) {
    return new Error(
      `${target}: not found (404): check the repository name and that the token can see it`,
    );
  }
  return error;
}

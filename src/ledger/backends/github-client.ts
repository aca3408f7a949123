/**
 * The Octokit client both GitHub API writers share (REST in github.ts, GraphQL in
 * github-graphql.ts), and the mapping of what it could not retry away to the writer's
 * vocabulary. HTTP-level retries (5xx, dropped connections) and rate limits (retry-after) are
 * Octokit's retry and throttling plugins; what is left over surfaces as TransientError.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { getOctokit } from '@actions/github';
import { branchLimitsFromEnv, type BranchLimits } from '../branch-content.js';
import { InputError, TransientError } from '../../vocabulary/index.js';

export type Octokit = ReturnType<typeof getOctokit>;

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
  /** What a report may read from a branch (branch-content.ts). */
  limits?: BranchLimits;
}

export interface RequestErrorLike {
  status: number;
  message: string;
  request?: { url?: string };
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

export const isRequestError = (e: unknown): e is RequestErrorLike =>
  typeof e === 'object' && e !== null && typeof (e as { status?: unknown }).status === 'number';

/** Octokit's write queue spaces writes 1 s apart by default; an append is several writes and
 * spacing them only widens the window in which concurrent writers collide. Secondary rate
 * limits are still honoured through retry-after. */
const writeQueue = new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });

export class GitHubClient {
  readonly description: string;
  readonly octokit: Octokit;
  readonly owner: string;
  readonly repo: string;
  readonly log: (line: string) => void;
  readonly limits: BranchLimits;

  constructor(options: GitHubBackendOptions) {
    const [owner, repo, extra] = options.repository.split('/');
    if (!owner || !repo || extra !== undefined) {
      throw new InputError(
        `repository must be "owner/name", got ${JSON.stringify(options.repository)}`,
      );
    }
    if (!options.token) {
      throw new InputError(
        "No GitHub token: set GITHUB_TOKEN (in a workflow, the action's `token` input defaults to the job's token). " +
          'Reports need "contents: read"; recording needs "contents: write". Without a token, --git-remote uses your git credentials.',
      );
    }
    this.owner = owner;
    this.repo = repo;
    const baseUrl = (options.baseUrl || 'https://api.github.com').replace(/\/+$/, '');
    this.description = `GitHub API ${owner}/${repo}${baseUrl === 'https://api.github.com' ? '' : ` at ${baseUrl}`}`;
    const log = options.log ?? (() => {});
    this.log = log;
    this.limits = options.limits ?? branchLimitsFromEnv();
    const maxRateLimitRetries = 4;
    const onLimit =
      (what: string) =>
      (after: number, o: { method: string; url: string }, _k: unknown, count: number) => {
        log(`${what} on ${o.method} ${o.url}; retrying in ${after} s.`);
        return count < maxRateLimitRetries;
      };
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
          onRateLimit: onLimit('Rate limited'),
          onSecondaryRateLimit: onLimit('Secondary rate limit'),
        },
      },
      retry,
      throttling,
    );
  }

  /** Runs one request, mapping what Octokit could not retry away to the writer's vocabulary. */
  async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw classify(error, this.description);
    }
  }
}

/**
 * GitHub's answers say what went wrong; they are passed on in GitHub's own words. A 403 is a
 * permission problem only when GitHub says so: it is also how GitHub refuses a blob too large
 * for its API, a rule a repository enforces, or a secondary rate limit.
 */
export function classify(error: unknown, target: string): unknown {
  if (!isRequestError(error)) return error;
  const { status, message } = error;
  if (!error.response && status === 500) {
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
  if (status === 403 && saysPermission(message)) {
    return new Error(
      `${target}: permission denied (403 ${message}); the job needs "permissions: contents: write"`,
    );
  }
  if (status === 403 || status === 422) {
    return new GitHubRefusal(`${target}: GitHub refused the request (${status} ${message})`, error);
  }
  if (status === 404 && !/\/(git\/(ref|blobs)|contents)\//.test(String(error.request?.url))) {
    return new Error(
      `${target}: not found (404): check the repository name and that the token can see it`,
    );
  }
  return error;
}

/** A 403 or 422 in GitHub's words; it keeps the status, so callers can still tell a lost race
 * (422 "Update is not a fast forward", "Reference already exists") from other refusals. */
export class GitHubRefusal extends Error {
  override name = 'GitHubRefusal';
  readonly status: number;
  readonly response: RequestErrorLike['response'];
  /** GitHub's own words, without ours around them. */
  readonly answer: string;
  constructor(message: string, cause: RequestErrorLike) {
    super(message);
    this.status = cause.status;
    this.response = cause.response;
    this.answer = cause.message;
  }
}

/** GitHub's wordings for a token that may not write ("Resource not accessible by integration",
 * "Permission to o/r denied to x", "Must have push access", "Write access … not granted"). */
function saysPermission(message: string): boolean {
  return /not accessible|permission|must have .*(access|rights)|access .*not granted/i.test(
    message,
  );
}

/** GitHub's answer for a blob its API will not serve (over 100 MB), in the body's errors. */
export function isTooLargeForApi(error: unknown): error is RequestErrorLike {
  if (!isRequestError(error) || error.status !== 403) return false;
  const errors = (error.response?.data as { errors?: Array<{ code?: unknown }> } | undefined)
    ?.errors;
  return Array.isArray(errors) && errors.some((e) => e?.code === 'too_large');
}

/**
 * Which backend a command writes through (DESIGN §6 "STORE"):
 *   --data-dir DIR    → directory
 *   --git-remote URL  → git (temporary clone, push)
 *   --repo OWNER/NAME → GitHub API (GITHUB_TOKEN, GITHUB_API_URL): GraphQL (createCommitOnBranch,
 *                       two requests per append, signed commits) unless CI_LEDGER_API=rest or
 *                       --api rest picks the REST Git Data API (e.g. for servers without it)
 * Default: the GitHub API for GITHUB_REPOSITORY inside Actions; outside, git with `origin`.
 * Backends are loaded on demand so that a command that does not use the API never loads Octokit.
 */
import { InputError } from '../vocabulary/index.js';
import type { LedgerBackend } from './types.js';

export type StoreSpec =
  | { kind: 'directory'; dir: string }
  | { kind: 'git'; remote?: string }
  | { kind: 'github'; repository: string; token: string; baseUrl?: string; api: GitHubApi };

/** Which GitHub API writes: GraphQL (default) or REST's Git Data API. */
export type GitHubApi = 'graphql' | 'rest';

export interface StoreChoice {
  dataDir?: string;
  gitRemote?: string;
  repo?: string;
  /** --api: overrides CI_LEDGER_API */
  api?: string;
}

export function chooseStore(choice: StoreChoice, env: NodeJS.ProcessEnv = process.env): StoreSpec {
  const given = [
    choice.dataDir && '--data-dir',
    choice.gitRemote && '--git-remote',
    choice.repo && '--repo',
  ].filter(Boolean);
  if (given.length > 1) throw new InputError(`Choose one store, not ${given.join(' and ')}`);
  if (choice.dataDir) return { kind: 'directory', dir: choice.dataDir };
  if (choice.gitRemote) return { kind: 'git', remote: choice.gitRemote };
  const repository =
    choice.repo ?? (env.GITHUB_ACTIONS === 'true' ? env.GITHUB_REPOSITORY : undefined);
  if (choice.api !== undefined && !repository) {
    throw new InputError('--api applies to the GitHub API store only (--repo, or inside Actions)');
  }
  if (repository) return githubStore(repository, env.GITHUB_TOKEN ?? '', env, choice.api);
  return { kind: 'git' };
}

export function githubStore(
  repository: string,
  token: string,
  env: NodeJS.ProcessEnv = process.env,
  api: string | undefined = env.CI_LEDGER_API,
): StoreSpec {
  return {
    kind: 'github',
    repository,
    token,
    baseUrl: env.GITHUB_API_URL || undefined,
    api: githubApi(api),
  };
}

function githubApi(value: string | undefined): GitHubApi {
  const api = (value ?? '').trim().toLowerCase() || 'graphql';
  if (api === 'graphql' || api === 'rest') return api;
  throw new InputError(
    `The GitHub API must be "graphql" or "rest" (CI_LEDGER_API / --api), not ${JSON.stringify(value)}`,
  );
}

export async function openStore(
  spec: StoreSpec,
  options: { log?: (line: string) => void; env?: NodeJS.ProcessEnv } = {},
): Promise<LedgerBackend> {
  const env = options.env ?? process.env;
  const num = (name: string) =>
    env[name] !== undefined && env[name] !== '' ? Number(env[name]) : undefined;
  switch (spec.kind) {
    case 'directory': {
      const { DirectoryBackend } = await import('./backends/directory.js');
      return new DirectoryBackend(spec.dir, { log: options.log });
    }
    case 'git': {
      const { GitBackend, normalizeRemote, originOf } = await import('./backends/git.js');
      const remote = spec.remote
        ? normalizeRemote(spec.remote)
        : await originOf().catch(() => {
            throw new InputError(
              'No store given and the current directory has no git remote "origin": pass --data-dir, --git-remote or --repo',
            );
          });
      return new GitBackend(remote, {
        requestRetries: num('CI_LEDGER_REQUEST_RETRIES'),
        retryBaseMs: num('CI_LEDGER_REQUEST_RETRY_BASE_MS'),
        log: options.log,
      });
    }
    case 'github': {
      const clientOptions = {
        token: spec.token,
        repository: spec.repository,
        baseUrl: spec.baseUrl,
        requestRetries: num('CI_LEDGER_REQUEST_RETRIES'),
        retryBaseMs: num('CI_LEDGER_REQUEST_RETRY_BASE_MS'),
        log: options.log,
      };
      if (spec.api === 'rest') {
        const { GitHubBackend } = await import('./backends/github.js');
        return new GitHubBackend(clientOptions);
      }
      const { GitHubGraphqlBackend } = await import('./backends/github-graphql.js');
      return new GitHubGraphqlBackend(clientOptions);
    }
  }
}

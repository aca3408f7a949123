/** The STORE options every writing or reading command takes (DESIGN §6). */
import type { ParseArgsConfig } from 'node:util';
import { chooseStore, type StoreSpec } from '../jobs/store-choice.js';

export const storeOptions = {
  'data-dir': { type: 'string' },
  'git-remote': { type: 'string' },
  repo: { type: 'string' },
  api: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export const storeHelp = `STORE (one of):
  --data-dir DIR          a plain directory holding the branch's files
  --git-remote URL|PATH   git: a temporary clone, commit on --branch, push
  --repo OWNER/NAME       the GitHub API (token in GITHUB_TOKEN, base URL in GITHUB_API_URL)
  --api graphql|rest      which GitHub API writes (default graphql, or CI_LEDGER_API): GraphQL's
                          createCommitOnBranch (2 requests per append, signed commits) or REST's
                          Git Data API (for servers without GraphQL)
  Default: the GitHub API for GITHUB_REPOSITORY inside Actions; elsewhere git with this
  repository's "origin".`;

export function storeFromArgs(values: {
  'data-dir'?: string;
  'git-remote'?: string;
  repo?: string;
  api?: string;
}): StoreSpec {
  return chooseStore({
    dataDir: values['data-dir'],
    gitRemote: values['git-remote'],
    repo: values.repo,
    api: values.api,
  });
}

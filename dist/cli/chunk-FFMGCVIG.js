import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  chooseStore
} from "./chunk-QZTMOEK6.js";

// src/cli/store-options.ts
var storeOptions = {
  "data-dir": { type: "string" },
  "git-remote": { type: "string" },
  repo: { type: "string" },
  api: { type: "string" }
};
var storeHelp = `STORE (one of):
  --data-dir DIR          a plain directory holding the branch's files
  --git-remote URL|PATH   git: a temporary clone, commit on --branch, push
  --repo OWNER/NAME       the GitHub API (token in GITHUB_TOKEN, base URL in GITHUB_API_URL)
  --api graphql|rest      which GitHub API writes (default graphql, or CI_LEDGER_API): GraphQL's
                          createCommitOnBranch (2 requests per append, signed commits) or REST's
                          Git Data API (for servers without GraphQL)
  Default: the GitHub API for GITHUB_REPOSITORY inside Actions; elsewhere git with this
  repository's "origin".`;
function storeFromArgs(values) {
  return chooseStore({
    dataDir: values["data-dir"],
    gitRemote: values["git-remote"],
    repo: values.repo,
    api: values.api
  });
}

export {
  storeOptions,
  storeHelp,
  storeFromArgs
};

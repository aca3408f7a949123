import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-NU6ZN5EL.js";

// src/ledger/store.ts
function chooseStore(choice, env = process.env) {
  const given = [
    choice.dataDir && "--data-dir",
    choice.gitRemote && "--git-remote",
    choice.repo && "--repo"
  ].filter(Boolean);
  if (given.length > 1) throw new InputError(`Choose one store, not ${given.join(" and ")}`);
  if (choice.dataDir) return { kind: "directory", dir: choice.dataDir };
  if (choice.gitRemote) return { kind: "git", remote: choice.gitRemote };
  const repository = choice.repo ?? (env.GITHUB_ACTIONS === "true" ? env.GITHUB_REPOSITORY : void 0);
  if (choice.api !== void 0 && !repository) {
    throw new InputError("--api applies to the GitHub API store only (--repo, or inside Actions)");
  }
  if (repository) return githubStore(repository, env.GITHUB_TOKEN ?? "", env, choice.api);
  return { kind: "git" };
}
function githubStore(repository, token, env = process.env, api = env.CI_LEDGER_API) {
  return {
    kind: "github",
    repository,
    token,
    baseUrl: env.GITHUB_API_URL || void 0,
    api: githubApi(api)
  };
}
function githubApi(value) {
  const api = (value ?? "").trim().toLowerCase() || "graphql";
  if (api === "graphql" || api === "rest") return api;
  throw new InputError(
    `The GitHub API must be "graphql" or "rest" (CI_LEDGER_API / --api), not ${JSON.stringify(value)}`
  );
}
async function openStore(spec, options = {}) {
  const env = options.env ?? process.env;
  const num = (name) => env[name] !== void 0 && env[name] !== "" ? Number(env[name]) : void 0;
  switch (spec.kind) {
    case "directory": {
      const { DirectoryBackend } = await import("./directory-N2WS3SV6.js");
      return new DirectoryBackend(spec.dir);
    }
    case "git": {
      const { GitBackend, normalizeRemote, originOf } = await import("./git-74JKOD57.js");
      const remote = spec.remote ? normalizeRemote(spec.remote) : await originOf().catch(() => {
        throw new InputError(
          'No store given and the current directory has no git remote "origin": pass --data-dir, --git-remote or --repo'
        );
      });
      return new GitBackend(remote, {
        requestRetries: num("CI_LEDGER_REQUEST_RETRIES"),
        retryBaseMs: num("CI_LEDGER_REQUEST_RETRY_BASE_MS")
      });
    }
    case "github": {
      const clientOptions = {
        token: spec.token,
        repository: spec.repository,
        baseUrl: spec.baseUrl,
        requestRetries: num("CI_LEDGER_REQUEST_RETRIES"),
        retryBaseMs: num("CI_LEDGER_REQUEST_RETRY_BASE_MS"),
        log: options.log
      };
      if (spec.api === "rest") {
        const { GitHubBackend } = await import("./github-D3WGVJ6S.js");
        return new GitHubBackend(clientOptions);
      }
      const { GitHubGraphqlBackend } = await import("./github-graphql-SD7YCANE.js");
      return new GitHubGraphqlBackend(clientOptions);
    }
  }
}

export {
  chooseStore,
  githubStore,
  openStore
};

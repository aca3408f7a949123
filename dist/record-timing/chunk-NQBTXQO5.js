import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-X4K2GLCU.js";

// src/ledger/store.ts
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
      const { DirectoryBackend } = await import("./directory-EVBJV3V5.js");
      return new DirectoryBackend(spec.dir, { log: options.log });
    }
    case "git": {
      const { GitBackend, normalizeRemote, originOf } = await import("./git-SJJX2F4P.js");
      const remote = spec.remote ? normalizeRemote(spec.remote) : await originOf().catch(() => {
        throw new InputError(
          'No store given and the current directory has no git remote "origin": pass --data-dir, --git-remote or --repo'
        );
      });
      return new GitBackend(remote, {
        requestRetries: num("CI_LEDGER_REQUEST_RETRIES"),
        retryBaseMs: num("CI_LEDGER_REQUEST_RETRY_BASE_MS"),
        log: options.log
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
        const { GitHubBackend } = await import("./github-PBHFM4KD.js");
        return new GitHubBackend(clientOptions);
      }
      const { GitHubGraphqlBackend } = await import("./github-graphql-BOODOADM.js");
      return new GitHubGraphqlBackend(clientOptions);
    }
  }
}

export {
  githubStore,
  openStore
};

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
  if (repository) return githubStore(repository, env.GITHUB_TOKEN ?? "", env);
  return { kind: "git" };
}
function githubStore(repository, token, env = process.env) {
  return { kind: "github", repository, token, baseUrl: env.GITHUB_API_URL || void 0 };
}
async function openStore(spec, options = {}) {
  const env = options.env ?? process.env;
  const num = (name) => env[name] !== void 0 && env[name] !== "" ? Number(env[name]) : void 0;
  switch (spec.kind) {
    case "directory": {
      const { DirectoryBackend } = await import("./directory-FYSWTNJU.js");
      return new DirectoryBackend(spec.dir, { log: options.log });
    }
    case "git": {
      const { GitBackend, normalizeRemote, originOf } = await import("./git-M4VEDL7F.js");
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
      const { GitHubBackend } = await import("./github-G4HVPM4T.js");
      return new GitHubBackend({
        token: spec.token,
        repository: spec.repository,
        baseUrl: spec.baseUrl,
        requestRetries: num("CI_LEDGER_REQUEST_RETRIES"),
        retryBaseMs: num("CI_LEDGER_REQUEST_RETRY_BASE_MS"),
        log: options.log
      });
    }
  }
}

export {
  chooseStore,
  githubStore,
  openStore
};

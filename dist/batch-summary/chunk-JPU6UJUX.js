import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-WGNK5VN6.js";

// src/ledger/store.ts
function githubStore(repository, token, env = process.env) {
  return { kind: "github", repository, token, baseUrl: env.GITHUB_API_URL || void 0 };
}
async function openStore(spec, options = {}) {
  const env = options.env ?? process.env;
  const num = (name) => env[name] !== void 0 && env[name] !== "" ? Number(env[name]) : void 0;
  switch (spec.kind) {
    case "directory": {
      const { DirectoryBackend } = await import("./directory-F666E27R.js");
      return new DirectoryBackend(spec.dir, { log: options.log });
    }
    case "git": {
      const { GitBackend, normalizeRemote, originOf } = await import("./git-ET7LELQ4.js");
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
      const { GitHubBackend } = await import("./github-U5R4AAHU.js");
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
  githubStore,
  openStore
};

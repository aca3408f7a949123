import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-CMNREZAP.js";

// src/jobs/wrap.ts
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { once } from "node:events";
function shellCommand(line) {
  return { file: "bash", args: ["-o", "pipefail", "-c", line] };
}
function wrappedLogName(phase, env, buildId, start) {
  const stamp = start.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return `${phase}-${env}-${buildId}-${stamp}.log`;
}
async function runAndLog(command, logFile, cwd) {
  const exec = await import("./exec-7EQXPG2M.js");
  await mkdir(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  let signal;
  const ignore = (received) => signal = received;
  process.on("SIGINT", ignore);
  process.on("SIGTERM", ignore);
  const start = /* @__PURE__ */ new Date();
  let exitCode;
  try {
    const code = await exec.exec(command.file, command.args, {
      cwd,
      // The action's own inputs (INPUT_TOKEN among them) are not the command's business: a
      // phase that prints its environment must not put the token into a log file.
      env: Object.fromEntries(
        Object.entries(process.env).filter(([name]) => !name.startsWith("INPUT_"))
      ),
      ignoreReturnCode: true,
      listeners: { stdout: (data) => log.write(data), stderr: (data) => log.write(data) }
    });
    exitCode = code ?? (signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 137);
  } catch (error) {
    log.write(`ci-ledger: could not start ${command.file}: ${error.message}
`);
    exitCode = 127;
  } finally {
    process.off("SIGINT", ignore);
    process.off("SIGTERM", ignore);
  }
  const end = /* @__PURE__ */ new Date();
  log.end();
  await once(log, "close");
  return { start, end, exitCode };
}

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
      const { DirectoryBackend } = await import("./directory-TJACJJFM.js");
      return new DirectoryBackend(spec.dir, { log: options.log });
    }
    case "git": {
      const { GitBackend, normalizeRemote, originOf } = await import("./git-BRS5PRIY.js");
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
        const { GitHubBackend } = await import("./github-7FCQVMBP.js");
        return new GitHubBackend(clientOptions);
      }
      const { GitHubGraphqlBackend } = await import("./github-graphql-MRJOTXX6.js");
      return new GitHubGraphqlBackend(clientOptions);
    }
  }
}

export {
  githubStore,
  openStore,
  shellCommand,
  wrappedLogName,
  runAndLog
};

import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);
import {
  openStore
} from "./chunk-QNPYOMH3.js";
import {
  fileLimitsFromEnv
} from "./chunk-C5BCSEG7.js";

// src/ledger/backoff.ts
var defaultRetryPolicy = {
  maxAttempts: 20,
  baseDelayMs: 200,
  maxDelayMs: 1e4,
  maxTotalMs: 12e4
};
function backoffDelayMs(attempt, policy, retryAfterSeconds, random = Math.random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.round(random() * ceiling);
  return retryAfterSeconds === void 0 ? jittered : Math.max(jittered, retryAfterSeconds * 1e3);
}
function retryPolicyFromEnv(env = process.env) {
  const num = (name, fallback) => {
    const value = Number(env[name]);
    return env[name] !== void 0 && Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  return {
    maxAttempts: Math.max(1, num("CI_LEDGER_MAX_ATTEMPTS", defaultRetryPolicy.maxAttempts)),
    baseDelayMs: num("CI_LEDGER_RETRY_BASE_MS", defaultRetryPolicy.baseDelayMs),
    maxDelayMs: num("CI_LEDGER_RETRY_MAX_MS", defaultRetryPolicy.maxDelayMs),
    maxTotalMs: num("CI_LEDGER_MAX_RETRY_SECONDS", defaultRetryPolicy.maxTotalMs / 1e3) * 1e3
  };
}

// src/ledger/spool.ts
import { join, resolve } from "node:path";
function defaultSpoolDir(env = process.env, cwd = process.cwd()) {
  return resolve(cwd, env.CI_LEDGER_SPOOL_DIR || ".ci-ledger/spool");
}

// src/jobs/context.ts
async function withStore(context, job) {
  const backend = await openStore(context.store, { log: context.log, env: context.env });
  try {
    return await job(backend);
  } finally {
    await backend.close();
  }
}
function appendOptionsOf(context, spoolDir) {
  return {
    log: context.log,
    spoolDir: spoolDir ?? defaultSpoolDir(context.env, context.cwd),
    retry: retryPolicyFromEnv(context.env),
    fileLimits: fileLimitsFromEnv(context.env)
  };
}

export {
  defaultRetryPolicy,
  backoffDelayMs,
  withStore,
  appendOptionsOf
};

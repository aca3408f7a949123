/**
 * Retry timing: exponential backoff with full jitter, so that writers who lost the same
 * race do not come back in lock-step. A server's retry-after wins when it asks for longer.
 */
export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** No new attempt starts past this much time since the first (CI_LEDGER_MAX_RETRY_SECONDS). */
  maxTotalMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 20,
  baseDelayMs: 200,
  maxDelayMs: 10_000,
  maxTotalMs: 120_000,
};

/** Delay before attempt `attempt + 1`, given that `attempt` (1-based) just failed. */
export function backoffDelayMs(
  attempt: number,
  policy: RetryPolicy,
  retryAfterSeconds?: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.round(random() * ceiling);
  return retryAfterSeconds === undefined ? jittered : Math.max(jittered, retryAfterSeconds * 1000);
}

/** Policy overrides from the environment, for operators who need more patience (or tests less). */
export function retryPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): RetryPolicy {
  const num = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  return {
    maxAttempts: Math.max(1, num('CI_LEDGER_MAX_ATTEMPTS', defaultRetryPolicy.maxAttempts)),
    baseDelayMs: num('CI_LEDGER_RETRY_BASE_MS', defaultRetryPolicy.baseDelayMs),
    maxDelayMs: num('CI_LEDGER_RETRY_MAX_MS', defaultRetryPolicy.maxDelayMs),
    maxTotalMs: num('CI_LEDGER_MAX_RETRY_SECONDS', defaultRetryPolicy.maxTotalMs / 1000) * 1000,
  };
}

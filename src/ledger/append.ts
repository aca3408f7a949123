/**
 * appendRecords: the one way anything is written. Optimistic concurrency: read the head,
 * plan against it, publish as a fast-forward of it; on a lost race or a transient failure,
 * wait (jittered backoff) and start again from a fresh read. Because the duplicate check runs
 * against every fresh read, a retry whose earlier attempt did land adds nothing.
 * When every attempt fails the records are spooled for `ci-ledger flush` — never dropped.
 */
import { backoffDelayMs, defaultRetryPolicy, type RetryPolicy } from './backoff.js';
import { InputError, TransientError, WriteError, messageOf } from '../vocabulary/index.js';
import { checkFileSizes, FileTooLargeError, fileLimitsFromEnv, type FileLimits } from './limits.js';
import { planAppend } from './plan.js';
import { assertValidRequest } from './request.js';
import { beginInFlight, spoolLine, type InFlight } from './in-flight.js';
import { spoolRequest } from './spool.js';
import type { AppendRequest, AppendResult, LedgerBackend } from './types.js';
import { filesRead } from './shard.js';

export interface AppendOptions {
  retry?: RetryPolicy;
  /** Progress lines (conflicts, retries); the action sends them to the log, the CLI to stderr. */
  log?: (line: string) => void;
  /** Where unwritten records go; undefined disables spooling (used by flush itself). */
  spoolDir?: string;
  sleep?: (ms: number) => Promise<void>;
  /** Size thresholds per file; default GitHub's, or CI_LEDGER_FILE_WARN_BYTES / _LIMIT_BYTES. */
  fileLimits?: FileLimits;
  /** Warnings (a file nearing GitHub's limit); default: a "Warning:" line through `log`. */
  warn?: (line: string) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function appendRecords(
  backend: LedgerBackend,
  request: AppendRequest,
  options: AppendOptions = {},
): Promise<AppendResult> {
  assertValidRequest(request);
  // Write-ahead: the records are in a spool file before the first attempt (see in-flight.ts).
  let flight: InFlight | undefined;
  if (options.spoolDir !== undefined) {
    flight = await beginInFlight(options.spoolDir, request, backend.description).catch(
      () => undefined, // no spool folder to write to: giveUp still prints the records
    );
  }
  try {
    const result = await attempts(backend, request, options, flight);
    flight?.settle();
    return result;
  } catch (error) {
    if (error instanceof InputError) flight?.settle(); // bad input is never re-submitted
    throw error;
  }
}

async function attempts(
  backend: LedgerBackend,
  request: AppendRequest,
  options: AppendOptions,
  flight: InFlight | undefined,
): Promise<AppendResult> {
  const { retry = defaultRetryPolicy, log = () => {}, sleep = defaultSleep } = options;
  const started = Date.now();
  const fileLimits = options.fileLimits ?? fileLimitsFromEnv();
  const warn = options.warn ?? ((line: string) => log(`Warning: ${line}`));
  const warned = new Set<string>();
  let branch = request.branch;
  let lastProblem = 'no attempt was made';
  // Set when a publish failed in a way that may have landed anyway (a lost response).
  let publishOutcomeUnknown = false;

  for (let attempt = 1; attempt <= retry.maxAttempts; attempt++) {
    let retryAfter: number | undefined;
    // A lost race means the branch moved: the store works and other writers progress.
    let lostRace = false;
    try {
      // The files written, and the other shards whose records count as already there.
      const paths = [...new Set(request.files.flatMap(filesRead))];
      // A backend that can read the default branch without naming it saves a request.
      const snapshot =
        branch === undefined && backend.readDefaultBranch
          ? await backend.readDefaultBranch(paths)
          : await backend.read((branch ??= await backend.defaultBranch()), paths);
      branch = snapshot.branch;
      const plan = planAppend(snapshot.files, request.files, request.anchor);
      // Every attempt re-plans against a fresh read, so the sizes are checked every time; each
      // warning is given once.
      for (const warning of checkFileSizes(plan.changes, fileLimits)) {
        if (!warned.has(warning)) warn(warning);
        warned.add(warning);
      }
      if (plan.changes.size === 0) {
        const landedEarlier = publishOutcomeUnknown;
        if (landedEarlier) log(`An earlier attempt landed although its response was lost.`);
        return {
          status: landedEarlier ? 'recorded' : 'already-recorded',
          branch,
          head: snapshot.head,
          files: plan.files,
          attempts: attempt,
          contents: snapshot.files,
        };
      }
      try {
        const published = await backend.publish(snapshot, plan.changes, request.message);
        if (published.status === 'published') {
          const contents = new Map([...snapshot.files, ...plan.changes]);
          return {
            status: 'recorded',
            branch,
            head: published.head,
            files: plan.files,
            attempts: attempt,
            contents,
          };
        }
        lastProblem = published.reason;
        lostRace = true;
      } catch (error) {
        if (error instanceof TransientError) publishOutcomeUnknown = true;
        throw error;
      }
    } catch (error) {
      if (error instanceof InputError) {
        // Records that can never be written are not spooled, but they are not lost either.
        if (error instanceof FileTooLargeError)
          log(`Unwritten records: ${JSON.stringify(request)}`);
        error.message += branch ? ` (branch ${branch}, ${backend.description})` : '';
        throw error;
      }
      if (!(error instanceof TransientError)) {
        throw await giveUp(request, backend, options, `${messageOf(error)}`, log, flight);
      }
      lastProblem = error.message;
      retryAfter = error.retryAfterSeconds;
    }
    if (attempt < retry.maxAttempts) {
      const delay = backoffDelayMs(attempt, retry, retryAfter);
      // Persistent failures must not keep a step busy for many minutes: the budget is total.
      // It stops retrying a store that fails, not a writer queueing behind others (lost races
      // are bounded by the number of attempts instead).
      const spent = Date.now() - started;
      if (!lostRace && spent + delay > retry.maxTotalMs) {
        throw await giveUp(
          request,
          backend,
          options,
          `gave up after ${attempt} attempt(s) in ${Math.round(spent / 1000)} s (the retry budget is ${retry.maxTotalMs / 1000} s, CI_LEDGER_MAX_RETRY_SECONDS); last problem: ${lastProblem}`,
          log,
          flight,
        );
      }
      log(
        `Attempt ${attempt}/${retry.maxAttempts} did not land (${lastProblem}); retrying in ${delay} ms.`,
      );
      await sleep(delay);
    }
  }
  throw await giveUp(
    request,
    backend,
    options,
    `gave up after ${retry.maxAttempts} attempts; last problem: ${lastProblem}`,
    log,
    flight,
  );
}

async function giveUp(
  request: AppendRequest,
  backend: LedgerBackend,
  options: AppendOptions,
  why: string,
  log: (line: string) => void,
  flight?: InFlight,
): Promise<WriteError> {
  const count = request.files.reduce((n, f) => n + f.records.length, 0);
  const what = `${count} record(s) for ${request.files.map((f) => f.path).join(', ')}`;
  let spoolFile: string | undefined;
  let spoolNote = '';
  if (options.spoolDir !== undefined) {
    try {
      spoolFile = flight
        ? (flight.keep(why), flight.file)
        : await spoolRequest(options.spoolDir, request, backend.description, why);
      spoolNote = ` They were saved to ${spoolFile}; re-submit them with: ci-ledger flush`;
    } catch (error) {
      spoolNote = ` They could not be saved to a spool file either (${messageOf(error)}).`;
    }
  }
  // Printed whole, so that even with no spool file the records survive in the log, in the
  // form `ci-ledger flush --from LOG` re-submits.
  log(
    `Unwritten records: ${spoolLine({ version: 1, createdAt: new Date().toISOString(), target: backend.description, reason: why, request })}`,
  );
  return new WriteError(
    `Could not write ${what} to ${backend.description}: ${why}.${spoolNote}`,
    spoolFile,
  );
}

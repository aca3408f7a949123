/**
 * replaceFolder: one folder of a branch made to hold exactly a given set of text files (a static
 * site), in one commit, with the writer's optimistic concurrency: read the folder's entries at
 * the head (shas only), plan against them, publish as a fast-forward of that head; on a lost
 * race or a transient failure, back off (the appends' policy) and start again from a fresh
 * read. Because each commit turns whatever the folder held into exactly the set, concurrent
 * publishers leave one whole set, never a mix; a retry whose earlier attempt landed finds
 * nothing to change. A set identical to the folder makes no commit.
 *
 * Nothing is spooled: a site is rebuilt from the ledger, so a publish that gives up loses no
 * record — it says why, and running it again publishes.
 */
import { backoffDelayMs, defaultRetryPolicy } from './backoff.js';
import { checkFileSizes, fileLimitsFromEnv, siteWording } from './limits.js';
import { assertValidFolderSet, planFolder, underFolder } from './folder-plan.js';
import type { AppendOptions } from './append.js';
import type { LedgerBackend } from './types.js';
import {
  InputError,
  TransientError,
  WriteError,
  assertSafeBranch,
  messageOf,
  type SiteFile,
} from '../vocabulary/index.js';

export interface ReplaceFolderRequest {
  branch: string;
  /** '' for the branch root. */
  folder: string;
  files: readonly SiteFile[];
  message: string;
}

export interface ReplaceFolderResult {
  /** 'published': the folder now holds the set through a commit of this call (or of an earlier
   * attempt of it whose response was lost); 'unchanged': it held the set already. */
  status: 'published' | 'unchanged';
  branch: string;
  /** The head holding the set (a commit sha; a folder digest for a directory store). */
  head: string;
  /** Paths (from the branch root) written and deleted by the commit; empty when unchanged. */
  written: string[];
  deleted: string[];
  attempts: number;
}

/** The append options that apply (retry policy, log, sleep, size limits); spoolDir is ignored. */
export type ReplaceFolderOptions = Omit<AppendOptions, 'spoolDir'>;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function replaceFolder(
  backend: LedgerBackend,
  request: ReplaceFolderRequest,
  options: ReplaceFolderOptions = {},
): Promise<ReplaceFolderResult> {
  assertSafeBranch(request.branch);
  assertValidFolderSet(request.folder, request.files);
  const { retry = defaultRetryPolicy, log = () => {}, sleep = defaultSleep } = options;
  const fileLimits = options.fileLimits ?? fileLimitsFromEnv();
  const warn = options.warn ?? ((line: string) => log(`Warning: ${line}`));
  const { branch, folder, files, message } = request;
  const where = `${folder ? `${folder}/ on ` : ''}branch ${branch} (${backend.description})`;
  // Sizes are the set's own, whatever the branch holds: checked once, before any request.
  for (const warning of checkFileSizes(
    new Map(files.map((f) => [underFolder(folder, f.path), f.content])),
    fileLimits,
    siteWording,
  ))
    warn(warning);

  const started = Date.now();
  let lastProblem = 'no attempt was made';
  let publishOutcomeUnknown = false;
  for (let attempt = 1; attempt <= retry.maxAttempts; attempt++) {
    let retryAfter: number | undefined;
    let lostRace = false;
    try {
      const snapshot = await backend.readFolder(branch, folder);
      const plan = planFolder(snapshot.entries, folder, files);
      if (plan.changes.size === 0) {
        if (publishOutcomeUnknown) log('An earlier attempt landed although its response was lost.');
        return {
          status: publishOutcomeUnknown ? 'published' : 'unchanged',
          branch,
          head: snapshot.head ?? '',
          written: [],
          deleted: [],
          attempts: attempt,
        };
      }
      try {
        const published = await backend.publish(snapshot, plan.changes, message);
        if (published.status === 'published') {
          return {
            status: 'published',
            branch,
            head: published.head,
            written: plan.written,
            deleted: plan.deleted,
            attempts: attempt,
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
        error.message += ` (${where})`;
        throw error;
      }
      if (!(error instanceof TransientError)) throw giveUp(where, messageOf(error));
      lastProblem = error.message;
      retryAfter = error.retryAfterSeconds;
    }
    if (attempt < retry.maxAttempts) {
      const delay = backoffDelayMs(attempt, retry, retryAfter);
      const spent = Date.now() - started;
      // The same budget as appends: a failing store is not retried for ever; a writer queueing
      // behind others (lost races) is bounded by the number of attempts instead.
      if (!lostRace && spent + delay > retry.maxTotalMs) {
        throw giveUp(
          where,
          `gave up after ${attempt} attempt(s) in ${Math.round(spent / 1000)} s (the retry budget is ${retry.maxTotalMs / 1000} s, CI_LEDGER_MAX_RETRY_SECONDS); last problem: ${lastProblem}`,
        );
      }
      log(
        `Attempt ${attempt}/${retry.maxAttempts} did not land (${lastProblem}); retrying in ${delay} ms.`,
      );
      await sleep(delay);
    }
  }
  throw giveUp(where, `gave up after ${retry.maxAttempts} attempts; last problem: ${lastProblem}`);
}

function giveUp(where: string, why: string): WriteError {
  return new WriteError(
    `Could not publish the site to ${where}: ${why}. No record is lost (the site is built from the ledger): run the publish again.`,
  );
}

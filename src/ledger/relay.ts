/**
 * Re-laying a history into monthly shards (`ci-ledger shard`): every record of a configured
 * file moves to the shard of its own month beside it, in ONE commit, losing and duplicating
 * nothing:
 *
 * - a record is moved as it is (re-serialised as one JSON line when it was pretty-printed);
 *   records the file held twice stay twice (readers have always seen them so);
 * - a record already in its shard, identical, is not added again (so re-laying twice, or after
 *   a writer already used the shard, adds nothing);
 * - what cannot be placed (no time, not an object, not valid JSON) stays in the configured
 *   file, byte for byte; the file is removed only when nothing is left in it.
 *
 * The plan is pure; `relayHistory` runs it under the same optimistic protocol as an append:
 * read the head, plan, publish as a fast-forward of it, re-read on a lost race.
 */
import { JsonValueSplitter, type JsonText } from '../files/json-stream.js';
import { TransientError, WriteError, messageOf } from '../vocabulary/index.js';
import { monthOf, shardPath } from '../vocabulary/shards.js';
import { backoffDelayMs, defaultRetryPolicy, type RetryPolicy } from './backoff.js';
import { checkFileSizes, fileLimitsFromEnv, type FileLimits } from './limits.js';
import type { LedgerBackend } from './types.js';

export interface RelayedFile {
  path: string;
  /** records moved into shards */
  moved: number;
  /** records already in their shard, identical: not added again */
  alreadyThere: number;
  /** values left in the configured file (no time, not an object, not valid JSON) */
  kept: number;
  /** shard path → records it gained */
  shards: Map<string, number>;
  removed: boolean;
}

export interface RelayPlan {
  /** path → new content, null to remove */
  changes: Map<string, string | null>;
  files: RelayedFile[];
}

/** Where each record of `text` (the configured file at `path`) goes: shard path → JSON lines. */
export function splitIntoMonths(
  path: string,
  text: string,
  timeField = 'timestamp',
): { byShard: Map<string, string[]>; kept: string[] } {
  const byShard = new Map<string, string[]>();
  const kept: string[] = [];
  // Values are split exactly as the readers split them (load.ts): what a report skips as
  // unreadable stays in the file as it is, and what it counts moves.
  const place = (value: string, parsed: unknown) => {
    const month =
      parsed && typeof parsed === 'object' && !Array.isArray(parsed)
        ? monthOf((parsed as Record<string, unknown>)[timeField])
        : undefined;
    if (!month) {
      kept.push(value);
      return;
    }
    const shard = shardPath(path, month);
    let lines = byShard.get(shard);
    if (!lines) byShard.set(shard, (lines = []));
    lines.push(JSON.stringify(parsed));
  };
  const handle = (texts: JsonText[], retry: boolean) => {
    for (const { text: value, line } of texts) {
      try {
        place(value, JSON.parse(value));
      } catch {
        const pieces = retry ? JsonValueSplitter.splitStrictly(value, line) : [];
        if (pieces.length > 1) handle(pieces, false);
        else kept.push(value);
      }
    }
  };
  const splitter = new JsonValueSplitter();
  handle([...splitter.push(text), ...splitter.finish()], true);
  return { byShard, kept };
}

/** The shards `splitIntoMonths` would write to, for reading them before planning. */
export function shardsOf(path: string, text: string | null): string[] {
  return text === null ? [] : [...splitIntoMonths(path, text).byShard.keys()];
}

/** The pure plan: `current` holds every configured file and every shard it moves into. */
export function planRelay(current: ReadonlyMap<string, string | null>, paths: string[]): RelayPlan {
  const changes = new Map<string, string | null>();
  const files: RelayedFile[] = [];
  for (const path of paths) {
    const text = current.get(path) ?? null;
    if (text === null) continue;
    const { byShard, kept } = splitIntoMonths(path, text);
    const outcome: RelayedFile = {
      path,
      moved: 0,
      alreadyThere: 0,
      kept: kept.length,
      shards: new Map(),
      removed: false,
    };
    for (const [shard, lines] of byShard) {
      const existing = changes.get(shard) ?? current.get(shard) ?? '';
      const present = new Set(identities(existing));
      const added: string[] = [];
      for (const line of lines) {
        if (present.has(line)) outcome.alreadyThere++;
        else added.push(line);
      }
      if (added.length === 0) continue;
      const base = existing === '' || existing.endsWith('\n') ? existing : existing + '\n';
      changes.set(shard, base + added.join('\n') + '\n');
      outcome.moved += added.length;
      outcome.shards.set(shard, added.length);
    }
    if (byShard.size === 0) continue; // nothing could be placed: the file stays as it is
    if (kept.length === 0) {
      changes.set(path, null);
      outcome.removed = true;
    } else {
      changes.set(path, kept.join('\n') + '\n');
    }
    files.push(outcome);
  }
  return { changes, files };
}

/** Each value of a shard as one compact JSON line, to recognise a record already there. */
function identities(text: string): string[] {
  const splitter = new JsonValueSplitter();
  const out: string[] = [];
  for (const { text: value } of [...splitter.push(text), ...splitter.finish()]) {
    try {
      out.push(JSON.stringify(JSON.parse(value.replace(/^\uFEFF/, ''))));
    } catch {
      // not a record: nothing to compare with
    }
  }
  return out;
}

export interface RelayOptions {
  retry?: RetryPolicy;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  fileLimits?: FileLimits;
}

export interface RelayResult {
  status: 'relaid' | 'nothing-to-do';
  branch: string;
  head: string | null;
  files: RelayedFile[];
  attempts: number;
}

/** Re-lays `paths` (configured history files) on `branch` into monthly shards, in one commit. */
export async function relayHistory(
  backend: LedgerBackend,
  branch: string,
  paths: string[],
  message: string,
  options: RelayOptions = {},
): Promise<RelayResult> {
  const { retry = defaultRetryPolicy, log = () => {} } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const limits = options.fileLimits ?? fileLimitsFromEnv();
  let lastProblem = '';
  const started = Date.now();
  // The plan of a publish whose answer was lost: it may have landed (then nothing is left to move).
  let uncertain: RelayPlan | undefined;
  for (let attempt = 1; attempt <= retry.maxAttempts; attempt++) {
    let retryAfter: number | undefined;
    let lostRace = false;
    try {
      // First the configured files, to learn which shards they move into; then all of them at
      // one head (a second read only when the first one's head has moved on meanwhile).
      let snapshot = await backend.read(branch, paths);
      const targets = paths.flatMap((p) => shardsOf(p, snapshot.files.get(p) ?? null));
      if (targets.length > 0) {
        const first = snapshot;
        snapshot = await backend.read(branch, [...paths, ...targets]);
        const moved = paths.some((p) => snapshot.files.get(p) !== first.files.get(p));
        if (moved) throw new TransientError('the branch moved between two reads');
      }
      const plan = planRelay(snapshot.files, paths);
      checkFileSizes(plan.changes, limits).forEach((w) => log(`Warning: ${w}`));
      if (plan.changes.size === 0) {
        if (uncertain)
          return {
            status: 'relaid',
            branch,
            head: snapshot.head,
            files: uncertain.files,
            attempts: attempt,
          };
        return {
          status: 'nothing-to-do',
          branch,
          head: snapshot.head,
          files: plan.files,
          attempts: attempt,
        };
      }
      uncertain = plan;
      const published = await backend.publish(snapshot, plan.changes, message);
      uncertain = undefined;
      if (published.status === 'published')
        return {
          status: 'relaid',
          branch,
          head: published.head,
          files: plan.files,
          attempts: attempt,
        };
      lastProblem = published.reason;
      lostRace = true;
    } catch (error) {
      if (!(error instanceof TransientError)) throw error;
      lastProblem = error.message;
      retryAfter = error.retryAfterSeconds;
    }
    if (attempt < retry.maxAttempts) {
      const delay = backoffDelayMs(attempt, retry, retryAfter);
      const spent = Date.now() - started;
      // The appends' budget: a failing store is not retried for ever (lost races are bounded by
      // the number of attempts instead).
      if (!lostRace && spent + delay > retry.maxTotalMs)
        throw new WriteError(
          `Could not re-lay ${paths.join(', ')} on ${backend.description}: gave up after ${attempt} attempt(s) in ${Math.round(spent / 1000)} s (the retry budget is ${retry.maxTotalMs / 1000} s, CI_LEDGER_MAX_RETRY_SECONDS); last problem: ${lastProblem}`,
        );
      log(
        `Attempt ${attempt}/${retry.maxAttempts} did not land (${lastProblem}); retrying in ${delay} ms.`,
      );
      await sleep(delay);
    }
  }
  throw new WriteError(
    `Could not re-lay ${paths.join(', ')} on ${backend.description}: gave up after ${retry.maxAttempts} attempts; last problem: ${messageOf(lastProblem)}`,
  );
}

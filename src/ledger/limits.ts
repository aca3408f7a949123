/**
 * GitHub's limits on one file, checked before anything is written, for every backend alike
 * (they all publish through appendRecords): GitHub refuses a file over 100 MiB in a push and
 * through its API, and warns from 50 MiB. An append that would cross the limit can never land,
 * however often it is retried: it is refused with the file, its size and the fix, and its
 * records are not spooled for `ci-ledger flush` (they are printed in the log instead).
 */
import { InputError } from '../vocabulary/index.js';

export interface FileLimits {
  /** A file larger than this after the append gets a warning. */
  warnBytes: number;
  /** A file larger than this after the append is refused. */
  limitBytes: number;
}

const MiB = 1024 * 1024;

/** GitHub's own: "GitHub blocks files larger than 100 MiB", and warns above 50 MiB. */
export const githubFileLimits: FileLimits = { warnBytes: 50 * MiB, limitBytes: 100 * MiB };

/** Thresholds from CI_LEDGER_FILE_WARN_BYTES / CI_LEDGER_FILE_LIMIT_BYTES (tests lower them). */
export function fileLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): FileLimits {
  const bytes = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] && Number.isSafeInteger(value) && value > 0 ? value : fallback;
  };
  return {
    warnBytes: bytes('CI_LEDGER_FILE_WARN_BYTES', githubFileLimits.warnBytes),
    limitBytes: bytes('CI_LEDGER_FILE_LIMIT_BYTES', githubFileLimits.limitBytes),
  };
}

/** A file that is, or would become, too large to be written: retrying cannot help. */
export class FileTooLargeError extends InputError {
  override name = 'FileTooLargeError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

export const SHARD_ADVICE =
  'Shard the history: `ci-ledger shard` moves its records into monthly shards beside it ' +
  '(<name>-<YYYY-MM>.jsonl or .csv, which every reader accepts) in one commit; then write with ' +
  "--shard monthly (the actions' `shard: monthly` input) and submit these records again.";

const NOT_SPOOLED =
  'Nothing was written, and the records were not saved for `ci-ledger flush`: no retry can succeed';

/** "52,428,801 bytes (50.0 MiB)"; small sizes (lowered thresholds) without the MiB. */
export function describeSize(bytes: number): string {
  const mib = bytes >= MiB / 10 ? ` (${(bytes / MiB).toFixed(1)} MiB)` : '';
  return `${bytes.toLocaleString('en-US')} bytes${mib}`;
}

/**
 * Checks the planned contents (path → full new content). Throws FileTooLargeError for the first
 * file over the limit; returns one warning per file over the warning threshold.
 */
export function checkFileSizes(
  changes: ReadonlyMap<string, string | null>,
  limits: FileLimits,
  wording: SizeWording = appendWording,
): string[] {
  const warnings: string[] = [];
  for (const [path, content] of changes) {
    if (content === null) continue; // a deletion
    const bytes = Buffer.byteLength(content, 'utf8');
    if (bytes > limits.limitBytes) {
      throw new FileTooLargeError(
        path,
        `${path} would be ${describeSize(bytes)}${wording.when}, over the limit of ` +
          `${describeSize(limits.limitBytes)} for one file (GitHub refuses files over 100 MiB). ` +
          `${wording.refused}. ${wording.advice}`,
      );
    }
    if (bytes > limits.warnBytes) {
      warnings.push(
        `${path} is ${describeSize(bytes)}, past ${describeSize(limits.warnBytes)} ` +
          `(GitHub warns from 50 MiB and refuses files over 100 MiB). ${wording.advice}`,
      );
    }
  }
  return warnings;
}

/** How a size refusal is worded for what is being written. */
export interface SizeWording {
  /** e.g. " after this append" */
  when: string;
  /** what happened to the data */
  refused: string;
  advice: string;
}

const appendWording: SizeWording = {
  when: ' after this append',
  refused: NOT_SPOOLED,
  advice: SHARD_ADVICE,
};

/** A published site's files: nothing is spooled (the site is built again from the ledger). */
export const siteWording: SizeWording = {
  when: '',
  refused: 'Nothing was published',
  advice:
    'Publish fewer or smaller files (aggregate more at build time), or publish to a folder for actions/upload-pages-artifact instead.',
};

/** The refusal for a file GitHub will not even serve through its API, in GitHub's words. */
export function unreadableFileError(path: string, githubMessage: string): FileTooLargeError {
  return new FileTooLargeError(
    path,
    `${path} cannot be read through the GitHub API: GitHub answered "${githubMessage}". ` +
      `${NOT_SPOOLED}. ${SHARD_ADVICE}`,
  );
}

/**
 * Three kinds of failure, because each is handled differently:
 * - InputError: the data or the target file is wrong. Retrying cannot help; nothing is written.
 * - TransientError: the network or the server hiccuped. The writer retries with backoff.
 * - WriteError: the records could not be written after every attempt (or the backend refused
 *   for good, e.g. bad credentials). The records are spooled, never dropped.
 */
export class InputError extends Error {
  override name = 'InputError';
}

export class TransientError extends Error {
  override name = 'TransientError';
  /** Seconds the server asked us to wait, when it said so. */
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export class WriteError extends Error {
  override name = 'WriteError';
  constructor(
    message: string,
    /** Where the unwritten records were saved for `ci-ledger flush`, if they could be. */
    readonly spoolFile?: string,
  ) {
    super(message);
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The project's shared vocabulary, at the bottom of the layers: the kinds of failure, the
 * checks on names that end up in paths and branches, and what a write reports. Every layer
 * may import it; it imports nothing of the project's own.
 */
export { InputError, TransientError, WriteError, messageOf } from './errors.js';
export { assertSafeBranch, assertSafeName, assertSafeRelativePath } from './names.js';
export {
  isCount,
  isFiniteNumber,
  nonFiniteNumberAt,
  parseExitStatus,
  parseUtcTime,
  parseWholeNumber,
  utcTimeProblem,
  utcTimeProblemText,
} from './values.js';
export { dictFrom, emptyDict } from './dict.js';
export type { AppendResult, FileOutcome } from './outcome.js';
export type { SiteFile } from './site-file.js';

/** Report settings: what a report is asked (HistoryOptions), and the same as users give them
 * (strings from flags or action inputs), checked once. */
import { DEFAULT_PLATFORM_MAP, parsePlatformMap } from '../batch/maps.js';
import { InputError, parseWholeNumber } from '../vocabulary/index.js';
import { normalizeTimestamp } from './records.js';

export interface HistoryOptions {
  /** Window size in batches; 0 means the whole history. */
  last: number;
  ecosystem?: string;
  platform?: string;
  /** The batch the summary is about (default: the latest). */
  batchId?: string;
  macosBudgetMinutes: number;
  /** 0 = Sunday … 1 = Monday (default) … 6 = Saturday, UTC. */
  weekStartDay: number;
  /** "Consider skipping" above this failure rate … */
  skipThreshold: number;
  /** … over at least this many batches that tested the cell. */
  skipMinRuns: number;
  /** When several records carry batchId: the one recorded at this time (`--batch-id ID@TIME`). */
  batchAt?: string;
  /** The focus batch's record time, found by the loader (see locateFocus) so the window can end there. */
  focusAt?: string;
  /** Times of every record carrying batchId (found by the loader), oldest first. */
  focusCandidates?: string[];
  /** A platform whose pass rate fell by more than this (0.2 = 20 points) over the window is named. */
  fallThreshold: number;
  /** Folds failure environments (e.g. linux-alpine-musl-x86_64) into reported platforms. */
  platformOf?: (environment: string) => string;
  /** Keep at least this many of the latest batches (objectives over the last N batches). */
  keepRuns?: number;
}

export const defaultHistoryOptions: HistoryOptions = {
  last: 10,
  macosBudgetMinutes: 1000,
  weekStartDay: 1,
  skipThreshold: 0.8,
  skipMinRuns: 3,
  fallThreshold: 0.2,
};

export function parseWeekStart(value: string): number {
  const days = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
  const i = days.indexOf(value.trim().toLowerCase());
  if (i === -1)
    throw new InputError(`week-start ${JSON.stringify(value)} is not a day of the week`);
  return i;
}

export interface HistoryInputs {
  last?: string;
  ecosystem?: string;
  platform?: string;
  batchId?: string;
  macosBudget?: string;
  weekStart?: string;
  skipThreshold?: string;
  platformMap?: string;
}

function wholeNumber(name: string, value: string): number {
  return parseWholeNumber(name, value.trim());
}

/** "0.8", "80%" → 0.8 */
export function parseRatio(name: string, value: string): number {
  const v = value.trim();
  const n = v.endsWith('%') ? Number(v.slice(0, -1)) / 100 : Number(v);
  // Plain decimals only: Number() would also take "0x1", "1e-1" and " ".
  if (!/^\d+(\.\d+)?%?$/.test(v) || !Number.isFinite(n) || n < 0 || n > 1)
    throw new InputError(`${name} ${JSON.stringify(value)} is not a ratio (0.8 or 80%)`);
  return n;
}

export function historyOptions(inputs: HistoryInputs): HistoryOptions {
  const d = defaultHistoryOptions;
  return {
    ...d,
    last: inputs.last ? wholeNumber('last', inputs.last) : d.last,
    ecosystem: inputs.ecosystem || undefined,
    platform: inputs.platform || undefined,
    ...batchRef(inputs.batchId),
    macosBudgetMinutes: inputs.macosBudget
      ? wholeNumber('macos-budget', inputs.macosBudget)
      : d.macosBudgetMinutes,
    weekStartDay: inputs.weekStart ? parseWeekStart(inputs.weekStart) : d.weekStartDay,
    skipThreshold: inputs.skipThreshold
      ? parseRatio('skip-threshold', inputs.skipThreshold)
      : d.skipThreshold,
    platformOf: parsePlatformMap(inputs.platformMap ?? DEFAULT_PLATFORM_MAP),
  };
}

/**
 * `--batch-id ID` or `ID@TIME`: pipelines that name batches by day write many records with one
 * id; the time (as the summary lists them) picks one. Without it, the latest is meant.
 */
export function batchRef(value: string | undefined): { batchId?: string; batchAt?: string } {
  if (!value) return {};
  const at = value.lastIndexOf('@');
  const time = at > 0 ? value.slice(at + 1) : '';
  if (!/^\d{4}-\d{2}-\d{2}T/.test(time)) return { batchId: value };
  const parsed = Date.parse(time);
  if (Number.isNaN(parsed))
    throw new InputError(
      `batch-id ${JSON.stringify(value)}: ${JSON.stringify(time)} is not a time`,
    );
  return { batchId: value.slice(0, at), batchAt: normalizeTimestamp(time) };
}

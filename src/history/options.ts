/** Report settings as users give them (strings from flags or action inputs), checked once. */
import { DEFAULT_PLATFORM_MAP, parsePlatformMap } from '../batch/maps.js';
import { InputError } from '../ledger/index.js';
import { defaultHistoryOptions, parseWeekStart, type HistoryOptions } from './aggregate.js';

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
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n))
    throw new InputError(`${name} ${JSON.stringify(value)} is not a whole number`);
  return n;
}

/** "0.8", "80%" → 0.8 */
export function parseRatio(name: string, value: string): number {
  const v = value.trim();
  const n = v.endsWith('%') ? Number(v.slice(0, -1)) / 100 : Number(v);
  if (v === '' || !Number.isFinite(n) || n < 0 || n > 1)
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
    batchId: inputs.batchId || undefined,
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

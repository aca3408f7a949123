/**
 * Prices of runner minutes and infrastructure hours. Records keep minutes and seconds; prices
 * are applied when a report is made, so a price change never rewrites history. Pure.
 */
import { globToRegExp } from '../batch/glob.js';

export type RunnerKind = 'linux' | 'linux-arm64' | 'windows' | 'macos';

export interface PriceTable {
  /** US dollars per minute of a GitHub-hosted runner. */
  perMinute: Record<RunnerKind, number>;
  /** US dollars per hour while a phase of an env runs: [env glob, rate], first match wins. */
  infrastructurePerHour: Array<[glob: string, rate: number]>;
}

/** GitHub-hosted standard (2-core) runner prices from 2026-01-01. */
export const DEFAULT_PRICES: PriceTable = {
  perMinute: { linux: 0.006, 'linux-arm64': 0.005, windows: 0.01, macos: 0.062 },
  infrastructurePerHour: [],
};

/**
 * The runner a batch platform ran on, from its name (linux-glibc-x86_64, linux-alpine-arm64,
 * darwin-arm64, windows-x86_64 …): darwin/macos → macos, windows → windows, linux with an arm
 * architecture → linux-arm64, anything else → linux.
 */
export function runnerOfPlatform(platform: string): RunnerKind {
  const p = platform.toLowerCase();
  if (p.startsWith('darwin') || p.startsWith('macos')) return 'macos';
  if (p.startsWith('windows')) return 'windows';
  if (/(^|[-_])(arm64|aarch64)([-_]|$)/.test(p)) return 'linux-arm64';
  return 'linux';
}

/** The infrastructure rate of an env ($/hour), 0 when no glob matches. */
export function infrastructureRate(prices: PriceTable, env: string): number {
  return prices.infrastructurePerHour.find(([glob]) => globToRegExp(glob).test(env))?.[1] ?? 0;
}

/** The two operator-tunable maps of batch-metrics: detailed platform → reported platform, exit code → category. */
import { InputError } from '../vocabulary/index.js';
import { globToRegExp } from './glob.js';

export const DEFAULT_PLATFORM_MAP = [
  'linux-*-glibc-x86_64=linux-glibc-x86_64',
  'linux-*-glibc-arm64=linux-glibc-arm64',
  'linux-*-musl-x86_64=linux-musl-x86_64',
  'darwin-arm64*=darwin-arm64',
  'darwin-x86_64*=darwin-x86_64',
].join('\n');

export const DEFAULT_CATEGORY_MAP = [
  '3=recipe_not_found',
  '5=network_error',
  '6=install_failed',
  '7=verify_failed',
  '8=missing_dep',
  '*=generation_failed',
].join('\n');

/** The seed's five platforms, in the order operators read them. */
export const REPORTED_PLATFORMS = [
  'linux-glibc-x86_64',
  'linux-glibc-arm64',
  'linux-musl-x86_64',
  'darwin-arm64',
  'darwin-x86_64',
];

export type PlatformMap = (platform: string) => string;
export type CategoryMap = (exitCode: number | undefined) => string;

function entries(kind: string, text: string): Array<[string, string, number]> {
  return text
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '' && !line.startsWith('#'))
    .map(([line, n]) => {
      const at = line.lastIndexOf('=');
      const key = line.slice(0, at).trim();
      const value = line.slice(at + 1).trim();
      if (at <= 0 || !key || !value)
        throw new InputError(`${kind} line ${n} ${JSON.stringify(line)} is not "pattern=value"`);
      return [key, value, n];
    });
}

/** Ordered `pattern=platform` lines; the first matching pattern wins; unmapped names pass through. */
export function parsePlatformMap(text: string): PlatformMap {
  const rules = entries('platform-map', text).map(([pattern, platform, line]) => {
    // The reported name ends up in records and summaries: the same rule as any platform name.
    if (!/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(platform)) {
      throw new InputError(
        `platform-map line ${line}: ${JSON.stringify(platform)} is not a safe platform name`,
      );
    }
    return { re: globToRegExp(pattern), platform };
  });
  // Asked once per failure record of a long history: remember the few names real data holds.
  const known = new Map<string, string>();
  return (name) => {
    let platform = known.get(name);
    if (platform === undefined) {
      platform = rules.find((r) => r.re.test(name))?.platform ?? name;
      if (known.size < 10_000) known.set(name, platform);
    }
    return platform;
  };
}

/** `code=category` lines and a `*=category` default (generation_failed when none is given). */
export function parseCategoryMap(text: string): CategoryMap {
  const byCode = new Map<number, string>();
  let fallback = 'generation_failed';
  for (const [code, category, n] of entries('category-map', text)) {
    if (code === '*') fallback = category;
    else if (/^-?\d+$/.test(code)) byCode.set(Number(code), category);
    else
      throw new InputError(
        `category-map line ${n}: ${JSON.stringify(code)} is not an exit code or "*"`,
      );
  }
  return (exitCode) => (exitCode === undefined ? fallback : (byCode.get(exitCode) ?? fallback));
}

/** Reported platforms in a stable order: the seed's five, other Linux ones after Linux's, other
 * macOS ones after macOS's, then the rest; x86_64 before arm64, then by name, within a rank. */
export function platformOrder(a: string, b: string): number {
  const rank = (p: string) => {
    const known = REPORTED_PLATFORMS.indexOf(p);
    return known !== -1 ? known : p.startsWith('linux') ? 2.5 : p.startsWith('darwin') ? 4.5 : 5;
  };
  const arch = (p: string) => (p.endsWith('x86_64') ? 0 : p.endsWith('arm64') ? 1 : 2);
  return rank(a) - rank(b) || arch(a) - arch(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * One platform vocabulary per report. Failure records name detailed environments
 * (linux-alpine-musl-arm64, linux-glibc-x86_64) while batch records may use coarser platforms
 * (linux-arm64): each environment is folded onto a platform the batch records use, so a
 * failure count, an insight and a pass rate on one page name the same thing — and the page can
 * say which names were folded. Pure.
 */
export class PlatformFolding {
  private readonly cache = new Map<string, string>();
  private readonly foldedNames = new Map<string, string>();

  constructor(
    /** Platforms the batch records name. */
    private readonly known: ReadonlySet<string>,
    /** The configured map (platform-map), applied first. */
    private readonly configured: (environment: string) => string = (e) => e,
  ) {}

  fold(environment: string): string {
    let platform = this.cache.get(environment);
    if (platform === undefined) {
      platform = this.resolve(environment);
      this.cache.set(environment, platform);
      if (platform !== environment) this.foldedNames.set(environment, platform);
    }
    return platform;
  }

  /** Every environment seen under another name, sorted: what the page says it folded. */
  folded(): Array<{ from: string; to: string }> {
    return [...this.foldedNames]
      .map(([from, to]) => ({ from, to }))
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  }

  private resolve(environment: string): string {
    if (this.known.has(environment)) return environment;
    const mapped = this.configured(environment);
    if (this.known.has(mapped) || this.known.size === 0) return mapped;
    // linux-<distro>-<libc>-<arch> → linux-<arch>, when that is what the records say.
    const coarse = osAndArch(mapped) ?? osAndArch(environment);
    return coarse && this.known.has(coarse) ? coarse : mapped;
  }
}

function osAndArch(name: string): string | undefined {
  const parts = name.split('-');
  return parts.length > 2 ? `${parts[0]}-${parts[parts.length - 1]}` : undefined;
}

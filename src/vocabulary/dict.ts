/**
 * Objects keyed by names that come from data (platforms, ecosystems, categories). A plain `{}`
 * treats `__proto__` as its prototype (the platform disappears) and answers `constructor` with
 * Object's own function (a count becomes NaN): these have no prototype, so every name is data.
 */
export function emptyDict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export function dictFrom<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = emptyDict<T>();
  for (const [key, value] of entries) out[key] = value;
  return out;
}

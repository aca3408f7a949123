/** Times as the history stores them (ISO 8601 UTC strings, which sort as they compare). Pure. */

/** Start (00:00 UTC) of the week holding `timestamp`, weeks starting on `day` (1 = Monday). */
export function weekStart(timestamp: string, day: number): string {
  const t = new Date(timestamp);
  const back = (t.getUTCDay() - day + 7) % 7;
  const start = Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate() - back);
  return new Date(start).toISOString().slice(0, 19) + 'Z';
}

export function hourBefore(timestamp: string): string {
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? timestamp : new Date(t - 3_600_000).toISOString().slice(0, 19) + 'Z';
}

export function hourAfter(timestamp: string): string {
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? timestamp : new Date(t + 3_600_000).toISOString().slice(0, 19) + 'Z';
}

export const minTime = (times: string[]): string | undefined =>
  times.reduce<string | undefined>((a, b) => (a === undefined || b < a ? b : a), undefined);

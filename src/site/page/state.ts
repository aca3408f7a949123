/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The page's state: the data (data.js), the view — ecosystem, platforms, time range, search,
 * the two compared batches, kept in the URL's hash so a view can be linked — and what is drawn
 * (the chart instances, each section's table and download, for the page and its tests).
 */
import type uPlot from 'uplot';
import { DATA_GLOBAL, type SiteData } from '../model.js';

export const data = (window as unknown as Record<string, SiteData>)[DATA_GLOBAL]!;
export const ALL = '*';
export const DAY = 86_400;
export const WEEK = 7 * DAY;

export interface State {
  ecosystem: string;
  /** null: every platform */
  platforms: string[] | null;
  /** Epoch seconds, inclusive; undefined: open. */
  from?: number;
  to?: number;
  search: string;
  diffA?: string;
  diffB?: string;
}

export function isoDay(t: number): string {
  return new Date(t * 1000).toISOString().slice(0, 10);
}
export const isoTime = (t: number): string => new Date(t * 1000).toISOString().slice(0, 19) + 'Z';
export function epochOf(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

export const state: State = readHash();
export const charts: Record<string, uPlot> = {};
export const downloads: Record<string, () => Array<Record<string, unknown>>> = {};
export const tables: Record<string, () => HTMLTableElement | HTMLElement> = {};
(window as unknown as Record<string, unknown>).ciLedgerDashboard = { charts, state };

/** Whether a point — a moment, or a bucket of `span` seconds from t (a day, a week) — overlaps the range. */
export const inRange = (t: number, span = 1): boolean =>
  (state.from === undefined || t + span - 1 >= state.from) &&
  (state.to === undefined || t <= state.to);

export function readHash(): State {
  const p = new URLSearchParams(location.hash.slice(1));
  const day = (v: string | null, end: boolean) => {
    if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
    const t = epochOf(`${v}T00:00:00Z`);
    return Number.isNaN(t) ? undefined : end ? t + DAY - 1 : t;
  };
  return {
    ecosystem: p.get('ecosystem') ?? ALL,
    platforms: p.has('platforms') ? p.get('platforms')!.split(',').filter(Boolean) : null,
    from: day(p.get('from'), false),
    to: day(p.get('to'), true),
    search: p.get('q') ?? '',
    diffA: p.get('a') ?? undefined,
    diffB: p.get('b') ?? undefined,
  };
}

export function writeHash(): void {
  const p = new URLSearchParams();
  if (state.ecosystem !== ALL) p.set('ecosystem', state.ecosystem);
  if (state.platforms) p.set('platforms', state.platforms.join(','));
  if (state.from !== undefined) p.set('from', isoDay(state.from));
  if (state.to !== undefined) p.set('to', isoDay(state.to));
  if (state.search) p.set('q', state.search);
  if (state.diffA) p.set('a', state.diffA);
  if (state.diffB) p.set('b', state.diffB);
  const hash = p.toString();
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}

let changed: () => void = () => {};
/** What runs when the view changes (the page redraws): set once by app.ts. */
export function onChange(redraw: () => void): void {
  changed = redraw;
}

export function setRange(from: number | undefined, to: number | undefined): void {
  state.from = from;
  state.to = to;
  changed();
}

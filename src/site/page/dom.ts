/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/** Building the page: elements, formats, colours, tables and downloads. */
import { downloads, tables } from './state.js';

export const $ = <T extends HTMLElement = HTMLElement>(id: string): T | null =>
  document.getElementById(id) as T | null;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

export const pct = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`;

export function duration(s: number | null): string {
  if (s === null) return '—';
  if (s < 60) return `${Math.round(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${Math.round(s % 60)}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}

/** Colour-blind-safe palette (Okabe–Ito, then Tableau), readable on light and dark. */
export const PALETTE = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#a08c00',
  '#9467bd',
  '#8c564b',
  '#7f7f7f',
];
export const colourOf = (names: string[], name: string): string =>
  PALETTE[Math.max(0, names.indexOf(name)) % PALETTE.length]!;

export function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

export function table(
  caption: string,
  head: string[],
  rows: Array<Array<string | number>>,
): HTMLTableElement {
  const t = el('table', {}, el('caption', {}, caption));
  t.append(el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))));
  const body = el('tbody');
  for (const r of rows)
    body.append(
      el(
        'tr',
        {},
        ...r.map((c, i) =>
          i === 0 ? el('th', { scope: 'row' }, String(c)) : el('td', {}, String(c)),
        ),
      ),
    );
  t.append(body);
  return t;
}

/** Fills a section's table when it is opened (long histories: no DOM for unopened tables). */
export function refreshTable(section: string): void {
  const details = $<HTMLDetailsElement>(`${section}-numbers`);
  const make = tables[section];
  if (!details || !make || !details.open) return;
  details.querySelector('.table-wrap')!.replaceChildren(make());
}

export function csvOf(rows: Array<Record<string, unknown>>): string {
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return (
    [cols.join(','), ...rows.map((r) => cols.map((c) => cell(r[c])).join(','))].join('\n') + '\n'
  );
}

export function download(section: string, format: string): void {
  const rows = downloads[section]?.() ?? [];
  const text = format === 'csv' ? csvOf(rows) : JSON.stringify(rows, null, 2) + '\n';
  const blob = new Blob([text], { type: format === 'csv' ? 'text/csv' : 'application/json' });
  const a = el('a', { href: URL.createObjectURL(blob), download: `${section}.${format}` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

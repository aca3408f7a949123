/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The dashboard page: reads the aggregated data (data.js), and draws it — filtered by
 * ecosystem, platform and time range (kept in the URL's hash, so a view can be linked). It
 * computes no figure of its own: it selects, slices to the time range, and draws what the
 * site builder computed with the history and timing modules. Bundled with uPlot by
 * scripts/build.mjs; opened from file:// or GitHub Pages with no network.
 *
 * Every chart element carries what it drew (data-series, data-points: points per series in
 * view) for the browser tests and for anyone inspecting the page.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './app.css';
import {
  DATA_GLOBAL,
  type BatchesData,
  type SiteBatch,
  type SiteData,
  type TimingPhase,
} from '../model.js';

const data = (window as unknown as Record<string, SiteData>)[DATA_GLOBAL]!;
const ALL = '*';
const DAY = 86_400;

interface State {
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

const state: State = readHash();
const charts: Record<string, uPlot> = {};
const downloads: Record<string, () => Array<Record<string, unknown>>> = {};
const tables: Record<string, () => HTMLTableElement | HTMLElement> = {};
(window as unknown as Record<string, unknown>).ciLedgerDashboard = { charts, state };

// ---------- helpers ----------

const $ = <T extends HTMLElement = HTMLElement>(id: string): T | null =>
  document.getElementById(id) as T | null;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

function isoDay(t: number): string {
  return new Date(t * 1000).toISOString().slice(0, 10);
}
const isoTime = (t: number): string => new Date(t * 1000).toISOString().slice(0, 19) + 'Z';
const pct = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`;
/** Whether a point — a moment, or a bucket of `span` seconds from t (a day, a week) — overlaps the range. */
const inRange = (t: number, span = 1): boolean =>
  (state.from === undefined || t + span - 1 >= state.from) &&
  (state.to === undefined || t <= state.to);
const WEEK = 7 * 86_400;
function epochOf(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

function duration(s: number | null): string {
  if (s === null) return '—';
  if (s < 60) return `${Math.round(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${Math.round(s % 60)}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}

/** Colour-blind-safe palette (Okabe–Ito, then Tableau), readable on light and dark. */
const PALETTE = [
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
const colourOf = (names: string[], name: string): string =>
  PALETTE[Math.max(0, names.indexOf(name)) % PALETTE.length]!;

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

// ---------- the URL ----------

function readHash(): State {
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

function writeHash(): void {
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

// ---------- charts ----------

interface SeriesSpec {
  label: string;
  values: Array<number | null>;
  colour: string;
  /** Marks only, no line (failed runs). */
  pointsOnly?: boolean;
  /** Larger ringed marks (regressions). */
  ring?: boolean;
  dash?: number[];
  bars?: boolean;
}

/** Draws (or redraws) one chart; its element records what it drew. */
function drawChart(
  id: string,
  host: HTMLElement,
  title: string,
  x: number[],
  series: SeriesSpec[],
  opts: {
    yLabel: string;
    yMax?: number;
    format?: (v: number) => string;
    extraLine?: number;
    /** Consecutive points further apart than this are not joined (nothing recorded between). */
    gapSeconds?: number;
    /** Tick steps of the y axis (durations: whole minutes and hours). */
    yIncrs?: number[];
    /** Seconds each point covers (a week's bucket): it is in view if it overlaps the range. */
    span?: number;
  },
): void {
  charts[id]?.destroy();
  delete charts[id];
  let box = document.getElementById(`chart-${id}`);
  if (!box) {
    box = el('figure', { id: `chart-${id}`, class: 'chart' });
    host.append(box);
  }
  box.replaceChildren();
  // Slice to the time range: what is drawn is what the table and the downloads hold.
  const keep = x.map((t) => inRange(t, opts.span));
  const xs = x.filter((_, i) => keep[i]);
  const ys = series.map((s) => s.values.filter((_, i) => keep[i]));
  const points: Record<string, number> = {};
  series.forEach((s, i) => (points[s.label] = ys[i]!.filter((v) => v !== null).length));
  box.dataset.series = String(series.length);
  box.dataset.points = JSON.stringify(points);
  box.dataset.x = String(xs.length);
  // A break in the line where nothing was recorded for longer than gapSeconds.
  const gapAfter = new Set<number>();
  if (opts.gapSeconds !== undefined)
    for (let i = 1; i < xs.length; i++)
      if (xs[i]! - xs[i - 1]! > opts.gapSeconds) gapAfter.add(i - 1);
  const caption = el('figcaption', {}, title);
  box.append(caption);
  if (xs.length === 0) {
    box.append(el('p', { class: 'empty' }, 'Nothing recorded in this time range.'));
    return;
  }
  const plot = el('div', {
    role: 'img',
    'aria-label': `${title}: chart; the numbers are in the table below`,
  });
  box.append(plot);
  const fg = cssVar('--fg') || '#222';
  const grid = cssVar('--grid') || '#ddd';
  const axis = { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
  const width = Math.max(320, Math.min(host.clientWidth || 900, 1100));
  const format = opts.format ?? ((v: number) => String(v));
  const u = new uPlot(
    {
      width,
      height: 260,
      cursor: { drag: { x: true, y: false, setScale: false } },
      scales: { x: { time: true }, y: opts.yMax !== undefined ? { range: [0, opts.yMax] } : {} },
      axes: [
        { ...axis },
        {
          ...axis,
          label: opts.yLabel,
          values: (_u, vals) => vals.map((v) => format(v)),
          size: 80,
          ...(opts.yIncrs ? { incrs: opts.yIncrs } : {}),
        },
      ],
      legend: { live: true },
      series: [
        { label: 'time', value: (_u, v) => (v === null ? '—' : isoTime(v)) },
        ...series.map((s): uPlot.Series => ({
          label: s.label,
          stroke: s.colour,
          width: s.pointsOnly ? 0 : 2,
          dash: s.dash,
          fill: s.bars ? `${s.colour}88` : undefined,
          paths: s.pointsOnly
            ? () => null
            : s.bars
              ? uPlot.paths.bars!({ size: [0.6, 40] })
              : undefined,
          points: {
            show: s.pointsOnly || xs.length < 80 ? true : undefined,
            size: s.ring ? 12 : s.pointsOnly ? 8 : 5,
            stroke: s.colour,
            fill: s.ring ? 'transparent' : s.colour,
            width: s.ring ? 2.5 : 1,
          },
          value: (_u, v) => (v === null ? '—' : format(v)),
          spanGaps: false,
        })),
      ],
      hooks: {
        setSelect: [
          (chart) => {
            if (chart.select.width < 2) return;
            const from = chart.posToVal(chart.select.left, 'x');
            const to = chart.posToVal(chart.select.left + chart.select.width, 'x');
            chart.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
            setRange(Math.floor(from), Math.ceil(to));
          },
        ],
        draw:
          opts.extraLine === undefined
            ? []
            : [
                (chart) => {
                  // The budget as a horizontal rule.
                  const ctx = chart.ctx;
                  const y = chart.valToPos(opts.extraLine!, 'y', true);
                  ctx.save();
                  ctx.strokeStyle = cssVar('--bad') || '#c00';
                  ctx.setLineDash([6, 4]);
                  ctx.lineWidth = 2;
                  ctx.beginPath();
                  ctx.moveTo(chart.bbox.left, y);
                  ctx.lineTo(chart.bbox.left + chart.bbox.width, y);
                  ctx.stroke();
                  ctx.restore();
                },
              ],
      },
    },
    withGaps(xs, ys, gapAfter) as uPlot.AlignedData,
    plot,
  );
  plot.addEventListener('dblclick', () => setRange(undefined, undefined));
  charts[id] = u;
  markFirstChart();
}

/** Inserts a null point just after each index in gapAfter, so the line breaks there. */
function withGaps(xs: number[], ys: Array<Array<number | null>>, gapAfter: Set<number>) {
  if (gapAfter.size === 0) return [xs, ...ys];
  const x: number[] = [];
  const y: Array<Array<number | null>> = ys.map(() => []);
  xs.forEach((t, i) => {
    x.push(t);
    ys.forEach((s, k) => y[k]!.push(s[i]!));
    if (gapAfter.has(i)) {
      x.push(t + 1);
      ys.forEach((_, k) => y[k]!.push(null));
    }
  });
  return [x, ...y];
}

let firstChartMarked = false;
function markFirstChart(): void {
  if (firstChartMarked) return;
  firstChartMarked = true;
  performance.mark('ci-ledger:first-chart');
  document.documentElement.dataset.firstChart = String(Math.round(performance.now()));
}

function setRange(from: number | undefined, to: number | undefined): void {
  state.from = from;
  state.to = to;
  renderAll();
}

// ---------- tables and downloads ----------

function table(
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
function refreshTable(section: string): void {
  const details = $<HTMLDetailsElement>(`${section}-numbers`);
  const make = tables[section];
  if (!details || !make || !details.open) return;
  details.querySelector('.table-wrap')!.replaceChildren(make());
}

function csvOf(rows: Array<Record<string, unknown>>): string {
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return (
    [cols.join(','), ...rows.map((r) => cols.map((c) => cell(r[c])).join(','))].join('\n') + '\n'
  );
}

function download(section: string, format: string): void {
  const rows = downloads[section]?.() ?? [];
  const text = format === 'csv' ? csvOf(rows) : JSON.stringify(rows, null, 2) + '\n';
  const blob = new Blob([text], { type: format === 'csv' ? 'text/csv' : 'application/json' });
  const a = el('a', { href: URL.createObjectURL(blob), download: `${section}.${format}` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

// ---------- batch sections ----------

function selectedPlatforms(b: BatchesData): string[] {
  return state.platforms ? b.platforms.filter((p) => state.platforms!.includes(p)) : b.platforms;
}

function renderPassRate(b: BatchesData): void {
  const view = b.passRate[state.ecosystem] ?? b.passRate[ALL];
  const host = $('pass-rate-charts')!;
  const platforms = selectedPlatforms(b).filter((p) => view?.series[p]);
  if (!view) return;
  drawChart(
    'pass-rate',
    host,
    `Pass rate per platform${state.ecosystem === ALL ? '' : ` (${state.ecosystem})`}`,
    view.x,
    platforms.map((p) => ({
      label: p,
      values: view.series[p]!.rate.map((r) => (r === null ? null : Math.round(r * 1000) / 10)),
      colour: colourOf(b.platforms, p),
    })),
    { yLabel: 'pass rate %', yMax: 100, format: (v) => `${v}%`, gapSeconds: 7 * DAY, span: DAY },
  );
  const rows = () =>
    view.x.flatMap((t, i) =>
      !inRange(t, DAY)
        ? []
        : platforms
            .filter((p) => view.series[p]!.rate[i] !== null)
            .map((p) => ({
              day: isoDay(t),
              platform: p,
              passed: view.series[p]!.passed[i],
              tested: view.series[p]!.tested[i],
              pass_rate: view.series[p]!.rate[i],
            })),
    );
  downloads['pass-rate'] = rows;
  tables['pass-rate'] = () =>
    table(
      'Pass rate per platform and day',
      ['Day', 'Platform', 'Passed', 'Tested', 'Pass rate'],
      rows().map((r) => [r.day, r.platform, r.passed!, r.tested!, pct(r.pass_rate)]),
    );
}

function renderCategories(b: BatchesData): void {
  const perPlatform = b.categories[state.ecosystem] ?? b.categories[ALL] ?? {};
  const host = $('categories-charts')!;
  const platforms = selectedPlatforms(b).filter((p) => perPlatform[p]);
  // Charts of platforms no longer shown go.
  for (const fig of [...host.querySelectorAll('figure')])
    if (!platforms.some((p) => fig.id === `chart-categories-${p}`)) {
      charts[fig.id.slice('chart-'.length)]?.destroy();
      delete charts[fig.id.slice('chart-'.length)];
      fig.remove();
    }
  const allCategories = [
    ...new Set(Object.values(perPlatform).flatMap((v) => Object.keys(v.series))),
  ].sort();
  for (const p of platforms) {
    const v = perPlatform[p]!;
    drawChart(
      `categories-${p}`,
      host,
      `Failure categories on ${p}`,
      v.x,
      Object.entries(v.series).map(([c, values]) => ({
        label: c,
        values,
        colour: colourOf(allCategories, c),
      })),
      { yLabel: 'failures / week', gapSeconds: 21 * DAY, span: WEEK },
    );
  }
  const rows = () =>
    platforms.flatMap((p) => {
      const v = perPlatform[p]!;
      return v.x.flatMap((t, i) =>
        !inRange(t, WEEK)
          ? []
          : Object.entries(v.series)
              .filter(([, values]) => values[i]! > 0)
              .map(([category, values]) => ({
                week: isoDay(t),
                platform: p,
                category,
                failures: values[i],
              })),
      );
    });
  downloads.categories = rows;
  tables.categories = () =>
    table(
      'Failure records per week, platform and category',
      ['Week of', 'Platform', 'Category', 'Failures'],
      rows().map((r) => [r.week, r.platform, r.category, r.failures!]),
    );
}

function renderMatrix(b: BatchesData): void {
  const host = $('matrix-charts')!;
  const m = b.matrix;
  const eco = m.ecosystems.filter((e) => state.ecosystem === ALL || e === state.ecosystem);
  const platforms = m.platforms.filter((p) => selectedPlatforms(b).includes(p));
  const t = el(
    'table',
    { class: 'heat', id: 'chart-matrix' },
    el('caption', {}, 'Failure rate (tests failed / run), ecosystem × platform'),
  );
  t.append(
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, 'Ecosystem'),
        ...platforms.map((p) => el('th', { scope: 'col' }, p)),
      ),
    ),
  );
  const body = el('tbody');
  let cells = 0;
  for (const e of eco) {
    const row = m.cells[m.ecosystems.indexOf(e)]!;
    const tr = el('tr', {}, el('th', { scope: 'row' }, e));
    for (const p of platforms) {
      const c = row[m.platforms.indexOf(p)];
      const td = el('td', {}, c ? pct(c.failureRate) : '—');
      if (c && c.failureRate !== null) {
        cells++;
        td.style.setProperty('--heat', String(c.failureRate));
        td.classList.add('cell');
        if (c.failureRate >= 0.5) td.classList.add('hot');
        td.title = `${c.failed} failed of ${c.tested} tests over ${c.batches} batches`;
        td.dataset.failureRate = String(c.failureRate);
      }
      tr.append(td);
    }
    body.append(tr);
  }
  t.append(body);
  t.dataset.series = String(eco.length);
  t.dataset.points = String(cells);
  host.replaceChildren(t);
  const rows = () =>
    eco.flatMap((e) =>
      platforms.flatMap((p) => {
        const c = m.cells[m.ecosystems.indexOf(e)]![m.platforms.indexOf(p)];
        return c
          ? [
              {
                ecosystem: e,
                platform: p,
                batches: c.batches,
                tested: c.tested,
                failed: c.failed,
                failure_rate: c.failureRate,
              },
            ]
          : [];
      }),
    );
  downloads.matrix = rows;
  tables.matrix = () =>
    table(
      'Failure rate per ecosystem and platform',
      ['Ecosystem', 'Platform', 'Batches', 'Tested', 'Failed', 'Failure rate'],
      rows().map((r) => [
        r.ecosystem,
        r.platform,
        r.batches,
        r.tested,
        r.failed,
        pct(r.failure_rate),
      ]),
    );
}

function renderMacos(b: BatchesData): void {
  const host = $('macos-charts')!;
  const m = b.macos;
  const c = m.current;
  const currentAt = c ? epochOf(c.weekStart) : undefined;
  // This week: what is used so far, and where its burn projects it.
  const projection = m.x.map((t) => (t === currentAt ? c!.projectedMinutes : null));
  drawChart(
    'macos',
    host,
    `macOS runner minutes per week (budget ${m.budget})`,
    m.x,
    [
      {
        label: 'minutes used',
        values: m.minutes.map((v, i) => (m.without[i] === m.batches[i] ? null : v)),
        colour: PALETTE[0]!,
        bars: true,
      },
      {
        label: "this week's projection",
        values: projection,
        colour: PALETTE[5]!,
        pointsOnly: true,
        ring: true,
      },
    ],
    { yLabel: 'minutes', extraLine: m.budget, span: WEEK },
  );
  let note = $('macos-note');
  if (!note) {
    note = el('p', { id: 'macos-note', class: 'note' });
    host.after(note);
  }
  const unknown = m.without.reduce((a, b) => a + b, 0);
  const last = m.x.length - 1;
  note.textContent =
    (c
      ? `Week of ${c.weekStart.slice(0, 10)}: ${c.usedMinutes} min used, ${c.burnPerDay} min/day, projected ${c.projectedMinutes} of ${m.budget} min${c.overBudget ? ' — over budget' : ''}` +
        (last >= 0 && m.without[last]! > 0
          ? ` (${m.without[last]} of its ${m.batches[last]} batches carry no macOS minutes)`
          : '') +
        '. '
      : '') +
    (unknown > 0
      ? `${unknown} batch record(s) in all carry no macOS minutes; weeks where none does are left out of the chart.`
      : '');
  note.classList.toggle('bad', !!c?.overBudget);
  const rows = () =>
    m.x.flatMap((t, i) =>
      inRange(t, WEEK)
        ? [
            {
              week: isoDay(t),
              minutes: m.minutes[i],
              batches: m.batches[i],
              batches_without_minutes: m.without[i],
              budget: m.budget,
              projected: projection[i],
            },
          ]
        : [],
    );
  downloads.macos = rows;
  tables.macos = () =>
    table(
      'macOS minutes per week',
      ['Week of', 'Minutes', 'Batches', 'Batches without minutes', 'Budget', 'Projected'],
      rows().map((r) => [
        r.week,
        r.minutes!,
        r.batches!,
        r.batches_without_minutes!,
        r.budget,
        r.projected ?? '',
      ]),
    );
}

function visibleBatches(b: BatchesData): SiteBatch[] {
  return b.latest.filter(
    (x) =>
      (state.ecosystem === ALL || x.ecosystem === state.ecosystem) && inRange(epochOf(x.timestamp)),
  );
}

const failureText = (f: SiteBatch['failures'][number]) =>
  `${f.recipe} ${f.platform} ${f.environment ?? ''} ${f.category}`.toLowerCase();

const batchKey = (x: SiteBatch) => `${x.batchId}@${x.timestamp}`;

function renderLatest(b: BatchesData): void {
  const host = $('latest-charts')!;
  const q = state.search.trim().toLowerCase();
  const platforms = selectedPlatforms(b);
  const list = visibleBatches(b);
  const matches = (x: SiteBatch) =>
    !q ||
    x.batchId.toLowerCase().includes(q) ||
    x.ecosystem.toLowerCase().includes(q) ||
    x.failures.some((f) => failureText(f).includes(q));
  const shown = list.filter(matches);
  const t = el(
    'table',
    { id: 'chart-latest', class: 'latest' },
    el(
      'caption',
      {},
      `${shown.length} of ${list.length} batches${q ? ` matching “${state.search}”` : ''}` +
        (b.idleSince > 0
          ? `; the ${b.idleSince} batch record(s) after the newest tested nothing`
          : ''),
    ),
  );
  t.append(
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, 'Batch'),
        el('th', { scope: 'col' }, 'Ecosystem'),
        el('th', { scope: 'col' }, 'Recorded'),
        ...platforms.map((p) => el('th', { scope: 'col' }, p)),
        el('th', { scope: 'col' }, 'Failing recipes'),
      ),
    ),
  );
  const body = el('tbody');
  for (const x of shown.slice(0, 200)) {
    const fails = x.failures.filter(
      (f) => platforms.includes(f.platform) || !b.platforms.includes(f.platform),
    );
    const hits = q ? fails.filter((f) => failureText(f).includes(q)) : fails;
    const cell = el('td');
    if (x.failureCount > 0) {
      const det = el(
        'details',
        {},
        el(
          'summary',
          {},
          `${x.failureCount} failure record(s)${q && hits.length !== fails.length ? `, ${hits.length} matching` : ''}`,
        ),
      );
      // The list is made when opened: a long history's page stays light.
      const fill = () => {
        if (det.querySelector('ul')) return;
        const ul = el('ul');
        for (const f of hits.slice(0, 300))
          ul.append(
            el(
              'li',
              {},
              `${f.recipe} — ${f.environment ?? f.platform} — ${f.category}${f.exitCode !== undefined ? ` (exit ${f.exitCode})` : ''}`,
            ),
          );
        if (x.failures.length < x.failureCount)
          ul.append(
            el(
              'li',
              { class: 'note' },
              `(the first ${x.failures.length} of ${x.failureCount} are listed)`,
            ),
          );
        det.append(ul);
      };
      det.addEventListener('toggle', fill);
      if (q && hits.length > 0) {
        fill();
        det.open = true;
      }
      cell.append(det);
    } else cell.append('none');
    body.append(
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, x.batchId),
        el('td', {}, x.ecosystem),
        el('td', {}, x.timestamp.replace('T', ' ').replace('Z', '')),
        ...platforms.map((p) =>
          el(
            'td',
            {},
            x.platforms[p]
              ? `${pct(x.platforms[p].rate)} (${x.platforms[p].passed}/${x.platforms[p].tested})`
              : '—',
          ),
        ),
        cell,
      ),
    );
  }
  t.append(body);
  t.dataset.series = '1';
  t.dataset.points = String(shown.length);
  host.replaceChildren(
    el(
      'div',
      { class: 'table-wrap tall', tabindex: '0', role: 'region', 'aria-label': 'Latest batches' },
      t,
    ),
  );
  const rows = () =>
    shown.flatMap((x): Array<Record<string, unknown>> =>
      x.failures.length
        ? x.failures.map((f) => ({
            batch_id: x.batchId,
            ecosystem: x.ecosystem,
            timestamp: x.timestamp,
            recipe: f.recipe,
            platform: f.platform,
            environment: f.environment ?? f.platform,
            category: f.category,
            exit_code: f.exitCode ?? null,
          }))
        : [
            {
              batch_id: x.batchId,
              ecosystem: x.ecosystem,
              timestamp: x.timestamp,
              recipe: null,
              platform: null,
              category: null,
              exit_code: null,
            },
          ],
    );
  downloads.latest = rows;
  tables.latest = () =>
    el('p', {}, 'The batches above are a table; the downloads hold one row per failure record.');
}

function renderDiff(b: BatchesData): void {
  const list = visibleBatches(b);
  const a = $<HTMLSelectElement>('diff-a')!;
  const bSel = $<HTMLSelectElement>('diff-b')!;
  const options = () =>
    list.map((x) =>
      el('option', { value: batchKey(x) }, `${x.batchId} (${x.ecosystem}, ${x.timestamp})`),
    );
  a.replaceChildren(...options());
  bSel.replaceChildren(...options());
  const newest = list[0];
  const before =
    newest && (list.find((x) => x !== newest && x.ecosystem === newest.ecosystem) ?? list[1]);
  const pick = (key: string | undefined, fallback: SiteBatch | undefined) =>
    list.find((x) => batchKey(x) === key) ?? fallback;
  const A = pick(state.diffA, before);
  const B = pick(state.diffB, newest);
  if (A) a.value = batchKey(A);
  if (B) bSel.value = batchKey(B);
  const host = $('diff-charts')!;
  if (!A || !B) {
    host.replaceChildren(el('p', { class: 'empty' }, 'Fewer than two batches in this view.'));
    downloads.diff = () => [];
    return;
  }
  const platforms = [...new Set([...Object.keys(A.platforms), ...Object.keys(B.platforms)])].filter(
    (p) => selectedPlatforms(b).includes(p),
  );
  const rate = (x: SiteBatch, p: string) => x.platforms[p]?.rate ?? null;
  const key = (f: SiteBatch['failures'][number]) => `${f.recipe}\0${f.platform}`;
  const inA = new Set(A.failures.map(key));
  const inB = new Set(B.failures.map(key));
  // One line per (recipe, platform), as the summary's "newly failing": several environments
  // folded onto one platform are one failure there.
  const unique = (fs: SiteBatch['failures']) => [...new Map(fs.map((f) => [key(f), f])).values()];
  const newly = unique(B.failures).filter((f) => !inA.has(key(f)));
  const fixed = unique(A.failures).filter((f) => !inB.has(key(f)));
  const rateRows = platforms.map((p) => {
    const ra = rate(A, p);
    const rb = rate(B, p);
    return {
      platform: p,
      from: ra,
      to: rb,
      change: ra !== null && rb !== null ? Math.round((rb - ra) * 1e4) / 1e4 : null,
    };
  });
  const t = table(
    `Pass rate: ${A.batchId} → ${B.batchId}`,
    ['Platform', A.batchId, B.batchId, 'Change'],
    rateRows.map((r) => [
      r.platform,
      pct(r.from),
      pct(r.to),
      r.change === null ? '—' : `${r.change >= 0 ? '+' : ''}${(r.change * 100).toFixed(1)} pts`,
    ]),
  );
  t.id = 'chart-diff';
  t.dataset.series = '2';
  t.dataset.points = JSON.stringify({ newlyFailing: newly.length, fixed: fixed.length });
  const truncated = A.failures.length < A.failureCount || B.failures.length < B.failureCount;
  const list2 = (title: string, items: typeof newly) =>
    el(
      'div',
      {},
      el('h3', {}, `${title} (${items.length})`),
      items.length
        ? el(
            'ul',
            {},
            ...items
              .slice(0, 300)
              .map((f) => el('li', {}, `${f.recipe} — ${f.platform} — ${f.category}`)),
          )
        : el('p', {}, 'none'),
    );
  host.replaceChildren(
    t,
    list2('Newly failing', newly),
    list2('Fixed', fixed),
    ...(truncated
      ? [
          el(
            'p',
            { class: 'note' },
            'Only the listed failure records of each batch are compared (a batch with more lists the first ones).',
          ),
        ]
      : []),
  );
  downloads.diff = () => [
    ...rateRows.map((r) => ({
      kind: 'pass_rate',
      platform: r.platform,
      from: r.from,
      to: r.to,
      change: r.change,
      recipe: null,
    })),
    ...newly.map((f) => ({
      kind: 'newly_failing',
      platform: f.platform,
      recipe: f.recipe,
      category: f.category,
    })),
    ...fixed.map((f) => ({
      kind: 'fixed',
      platform: f.platform,
      recipe: f.recipe,
      category: f.category,
    })),
  ];
  tables.diff = () => el('p', {}, 'The comparison above is a table.');
}

// ---------- build timings ----------

function renderTimings(): void {
  const timings = data.timings!;
  const host = $('timings-charts')!;
  for (const p of timings.phases) drawPhase(host, p);
  const rows = () =>
    timings.phases.flatMap((p) =>
      p.points
        .filter((r) => inRange(r.t))
        .map((r) => ({
          env: p.env,
          phase: p.phase,
          start: isoTime(r.t),
          build_id: r.buildId,
          kind: r.kind,
          duration_seconds: r.seconds,
          exit_code: r.exitCode,
          succeeded: r.ok,
          regression_ratio: r.regression ?? null,
        })),
    );
  downloads.timings = rows;
  tables.timings = () =>
    el(
      'div',
      {},
      table(
        'Per env and phase (whole history): runs, success rate, p50 and p95 of the successful runs',
        ['Env / phase', 'Runs', 'Success rate', 'p50', 'p95', 'Regressions'],
        timings.phases.map((p) => [
          `${p.env} ${p.phase}`,
          p.runs,
          pct(p.successRate),
          duration(p.medianSeconds),
          duration(p.p95Seconds),
          p.points.filter((r) => r.regression !== undefined).length,
        ]),
      ),
      table(
        'Every run in the time range',
        ['Start', 'Env / phase', 'Build', 'Kind', 'Duration', 'Exit code', 'Regression'],
        rows().map((r) => [
          r.start,
          `${r.env} ${r.phase}`,
          r.build_id,
          r.kind,
          duration(r.duration_seconds),
          r.exit_code,
          r.regression_ratio === null ? '' : `${r.regression_ratio}× the median before`,
        ]),
      ),
    );
}

function drawPhase(host: HTMLElement, p: TimingPhase): void {
  const id = `timings-${p.env}-${p.phase}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const x = p.points.map((r) => r.t);
  const ok = (kind: string) =>
    p.points.map((r) => (r.ok && r.kind === kind && r.seconds !== null ? r.seconds : null));
  const series: SeriesSpec[] = [];
  const kinds = [...new Set(p.points.map((r) => r.kind))].sort().reverse(); // persistent first
  for (const kind of kinds)
    if (p.points.some((r) => r.ok && r.kind === kind))
      series.push({
        label: `${kind} (succeeded)`,
        values: ok(kind),
        colour: kind === 'persistent' ? PALETTE[0]! : PALETTE[2]!,
        dash: kind === 'persistent' ? undefined : [5, 3],
      });
  // Failed runs as marks off the line, per kind when the phase has both.
  const failedKinds = [...new Set(p.points.filter((r) => !r.ok).map((r) => r.kind))]
    .sort()
    .reverse();
  for (const kind of failedKinds)
    series.push({
      label: failedKinds.length > 1 || kinds.length > 1 ? `${kind} (failed)` : 'failed',
      values: p.points.map((r) => (!r.ok && r.kind === kind ? (r.seconds ?? 0) : null)),
      colour: kind === 'persistent' ? PALETTE[5]! : PALETTE[1]!,
      pointsOnly: true,
    });
  if (p.points.some((r) => r.regression !== undefined))
    series.push({
      label: 'regression',
      values: p.points.map((r) => (r.regression !== undefined ? r.seconds : null)),
      colour: PALETTE[3]!,
      pointsOnly: true,
      ring: true,
    });
  drawChart(
    id,
    host,
    `${p.env} ${p.phase}: ${p.runs} runs, success ${pct(p.successRate)}, p50 ${duration(p.medianSeconds)}, p95 ${duration(p.p95Seconds)}`,
    x,
    series,
    {
      yLabel: 'duration',
      format: (v) => duration(v),
      yIncrs: [1, 5, 10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 28800, 86400],
    },
  );
}

// ---------- controls ----------

function setupControls(): void {
  const b = data.batches;
  const eco = $<HTMLSelectElement>('f-ecosystem')!;
  const box = $('f-platforms')!;
  if (b) {
    eco.replaceChildren(
      el('option', { value: ALL }, 'All ecosystems'),
      ...b.ecosystems.filter((e) => b.passRate[e]).map((e) => el('option', { value: e }, e)),
    );
    eco.value = b.passRate[state.ecosystem] ? state.ecosystem : ALL;
    state.ecosystem = eco.value;
    eco.addEventListener('change', () => {
      state.ecosystem = eco.value;
      state.diffA = state.diffB = undefined;
      renderAll();
    });
    for (const p of b.platforms) {
      const id = `f-platform-${p}`;
      const input = el('input', { type: 'checkbox', id, value: p });
      input.checked = !state.platforms || state.platforms.includes(p);
      input.addEventListener('change', () => {
        const on = [...box.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
        state.platforms = on.length === b.platforms.length ? null : on;
        renderAll();
      });
      const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = colourOf(b.platforms, p);
      box.append(el('span', { class: 'check' }, input, ' ', el('label', { for: id }, swatch, p)));
    }
    const search = $<HTMLInputElement>('latest-search')!;
    search.value = state.search;
    search.addEventListener('input', () => {
      state.search = search.value;
      writeHash();
      renderLatest(b);
    });
    const onPick = () => {
      state.diffA = $<HTMLSelectElement>('diff-a')!.value;
      state.diffB = $<HTMLSelectElement>('diff-b')!.value;
      writeHash();
      renderDiff(b);
    };
    $('diff-a')!.addEventListener('change', onPick);
    $('diff-b')!.addEventListener('change', onPick);
  } else {
    eco.closest('.filter')?.remove();
    box.remove();
  }
  const from = $<HTMLInputElement>('f-from')!;
  const to = $<HTMLInputElement>('f-to')!;
  const onDates = () => {
    const f = from.value ? epochOf(`${from.value}T00:00:00Z`) : undefined;
    const t = to.value ? epochOf(`${to.value}T00:00:00Z`) + DAY - 1 : undefined;
    setRange(f, t);
  };
  from.addEventListener('change', onDates);
  to.addEventListener('change', onDates);
  $('f-reset')!.addEventListener('click', () => setRange(undefined, undefined));
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-download]'))
    button.addEventListener('click', () =>
      download(button.dataset.download!, button.dataset.format!),
    );
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details.numbers'))
    details.addEventListener('toggle', () => refreshTable(details.id.replace(/-numbers$/, '')));
  const toc = $('toc')!;
  toc.append(
    el(
      'ul',
      {},
      ...[...document.querySelectorAll('section.panel h2')].map((h) =>
        el('li', {}, el('a', { href: `#${h.id}` }, h.textContent ?? '')),
      ),
    ),
  );
  // A link to a section must not wipe the filters: section links go through scrollIntoView.
  toc.addEventListener('click', (e) => {
    const a = (e.target as HTMLElement).closest('a');
    if (!a) return;
    e.preventDefault();
    document.getElementById(a.getAttribute('href')!.slice(1))?.scrollIntoView();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => renderAll());
  let resize: number | undefined;
  addEventListener('resize', () => {
    clearTimeout(resize);
    resize = window.setTimeout(renderAll, 200);
  });
}

function syncControls(): void {
  const from = $<HTMLInputElement>('f-from')!;
  const to = $<HTMLInputElement>('f-to')!;
  from.value = state.from === undefined ? '' : isoDay(state.from);
  to.value = state.to === undefined ? '' : isoDay(state.to);
}

function renderSummary(): void {
  const parts: string[] = [];
  const b = data.batches;
  const summary = $('summary')!;
  if (b)
    parts.push(
      `${b.runs} batches${b.from ? `, ${b.from.slice(0, 10)} → ${(b.to ?? '').slice(0, 10)}` : ''}; ${b.failures} failure records`,
    );
  if (data.timings)
    parts.push(
      `${data.timings.runs} build timing runs in ${data.timings.phases.length} env/phase series`,
    );
  summary.textContent = parts.join('. ') + '. ';
  if (b && b.folded.length)
    summary.append(
      el(
        'details',
        {},
        el('summary', {}, `${b.folded.length} failure environments counted under a platform`),
        b.folded.map((f) => `${f.from} → ${f.to}`).join(', '),
      ),
    );
  $('generated')!.textContent =
    `Built by ci-ledger dashboard from ${[data.source.batches, data.source.timings].filter(Boolean).join(' and ')}` +
    (data.asOf ? `; the newest record is of ${data.asOf}.` : '.');
}

function renderAll(): void {
  writeHash();
  syncControls();
  const b = data.batches;
  if (b) {
    renderPassRate(b);
    renderCategories(b);
    renderMatrix(b);
    renderMacos(b);
    renderLatest(b);
    renderDiff(b);
  }
  if (data.timings) renderTimings();
  for (const s of Object.keys(tables)) refreshTable(s);
  // When every chart was first drawn (the benchmark reads it), then 'ready'.
  document.documentElement.dataset.readyAt ??= String(Math.round(performance.now()));
  document.documentElement.dataset.ready = 'true';
}

function start(): void {
  setupControls();
  renderSummary();
  // The first chart before anything else, so a long history shows something at once.
  writeHash();
  syncControls();
  if (data.batches) renderPassRate(data.batches);
  else if (data.timings) renderTimings();
  requestAnimationFrame(() => setTimeout(renderAll, 0));
}

start();

/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/** The batch pipeline's charts: pass rates, failure categories, the matrix, macOS minutes. */
import type { BatchesData } from '../model.js';
import { drawChart } from './chart.js';
import { $, PALETTE, colourOf, el, pct, table } from './dom.js';
import {
  ALL,
  DAY,
  WEEK,
  charts,
  downloads,
  epochOf,
  inRange,
  isoDay,
  state,
  tables,
} from './state.js';

export function selectedPlatforms(b: BatchesData): string[] {
  return state.platforms ? b.platforms.filter((p) => state.platforms!.includes(p)) : b.platforms;
}

export function renderPassRate(b: BatchesData): void {
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

export function renderCategories(b: BatchesData): void {
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

export function renderMatrix(b: BatchesData): void {
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

export function renderMacos(b: BatchesData): void {
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

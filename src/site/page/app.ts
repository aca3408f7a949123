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
import 'uplot/dist/uPlot.min.css';
import './app.css';
import { renderCategories, renderMacos, renderMatrix, renderPassRate } from './batches.js';
import { renderDiff, renderLatest } from './latest.js';
import { $, colourOf, el, download, refreshTable } from './dom.js';
import { renderTimings } from './timings.js';
import {
  ALL,
  DAY,
  data,
  epochOf,
  isoDay,
  onChange,
  setRange,
  state,
  tables,
  writeHash,
} from './state.js';

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
  onChange(renderAll);
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

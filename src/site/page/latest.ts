/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/** The latest batches (searchable, with their failing recipes) and the change between two of them. */
import type { BatchesData, SiteBatch } from '../model.js';
import { $, el, pct, table } from './dom.js';
import { selectedPlatforms } from './batches.js';
import { ALL, downloads, epochOf, inRange, state, tables } from './state.js';

export function visibleBatches(b: BatchesData): SiteBatch[] {
  return b.latest.filter(
    (x) =>
      (state.ecosystem === ALL || x.ecosystem === state.ecosystem) && inRange(epochOf(x.timestamp)),
  );
}

export const failureText = (f: SiteBatch['failures'][number]) =>
  `${f.recipe} ${f.platform} ${f.environment ?? ''} ${f.category}`.toLowerCase();

export const batchKey = (x: SiteBatch) => `${x.batchId}@${x.timestamp}`;

export function renderLatest(b: BatchesData): void {
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

export function renderDiff(b: BatchesData): void {
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

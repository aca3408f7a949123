/**
 * The site's files: index.html (the skeleton the page script fills), data.js (the aggregated
 * data, loaded as a script so the page works from file:// with no network), and the page's
 * script and styles (the chart library bundled in, no CDN). Pure.
 */
import type { SiteFile } from './files.js';
import { DATA_GLOBAL, type SiteData } from './model.js';

export interface PageAssets {
  /** The bundled page script (scripts/build.mjs: src/site/page/app.ts with uPlot). */
  js: string;
  css: string;
  /** The licenses of what the page script bundles (uPlot). */
  licenses: string;
}

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** A section with its chart area, its numbers (filled when opened) and its downloads. */
function section(id: string, title: string, intro: string, extra = ''): string {
  return `<section id="${id}" aria-labelledby="${id}-title" class="panel">
<h2 id="${id}-title">${title}</h2>
<p class="intro">${intro}</p>${extra}
<div class="charts" id="${id}-charts"></div>
<details class="numbers" id="${id}-numbers"><summary>Numbers (table)</summary><div class="table-wrap" tabindex="0" role="region" aria-label="${title}: numbers"></div></details>
<p class="downloads">Data behind this chart: <button type="button" data-download="${id}" data-format="csv">CSV</button> <button type="button" data-download="${id}" data-format="json">JSON</button></p>
</section>`;
}

export function indexHtml(data: SiteData): string {
  const title = escapeHtml(data.title);
  const batches = data.batches
    ? [
        section(
          'pass-rate',
          'Pass rate per platform',
          'Tests passed / tests run, per UTC day (every batch of the day summed). Drag across the chart to zoom to a time range; double-click to reset.',
        ),
        section(
          'categories',
          'Failure categories per platform',
          'Failure records per week, by category, one chart per platform. Records that name no ecosystem (per-recipe lines) count under every ecosystem, as in the reports.',
        ),
        section(
          'matrix',
          'Ecosystem × platform failure rate',
          'Tests failed / tests run over the whole history; darker is worse.',
        ),
        section(
          'macos',
          'macOS minutes per week',
          'Runner minutes of the darwin platforms per week, against the weekly budget; this week projected from its burn so far.',
        ),
        section(
          'latest',
          'Latest batches',
          'The latest batches that tested anything, newest first, with their failing recipes.',
          '\n<p><label for="latest-search">Search recipes, batches, platforms, categories</label> <input type="search" id="latest-search" autocomplete="off"></p>',
        ),
        section(
          'diff',
          'What changed between two batches',
          'Pick two of the latest batches: pass rate per platform, recipes newly failing and fixed.',
          '\n<p class="pickers"><label for="diff-a">From batch</label> <select id="diff-a"></select> <label for="diff-b">to batch</label> <select id="diff-b"></select></p>',
        ),
      ].join('\n')
    : '';
  const timings = data.timings
    ? section(
        'timings',
        'Build timings',
        'Duration of each run per env and phase: successful runs on the line (persistent and ephemeral builds as separate series), failed runs as marks off the line, regressions ringed, as report timings finds them: the first run of a slower level that change-point detection finds (8 or more successful runs), or a run over 1.5× the median of the successful runs before it (fewer). p50/p95 are of the successful runs.',
      )
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<link rel="stylesheet" href="assets/app.css">
</head>
<body>
<header>
<h1>${title}</h1>
<div id="summary" class="summary"></div>
</header>
<nav aria-label="Sections" id="toc"></nav>
<main>
<div id="filters" class="filters" role="group" aria-label="Filters">
<div class="filter"><label for="f-ecosystem">Ecosystem</label> <select id="f-ecosystem"></select></div>
<fieldset class="filter" id="f-platforms"><legend>Platforms</legend></fieldset>
<div class="filter"><label for="f-from">From</label> <input type="date" id="f-from"> <label for="f-to">to</label> <input type="date" id="f-to"> <button type="button" id="f-reset">Whole history</button></div>
</div>
${batches}
${timings}
</main>
<footer><p id="generated"></p><p><a href="assets/licenses.txt">Licenses of the bundled chart library</a></p></footer>
<script src="data.js"></script>
<script src="assets/app.js"></script>
</body>
</html>
`;
}

/** data.js: the data as one JSON string literal (JSON.parse is faster than a literal object). */
export function dataScript(data: SiteData): string {
  return `window.${DATA_GLOBAL} = JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
}

export function siteFiles(data: SiteData, assets: PageAssets): SiteFile[] {
  return [
    { path: 'index.html', content: indexHtml(data) },
    { path: 'data.js', content: dataScript(data) },
    { path: 'assets/app.js', content: assets.js },
    { path: 'assets/app.css', content: assets.css },
    { path: 'assets/licenses.txt', content: assets.licenses },
    // GitHub Pages would run Jekyll over the folder otherwise.
    { path: '.nojekyll', content: '' },
  ];
}

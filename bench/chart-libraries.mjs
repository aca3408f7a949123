/**
 * Which chart library the dashboard bundles, decided by measurement: uPlot, ECharts 5 and
 * Chart.js 4, each bundled by esbuild (minified) with a page drawing one line chart of S series
 * × N points (a long history), opened from file:// in headless Chromium. Reports the bundle's
 * size (minified and gzipped) and the time from navigation start to the chart drawn (median of
 * R runs). The libraries are not dependencies of ci-ledger: give a folder where they are
 * installed (`npm i --prefix DIR uplot@1 echarts@5 chart.js@4`), default $TMPDIR/chart-libs.
 *
 *   node bench/chart-libraries.mjs [--libs DIR] [--points 100000] [--series 4] [--reps 5]
 */
/* global document -- page.evaluate callbacks run in the browser */
import { Buffer } from 'node:buffer';
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';

const { values } = parseArgs({
  options: {
    libs: { type: 'string', default: join(tmpdir(), 'chart-libs') },
    points: { type: 'string', default: '100000' },
    series: { type: 'string', default: '4' },
    reps: { type: 'string', default: '5' },
  },
});
const N = Number(values.points);
const S = Number(values.series);
const REPS = Number(values.reps);

// Each page: the data generated in the page (so no file size differs), one chart, then a mark.
const data = `
const N = ${N}, S = ${S};
const x = new Array(N), ys = [];
for (let i = 0; i < N; i++) x[i] = 1.7e9 + i * 3600;
for (let s = 0; s < S; s++) { const y = new Array(N); for (let i = 0; i < N; i++) y[i] = 50 + 40 * Math.sin(i / 500 + s) ; ys.push(y); }
const done = () => { document.documentElement.dataset.drawn = String(performance.now()); };`;
const pages = {
  uPlot: `import uPlot from 'uplot'; import 'uplot/dist/uPlot.min.css'; ${data}
new uPlot({ width: 1100, height: 300, scales: { x: { time: true } }, series: [{}, ...ys.map((_, s) => ({ label: 's' + s, stroke: 'hsl(' + s * 90 + ',70%,45%)' }))] }, [x, ...ys], document.body);
done();`,
  ECharts: `import * as echarts from 'echarts'; ${data}
const el = document.createElement('div'); el.style.width = '1100px'; el.style.height = '300px'; document.body.append(el);
const chart = echarts.init(el, null, { renderer: 'canvas' });
chart.on('finished', () => { if (!document.documentElement.dataset.drawn) done(); });
chart.setOption({ animation: false, xAxis: { type: 'time' }, yAxis: { type: 'value' }, series: ys.map((y) => ({ type: 'line', showSymbol: false, sampling: 'lttb', data: x.map((t, i) => [t * 1000, y[i]]) })) });`,
  'Chart.js 4': `import { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale, Decimation } from 'chart.js'; ${data}
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Decimation);
const c = document.createElement('canvas'); c.width = 1100; c.height = 300; document.body.append(c);
new Chart(c, { type: 'line', data: { datasets: ys.map((y) => ({ data: x.map((t, i) => ({ x: t, y: y[i] })), pointRadius: 0, borderWidth: 1 })) }, options: { animation: false, responsive: false, parsing: false, normalized: true, scales: { x: { type: 'linear' } }, plugins: { decimation: { enabled: true, algorithm: 'lttb' } } } });
done();`,
};

const dir = await mkdtemp(join(tmpdir(), 'chart-libs-bench-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: 'shell',
  args: ['--no-sandbox', '--disable-gpu'],
});
const results = [];
try {
  for (const [name, source] of Object.entries(pages)) {
    const slug = name.replace(/\W+/g, '');
    await writeFile(join(dir, `${slug}.js`), source);
    await build({
      entryPoints: [join(dir, `${slug}.js`)],
      outfile: join(dir, `${slug}.bundle.js`),
      bundle: true,
      minify: true,
      format: 'iife',
      nodePaths: [join(values.libs, 'node_modules')],
      logLevel: 'error',
    });
    // The library alone: the same bundle without the page's own code is within a few hundred bytes.
    const js = await readFile(join(dir, `${slug}.bundle.js`));
    const css = await readFile(join(dir, `${slug}.bundle.css`)).catch(() => Buffer.alloc(0));
    await writeFile(
      join(dir, `${slug}.html`),
      `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="${slug}.bundle.css"><body><script src="${slug}.bundle.js"></script>`,
    );
    const times = [];
    for (let r = 0; r < REPS; r++) {
      const page = await browser.newPage();
      await page.goto(`file://${join(dir, `${slug}.html`)}`);
      await page.waitForSelector('html[data-drawn]', { timeout: 120_000 });
      times.push(Number(await page.evaluate(() => document.documentElement.dataset.drawn)));
      await page.close();
    }
    times.sort((a, b) => a - b);
    results.push({
      library: name,
      minifiedKiB: +((js.length + css.length) / 1024).toFixed(1),
      gzipKiB: +((gzipSync(js).length + gzipSync(css).length) / 1024).toFixed(1),
      firstChartMs: Math.round(times[Math.floor(times.length / 2)]),
      samplesMs: times.map(Math.round),
    });
  }
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}
console.log(`${S} series × ${N} points, median of ${REPS} (headless Chromium, file://)`);
console.table(results.map(({ samplesMs: _s, ...r }) => r));
console.log(JSON.stringify(results));

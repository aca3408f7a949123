// Dashboard benchmark: `ci-ledger dashboard` over generated histories of 1k, 10k and 100k
// batches (one every 10 minutes; 10 failure records a batch), then the site opened from file://
// in headless Chromium. Measures the build's wall time and peak RSS, the site's total size (and
// the share of the raw history it ships), and the time from navigation to the first chart drawn
// and to every chart drawn (median of --opens runs). The site opening in under 2 s at 100k
// batches is a target; the page's figures are checked against the generator's own arithmetic
// (batches per day, platforms) so a fast but wrong page fails the bench.
//
//   node bench/dashboard-bench.mjs [--sizes 1000,10000,100000] [--builds 3] [--opens 5] [--out FILE]
/* global document -- page.evaluate callbacks run in the browser */
import { spawnSync } from 'node:child_process';
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/index.js');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    builds: { type: 'string', default: '3' },
    opens: { type: 'string', default: '5' },
    out: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const builds = Number(values.builds);
const opens = Number(values.opens);
const PLATFORMS = [
  'linux-glibc-x86_64',
  'linux-glibc-arm64',
  'linux-musl-x86_64',
  'darwin-arm64',
  'darwin-x86_64',
];
const ECOSYSTEMS = ['cargo', 'npm', 'pypi', 'homebrew'];
const CATEGORIES = ['missing_dep', 'binary_incompatible', 'verify_failed', 'install_failed'];
const FAILURES_PER_BATCH = 10;
const START = Date.parse('2024-01-01T00:00:00Z');
const ts = (i) => new Date(START + i * 600_000).toISOString().slice(0, 19) + 'Z';
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function generate(dir, n) {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const write = async (file, count, line) => {
    const s = createWriteStream(file);
    for (let i = 0; i < count; i++)
      if (!s.write(line(i))) await new Promise((r) => s.once('drain', r));
    await new Promise((r) => s.end(r));
  };
  mkdirSync(join(dir, 'data/metrics'), { recursive: true });
  mkdirSync(join(dir, 'data/failures'), { recursive: true });
  await write(join(dir, 'data/metrics/batch-runs.jsonl'), n, (i) => {
    const platforms = {};
    for (const p of PLATFORMS) {
      const tested = 20 + Math.floor(rnd() * 10);
      const failed = Math.floor(rnd() * 5);
      platforms[p] = {
        tested,
        passed: tested - failed,
        failed,
        skipped: 30 - tested,
        duration_seconds: 600,
      };
    }
    return (
      JSON.stringify({
        schema_version: 1,
        batch_id: `b${i}`,
        ecosystem: ECOSYSTEMS[i % 4],
        total: 30,
        platforms,
        macos_minutes_used: 20,
        timestamp: ts(i),
      }) + '\n'
    );
  });
  await write(join(dir, 'data/failures/all.jsonl'), n * FAILURES_PER_BATCH, (j) => {
    const i = Math.floor(j / FAILURES_PER_BATCH);
    return (
      JSON.stringify({
        schema_version: 1,
        batch_id: `b${i}`,
        ecosystem: ECOSYSTEMS[i % 4],
        recipe: `recipe-${Math.floor(rnd() * 5000)}`,
        environment: PLATFORMS[Math.floor(rnd() * 5)],
        category: CATEGORIES[Math.floor(rnd() * 4)],
        timestamp: ts(i),
      }) + '\n'
    );
  });
}

function dirBytes(dir) {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) total += statSync(join(e.parentPath ?? e.path, e.name)).size;
  return total;
}

const rows = [];
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: 'shell',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'ci-ledger-dashboard-bench-'));
    try {
      await generate(join(dir, 'store'), n);
      const historyBytes = dirBytes(join(dir, 'store'));
      const times = [];
      // CPU seconds too: on a shared machine the wall time includes waiting for a core.
      const cpu = [];
      let rssKiB = 0;
      for (let b = 0; b < builds; b++) {
        rmSync(join(dir, 'site'), { recursive: true, force: true });
        const started = process.hrtime.bigint();
        const run = spawnSync(
          '/usr/bin/time',
          [
            '-f',
            '%M %U %S',
            process.execPath,
            cli,
            'dashboard',
            '--data-dir',
            join(dir, 'store'),
            '--out',
            join(dir, 'site'),
          ],
          { encoding: 'utf8' },
        );
        times.push(Number(process.hrtime.bigint() - started) / 1e9);
        if (run.status !== 0) throw new Error(`dashboard failed: ${run.stderr}`);
        const [rss, user, system] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
        rssKiB = Math.max(rssKiB, rss);
        cpu.push(user + system);
      }
      const siteBytes = dirBytes(join(dir, 'site'));
      const dataBytes = statSync(join(dir, 'site/data.js')).size;
      const first = [];
      const ready = [];
      let drawn;
      for (let o = 0; o < opens; o++) {
        const page = await browser.newPage();
        await page.setViewport({ width: 1280, height: 900 });
        await page.goto(`file://${join(dir, 'site/index.html')}`);
        await page.waitForSelector('html[data-ready]', { timeout: 60_000 });
        const marks = await page.evaluate(() => ({
          first: Number(document.documentElement.dataset.firstChart),
          ready: Number(document.documentElement.dataset.readyAt),
          points: JSON.parse(document.getElementById('chart-pass-rate').dataset.points),
          x: Number(document.getElementById('chart-pass-rate').dataset.x),
        }));
        first.push(marks.first);
        ready.push(marks.ready);
        drawn = marks;
        await page.close();
      }
      // One batch every 10 minutes: the days spanned, every platform tested every day.
      const days = new Set(Array.from({ length: n }, (_, i) => ts(i).slice(0, 10))).size;
      const correct = drawn.x === days && PLATFORMS.every((p) => drawn.points[p] === days);
      rows.push({
        batches: n,
        failures: n * FAILURES_PER_BATCH,
        historyMiB: +(historyBytes / 2 ** 20).toFixed(1),
        buildSeconds: +median(times).toFixed(2),
        buildCpuSeconds: +median(cpu).toFixed(2),
        buildRssMb: Math.round((rssKiB * 1024) / 1e6),
        siteKiB: Math.round(siteBytes / 1024),
        dataKiB: Math.round(dataBytes / 1024),
        siteShareOfHistory: +(siteBytes / historyBytes).toFixed(4),
        firstChartMs: Math.round(median(first)),
        allChartsMs: Math.round(median(ready)),
        firstChartSamplesMs: first.map(Math.round),
        pointsPerSeries: days,
        correct,
      });
      console.error(JSON.stringify(rows[rows.length - 1]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
const result = { rows };
if (values.out) writeFileSync(values.out, JSON.stringify(result, null, 2) + '\n');
else console.log(JSON.stringify(result, null, 2));
if (rows.some((r) => !r.correct)) {
  console.error('The page drew other figures than the generated history holds');
  process.exit(1);
}

/**
 * `ci-ledger dashboard` as users run it (the built CLI), its site opened from file:// in a real
 * Chromium with every network request refused: the real tsuku archive with goldenpath's build
 * timings, and a generated history whose figures follow from how it was generated. What each
 * chart drew is read back from the page (data attributes the page sets from what it handed the
 * chart library, and the uPlot instances' own data) and compared with figures computed
 * independently: for the real archive by __tests__/fixtures/real/dashboard-figures.py (Python
 * over the raw files; its output is quoted below), for the generated history by the generator's
 * own arithmetic.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { axeViolations, chartData, drawn, launchBrowser, openPage } from '../support/browser.js';
import { runCli } from '../support/cli.js';

const fixtures = new URL('../fixtures/real/', import.meta.url).pathname;
let work: string;
let browser: Browser;
/** Screenshots are kept here to be looked at (the test names the files). */
const shots = join(tmpdir(), 'ci-ledger-dashboard-shots');

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ci-ledger-dashboard-'));
  await mkdir(shots, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

/** Every file of a site folder, by its path. */
async function siteContents(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir, { recursive: true })).map(String).sort();
  const out: Record<string, string> = {};
  for (const name of names)
    if (!['assets'].includes(name)) out[name] = await readFile(join(dir, name), 'utf8');
  return out;
}

async function buildSite(dataDir: string, out: string, extra: string[] = []) {
  const run = await runCli(['dashboard', '--data-dir', dataDir, '--out', out, ...extra]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run;
}

describe('the site built from the real archive (tsuku batches, goldenpath timings)', () => {
  let site: string;
  beforeAll(async () => {
    const store = join(work, 'real');
    await mkdir(store);
    execFileSync('tar', ['-xzf', join(fixtures, 'tsuku-data.tar.gz'), '-C', store]);
    await cp(
      join(fixtures, 'goldenpath/governance-registry/environments'),
      join(store, 'environments'),
      {
        recursive: true,
      },
    );
    site = join(work, 'real-site');
    const run = await buildSite(store, site);
    expect(run.stdout).toMatch(/1710 batches, 6631 failure records/);
    expect(run.stdout).toMatch(/53 build timing runs in 7 env\/phase series/);
  });

  test('every chart drawn with the independently computed series and points, offline, no console error', async () => {
    const { page, errors, network } = await openPage(browser, `file://${site}/index.html`);
    const charts = await drawn(page);
    // dashboard-figures.py: "pass-rate points, all ecosystems ({'darwin-arm64': 19, …}, 19)"
    expect(charts['chart-pass-rate']).toEqual({
      series: 4,
      points: { 'linux-x86_64': 19, 'linux-arm64': 19, 'darwin-arm64': 19, 'darwin-x86_64': 19 },
      x: 19,
    });
    // "2026-02-19 linux-x86_64 (80, 105)": 80 passed of 105 on that day → 76.2%.
    const passRate = await chartData(page, 'pass-rate');
    const rate = passRate.series['linux-x86_64']![passRate.x.indexOf(Date.UTC(2026, 1, 19) / 1000)];
    expect(rate).toBe(76.2);
    // "category weeks per platform {'darwin-arm64': 5, 'darwin-x86_64': 4, 'linux-arm64': 7,
    // 'linux-x86_64': 20}", "categories per platform {… 2, 2, 4, 9}"
    const weeks = { 'linux-x86_64': 20, 'linux-arm64': 7, 'darwin-arm64': 5, 'darwin-x86_64': 4 };
    const categories = {
      'linux-x86_64': 9,
      'linux-arm64': 4,
      'darwin-arm64': 2,
      'darwin-x86_64': 2,
    };
    for (const [platform, n] of Object.entries(weeks)) {
      const c = charts[`chart-categories-${platform}`]!;
      expect(c.series).toBe(categories[platform as keyof typeof categories]);
      expect(Object.values(c.points as Record<string, number>)).toEqual(Array(c.series).fill(n));
    }
    // "matrix cells 16 ecosystems 4"
    expect(charts['chart-matrix']).toEqual({ series: 4, points: 16 });
    // "macos weeks 21 weeks with minutes 0": no bar, and this week's projection.
    expect(charts['chart-macos']).toEqual({
      series: 2,
      points: { 'minutes used': 0, "this week's projection": 1 },
      x: 21,
    });
    // "tested runs 79": the latest 100 that tested anything are all of them.
    expect(charts['chart-latest']).toEqual({ series: 1, points: 79 });
    // "timings dev teardown runs 20 ok persistent 0 ok ephemeral 12 failed 8 regressions 1", …
    // (12 successful runs: change-point detection, one slower level; terraform-apply's 7: the
    // median rule's 2)
    expect(charts['chart-timings-dev-teardown']!.points).toEqual({
      'ephemeral (succeeded)': 12,
      failed: 8,
      regression: 1,
    });
    expect(charts['chart-timings-dev-terraform-apply']!.points).toEqual({
      'ephemeral (succeeded)': 7,
      failed: 2,
      regression: 2,
    });
    expect(charts['chart-timings-dev-bootstrap-persistent']!.points).toEqual({
      'persistent (succeeded)': 2,
    });
    expect(charts['chart-timings-dev-teardown-persistent']!.points).toEqual({ failed: 5 });
    expect(charts['chart-timings-dev-rds-apply']!.points).toEqual({ 'ephemeral (succeeded)': 5 });
    expect(charts['chart-timings-dev-bootstrap']!.points).toEqual({ failed: 9 });
    expect(charts['chart-timings-dev-rds-deploy']!.points).toEqual({ failed: 3 });
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await page.close();
  });

  test('filters and the time range change what is drawn and the URL; the URL opens the same view', async () => {
    const { page, errors, network } = await openPage(browser, `file://${site}/index.html`);
    await page.select('#f-ecosystem', 'npm');
    // "pass-rate points npm ({… 2 each}, 2)"
    expect((await drawn(page))['chart-pass-rate']!.points).toEqual({
      'linux-x86_64': 2,
      'linux-arm64': 2,
      'darwin-arm64': 2,
      'darwin-x86_64': 2,
    });
    expect(await page.evaluate(() => location.hash)).toBe('#ecosystem=npm');
    await page.click('#f-platform-darwin-x86_64');
    const afterUncheck = await drawn(page);
    expect(afterUncheck['chart-pass-rate']!.series).toBe(3);
    expect(afterUncheck['chart-categories-darwin-x86_64']).toBeUndefined();
    expect(await page.evaluate(() => location.hash)).toBe(
      '#ecosystem=npm&platforms=linux-x86_64%2Clinux-arm64%2Cdarwin-arm64',
    );
    // Dragging across the chart zooms every chart to that range and writes it to the URL.
    await page.select('#f-ecosystem', '*');
    const over = (await page.$('#chart-pass-rate .u-over'))!;
    const box = (await over.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.1, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, box.y + 20, { steps: 5 });
    await page.mouse.up();
    const zoomed = await drawn(page);
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toMatch(/from=2026-\d\d-\d\d&to=2026-\d\d-\d\d/);
    expect(zoomed['chart-pass-rate']!.x).toBeLessThan(19);
    expect(zoomed['chart-pass-rate']!.x).toBeGreaterThan(0);
    await page.close();
    // A linked view: "pass-rate points 2026-02-18..22 {… 5 each}"
    const linked = await openPage(
      browser,
      `file://${site}/index.html#from=2026-02-18&to=2026-02-22`,
    );
    const charts = await drawn(linked.page);
    expect(charts['chart-pass-rate']!.points).toEqual({
      'linux-x86_64': 5,
      'linux-arm64': 5,
      'darwin-arm64': 5,
      'darwin-x86_64': 5,
    });
    expect(await linked.page.$eval('#f-from', (e) => (e as HTMLInputElement).value)).toBe(
      '2026-02-18',
    );
    expect([...errors, ...linked.errors]).toEqual([]);
    expect([...network, ...linked.network]).toEqual([]);
    await linked.page.close();
  });

  test('axe-core finds no serious or critical violation, in light and in dark; screenshots taken', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, errors } = await openPage(browser, `file://${site}/index.html`, { scheme });
      // Open every table too: they are part of the page a reader uses.
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => (d.open = true)),
      );
      const violations = await axeViolations(page);
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
        [],
      );
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => (d.open = false)),
      );
      await page.screenshot({ path: join(shots, `real-${scheme}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  test('the data behind a chart downloads as CSV and JSON, one row per point drawn', async () => {
    const { page } = await openPage(browser, `file://${site}/index.html#ecosystem=npm`);
    const downloads = join(work, 'downloads');
    await mkdir(downloads, { recursive: true });
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await page.click('button[data-download="pass-rate"][data-format="csv"]');
    await page.click('button[data-download="pass-rate"][data-format="json"]');
    for (let i = 0; i < 100 && (await readdir(downloads)).length < 2; i++)
      await new Promise((r) => setTimeout(r, 100));
    const csv = (await readFile(join(downloads, 'pass-rate.csv'), 'utf8')).trim().split('\n');
    expect(csv[0]).toBe('day,platform,passed,tested,pass_rate');
    expect(csv).toHaveLength(1 + 8); // npm: 2 days × 4 platforms
    const json = JSON.parse(await readFile(join(downloads, 'pass-rate.json'), 'utf8'));
    expect(json).toHaveLength(8);
    for (const row of json) expect(row.pass_rate).toBeCloseTo(row.passed / row.tested, 4);
    await page.close();
  });
});

/**
 * A generated history: ecosystems cargo (10:00) and npm (16:00) one batch a day each over 30
 * days from Monday 2026-01-05, none on days 10–14; 10 tests a platform, `passed` by a formula;
 * one failure line (with the batch id) per failed test; 5 macOS minutes a batch.
 */
const PLATFORMS = ['linux-x86_64', 'linux-arm64', 'darwin-arm64'];
const ECOSYSTEMS = ['cargo', 'npm'];
const DAYS = [...Array(30).keys()].filter((d) => d < 10 || d > 14);
const HOSTILE = '<img src=x onerror="window.__pwned=1">';
const passedOf = (day: number, p: number, e: number) => (day + 2 * p + 3 * e) % 11;
const stamp = (day: number, e: number) =>
  new Date(Date.UTC(2026, 0, 5 + day, e === 0 ? 10 : 16)).toISOString().slice(0, 19) + 'Z';

async function generateHistory(dir: string): Promise<void> {
  const metrics: string[] = [];
  const failures: Record<string, string[]> = { cargo: [], npm: [] };
  for (const day of DAYS)
    ECOSYSTEMS.forEach((ecosystem, e) => {
      const batchId = `${ecosystem}-${day}`;
      const timestamp = stamp(day, e);
      const platforms = Object.fromEntries(
        PLATFORMS.map((name, p) => {
          const passed = passedOf(day, p, e);
          for (let i = 0; i < 10 - passed; i++)
            failures[ecosystem]!.push(
              JSON.stringify({
                schema_version: 1,
                batch_id: batchId,
                ecosystem,
                recipe: day === 29 && e === 1 && i === 0 ? HOSTILE : `r${i}`,
                platform: name,
                exit_code: 6,
                category: i % 2 ? 'install_failed' : 'timeout',
                timestamp,
              }),
            );
          return [name, { tested: 10, passed, failed: 10 - passed, skipped: 0 }];
        }),
      );
      metrics.push(
        JSON.stringify({
          schema_version: 1,
          batch_id: batchId,
          ecosystem,
          total: 10,
          platforms,
          macos_minutes_used: 5,
          timestamp,
        }),
      );
    });
  await mkdir(join(dir, 'data/metrics'), { recursive: true });
  await mkdir(join(dir, 'data/failures'), { recursive: true });
  await writeFile(join(dir, 'data/metrics/batch-runs.jsonl'), metrics.join('\n') + '\n');
  for (const [e, lines] of Object.entries(failures))
    await writeFile(join(dir, `data/failures/${e}.jsonl`), lines.join('\n') + '\n');
  // Build timings: a persistent bootstrap (100, 110, 105 s, then 300 s: 2.9× the median 105 —
  // a regression — then a failure) and ephemeral infra builds (60 s each, one failed at 5 s).
  const rows = [
    ['2026-01-05T08:00:00Z', 'bootstrap-persistent', 'persistent', 100, 0],
    ['2026-01-06T08:00:00Z', 'bootstrap-persistent', 'persistent', 110, 0],
    ['2026-01-07T08:00:00Z', 'bootstrap-persistent', 'persistent', 105, 0],
    ['2026-01-08T08:00:00Z', 'bootstrap-persistent', 'persistent', 300, 0],
    ['2026-01-09T08:00:00Z', 'bootstrap-persistent', 'persistent', 20, 2],
    ['2026-01-05T09:00:00Z', 'infra', '05-01-26-01', 60, 0],
    ['2026-01-06T09:00:00Z', 'infra', '06-01-26-01', 5, 1],
    ['2026-01-07T09:00:00Z', 'infra', '07-01-26-01', 60, 0],
  ] as const;
  const csv = [
    'start_time_utc,end_time_utc,phase,env,build_id,duration_seconds,exit_code,flags,resources_added,resources_changed,resources_destroyed,log_path',
    ...rows.map(([start, phase, build, seconds, exit]) => {
      const end = new Date(Date.parse(start) + seconds * 1000).toISOString().slice(0, 19) + 'Z';
      return `${start},${end},${phase},dev,${build},${seconds},${exit},,,,,`;
    }),
  ];
  await mkdir(join(dir, 'environments/development/latest'), { recursive: true });
  await writeFile(
    join(dir, 'environments/development/latest/build_timings.csv'),
    csv.join('\n') + '\n',
  );
}

describe('the site built from a generated history', () => {
  let site: string;
  beforeAll(async () => {
    const store = join(work, 'generated');
    await generateHistory(store);
    site = join(work, 'generated-site');
    await buildSite(store, site, ['--latest', '10', '--title', 'Generated <history>']);
  });

  test('figures as generated: pass rates, categories, matrix, budget, latest, change, timings', async () => {
    const { page, errors, network } = await openPage(browser, `file://${site}/index.html`);
    const charts = await drawn(page);
    expect(charts['chart-pass-rate']).toEqual({
      series: 3,
      points: Object.fromEntries(PLATFORMS.map((p) => [p, DAYS.length])),
      // a break (a null point) after day 9: nothing recorded for 6 days
      x: DAYS.length,
    });
    // Day 20, linux-arm64 (p = 1): (passed cargo + passed npm) / 20.
    const expected = Math.round(((passedOf(20, 1, 0) + passedOf(20, 1, 1)) / 20) * 1000) / 10;
    const passRate = await chartData(page, 'pass-rate');
    const rate = passRate.series['linux-arm64']![passRate.x.indexOf(Date.UTC(2026, 0, 25) / 1000)];
    expect(rate).toBe(expected);
    // Weeks from Monday 2026-01-05: days 0–6, 7–9, 15–20, 21–27, 28–29 → 5 weeks with failures;
    // two categories on every platform.
    for (const p of PLATFORMS)
      expect(charts[`chart-categories-${p}`]).toEqual({
        series: 2,
        points: { install_failed: 5, timeout: 5 },
        x: 5,
      });
    expect(charts['chart-matrix']).toEqual({ series: 2, points: 6 });
    // macOS: 5 weeks with minutes; the week of 2026-02-02 has 4 batches (20 min) by
    // 2026-02-03T16:00, 1⅔ days in: 12 min/day, projected 84.
    expect(charts['chart-macos']!.points).toEqual({
      'minutes used': 5,
      "this week's projection": 1,
    });
    expect(await page.$eval('#macos-note', (e) => e.textContent)).toMatch(
      /^Week of 2026-02-02: 20 min used, 12 min\/day, projected 84 of 1000 min\./,
    );
    expect(charts['chart-latest']).toEqual({ series: 1, points: 10 });
    // The change: npm day 28 → npm day 29 (the newest, and the one before it of its ecosystem).
    const failing = (day: number) =>
      new Set(
        PLATFORMS.flatMap((p, i) =>
          [...Array(10 - passedOf(day, i, 1)).keys()].map(
            (k) => `${day === 29 && k === 0 ? HOSTILE : `r${k}`}@${p}`,
          ),
        ),
      );
    const [a, b] = [failing(28), failing(29)];
    expect(charts['chart-diff']!.points).toEqual({
      newlyFailing: [...b].filter((x) => !a.has(x)).length,
      fixed: [...a].filter((x) => !b.has(x)).length,
    });
    // Timings: persistent line of 4 successes, 1 failure off the line, 1 regression ringed;
    // ephemeral infra: 2 successes and a failure.
    expect(charts['chart-timings-dev-bootstrap-persistent']!.points).toEqual({
      'persistent (succeeded)': 4,
      failed: 1,
      regression: 1,
    });
    expect(charts['chart-timings-dev-infra']!.points).toEqual({
      'ephemeral (succeeded)': 2,
      failed: 1,
    });
    // Branch content is text, never markup: the hostile recipe name shows as itself.
    await page.type('#latest-search', 'onerror');
    expect(await page.$eval('#chart-latest', (e) => e.textContent)).toContain(HOSTILE);
    expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
    expect(await page.title()).toBe('Generated <history>');
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await page.close();
  });

  test('a time range inside a week keeps the bars and points of that week (buckets overlap the range)', async () => {
    // 2026-01-07 … 01-08 lies in the week of Monday 2026-01-05: one weekly point per category,
    // and the two days (days 2 and 3) of pass rates.
    const { page, errors } = await openPage(
      browser,
      `file://${site}/index.html#from=2026-01-07&to=2026-01-08`,
    );
    const charts = await drawn(page);
    expect(charts['chart-pass-rate']!.points).toEqual(
      Object.fromEntries(PLATFORMS.map((p) => [p, 2])),
    );
    expect(charts['chart-categories-linux-x86_64']!.points).toEqual({
      install_failed: 1,
      timeout: 1,
    });
    expect(charts['chart-macos']!.points).toEqual({
      'minutes used': 1,
      "this week's projection": 0,
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a folder holding other files is refused and left as it was; an earlier dashboard is replaced', async () => {
    const other = join(work, 'not-a-site');
    await mkdir(other);
    await writeFile(join(other, 'notes.txt'), 'mine');
    const run = await runCli(['dashboard', '--data-dir', join(work, 'generated'), '--out', other]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--out .*not-a-site holds files and no dashboard \(data\.js\)/);
    expect(await readdir(other)).toEqual(['notes.txt']);
    // Over the earlier build, with the same title: the same ledger gives byte-identical files
    // (no build time in them), so a publisher can tell an unchanged site.
    const before = await siteContents(site);
    await buildSite(join(work, 'generated'), site, [
      '--latest',
      '10',
      '--title',
      'Generated <history>',
    ]);
    expect((await readdir(site)).sort()).toEqual(['.nojekyll', 'assets', 'data.js', 'index.html']);
    expect(await siteContents(site)).toEqual(before);
  });
});

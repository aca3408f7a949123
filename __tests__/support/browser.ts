/**
 * The dashboard in a real browser: Debian's chromium driven by puppeteer-core. Every page is
 * opened offline — any request that is not a file:, data: or blob: URL is refused and recorded
 * — with its console errors and uncaught exceptions collected.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: 'shell',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests that would have gone to the network (refused). */
  network: string[];
}

export async function openPage(
  browser: Browser,
  url: string,
  options: { scheme?: 'light' | 'dark'; width?: number } = {},
): Promise<OpenedPage> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const network: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const u = request.url();
    if (/^(file|data|blob):/.test(u)) void request.continue();
    else {
      network.push(u);
      void request.abort();
    }
  });
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: options.scheme ?? 'light' },
  ]);
  await page.setViewport({ width: options.width ?? 1280, height: 900 });
  await page.goto(url);
  await page.waitForSelector('html[data-ready]', { timeout: 30_000 });
  return { page, errors, network };
}

/** What each chart element says it drew: series count, points per series, x values. */
export interface Drawn {
  series: number;
  points: Record<string, number> | number;
  x?: number;
}

export function drawn(page: Page): Promise<Record<string, Drawn>> {
  return page.evaluate(() => {
    const out: Record<string, { series: number; points: unknown; x?: number }> = {};
    for (const e of document.querySelectorAll<HTMLElement>('[data-series]')) {
      const points = e.dataset.points ?? '0';
      out[e.id] = {
        series: Number(e.dataset.series),
        points: JSON.parse(points) as unknown,
        ...(e.dataset.x !== undefined ? { x: Number(e.dataset.x) } : {}),
      };
    }
    return out;
  }) as Promise<Record<string, Drawn>>;
}

/** The accessibility check: axe-core run inside the page (its script injected, no network). */
export async function axeViolations(
  page: Page,
): Promise<Array<{ id: string; impact: string; help: string; nodes: string[] }>> {
  const require = createRequire(import.meta.url);
  await page.addScriptTag({
    content: await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'),
  });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            options: object,
          ) => Promise<{
            violations: Array<{
              id: string;
              impact: string;
              help: string;
              nodes: Array<{ target: unknown[] }>;
            }>;
          }>;
        };
      }
    ).axe;
    // preload: false — axe would fetch the stylesheets itself (an XHR file:// refuses); the
    // page's computed styles are what it checks contrast with anyway.
    const result = await axe.run(document, { preload: false });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
    }));
  });
}

/** A chart's own data, read from its uPlot instance: x values and each series by its label. */
export function chartData(
  page: Page,
  id: string,
): Promise<{ x: number[]; series: Record<string, Array<number | null>> }> {
  return page.evaluate((chartId) => {
    interface Chart {
      data: Array<Array<number | null>>;
      series: Array<{ label?: string }>;
    }
    const registry = (window as unknown as { ciLedgerDashboard: { charts: Record<string, Chart> } })
      .ciLedgerDashboard;
    const u = registry.charts[chartId]!;
    return {
      x: u.data[0] as number[],
      series: Object.fromEntries(u.series.slice(1).map((s, i) => [s.label ?? '', u.data[i + 1]!])),
    };
  }, id);
}

/**
 * From the history's series (history/series.ts) and the build timings (timing/report.ts) to
 * what the page draws (model.ts). Only reshaping: every figure — pass rates, category counts,
 * the matrix, the week's budget, regressions, medians — comes from the modules the summaries
 * and reports use. Pure.
 */
import type { HistorySeries } from '../history/series.js';
import { passRate } from '../history/platforms.js';
import type { TimingsReport } from '../timing/report.js';
import type { TimingRow } from '../timing/row.js';
import { buildKind, durationOf, runsOf, succeeded } from '../timing/stats.js';
import type { BatchesData, PassRateView, SiteData, TimingPhase, TimingsData } from './model.js';
import { emptyDict } from '../vocabulary/index.js';

const epoch = (iso: string): number => Math.floor(Date.parse(iso) / 1000);
const dayEpoch = (day: string): number => epoch(`${day}T00:00:00Z`);
/** Rates to 4 decimals (0.01 percentage point): the page shows one. */
const round4 = (v: number | null): number | null => (v === null ? null : Math.round(v * 1e4) / 1e4);

export function batchesData(series: HistorySeries): BatchesData {
  const passRateViews: Record<string, PassRateView> = emptyDict();
  for (const [ecosystem, s] of Object.entries(series.passRates)) {
    passRateViews[ecosystem] = {
      x: s.days.map(dayEpoch),
      series: Object.fromEntries(
        Object.entries(s.platforms).map(([platform, days]) => [
          platform,
          {
            rate: days.map((c) => (c ? round4(passRate(c.passed, c.tested)) : null)),
            tested: days.map((c) => c?.tested ?? 0),
            passed: days.map((c) => c?.passed ?? 0),
          },
        ]),
      ),
    };
  }
  const categories: BatchesData['categories'] = emptyDict();
  for (const [ecosystem, perPlatform] of Object.entries(series.categories))
    categories[ecosystem] = Object.fromEntries(
      Object.entries(perPlatform).map(([platform, c]) => [
        platform,
        { x: c.weeks.map(epoch), series: c.categories },
      ]),
    );
  const matrixEcosystems = Object.keys(series.matrix).sort();
  const matrixPlatforms = series.platforms.filter((p) =>
    matrixEcosystems.some((e) => series.matrix[e]![p]),
  );
  const weeks = series.macos.weeks;
  const current = series.macos.current;
  return {
    runs: series.runs,
    failures: series.failures,
    from: series.from,
    to: series.to,
    ecosystems: series.ecosystems,
    platforms: series.platforms,
    passRate: passRateViews,
    categories,
    matrix: {
      ecosystems: matrixEcosystems,
      platforms: matrixPlatforms,
      cells: matrixEcosystems.map((e) =>
        matrixPlatforms.map((p) => {
          const c = series.matrix[e]![p];
          return c
            ? {
                failureRate: round4(c.failureRate),
                tested: c.tested,
                failed: c.failed,
                batches: c.batches,
              }
            : null;
        }),
      ),
    },
    macos: {
      x: weeks.map((w) => epoch(w.weekStart)),
      minutes: weeks.map((w) => Math.round(w.minutes * 10) / 10),
      batches: weeks.map((w) => w.batches),
      without: weeks.map((w) => w.without),
      budget: current?.budgetMinutes ?? 0,
      current: current && {
        weekStart: current.weekStart,
        usedMinutes: current.usedMinutes,
        projectedMinutes: current.projectedMinutes,
        burnPerDay: current.burnPerDay,
        overBudget: current.overBudget,
      },
    },
    latest: series.latest.map((b) => ({
      ...b,
      platforms: Object.fromEntries(
        Object.entries(b.platforms).map(([p, c]) => [
          p,
          {
            tested: c.tested,
            passed: c.passed,
            failed: c.failed,
            rate: round4(passRate(c.passed, c.tested)),
          },
        ]),
      ),
    })),
    idleSince: series.idleSince,
    folded: series.folded,
  };
}

/**
 * Per env and phase, every run (each counted once: the report's distinct runs) with the
 * report's own figures: success rate, median and p95 of the successful runs, regressions.
 */
export function timingsData(report: TimingsReport, runs: TimingRow[]): TimingsData {
  const phases = report.phases.map((p): TimingPhase => {
    // The report's regressions: slower levels found by change-point detection, or runs judged by
    // the median rule where a phase has too few runs for it.
    const regressions = new Map<string, number>([
      ...p.changes
        .filter((c) => c.regression)
        .map((c): [string, number] => [c.start, c.meanAfterSeconds / c.meanBeforeSeconds]),
      ...p.regressions.map((r): [string, number] => [r.start, r.ratio]),
    ]);
    return {
      env: p.env,
      phase: p.phase,
      runs: p.runs,
      successes: p.successes,
      successRate: p.successRate,
      medianSeconds: p.medianSeconds ?? null,
      p95Seconds: p.p95Seconds ?? null,
      regressionRule: p.regressionRule,
      points: runsOf(runs, p.env, p.phase).map((row) => {
        const ratio = regressions.get(row.start_time_utc);
        return {
          t: epoch(row.start_time_utc),
          seconds: durationOf(row) ?? null,
          ok: succeeded(row),
          exitCode: row.exit_code,
          buildId: row.build_id,
          kind: buildKind(row),
          ...(ratio !== undefined ? { regression: Math.round(ratio * 100) / 100 } : {}),
        };
      }),
    };
  });
  return { runs: report.runs, phases };
}

const newest = (times: Array<string | undefined>): string | undefined =>
  times.reduce<string | undefined>(
    (a, t) => (t !== undefined && (a === undefined || t > a) ? t : a),
    undefined,
  );

/**
 * The site holds no build time, only the newest record's: the same ledger gives the same files,
 * so publishing an unchanged site can be recognised (and make no commit).
 */
export function siteData(parts: {
  title: string;
  source: SiteData['source'];
  batches?: HistorySeries;
  timings?: { report: TimingsReport; runs: TimingRow[] };
}): SiteData {
  return {
    title: parts.title,
    asOf: newest([parts.batches?.to, ...(parts.timings?.runs.map((r) => r.start_time_utc) ?? [])]),
    source: parts.source,
    ...(parts.batches ? { batches: batchesData(parts.batches) } : {}),
    ...(parts.timings ? { timings: timingsData(parts.timings.report, parts.timings.runs) } : {}),
  };
}

/**
 * What `ci-ledger report` prints, and what the engine answers to the shipped Grafana
 * dashboard's queries (examples/grafana/ci-ledger.json) for the same window: the export tests
 * compare the two. A window of whole-second record times [from, to] is the range
 * `to − from + 999 ms` evaluated at to + 0.999 s (Prometheus 2 ranges hold both ends).
 */
import { readFileSync } from 'node:fs';
import { runCli, repoRoot } from './cli.js';
import type { Prometheus } from './prometheus.js';

interface Dashboard {
  panels: Array<{ title: string; targets: Array<{ refId: string; expr: string }> }>;
}
export const dashboard = JSON.parse(
  readFileSync(`${repoRoot}/examples/grafana/ci-ledger.json`, 'utf8'),
) as Dashboard;

/** A panel's query by the start of its title and its refId. */
export function panelQuery(title: string, refId = 'A'): string {
  const panel = dashboard.panels.find((p) => p.title.startsWith(title));
  const expr = panel?.targets.find((t) => t.refId === refId)?.expr;
  if (!expr) throw new Error(`no panel "${title}" ${refId} in the dashboard`);
  return expr;
}

export function windowOf(from: string, to: string): { range: string; at: string } {
  const start = Date.parse(from);
  const end = Date.parse(to);
  return { range: `${end - start + 999}ms`, at: `@ ${(end + 999) / 1000}` };
}

/** The dashboard's expression as Grafana would send it for that window and those variables. */
export function expand(
  expr: string,
  window: { range: string; at: string },
  vars: Record<string, string> = {},
): string {
  let out = expr.replaceAll('$__range', window.range);
  for (const name of ['ecosystem', 'env', 'phase'])
    out = out.replaceAll(`$${name}`, vars[name] ?? '.*');
  return out.replace(/\]/g, `] ${window.at}`);
}

export async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const run = await runCli(args, { env });
  if (run.code !== 0) throw new Error(`ci-ledger ${args.join(' ')}: ${run.code}\n${run.stderr}`);
  return run.stdout;
}

const byLabel = (rows: Array<{ metric: Record<string, string>; value: number }>, label: string) =>
  Object.fromEntries(rows.map((r) => [r.metric[label]!, r.value]));

/** `report --last N` per platform, and the dashboard's pass-rate panel over its window. */
export async function passRates(prom: Prometheus, store: string[], last: number) {
  const report = JSON.parse(
    await cli(['report', '--last', String(last), '--format', 'json', ...store]),
  ) as {
    window: { from: string; to: string; batches: number };
    platforms: Record<string, { tested: number; passed: number; passRate: number | null }>;
  };
  const window = windowOf(report.window.from, report.window.to);
  const engine = byLabel(
    await prom.query(expand(panelQuery('Pass rate per platform (dashboard range)'), window)),
    'platform',
  );
  const tested = byLabel(
    await prom.query(expand(panelQuery('Recipes per platform', 'A'), window)),
    'platform',
  );
  return { report, engine, tested };
}

export function sameRates(
  platforms: Record<string, { passRate: number | null }>,
  engine: Record<string, number>,
): Record<string, number | null> {
  // 0 / 0 is NaN in PromQL, null (nothing tested) in the report.
  return Object.fromEntries(
    Object.keys(engine)
      .sort()
      .map((p) => [p, Number.isNaN(engine[p]) ? null : engine[p]!]),
  );
}

export interface PhaseFigures {
  env: string;
  phase: string;
  runs: number;
  successes: number;
  successRate: number;
  medianSeconds?: number;
  p95Seconds?: number;
}

/**
 * `report timings --last N` per phase, and the dashboard's phase panels over each phase's
 * window (its last N runs by start, from `starts`, the distinct start times per env/phase).
 */
export async function phaseFigures(
  prom: Prometheus,
  store: string[],
  last: number,
  starts: Map<string, string[]>,
) {
  const report = JSON.parse(
    await cli(['report', 'timings', '--last', String(last), '--format', 'json', ...store]),
  ) as { phases: PhaseFigures[] };
  const engine: PhaseFigures[] = [];
  for (const p of report.phases) {
    const all = [...new Set(starts.get(`${p.env}/${p.phase}`) ?? [])].sort();
    const kept = last > 0 ? all.slice(-last) : all;
    const window = windowOf(kept[0]!, kept[kept.length - 1]!);
    const vars = { env: p.env, phase: p.phase };
    const one = async (title: string, refId = 'A') =>
      (await prom.query(expand(panelQuery(title, refId), window, vars)))[0]?.value;
    const byResult = await prom.query(expand(panelQuery('Phase runs by result'), window, vars));
    const runs = byResult.reduce((n, r) => n + r.value, 0);
    const successes = byResult
      .filter((r) => r.metric.cicd_pipeline_result === 'success')
      .reduce((n, r) => n + r.value, 0);
    engine.push({
      env: p.env,
      phase: p.phase,
      runs,
      successes,
      // The panel's ratio; absent (no successful run) is 0 %.
      successRate: (await one('Phase success rate')) ?? 0,
      medianSeconds: await one('Phase duration', 'A'),
      p95Seconds: await one('Phase duration', 'B'),
    });
  }
  const pick = ({
    env,
    phase,
    runs,
    successes,
    successRate,
    medianSeconds,
    p95Seconds,
  }: PhaseFigures) => ({
    env,
    phase,
    runs,
    successes,
    successRate,
    medianSeconds,
    p95Seconds,
  });
  return { report: report.phases.map(pick), engine };
}

/** `report --last N`'s failure categories per platform, and the dashboard's failures panel. */
export async function failureCategories(prom: Prometheus, store: string[], last: number) {
  const report = JSON.parse(
    await cli(['report', '--last', String(last), '--format', 'json', ...store]),
  ) as {
    window: { from: string; to: string };
    categories: Record<string, Array<{ category: string; count: number }>>;
  };
  const window = windowOf(report.window.from, report.window.to);
  const engine: Record<string, Record<string, number>> = {};
  for (const r of await prom.query(expand(panelQuery('Failures by category'), window)))
    (engine[r.metric.platform!] ??= {})[r.metric.error_type!] = r.value;
  const expected: Record<string, Record<string, number>> = {};
  for (const [platform, counts] of Object.entries(report.categories))
    expected[platform] = Object.fromEntries(counts.map((c) => [c.category, c.count]));
  return { report: expected, engine };
}

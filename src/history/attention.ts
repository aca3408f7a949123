/**
 * What an operator must act on, decided once from a HistoryReport so that the job summary, the
 * report and (later) the dashboard lead with the same things: the focus batch's status and the
 * alerts behind it. Renderers word them. Pure.
 */
import type { HistoryReport } from './model.js';
import type { PassRateChange } from './pass-rate-changes.js';

export type Alert =
  | {
      kind: 'breach';
      platform: string;
      passed: number;
      tested: number;
      passRate: number;
      minPassRate: number;
    }
  | { kind: 'over-budget'; projected: number; budget: number; weekStart: string }
  | { kind: 'idle'; batches: number; since?: string }
  | { kind: 'nothing-tested' }
  | { kind: 'missing-platform'; platform: string; previousBatchId: string }
  | { kind: 'minutes-unknown'; without: number; batches: number; weekStart: string }
  | { kind: 'falling'; platform: string; from: number; to: number; batches: number }
  | ({ kind: 'pass-rate-drop' } & PassRateChange);

export interface Attention {
  /** failing: a breach or the budget; warning: anything else worth a look; ok: nothing. */
  status: 'ok' | 'warning' | 'failing';
  alerts: Alert[];
  /** Platforms of the focus batch below min-pass-rate. */
  breaches: string[];
}

const rate = (c: { passed: number; tested: number }) => (c.tested > 0 ? c.passed / c.tested : null);

export function attentionOf(r: HistoryReport, minPassRate?: number): Attention {
  const alerts: Alert[] = [];
  const focus = r.focus;
  const breaches: string[] = [];
  if (focus && minPassRate !== undefined) {
    for (const [platform, c] of Object.entries(focus.platforms)) {
      const passRate = rate(c);
      if (passRate !== null && passRate < minPassRate) {
        breaches.push(platform);
        alerts.push({
          kind: 'breach',
          platform,
          passed: c.passed,
          tested: c.tested,
          passRate,
          minPassRate,
        });
      }
    }
  }
  if (r.macos?.overBudget)
    alerts.push({
      kind: 'over-budget',
      projected: r.macos.projectedMinutes,
      budget: r.macos.budgetMinutes,
      weekStart: r.macos.weekStart,
    });
  const focusTested = focus && Object.values(focus.platforms).some((c) => c.tested > 0);
  if (r.idle.batches > 0)
    alerts.push({ kind: 'idle', batches: r.idle.batches, since: r.idle.since });
  else if (focus && !focusTested) alerts.push({ kind: 'nothing-tested' });
  for (const platform of r.focusDetail?.missingPlatforms ?? [])
    alerts.push({
      kind: 'missing-platform',
      platform,
      previousBatchId: r.focusDetail!.previous!.batchId,
    });
  const darwinTested =
    focus &&
    Object.entries(focus.platforms).some(([n, c]) => n.startsWith('darwin-') && c.tested > 0);
  if (r.macos && darwinTested && r.macos.batchesWithoutMinutes > 0)
    alerts.push({
      kind: 'minutes-unknown',
      without: r.macos.batchesWithoutMinutes,
      batches: r.macos.batches,
      weekStart: r.macos.weekStart,
    });
  // A fall change-point detection found (the platform's level dropped and held); the halves rule
  // only for platforms with too few batches to test.
  for (const c of r.insights.passRateChanges.changes)
    if (c.falling) alerts.push({ kind: 'pass-rate-drop', ...c });
  for (const f of r.insights.falling) alerts.push({ kind: 'falling', ...f });
  const failing = alerts.some((a) => a.kind === 'breach' || a.kind === 'over-budget');
  return { status: failing ? 'failing' : alerts.length ? 'warning' : 'ok', alerts, breaches };
}

/** Passed/tested summed over a batch's platforms, and its pass rate. */
export function batchPassRate(platforms: Record<string, { passed: number; tested: number }>): {
  passed: number;
  tested: number;
  rate: number | null;
} {
  let passed = 0;
  let tested = 0;
  for (const c of Object.values(platforms)) {
    passed += c.passed;
    tested += c.tested;
  }
  return { passed, tested, rate: tested > 0 ? passed / tested : null };
}

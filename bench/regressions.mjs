/**
 * Regression detectors on synthetic series with known changes (issue 15): change-point detection
 * (what the reports use), ci-ledger's former rule (a run over 1.5× the median of the runs before
 * it) and benchmark-action's (a run over 200 % of the previous one), side by side on the same
 * series. Seeded: the same series every run.
 *
 * The series are durations (higher is worse) with multiplicative log-normal noise whose
 * coefficient of variation is the noise level (5, 10, 20, 30 %), at each level:
 *   step       60 runs, the level rises by 5, 10, 20, 30 or 50 % at a run drawn from 20…40
 *   drift      80 runs, the level rises linearly by 40 % from run 20 to run 50
 *   outlier    60 runs, flat, one run at 2× or 3× at run 30: not a change
 *   stationary 200 runs, flat: false alarms per 1,000 runs
 *
 * A detection is the run a rule flags (change-point detection: the first run of a new, higher
 * level; run over the whole series, as `report timings` does). It matches a true change when it
 * lies from 2 runs before to 5 runs after a step (change-point detection may place a change a
 * run early in noise; a run-by-run rule needs the first slow run), or from a drift's start to 5
 * runs after its end. Each true change is matched by the first detection in its window; every
 * other detection is a false positive (an alert that is not a new change — one rule firing on
 * every slow run after a step raises one true alert and then false ones). Precision = TP/(TP+FP),
 * recall = TP/changes, F1 their harmonic mean, over every series of a noise level.
 *
 * Run alone: node bench/regressions.mjs [--reps N] [--seed N]; or as a section of bench/run.mjs.
 */
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** mulberry32: a small seeded generator, so every run draws the same series. */
function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    const u = next() || Number.MIN_VALUE;
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  return { next, normal, int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)) };
}

/** Log-normal noise with mean 1 and the given coefficient of variation. */
function noisy(rng, level, cv) {
  const s = Math.sqrt(Math.log(1 + cv * cv));
  return level * Math.exp(s * rng.normal() - (s * s) / 2);
}

const BASE = 600; // seconds; the scale cancels out of every rule

export const NOISE_LEVELS = [0.05, 0.1, 0.2, 0.3];
export const STEPS = [0.05, 0.1, 0.2, 0.3, 0.5];

/** Every series of one noise level, with its true changes ({ from, to }: the window a detection may fall in). */
function seriesOf(rng, cv, reps) {
  const out = [];
  for (const step of STEPS)
    for (let r = 0; r < reps; r++) {
      const at = rng.int(20, 40);
      const values = Array.from({ length: 60 }, (_, i) =>
        noisy(rng, BASE * (i >= at ? 1 + step : 1), cv),
      );
      out.push({ kind: `step +${step * 100}%`, values, changes: [{ from: at - 2, to: at + 5 }] });
    }
  for (let r = 0; r < reps; r++) {
    const values = Array.from({ length: 80 }, (_, i) => {
      const rise = 0.4 * Math.min(1, Math.max(0, (i - 20) / 30));
      return noisy(rng, BASE * (1 + rise), cv);
    });
    out.push({ kind: 'drift +40% over 30', values, changes: [{ from: 20, to: 55 }] });
  }
  for (let r = 0; r < reps; r++) {
    const values = Array.from({ length: 60 }, () => noisy(rng, BASE, cv));
    values[30] = BASE * (r % 2 ? 3 : 2);
    out.push({ kind: 'outlier', values, changes: [] });
  }
  for (let r = 0; r < reps; r++) {
    const values = Array.from({ length: 200 }, () => noisy(rng, BASE, cv));
    out.push({ kind: 'stationary', values, changes: [] });
  }
  return out;
}

/** The three rules: each returns the indexes of the runs it flags as regressions. */
function rulesOf(lib) {
  return {
    'change-point detection': (values) =>
      lib
        .changePoints(values)
        .filter((c) => c.meanAfter > c.meanBefore)
        .map((c) => c.index),
    [`${lib.REGRESSION_FACTOR}× median of earlier runs`]: (values) =>
      values.flatMap((v, i) =>
        i > 0 && v > lib.REGRESSION_FACTOR * lib.quantile(values.slice(0, i), 0.5) ? [i] : [],
      ),
    'previous run at 200 %': (values) =>
      values.flatMap((v, i) => (i > 0 && v > 2 * values[i - 1] ? [i] : [])),
  };
}

/** True and false positives of one rule on one series. */
function score(detections, changes) {
  const matched = new Set();
  let tp = 0;
  let fp = 0;
  for (const d of detections) {
    const c = changes.findIndex((w, i) => !matched.has(i) && d >= w.from && d <= w.to);
    if (c >= 0) {
      matched.add(c);
      tp++;
    } else fp++;
  }
  return { tp, fp };
}

async function loadRules() {
  const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-bench-rules-'));
  const file = join(dir, 'rules.mjs');
  await build({
    entryPoints: [join(root, 'bench/regression-rules.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: file,
    logLevel: 'warning',
  });
  const lib = await import(pathToFileURL(file).href);
  await rm(dir, { recursive: true, force: true });
  return lib;
}

export async function regressionBench({ reps = 40, seed = 15 } = {}) {
  const lib = await loadRules();
  const rules = rulesOf(lib);
  const rows = [];
  for (const cv of NOISE_LEVELS) {
    const rng = generator(seed * 1000 + Math.round(cv * 100));
    const all = seriesOf(rng, cv, reps);
    for (const [rule, detect] of Object.entries(rules)) {
      const totals = { tp: 0, fp: 0, changes: 0, stationaryPoints: 0, stationaryAlarms: 0 };
      const byKind = {};
      for (const s of all) {
        const found = detect(s.values);
        const { tp, fp } = score(found, s.changes);
        totals.tp += tp;
        totals.fp += fp;
        totals.changes += s.changes.length;
        const k = (byKind[s.kind] ??= { series: 0, changes: 0, tp: 0, fp: 0 });
        k.series++;
        k.changes += s.changes.length;
        k.tp += tp;
        k.fp += fp;
        if (s.kind === 'stationary') {
          totals.stationaryPoints += s.values.length;
          totals.stationaryAlarms += found.length;
        }
      }
      const precision = totals.tp + totals.fp ? totals.tp / (totals.tp + totals.fp) : 1;
      const recall = totals.tp / totals.changes;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      rows.push({
        noise: cv,
        rule,
        precision,
        recall,
        f1,
        falseAlarmsPer1000: (1000 * totals.stationaryAlarms) / totals.stationaryPoints,
        ...totals,
        byKind,
      });
    }
  }
  const cpd = rows.filter((r) => r.rule === 'change-point detection');
  const verdict = {
    beatsBothOnF1AtEveryNoiseLevel: cpd.every((c) =>
      rows.filter((r) => r.noise === c.noise && r !== c).every((r) => c.f1 > r.f1),
    ),
    atMostOneFalseAlarmPer1000: cpd.every((c) => c.falseAlarmsPer1000 <= 1),
  };
  return { reps, seed, defaults: lib.CHANGE_POINT_DEFAULTS, rows, verdict };
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;

/** The result as table rows: noise, rule, precision, recall, F1, false alarms per 1,000. */
export function regressionTableRows(result) {
  return result.rows.map((r) => [
    pct(r.noise),
    r.rule,
    pct(r.precision),
    pct(r.recall),
    r.f1.toFixed(3),
    r.falseAlarmsPer1000.toFixed(2),
    `${r.tp}/${r.changes}`,
    String(r.fp),
  ]);
}

export const REGRESSION_TABLE_HEADERS = [
  'noise (CV)',
  'rule',
  'precision',
  'recall',
  'F1',
  'false alarms / 1,000 stationary runs',
  'changes found',
  'false positives',
];

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const result = await regressionBench({ reps: arg('reps', 40), seed: arg('seed', 15) });
  console.log(REGRESSION_TABLE_HEADERS.join(' | '));
  for (const row of regressionTableRows(result)) console.log(row.join(' | '));
  for (const r of result.rows.filter((x) => x.rule === 'change-point detection'))
    console.log(
      pct(r.noise),
      Object.entries(r.byKind)
        .map(([k, v]) => `${k}: ${v.tp}/${v.changes} fp ${v.fp}`)
        .join('; '),
    );
  console.log(JSON.stringify(result.verdict));
}

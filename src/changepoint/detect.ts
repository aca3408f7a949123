/**
 * Change-point detection: windowed E-Divisive means with a Student's t significance test, the
 * method of Apache Otava (formerly DataStax's Hunter; Fleming et al., "Hunter: Using Change Point
 * Detection to Hunt for Performance Regressions", ICPE 2023), itself the E-Divisive of Matteson &
 * James (2014) that MongoDB's CI runs with a permutation test. Pure: numbers in, change points out;
 * deterministic (no permutations, so no random numbers).
 *
 * Two steps, as in Otava's `compute_change_points`:
 * 1. Split: slide a window of `windowLength` points (half a window at a time) over the series; in
 *    each window, split recursively at the point that maximises the E-Divisive divergence Q̂
 *    while the split is significant at a relaxed p-value (10× `maxPValue`): "weak" change points.
 * 2. Merge: over the whole series, drop the weakest change point (highest p-value of the t-test
 *    between the segments either side of it, or when all pass, the smallest magnitude under
 *    `minMagnitude`) and re-test its neighbours, until every one left is significant and large.
 *
 * One addition of ours: `minSegment`, a change point must have at least that many points on each
 * side. One slow run among steady ones is an outlier, not a change: with the default 3 it takes
 * three runs at a new level to call it one. `minSegment: 1` and `otavaMerge: true` give Otava's
 * results exactly (its published Tigerbeetle example is reproduced in the tests).
 */
import { jStat } from 'jstat';

export interface ChangePointOptions {
  /** Points per window of the split step (Otava: 30 in Hunter's defaults, 50 in Otava's CLI). */
  windowLength: number;
  /** Largest p-value of a change point kept. */
  maxPValue: number;
  /** Smallest relative change kept: max(|after/before − 1|, |before/after − 1|). */
  minMagnitude: number;
  /** Fewest points either side of a change point. */
  minSegment: number;
  /**
   * Reproduce Otava's merge step exactly, including its re-testing of the wrong neighbour (see
   * merge()): only to check this implementation against Otava's published results.
   */
  otavaMerge?: boolean;
}

export const CHANGE_POINT_DEFAULTS: ChangePointOptions = {
  windowLength: 30,
  maxPValue: 0.001,
  minMagnitude: 0.05,
  minSegment: 3,
};

export interface ChangePoint {
  /** Index of the first point of the new level (the series' first point can never be one). */
  index: number;
  /** Mean of the segment before (from the previous change point) and after (to the next). */
  meanBefore: number;
  meanAfter: number;
  stddevBefore: number;
  stddevAfter: number;
  /** Points in the segments before and after. */
  pointsBefore: number;
  pointsAfter: number;
  /** after / before − 1 (0 when the mean before is 0). */
  relativeChange: number;
  /** max(|after/before − 1|, |before/after − 1|): Otava's magnitude, what minMagnitude bounds. */
  magnitude: number;
  /** Two-sided p-value of Student's t-test (pooled variance) between the two segments. */
  pValue: number;
}

/** Change points of a series, oldest first. */
export function changePoints(
  series: readonly number[],
  options: Partial<ChangePointOptions> = {},
): ChangePoint[] {
  const o = { ...CHANGE_POINT_DEFAULTS, ...options };
  if (!(o.windowLength >= 2)) throw new RangeError('windowLength must be at least 2');
  if (series.some((v) => !Number.isFinite(v)))
    throw new RangeError('a series to test for change points holds only finite numbers');
  // Otava's first-pass threshold for the weak change points.
  const firstPass =
    o.maxPValue < 0.05 ? o.maxPValue * 10 : o.maxPValue < 0.5 ? o.maxPValue * 2 : o.maxPValue;
  const weak = split(series, o.windowLength, firstPass);
  return merge(weak, series, o);
}

// ---- the t-test ------------------------------------------------------------------------------

interface SegmentStats {
  mean: number;
  stddev: number;
  n: number;
}

type Segments = (from: number, to: number) => SegmentStats;

/** Mean and standard deviation of a slice, in two passes: for the short windows of the split step. */
function twoPass(series: readonly number[]): Segments {
  return (from, to) => {
    const n = to - from;
    let sum = 0;
    for (let i = from; i < to; i++) sum += series[i]!;
    const mean = sum / n;
    let squares = 0;
    for (let i = from; i < to; i++) squares += (series[i]! - mean) ** 2;
    // numpy's np.std (ddof 0), which Otava passes to scipy as the standard deviation.
    return { mean, stddev: n >= 2 ? Math.sqrt(squares / n) : 0, n };
  };
}

/**
 * The same from prefix sums, O(1) a slice: the merge step re-tests segments as long as the whole
 * series (100,000 batches), once per dropped point. Values are shifted by the series' mean first,
 * so that the sum of squares does not cancel.
 */
function prefixSums(series: readonly number[]): Segments {
  const shift = series.reduce((a, b) => a + b, 0) / Math.max(1, series.length);
  const sums = new Float64Array(series.length + 1);
  const squares = new Float64Array(series.length + 1);
  series.forEach((v, i) => {
    sums[i + 1] = sums[i]! + (v - shift);
    squares[i + 1] = squares[i]! + (v - shift) ** 2;
  });
  return (from, to) => {
    const n = to - from;
    const mean = (sums[to]! - sums[from]!) / n;
    const variance = Math.max(0, (squares[to]! - squares[from]!) / n - mean ** 2);
    return { mean: mean + shift, stddev: n >= 2 ? Math.sqrt(variance) : 0, n };
  };
}

/**
 * scipy's ttest_ind_from_stats(equal_var=True), two-sided. A zero pooled variance with different
 * means is certain (p 0); with equal means there is no difference to test (p 1, where scipy says NaN).
 */
function tTest(a: SegmentStats, b: SegmentStats): number {
  if (a.n + b.n <= 2) return 1;
  const df = a.n + b.n - 2;
  const pooled = ((a.n - 1) * a.stddev ** 2 + (b.n - 1) * b.stddev ** 2) / df;
  const denominator = Math.sqrt(pooled * (1 / a.n + 1 / b.n));
  const difference = a.mean - b.mean;
  if (denominator === 0) return difference === 0 ? 1 : 0;
  // Two-sided p of Student's t: I_{df/(df+t²)}(df/2, 1/2), without the cancellation of 1 − CDF.
  const t = difference / denominator;
  return Math.min(1, jStat.ibeta(df / (df + t * t), df / 2, 0.5));
}

/** The change point at `index` between the segments [from, index) and [index, to). */
function measure(segments: Segments, from: number, index: number, to: number): ChangePoint {
  const before = segments(from, index);
  const after = segments(index, to);
  const forward = before.mean === 0 ? 0 : after.mean / before.mean - 1;
  const backward = after.mean === 0 ? 0 : before.mean / after.mean - 1;
  return {
    index,
    meanBefore: before.mean,
    meanAfter: after.mean,
    stddevBefore: before.stddev,
    stddevAfter: after.stddev,
    pointsBefore: before.n,
    pointsAfter: after.n,
    relativeChange: forward,
    magnitude: Math.max(Math.abs(forward), Math.abs(backward)),
    pValue: tTest(before, after),
  };
}

/** Each change point measured against its neighbours (sorted by index). */
function remeasure(segments: Segments, length: number, indexes: readonly number[]): ChangePoint[] {
  return indexes.map((index, i) =>
    measure(segments, i === 0 ? 0 : indexes[i - 1]!, index, indexes[i + 1] ?? length),
  );
}

// ---- E-Divisive: the candidate of a segment --------------------------------------------------

/**
 * The split of `window[from, to)` that maximises Q̂(X, Y) = 2/(n+m)·Σ|X−Y| − 2m/((n+m)(n−1))·Σ|X−X'|
 * − 2n/((n+m)(m−1))·Σ|Y−Y'| (α = 1) over X = [from, τ), Y = [τ, κ), from < τ < κ ≤ to.
 * Block sums of the distance matrix come from its 2-D prefix sums, so a segment costs O(L²).
 * Ties go to the first (τ, then κ), as numpy's argmax does in Otava.
 */
function candidate(
  prefix: Float64Array,
  size: number,
  from: number,
  to: number,
): { index: number; qhat: number } {
  const block = (r0: number, r1: number, c0: number, c1: number) =>
    prefix[r1 * (size + 1) + c1]! -
    prefix[r0 * (size + 1) + c1]! -
    prefix[r1 * (size + 1) + c0]! +
    prefix[r0 * (size + 1) + c0]!;
  let best = { index: from + 1, qhat: -Infinity };
  for (let tau = from + 1; tau < to; tau++) {
    const n = tau - from;
    const within = block(from, tau, from, tau) / 2;
    // Otava's Q matrix holds 0 where κ ≤ τ; scanning them keeps its argmax on ties exactly.
    if (tau > from + 1 && best.qhat < 0) best = { index: tau, qhat: 0 };
    for (let kappa = tau + 1; kappa <= to; kappa++) {
      const m = kappa - tau;
      const between = block(from, tau, tau, kappa);
      const withinY = block(tau, kappa, tau, kappa) / 2;
      const q =
        (2 / (n + m)) * between -
        (n > 1 ? ((2 * m) / ((n + m) * (n - 1))) * within : 0) -
        (m > 1 ? ((2 * n) / ((n + m) * (m - 1))) * withinY : 0);
      if (q > best.qhat) best = { index: tau, qhat: q };
    }
  }
  return best;
}

/** Prefix sums P[r][c] = Σ_{i<r, j<c} |x_i − x_j| of one window. */
function distancePrefix(window: readonly number[], scratch: Float64Array): Float64Array {
  const size = window.length;
  // One buffer for every window of a series (a long series has thousands): row and column 0 are zeros.
  const prefix = scratch.length >= (size + 1) ** 2 ? scratch : new Float64Array((size + 1) ** 2);
  for (let i = 0; i <= size; i++) prefix[i] = prefix[i * (size + 1)] = 0;
  for (let r = 1; r <= size; r++) {
    let row = 0;
    for (let c = 1; c <= size; c++) {
      row += Math.abs(window[r - 1]! - window[c - 1]!);
      prefix[r * (size + 1) + c] = prefix[(r - 1) * (size + 1) + c]! + row;
    }
  }
  return prefix;
}

/** Otava's ChangePointDetector.get_change_points on one window: recursive division while significant. */
function divide(window: readonly number[], maxPValue: number, scratch: Float64Array): number[] {
  const prefix = distancePrefix(window, scratch);
  const segments = twoPass(window);
  const found: number[] = [];
  for (;;) {
    const bounds = [0, ...found, window.length];
    let best: { index: number; qhat: number; from: number; to: number } | undefined;
    for (let i = 0; i + 1 < bounds.length; i++) {
      const from = bounds[i]!;
      const to = bounds[i + 1]!;
      if (to - from < 2) continue;
      const c = candidate(prefix, window.length, from, to);
      if (!best || c.qhat > best.qhat) best = { ...c, from, to };
    }
    if (!best) break;
    if (measure(segments, best.from, best.index, best.to).pValue > maxPValue) break;
    found.push(best.index);
    found.sort((a, b) => a - b);
  }
  return found;
}

/** Otava's split step: weak change points from overlapping windows. */
function split(series: readonly number[], windowLength: number, maxPValue: number): number[] {
  const step = Math.floor(windowLength / 2);
  const found = new Set<number>();
  const scratch = new Float64Array((Math.min(windowLength, series.length) + 1) ** 2);
  let start = 0;
  while (start < series.length) {
    const end = Math.min(start + windowLength, series.length);
    const inWindow = divide(series.slice(start, end), maxPValue, scratch).map((i) => i + start);
    for (const i of inWindow) found.add(i);
    start = Math.max(inWindow.length ? inWindow[inWindow.length - 1]! : 0, start + step);
  }
  return [...found].sort((a, b) => a - b);
}

/** Otava's merge step (plus minSegment): drop the weakest until all that are left hold. */
function merge(indexes: number[], series: readonly number[], o: ChangePointOptions): ChangePoint[] {
  const segments = prefixSums(series);
  const points = remeasure(segments, series.length, indexes);
  while (points.length > 0) {
    // Too short a segment first (the shortest), then the least significant, then the smallest.
    const short = (p: ChangePoint) => Math.min(p.pointsBefore, p.pointsAfter);
    let weakest = points.reduce((w, p) => (short(p) < short(w) ? p : w));
    if (short(weakest) >= o.minSegment) {
      weakest = points.reduce((w, p) => (p.pValue > w.pValue ? p : w));
      if (weakest.pValue < o.maxPValue) {
        weakest = points.reduce((w, p) => (p.magnitude < w.magnitude ? p : w));
        if (weakest.magnitude > o.minMagnitude) break;
      }
    }
    const at = points.indexOf(weakest);
    points.splice(at, 1);
    // Dropping a point changes the segments of both its neighbours (at − 1 and at, once it is gone).
    // Otava re-tests at and at + 1 instead and keeps the left neighbour's stale figures.
    for (const i of o.otavaMerge ? [at, at + 1] : [at - 1, at]) {
      if (i < 0 || i >= points.length) continue;
      const from = i === 0 ? 0 : points[i - 1]!.index;
      const to = points[i + 1]?.index ?? series.length;
      points[i] = measure(segments, from, points[i]!.index, to);
    }
  }
  // The figures reported, in two passes (prefix sums leave rounding in the last digits).
  return remeasure(
    twoPass(series),
    series.length,
    points.map((p) => p.index),
  );
}

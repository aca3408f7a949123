/**
 * The change-point detector against Apache Otava's published results (its tests, Apache-2.0), and
 * our own rules (minSegment, the corrected merge) against figures computed by hand.
 */
import { changePoints } from '../../src/changepoint/detect.js';
import { TIGERBEETLE } from './tigerbeetle.js';

const indexes = (series: readonly number[], options: Parameters<typeof changePoints>[1]) =>
  changePoints(series, options).map((c) => c.index);

describe("Otava's published results, reproduced exactly", () => {
  // tests/tigerbeetle_test.py: compute_change_points(series, window_len=30, max_pvalue, min_magnitude)
  const published: Array<[number, number, number[]]> = [
    [0.01, 0.05, [15, 71]],
    [0.05, 0.05, [15, 71]],
    [0.1, 0.05, [10, 11, 15, 71, 363]],
    [0.2, 0.05, [10, 11, 15, 71]],
    // prettier-ignore
    [0.2, 0, [3, 6, 7, 10, 11, 13, 15, 16, 28, 29, 35, 37, 39, 41, 44, 48, 49, 56, 58, 61, 65, 66, 69, 71, 74, 76, 82, 95, 108, 117, 125, 126, 129, 131, 136, 137, 142, 148, 165, 169, 187, 190, 192, 197, 200, 212, 220, 241, 243, 246, 247, 249, 250, 260, 265, 266, 268, 278, 282, 288, 305, 306, 325, 330, 337, 338, 340, 347, 349, 363]],
    // prettier-ignore
    [0.1, 0, [3, 6, 10, 11, 15, 16, 28, 29, 35, 37, 39, 41, 44, 48, 49, 61, 71, 95, 117, 131, 142, 148, 165, 169, 192, 206, 212, 260, 265, 268, 278, 282, 288, 305, 363]],
    [0.01, 0, [15, 26, 61, 71, 95, 117, 131, 142, 148, 165, 169, 192, 212, 260]],
    [0.001, 0, [15, 61, 71, 95, 117, 131, 142, 148, 192, 212, 260]],
    [0.0001, 0, [71, 95, 117, 131, 142, 148, 192, 212]],
    [0.00001, 0, [71, 95, 131, 192, 212]],
  ];
  test.each(published)(
    'Tigerbeetle, max p %p, min magnitude %p',
    (maxPValue, minMagnitude, expected) => {
      expect(
        indexes(TIGERBEETLE, {
          windowLength: 30,
          maxPValue,
          minMagnitude,
          minSegment: 1,
          otavaMerge: true,
        }),
      ).toEqual(expected);
    },
  );

  test('analysis_test.py test_single_series: a halving at index 10 (window 10, p 0.0001)', () => {
    // prettier-ignore
    const series = [1.02, 0.95, 0.99, 1.0, 1.12, 1.0, 1.01, 0.98, 1.01, 0.96, 0.5, 0.51, 0.48, 0.48, 0.55, 0.5, 0.49, 0.51, 0.5, 0.49];
    expect(
      indexes(series, {
        windowLength: 10,
        maxPValue: 0.0001,
        minMagnitude: 0,
        minSegment: 1,
        otavaMerge: true,
      }),
    ).toEqual([10]);
  });

  test('change_point_divisive_test.py SEQUENCE: three levels, changes at 5 and 8 (t-test, p 0.01)', () => {
    // prettier-ignore
    const sequence = [0.3, 2.4, 1.5, -0.9, -0.5, 99.7, 98.3, 99.1, 149.0, 149.7, 149.5, 149.1, 148.8, 150.0];
    expect(
      indexes(sequence, {
        windowLength: 30,
        maxPValue: 0.01,
        minMagnitude: 0,
        minSegment: 1,
        otavaMerge: true,
      }),
    ).toEqual([5, 8]);
  });
});

describe('our defaults (window 30, p 0.001, magnitude 5 %, 3 points a side)', () => {
  test('Tigerbeetle: the step down at 15 and the step up at 71; the one-point drop at 10 is an outlier', () => {
    const found = changePoints(TIGERBEETLE);
    expect(found.map((c) => c.index)).toEqual([15, 71]);
    // Means by hand (python: sum(s[0:15])/15, sum(s[15:71])/56, sum(s[71:])/294):
    // 26000.67 → 23828.77 (−8.35 %), 23828.77 → 28890.45 (+21.24 %).
    expect(found[0]!.meanBefore).toBeCloseTo(26000.667, 2);
    expect(found[0]!.meanAfter).toBeCloseTo(23828.768, 2);
    expect(found[0]!.relativeChange).toBeCloseTo(-0.0835, 4);
    expect(found[1]!.meanAfter).toBeCloseTo(28890.452, 2);
    expect(found[1]!.relativeChange).toBeCloseTo(0.2124, 4);
    expect([found[0]!.pointsBefore, found[0]!.pointsAfter, found[1]!.pointsAfter]).toEqual([
      15, 56, 294,
    ]);
    expect(found.every((c) => c.pValue < 0.001)).toBe(true);
  });

  test('one slow run among steady ones is not a change, nor is a slow newest run (Otava would call that one)', () => {
    const steady = [10, 11, 10, 9, 10, 11, 10, 9, 10, 11, 10, 9];
    expect(indexes([...steady.slice(0, 6), 60, ...steady.slice(6)], {})).toEqual([]);
    expect(indexes([...steady, 60], {})).toEqual([]);
    expect(indexes([...steady, 60], { minSegment: 1 })).toEqual([12]);
  });

  test('a step needs three points after it to be called a change', () => {
    const steady = [10, 11, 10, 9, 10, 11, 10, 9, 10, 11, 10, 9];
    expect(indexes([...steady, 20, 21], {})).toEqual([]);
    const found = changePoints([...steady, 20, 21, 20]);
    expect(found.map((c) => c.index)).toEqual([12]);
    // By hand: mean of steady = 120/12 = 10; after (20+21+20)/3 = 20.333…; +103.3 %.
    expect(found[0]!.meanBefore).toBe(10);
    expect(found[0]!.meanAfter).toBeCloseTo(20.3333, 4);
    expect(found[0]!.relativeChange).toBeCloseTo(1.0333, 4);
  });

  test('nothing to find: constant, too short, empty', () => {
    expect(indexes(Array(40).fill(5), {})).toEqual([]);
    expect(indexes([1, 100], {})).toEqual([]);
    expect(indexes([], {})).toEqual([]);
  });

  test('a number that is not finite is refused, not skipped', () => {
    expect(() => changePoints([1, 2, Number.NaN])).toThrow('only finite numbers');
  });
});

/**
 * What bench/regressions.mjs measures, taken from the product's own code (bundled by esbuild when
 * the bench runs): the change-point detector with the defaults the reports use, and the median
 * rule's factor and median.
 */
export { changePoints, CHANGE_POINT_DEFAULTS } from '../src/changepoint/detect.js';
export { MIN_RUNS_FOR_CHANGES } from '../src/timing/changes.js';
export { quantile, REGRESSION_FACTOR } from '../src/timing/stats.js';

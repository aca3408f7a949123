/**
 * Newly failing, newly fixed and flaky recipes, from this batch's results and the previous
 * batch's failure records (the failures file after the append). Expected lists by hand.
 */
import { changesSincePrevious } from '../../src/batch/changes.js';

const line = (batch: string, time: string, recipe: string, environment: string) =>
  JSON.stringify({
    schema_version: 1,
    batch_id: batch,
    ecosystem: 'cargo',
    recipe,
    environment,
    category: 'x',
    message: 'm',
    timestamp: time,
  });

// b1 (oldest): ripgrep fails on musl. b2 (the previous batch): bat fails on musl and on darwin,
// fd on glibc. b3 (this batch, already in the file after its append): bat still fails on musl.
const file = [
  line('b1', '2026-03-01T10:00:00Z', 'ripgrep', 'linux-musl-x86_64'),
  line('b2', '2026-03-02T10:00:00Z', 'bat', 'linux-musl-x86_64'),
  line('b2', '2026-03-02T10:00:00Z', 'bat', 'darwin-arm64'),
  line('b2', '2026-03-02T10:00:00Z', 'fd', 'linux-glibc-x86_64'),
  '{"not": "a failure record"}',
  'not json at all',
  line('b3', '2026-03-03T10:00:00Z', 'bat', 'linux-musl-x86_64'),
  line('b3', '2026-03-03T10:00:00Z', 'exa', 'linux-glibc-x86_64'),
].join('\n');

const results = [
  { recipe: 'bat', platform: 'linux-musl-x86_64', status: 'failed' }, // still failing
  { recipe: 'bat', platform: 'darwin-arm64', status: 'passed', attempts: 3 }, // fixed, flaky
  { recipe: 'fd', platform: 'linux-glibc-x86_64', status: 'skipped' }, // not retested: not "fixed"
  { recipe: 'exa', platform: 'linux-glibc-x86_64', status: 'failed' }, // newly failing
  { recipe: 'ripgrep', platform: 'linux-musl-x86_64', status: 'passed', attempts: 1 }, // failed in b1, not b2
];

test('against the latest earlier batch in the failures file', () => {
  expect(
    changesSincePrevious({ batchId: 'b3', timestamp: '2026-03-03T10:00:00Z', results }, file),
  ).toEqual({
    previous: { batchId: 'b2', timestamp: '2026-03-02T10:00:00Z' },
    newlyFailing: [{ recipe: 'exa', platform: 'linux-glibc-x86_64' }],
    newlyFixed: [{ recipe: 'bat', platform: 'darwin-arm64' }],
    flaky: [{ recipe: 'bat', platform: 'darwin-arm64', attempts: 3 }],
  });
});

test('the first batch has nothing to compare with, but flaky recipes are still named', () => {
  const first = changesSincePrevious(
    { batchId: 'b3', timestamp: '2026-03-03T10:00:00Z', results },
    line('b3', '2026-03-03T10:00:00Z', 'bat', 'linux-musl-x86_64'),
  );
  expect(first.previous).toBeUndefined();
  expect(first.newlyFailing).toEqual([]);
  expect(first.newlyFixed).toEqual([]);
  expect(first.flaky).toEqual([{ recipe: 'bat', platform: 'darwin-arm64', attempts: 3 }]);
});

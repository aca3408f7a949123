/**
 * The objectives file: a good file becomes settings with defaults filled in; every bad file is
 * one error naming the file and the LINE of the offending key or value (lines counted by hand
 * in the texts below).
 */
import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readObjectives, parseFailOn } from '../../src/jobs/objectives-file.js';
import {
  DEFAULT_OBJECTIVES,
  objectivesParser,
  platformObjectiveFor,
  timingObjectiveFor,
} from '../../src/objectives/spec.js';

const GOOD = `# .github/ci-ledger.yml
version: 1
timings:
  - match: dev/bootstrap-*
    success: { objective: 95%, over: 30 runs }
    duration: { percentile: 95, max: 40m }
  - match: "*/teardown-*"
    success:
      objective: 0.9
      over: 14 days
    runner: none
platforms:
  - match: darwin-*
    pass-rate: { objective: 85%, over: 20 batches }
  - match: "*"
    pass-rate: { objective: 0.95 }
burn: { long: 8, short: 2, fast: 3 }
budget:
  macos-minutes: 800
  dollars: 50
prices:
  per-minute: { macos: 0.08 }
  infrastructure-per-hour:
    prod: 4.5
    "*": 1.2
`;

test('a good file: every setting, defaults where left out', async () => {
  const parse = await objectivesParser();
  const o = parse(GOOD, '.github/ci-ledger.yml');
  expect(o.timings).toEqual([
    {
      match: 'dev/bootstrap-*',
      success: { objective: 0.95, over: { count: 30, unit: 'runs' } },
      duration: { percentile: 95, maxSeconds: 2400, over: { count: 30, unit: 'runs' } },
      runner: 'linux',
    },
    {
      match: '*/teardown-*',
      success: { objective: 0.9, over: { count: 14, unit: 'days' } },
      duration: undefined,
      runner: 'none',
    },
  ]);
  expect(o.platforms).toEqual([
    { match: 'darwin-*', passRate: { objective: 0.85, overBatches: 20 } },
    { match: '*', passRate: { objective: 0.95, overBatches: 10 } },
  ]);
  expect(o.burn).toEqual({ long: 8, short: 2, fast: 3 });
  expect(o.budget).toEqual({ macosMinutes: 800, dollars: 50 });
  expect(o.prices.perMinute).toEqual({
    linux: 0.006,
    'linux-arm64': 0.005,
    windows: 0.01,
    macos: 0.08,
  });
  expect(o.prices.infrastructurePerHour).toEqual([
    ['prod', 4.5],
    ['*', 1.2],
  ]);
  // First match wins, globs over ENV/PHASE.
  expect(timingObjectiveFor(o, 'dev', 'bootstrap-persistent')?.match).toBe('dev/bootstrap-*');
  expect(timingObjectiveFor(o, 'prod', 'teardown-persistent')?.match).toBe('*/teardown-*');
  expect(timingObjectiveFor(o, 'prod', 'bootstrap-persistent')).toBeUndefined();
  expect(platformObjectiveFor(o, 'darwin-arm64')?.passRate.objective).toBe(0.85);
  expect(platformObjectiveFor(o, 'linux-glibc-x86_64')?.passRate.objective).toBe(0.95);
});

test('"1h30m", "90s" and plain seconds', async () => {
  const parse = await objectivesParser();
  const max = (m: string) =>
    parse(`timings:\n  - match: a/b\n    duration: { percentile: 90, max: ${m} }\n`, 'f.yml')
      .timings[0]!.duration!.maxSeconds;
  expect([max('1h30m'), max('90s'), max('2400'), max('1h')]).toEqual([5400, 90, 2400, 3600]);
});

// [what is wrong, the file, the message expected (with its line)]
const BAD: Array<[string, string, string]> = [
  [
    'a misspelt key',
    GOOD.replace('    runner: none', '    runnr: none'),
    'f.yml line 11: /timings/1: unknown key "runnr"',
  ],
  [
    'a key misspelt at the top',
    `version: 1\nbudgte:\n  dollars: 3\n`,
    'f.yml line 2: (the top level): unknown key "budgte"',
  ],
  [
    'an objective over 100%',
    GOOD.replace('objective: 95%', 'objective: 105%'),
    'f.yml line 5: /timings/0/success/objective must be a ratio below 1, e.g. 0.95 or "95%" (100% leaves no error budget)',
  ],
  [
    'an objective of 1',
    GOOD.replace('objective: 0.9\n', 'objective: 1\n'),
    'f.yml line 9: /timings/1/success/objective must be a ratio below 1',
  ],
  [
    'an objective of 0%',
    GOOD.replace('objective: 85%', 'objective: 0%'),
    'f.yml line 14: platforms/0/pass-rate/objective must be above 0',
  ],
  [
    'a window in weeks',
    GOOD.replace('over: 14 days', 'over: 2 weeks'),
    'f.yml line 10: /timings/1/success/over must look like "30 runs" or "30 days"',
  ],
  [
    'a duration without a unit it knows',
    GOOD.replace('max: 40m', 'max: 40min'),
    'f.yml line 6: /timings/0/duration/max must be seconds, or "40m", "1h30m", "90s"',
  ],
  [
    'a duration of nothing',
    GOOD.replace('max: 40m', 'max: 0s'),
    'f.yml line 6: timings/0/duration/max must be longer than 0 seconds',
  ],
  [
    'a missing percentile',
    GOOD.replace('{ percentile: 95, max: 40m }', '{ max: 40m }'),
    'f.yml line 6: /timings/0/duration: missing "percentile"',
  ],
  [
    'a runner that does not exist',
    GOOD.replace('runner: none', 'runner: solaris'),
    'f.yml line 11: /timings/1/runner must be one of "linux", "linux-arm64", "windows", "macos", "none"',
  ],
  [
    'a negative price',
    GOOD.replace('macos: 0.08', 'macos: -1'),
    'f.yml line 22: /prices/per-minute/macos must be >= 0',
  ],
  [
    'a short burn window longer than the long one',
    GOOD.replace('short: 2', 'short: 9'),
    'f.yml line 17: burn.short (9) must be shorter than burn.long (8)',
  ],
  [
    'a match without a phase',
    GOOD.replace('match: dev/bootstrap-*', 'match: dev'),
    'f.yml line 4: /timings/0/match must look like ENV/PHASE with shell globs, e.g. dev/bootstrap-*',
  ],
  [
    'broken YAML',
    `timings:\n  - match: a/b\n    success: { objective: 95%\n`,
    'f.yml line 3: not valid YAML',
  ],
  [
    'a repeated key',
    `budget:\n  dollars: 1\n  dollars: 2\n`,
    'f.yml line 3: not valid YAML (Map keys must be unique)',
  ],
  ['a list where a map belongs', `budget:\n  - 1\n`, 'f.yml line 2: /budget must be object'],
];

test.each(BAD)('%s: one error naming the line', async (_, text, expected) => {
  const parse = await objectivesParser();
  let message = '';
  try {
    parse(text, 'f.yml');
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toContain(expected);
});

test('the file at the edge: none is the defaults, a named missing file or a link is an error', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'objectives-'));
  expect(await readObjectives(undefined, dir)).toBe(DEFAULT_OBJECTIVES);
  await expect(readObjectives('mine.yml', dir)).rejects.toThrow(
    'The objectives file mine.yml cannot be read (ENOENT)',
  );
  await mkdir(join(dir, '.github'));
  await writeFile(join(dir, 'real.yml'), GOOD);
  await symlink(join(dir, 'real.yml'), join(dir, '.github/ci-ledger.yml'));
  await expect(readObjectives(undefined, dir)).rejects.toThrow(
    'The objectives file .github/ci-ledger.yml is a symbolic link',
  );
  const o = await readObjectives('real.yml', dir);
  expect(o.file).toBe('real.yml');
  expect(o.budget.dollars).toBe(50);
});

test('fail-on', () => {
  expect([parseFailOn(undefined), parseFailOn('exhausted'), parseFailOn('at-risk')]).toEqual([
    'never',
    'exhausted',
    'at-risk',
  ]);
  expect(() => parseFailOn('always')).toThrow(
    'fail-on "always" is not one of never, exhausted, at-risk',
  );
});

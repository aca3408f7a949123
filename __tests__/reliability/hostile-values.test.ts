/**
 * Hostile input, part two (issue 12): bad values, spool files, CSV and JSON layouts, local files
 * for migrate-csv, and text that must stay text — each case through the BUILT CLI, with the
 * harness of __tests__/support/hostile.ts (exit status, every stderr line, nothing read from
 * outside, the store unchanged where nothing may be written).
 *
 * Expected values are worked out by hand and written down beside each case: the calendar
 * (2026 is no leap year; 9999-12-31T23:30-05:00 is 10000-01-01T04:30Z), 128 + the signal
 * number for a killed command, and the byte layout of the files after an append.
 */
import { execFileSync } from 'node:child_process';
import { renderGfm } from '../support/gfm.js';
import {
  darwinArtifact,
  describeHostile,
  failureLine,
  metricsLine,
  put,
  putLink,
  type Case,
  type Tree,
} from '../support/hostile.js';

const HEADER =
  'start_time_utc,end_time_utc,phase,env,build_id,duration_seconds,exit_code,flags,resources_added,resources_changed,resources_destroyed,log_path';
const CSV = 'environments/development/latest/build_timings.csv';
const METRICS = 'data/metrics/batch-runs.jsonl';
const FAILURES = 'data/failures/cargo.jsonl';
const LOG = 'Apply complete! Resources: 2 added, 0 changed, 0 destroyed.\n';
const ROW_B0 = '2026-01-28T10:00:00Z,2026-01-28T10:01:00Z,apply,dev,b0,60,0,,1,0,0,logs/old.log';

/** record-timing from a log, every flag given (so that only the case's own flag is wrong). */
const timing = (over: Record<string, string> = {}, extra: string[] = []) => {
  const flags: Record<string, string> = {
    env: 'dev',
    'build-id': 'b1',
    phase: 'apply',
    'log-path': 'logs/apply.log',
    'exit-code': '0',
    'start-time': '2026-01-29T10:00:00Z',
    'end-time': '2026-01-29T10:01:00Z',
    ...over,
  };
  return async (c: Parameters<Case['args']>[0]) => {
    await put(c, 'logs/apply.log', LOG);
    return [
      'record-timing',
      // --name=value: a value starting with "-" is taken as given
      ...Object.entries(flags).flatMap(([k, v]) => (v === '' ? [] : [`--${k}=${v}`])),
      ...extra,
    ];
  };
};

const timingError = (message: string): Case['stderr'] => [
  new RegExp(`^ci-ledger record-timing: ${message}`),
];

/** A v1 artifact of batch b2 (one pass, one fail on darwin-arm64) with fields replaced as raw JSON text. */
const artifactWith = (replace: (json: string) => string) => replace(darwinArtifact(10));
const batch = (extra: string[] = []) => [
  'batch-metrics',
  '--batch-id',
  'b2',
  '--ecosystem',
  'cargo',
  '--results-dir',
  'results',
  ...extra,
];
const artifactCase = (
  name: string,
  artifact: string,
  message: RegExp,
  extra: string[] = [],
  stores: Case['stores'] = ['dir'],
): Case => ({
  name: `artifact: ${name}`,
  stores,
  tree: () => ({ [METRICS]: `${metricsLine('b1')}\n` }),
  args: async (c) => {
    await put(c, 'results/validation-results-darwin-arm64.json', artifact);
    return batch(extra);
  },
  code: 1,
  stderr: [message],
  unchanged: true,
});

/** A spool entry (what a failed run leaves) around one request. */
const spoolEntry = (request: unknown) =>
  JSON.stringify({
    version: 1,
    createdAt: '2026-01-29T10:00:00Z',
    target: 't',
    reason: 'r',
    request,
  });
const csvRequest = (records: unknown[], extra: Record<string, unknown> = {}) => ({
  branch: 'main',
  message: 'record-timing',
  files: [
    {
      format: 'csv',
      path: CSV,
      columns: HEADER.split(','),
      key: ['env', 'build_id', 'phase', 'start_time_utc'],
      records,
    },
  ],
  ...extra,
});
const jsonlRequest = (records: unknown[], path = METRICS) => ({
  branch: 'main',
  message: 'batch-metrics',
  files: [{ format: 'jsonl', path, key: ['batch_id', 'ecosystem'], records }],
});
const goodRow = Object.fromEntries(
  HEADER.split(',').map((c, i) => [c, ROW_B0.split(',')[i]!.replace('b0', 'b9')]),
);
const spoolCase = (
  name: string,
  content: string,
  message: RegExp,
  { from = true, tree = {} as Tree } = {},
): Case => ({
  name: `spool: ${name}`,
  stores: ['dir'],
  tree: () => tree,
  args: async (c) => {
    await put(c, from ? 'job.log' : 'spool/entry.json', content);
    return from ? ['flush', '--from', 'job.log'] : ['flush', '--spool-dir', 'spool'];
  },
  code: 1,
  stderr: [message],
  unchanged: true,
});

/** A history on the branch: one good batch (b1) and whatever the case adds. */
const history = (metrics: string, failures = `${failureLine('b1')}\n`): Tree => ({
  [METRICS]: metrics,
  [FAILURES]: failures,
});
const good = metricsLine('b1');
const withCounts = (counts: string) =>
  good.replace('"darwin-arm64":{"tested":2,', `"darwin-arm64":{${counts},`).replace('b1', 'b0');
/** Nothing computed from a bad value (the notes on skipped records name it, and are left out). */
const noNaN = (text: string) =>
  expect(text.replace(/^ {2}skipped .*$/gm, '')).not.toMatch(/NaN|Infinity|undefined|\[object /);

/** Markdown that must stay text, checked the way GitHub renders it (cmark-gfm). */
function inert(markdown: string): string {
  const html = renderGfm(markdown);
  expect(html).not.toMatch(/@octocat/); // a mention is "@" directly before a name
  expect(html).not.toMatch(/mailto:|<a /);
  expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  noNaN(html);
  return html;
}
const HOSTILE_NAME = '@octocat';
const RLO = '\u202e';

const ESC = '\u001b';

const cases: Case[] = [
  // --- times and numbers from flags -----------------------------------------------------------
  ...(
    [
      ['start-time', '2026-02-30T10:00:00Z', '2026-02 has no day 30'],
      ['start-time', '2026-02-30', 'is not an ISO 8601 time with a zone'],
      ['start-time', '2026-02-29T10:00:00Z', '2026-02 has no day 29'], // 2026 is no leap year
      ['start-time', '+010000-01-01T04:00:00Z', 'is not an ISO 8601 time with a zone'],
      ['end-time', '-000001-12-31T23:30:00Z', 'is not an ISO 8601 time with a zone'],
      // 9999-12-31T23:30-05:00 is 10000-01-01T04:30Z; 0000-01-01T00:30+01:00 is year -1 in UTC
      ['end-time', '9999-12-31T23:30:00-05:00', 'is not a valid time: in UTC it falls outside'],
      ['start-time', '0000-01-01T00:30:00+01:00', 'is not a valid time: in UTC it falls outside'],
      ['start-time', '2026-01-29T24:00:00Z', 'is not a valid time: 24:00:00 is not a time of day'],
      ['start-time', '2026-01-29T10:00:00+25:00', 'is not a valid time: \\+25:00 is not a UTC'],
      ['exit-code', '0x10', 'is not an exit status'],
      ['exit-code', '1e2', 'is not an exit status'],
      ['exit-code', '256', 'is not an exit status'],
      ['exit-code', '-1', 'is not an exit status'],
      ['exit-code', '1.0', 'is not an exit status'],
    ] as const
  ).map(([flag, value, why]): Case => ({
    name: `flags: --${flag} ${value} is refused`,
    stores: ['dir'],
    tree: () => ({ [CSV]: `${HEADER}\n${ROW_B0}\n` }),
    args: timing({ [flag]: value }),
    code: 1,
    stderr: timingError(
      `${flag} ${JSON.stringify(value).replace(/[+.]/g, '\\$&')} ${why.startsWith('is') ? '' : '.*'}${why}`,
    ),
    unchanged: true,
  })),
  {
    name: 'log: a timestamp on a day that does not exist (2026-02-30) is refused, naming the log',
    stores: ['dir'],
    tree: () => ({ [CSV]: `${HEADER}\n${ROW_B0}\n` }),
    args: async (c) => {
      const args = await timing({ 'start-time': '', 'end-time': '2026-03-03T10:00:00Z' })(c);
      await put(c, 'logs/apply.log', `2026-02-30T10:00:00Z start\n${LOG}`);
      return args;
    },
    code: 1,
    stderr: timingError(
      'the log \\S+logs/apply\\.log: the timestamp "2026-02-30T10:00:00Z" is not a valid time: 2026-02 has no day 30',
    ),
    unchanged: true,
  },
  ...(
    [
      ['HEAD', 'git reads HEAD as a symbolic ref, not a branch'],
      ['ORIG_HEAD', 'git reads ORIG_HEAD as a symbolic ref, not a branch'],
      ['refs/heads/x', 'give the short name \\(x\\), without "refs/"'],
      ['a..b', 'it contains ".." or "@\\{"'],
      ['-x', 'it starts with "-"'],
      ['x.lock', 'a component starts with "." or ends with ".lock"'],
    ] as const
  ).map(([branch, why]): Case => ({
    name: `branch: ${branch} is refused before anything is written`,
    stores: branch === 'refs/heads/x' || branch === 'HEAD' ? ['dir', 'git', 'api'] : ['git'],
    tree: () => ({ [CSV]: `${HEADER}\n${ROW_B0}\n` }),
    args: timing({}, [`--branch=${branch}`]),
    code: 1,
    stderr: timingError(
      `The branch "${branch.replace(/[.]/g, '\\.')}" is not a valid branch name: ${why}\\. Nothing was written\\.$`,
    ),
    unchanged: true,
  })),
  {
    name: 'branch: report --branch HEAD is refused too',
    stores: ['git'],
    tree: () => history(`${good}\n`),
    args: () => ['report', '--branch', 'HEAD'],
    code: 1,
    stderr: [/^ci-ledger report: The branch "HEAD" is not a valid branch name: git reads HEAD/],
    unchanged: true,
  },
  ...(
    [
      ['total', '0x10'],
      ['merged', '1e2'],
      ['generated', '-3'],
    ] as const
  ).map(([flag, value]): Case => ({
    name: `flags: batch-metrics --${flag} ${value} is refused`,
    stores: ['dir'],
    tree: () => ({ [METRICS]: `${good}\n` }),
    args: async (c) => {
      await put(c, 'results/validation-results-darwin-arm64.json', darwinArtifact(10));
      return batch([`--${flag}=${value}`]);
    },
    code: 1,
    stderr: [
      new RegExp(
        `^ci-ledger batch-metrics: ${flag} "${value.replace(/[+.]/g, '\\$&')}" is not a whole number written in decimal digits$`,
      ),
    ],
    unchanged: true,
  })),

  // --- artifacts ------------------------------------------------------------------------------
  artifactCase(
    'runner_minutes 1e400 (Infinity to JSON.parse) is refused, not stored as null',
    artifactWith((j) => j.replace('"runner_minutes":10', '"runner_minutes":1e400')),
    /^ci-ledger batch-metrics: results\/validation-results-darwin-arm64\.json: \/runner_minutes is a number too large to hold/,
    [],
    ['dir', 'git', 'api'],
  ),
  artifactCase(
    'a result duration of -1e400 is refused by pointer',
    artifactWith((j) => j.replace('"duration_seconds":1', '"duration_seconds":-1e400')),
    /: \/results\/0\/duration_seconds is a number too large to hold/,
  ),
  artifactCase(
    'finished_at 9999-12-31T23:30:00-05:00 (year 10000 in UTC) is refused',
    artifactWith((j) => j.replace('"2026-01-30T10:10:00Z"', '"9999-12-31T23:30:00-05:00"')),
    /: \/finished_at "9999-12-31T23:30:00-05:00" is not a valid time: in UTC it falls outside the years 0000–9999/,
  ),
  artifactCase(
    'started_at 0000-01-01T00:30:00+01:00 (year -1 in UTC) is refused',
    artifactWith((j) => j.replace('"2026-01-30T10:00:00Z"', '"0000-01-01T00:30:00+01:00"')),
    /: \/started_at "0000-01-01T00:30:00\+01:00" is not a valid time: in UTC it falls outside/,
  ),
  artifactCase(
    'started_at on February 30th is refused, not moved to March',
    artifactWith((j) => j.replace('"2026-01-30T10:00:00Z"', '"2026-02-30T10:00:00Z"')),
    /: \/started_at (must match format "date-time"|"2026-02-30T10:00:00Z" is not a valid time)/,
  ),
  artifactCase(
    '--merged 5 with --total 1 (success_rate would be 5) is refused',
    darwinArtifact(10),
    /^ci-ledger batch-metrics: merged \(5\) is more than total \(1\): a batch cannot merge more recipes than it has$/,
    ['--merged', '5', '--total', '1'],
  ),
  artifactCase(
    '--total 0 while the artifacts merged a recipe is refused',
    darwinArtifact(10),
    // ripgrep passed: 1 merged from the artifacts, against a total of 0
    /^ci-ledger batch-metrics: merged \(1, from the artifacts\) is more than total \(0\)/,
    ['--total', '0'],
  ),
  artifactCase(
    'an array artifact whose exit_code is 1e400 is refused by pointer',
    JSON.stringify([
      { recipe: 'bat', platform: 'darwin-arm64', status: 'fail', exit_code: 1 },
    ]).replace('"exit_code":1', '"exit_code":1e400'),
    /: \/0\/exit_code is a number too large to hold/,
  ),
  {
    name: 'artifact: platforms named __proto__ and constructor are recorded like any other',
    stores: ['dir'],
    tree: () => ({}),
    args: async (c) => {
      await put(
        c,
        'results/validation-results-x.json',
        JSON.stringify([
          { recipe: 'bat', platform: '__proto__', status: 'pass' },
          { recipe: 'bat', platform: 'constructor', status: 'fail', exit_code: 1 },
        ]),
      );
      return batch();
    },
    code: 0,
    stderr: [],
    after: async (read, run) => {
      noNaN(run.stdout);
      const record = JSON.parse((await read(METRICS))!.trim()) as { platforms: object };
      // Own properties, counted: 1 tested on each (by hand: one result per platform)
      expect(Object.entries(record.platforms)).toEqual([
        ['__proto__', expect.objectContaining({ tested: 1, passed: 1, failed: 0 })],
        ['constructor', expect.objectContaining({ tested: 1, passed: 0, failed: 1 })],
      ]);
    },
  },
  {
    name: 'artifact: a file name with an escape sequence is escaped in the error',
    stores: ['dir'],
    tree: () => ({}),
    args: async (c) => {
      await put(c, `results/validation-results-${ESC}[2J${ESC}]0;pwned${'\u0007'}.json`, '{');
      return batch();
    },
    code: 1,
    stderr: [
      /^ci-ledger batch-metrics: results\/validation-results-\\x1b\[2J\\x1b\]0;pwned\\x07\.json: not valid JSON/,
    ],
    // eslint-disable-next-line no-control-regex -- control characters are what must not be there
    after: (_read, run) => expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/),
    unchanged: true,
  },

  // --- records on the branch that cannot be counted -------------------------------------------
  ...(
    [
      ['"tested":"12"', '/platforms/darwin-arm64/tested is "12", not a count'],
      [
        '"tested":1e400',
        '/platforms/darwin-arm64/tested is a number too large to hold, not a count',
      ],
      ['"tested":-2', '/platforms/darwin-arm64/tested is -2, not a count'],
      ['"tested":{"n":2}', '/platforms/darwin-arm64/tested is {"n":2}, not a count'],
    ] as const
  ).map(([counts, reason]): Case => ({
    name: `branch: another tool's record with ${counts} is skipped with its line, never NaN`,
    stores: ['dir', 'git', 'api'].filter(
      (_, i) => counts !== '"tested":"12"' || i >= 0,
    ) as Case['stores'],
    tree: () => history(`${withCounts(counts)}\n${good}\n`),
    args: () => ['report', '--last', '0'],
    code: 0,
    stderr: [],
    stdout: new RegExp(
      `record\\(s\\) skipped .*\\n  skipped data/metrics/batch-runs\\.jsonl line 1: ${reason.replace(/[{}()]/g, '\\$&')}`,
    ),
    after: (_read, run) => {
      noNaN(run.stdout);
      expect(run.stdout).toMatch(/\(1 batch records\)/); // b1 only
    },
    unchanged: true,
  })),
  {
    name: 'branch: total 1e400 in a batch record is skipped in the summary with a warning',
    stores: ['dir'],
    tree: () =>
      history(`${good}\n${good.replace('"total":2', '"total":1e400').replace('b1', 'b3')}\n`),
    args: () => ['summary'],
    code: 0,
    stderr: [
      /^warning: skipped a record: data\/metrics\/batch-runs\.jsonl line 2: \/total is a number too large to hold, not a count$/,
    ],
    after: (_read, run) => void inert(run.stdout),
    unchanged: true,
  },
  ...(['NaN', 'Infinity', '-Infinity'] as const).map((literal): Case => ({
    name: `branch: a ${literal} literal (not JSON) is an unreadable line, skipped`,
    stores: ['dir'],
    tree: () =>
      history(
        `${good.replace('"passed":1', `"passed":${literal}`).replace('b1', 'b0')}\n${good}\n`,
      ),
    args: () => ['report', '--last', '0'],
    code: 0,
    stderr: [],
    stdout: /\n {2}skipped data\/metrics\/batch-runs\.jsonl line 1: /,
    after: (_read, run) => noNaN(run.stdout),
    unchanged: true,
  })),
  ...(['__proto__', 'constructor', 'toString', 'hasOwnProperty'] as const).map(
    (platform): Case => ({
      name: `branch: a platform named ${platform} shows in the summary with its counts`,
      stores: ['dir'],
      tree: () =>
        history(
          `${good.replace('"darwin-arm64"', JSON.stringify(platform))}\n`,
          `${failureLine('b1').replace('darwin-arm64', platform)}\n`,
        ),
      args: () => ['summary'],
      code: 0,
      stderr: [],
      after: (_read, run) => {
        const html = inert(run.stdout);
        // The record's counts: tested 2, passed 1, failed 1 → 50%
        expect(html).toMatch(new RegExp(`<td>${platform.replace(/_/g, '_')}</td>[\\s\\S]*?50`));
      },
      unchanged: true,
    }),
  ),

  // --- a truncated or malformed line does not hide the records after it -----------------------
  ...(
    [
      ['cut between fields', '{"schema_version":1,"batch_id":"b0","total":'],
      ['cut inside a string', '{"schema_version":1,"batch_id":"b0'],
      [
        'an unclosed nested object',
        '{"schema_version":1,"batch_id":"b0","platforms":{"x":{"tested":1}',
      ],
    ] as const
  ).map(([name, cut]): Case => ({
    name: `branch: a line ${name}, then a valid record: the record is read`,
    stores: ['dir', 'git', 'api'],
    tree: () => history(`${cut}\n${good}\n`),
    args: () => ['report', '--last', '0'],
    code: 0,
    stderr: [],
    stdout:
      /\(1 batch records\)[\s\S]*1 record\(s\) skipped[\s\S]*skipped data\/metrics\/batch-runs\.jsonl line 1: /,
    unchanged: true,
  })),
  {
    name: 'writer: an append after a truncated last line starts on a line of its own',
    stores: ['dir', 'git', 'api'],
    tree: () => ({ [METRICS]: `${good}\n{"schema_version":1,"batch_id":"b0","tot` }),
    args: async (c) => {
      await put(c, 'results/validation-results-darwin-arm64.json', darwinArtifact(10));
      return batch();
    },
    code: 0,
    stderr: [],
    after: async (read) => {
      const lines = (await read(METRICS))!.split('\n');
      expect(lines[1]).toBe('{"schema_version":1,"batch_id":"b0","tot'); // kept as it was
      expect(JSON.parse(lines[2]!)).toMatchObject({ batch_id: 'b2' });
      expect(lines.slice(3)).toEqual(['']);
    },
  },

  // --- line endings ---------------------------------------------------------------------------
  {
    name: 'CSV: a CRLF file gets a CRLF row',
    stores: ['dir', 'git', 'api'],
    tree: () => ({ [CSV]: `${HEADER}\r\n${ROW_B0}\r\n` }),
    args: timing({}, ['--branch=main']), // the branch the harness seeds and reads
    code: 0,
    stderr: [],
    after: async (read) =>
      expect(await read(CSV)).toBe(
        `${HEADER}\r\n${ROW_B0}\r\n2026-01-29T10:00:00Z,2026-01-29T10:01:00Z,apply,dev,b1,60,0,,2,0,0,logs/apply.log\r\n`,
      ),
  },
  {
    name: 'CSV: a CRLF file with a BOM whose last row has no line end',
    stores: ['dir'],
    tree: () => ({ [CSV]: `\ufeff${HEADER}\r\n${ROW_B0}` }),
    args: timing(),
    code: 0,
    stderr: [],
    after: async (read) =>
      expect(await read(CSV)).toBe(
        `\ufeff${HEADER}\r\n${ROW_B0}\r\n2026-01-29T10:00:00Z,2026-01-29T10:01:00Z,apply,dev,b1,60,0,,2,0,0,logs/apply.log\r\n`,
      ),
  },
  {
    name: 'CSV: the same run again in a CRLF file is already recorded (the key read through CR)',
    stores: ['dir'],
    tree: () => ({
      [CSV]: `${HEADER}\r\n2026-01-29T10:00:00Z,2026-01-29T10:01:00Z,apply,dev,b1,60,0,,2,0,0,logs/apply.log\r\n`,
    }),
    args: timing(),
    code: 0,
    stderr: [],
    stdout: /already recorded/i,
    unchanged: true,
  },
  {
    name: 'JSONL: a CRLF metrics file gets a CRLF line',
    stores: ['dir'],
    tree: () => ({ [METRICS]: `${good}\r\n` }),
    args: async (c) => {
      await put(c, 'results/validation-results-darwin-arm64.json', darwinArtifact(10));
      return batch();
    },
    code: 0,
    stderr: [],
    after: async (read) =>
      expect(await read(METRICS)).toMatch(
        /^\{[^\n]*\}\r\n\{"schema_version":1,"batch_id":"b2"[^\n]*\}\r\n$/,
      ),
  },
  {
    name: 'CSV: formula-like cells are kept exactly (the CSV is a machine record; see README)',
    stores: ['dir'],
    tree: () => ({ [CSV]: `${HEADER}\n` }),
    args: timing({ flags: '=HYPERLINK("http://x";"y") +1 -2 @SUM(A1)' }),
    code: 0,
    stderr: [],
    after: async (read) =>
      expect((await read(CSV))!.split('\n')[1]).toBe(
        '2026-01-29T10:00:00Z,2026-01-29T10:01:00Z,apply,dev,b1,60,0,"=HYPERLINK(""http://x"";""y"") +1 -2 @SUM(A1)",2,0,0,logs/apply.log',
      ),
  },

  // --- spool files and job logs for flush -----------------------------------------------------
  spoolCase(
    'a CSV record with no fields (a row of empty fields) is refused',
    spoolEntry(csvRequest([{}])),
    /^ci-ledger flush: job\.log: \/request: \/files\/0\/records\/0\/env is missing: every record needs its key \(env, build_id, phase, start_time_utc\)$/,
  ),
  spoolCase(
    'a CSV record whose key fields are empty strings is refused',
    spoolEntry(csvRequest([{ ...goodRow, env: '', build_id: ' ' }])),
    /\/files\/0\/records\/0\/env is empty or not a value \(""\): every record needs its key/,
  ),
  spoolCase(
    'a CSV record with a field that is not a column is refused',
    spoolEntry(csvRequest([{ ...goodRow, secret: 'x' }])),
    /\/files\/0\/records\/0\/secret is not one of the file's columns$/,
  ),
  spoolCase(
    'a CSV record with an object for a field is refused',
    spoolEntry(csvRequest([{ ...goodRow, flags: { a: 1 } }])),
    /\/files\/0\/records\/0\/flags must be text or a number in a CSV record$/,
  ),
  spoolCase(
    'a metrics record with no batch id is refused, naming the spool file',
    spoolEntry(jsonlRequest([{ ecosystem: 'cargo', total: 1 }])),
    // flush goes on to the next spool file: each failure is one line naming its file
    /^spool\/entry\.json: \/request: \/files\/0\/records\/0\/batch_id is missing: every record needs its key \(batch_id, ecosystem\)$/,
    { from: false },
  ),
  spoolCase(
    'a job log line whose metrics record has no batch id is refused, naming the line',
    `2026-01-29T10:02:00Z step one\n2026-01-29T10:02:00Z other\n2026-01-29T10:02:01Z ci-ledger-spool: ${spoolEntry(jsonlRequest([{ ecosystem: 'cargo' }]))}\n`,
    /^ci-ledger flush: job\.log line 3: \/request: \/files\/0\/records\/0\/batch_id is missing/,
  ),
  spoolCase(
    'a record holding 1e400 is refused by pointer',
    spoolEntry(jsonlRequest([{ batch_id: 'b9', ecosystem: 'cargo', total: 1 }])).replace(
      '"total":1',
      '"total":1e400',
    ),
    /\/files\/0\/records\/0\/total is a number too large to hold$/,
  ),
  spoolCase(
    "the directory store's own lock file as the path is refused at once, not retried",
    spoolEntry(jsonlRequest([{ batch_id: 'b9', ecosystem: 'cargo' }], '.ci-ledger.lock')),
    /^job\.log#1: \.ci-ledger\.lock is the directory store's lock file, not a ledger file/,
  ),
  spoolCase(
    'a branch HEAD in a spooled request is refused',
    spoolEntry({ ...jsonlRequest([{ batch_id: 'b9', ecosystem: 'cargo' }]), branch: 'HEAD' }),
    /The branch "HEAD" is not a valid branch name: git reads HEAD as a symbolic ref/,
  ),
  spoolCase(
    'a path climbing out of the store is refused',
    spoolEntry(jsonlRequest([{ batch_id: 'b9', ecosystem: 'cargo' }], '../outside.jsonl')),
    /Unsafe ledger path "\.\.\/outside\.jsonl": it has an empty, "\." or "\.\." segment/,
  ),
  spoolCase(
    'a path into .git is refused',
    spoolEntry(jsonlRequest([{ batch_id: 'b9', ecosystem: 'cargo' }], '.git/config')),
    /Unsafe ledger path "\.git\/config": it reaches into \.git/,
  ),
  spoolCase(
    'an absolute path is refused',
    spoolEntry(jsonlRequest([{ batch_id: 'b9', ecosystem: 'cargo' }], '/etc/passwd')),
    /Unsafe ledger path "\/etc\/passwd": it is absolute/,
  ),
  spoolCase(
    'records that are not objects are refused',
    spoolEntry(jsonlRequest(['b9'])),
    /\/files\/0\/records must hold objects$/,
  ),
  spoolCase(
    'a spool file that is not JSON is refused',
    '{"version":1,"request":',
    /^spool\/entry\.json: not a readable spool file \(Unexpected end of JSON input\)$/,
    { from: false },
  ),
  spoolCase(
    'a spool file of another version is refused',
    JSON.stringify({ version: 2, request: jsonlRequest([{ batch_id: 'b9', ecosystem: 'cargo' }]) }),
    /^spool\/entry\.json: not a ci-ledger spool file \(no "version": 1\)$/,
    { from: false },
  ),
  spoolCase(
    'a job log with a spool line that is cut short is refused, naming the line',
    `a\nci-ledger-spool: ${spoolEntry(jsonlRequest([{ batch_id: 'b9', ecosystem: 'cargo' }])).slice(0, 60)}\n`,
    /^ci-ledger flush: job\.log line 2: not valid JSON/,
  ),
  spoolCase(
    'a file with no spool line that is not a spool file is refused',
    'just a log\nnothing here\n',
    /^ci-ledger flush: job\.log: holds no "ci-ledger-spool:" line and is not a spool file$/,
  ),
  spoolCase(
    'two files the same path in one request are refused',
    spoolEntry({
      ...jsonlRequest([{ batch_id: 'b9', ecosystem: 'cargo' }]),
      files: [0, 1].map(() => jsonlRequest([{ batch_id: 'b9', ecosystem: 'cargo' }]).files[0]),
    }),
    /data\/metrics\/batch-runs\.jsonl appears twice in one append$/,
  ),
  {
    name: 'spool: flush --from a file that does not exist',
    stores: ['dir'],
    tree: () => ({}),
    args: () => ['flush', '--from', 'missing.log'],
    code: 1,
    stderr: [/^ci-ledger flush: \S*missing\.log cannot be read \(ENOENT\)$/],
    unchanged: true,
  },

  // --- migrate-csv: local files ---------------------------------------------------------------
  {
    name: 'migrate-csv: an existing FILE.unmapped.csv is never overwritten',
    stores: ['dir'],
    local: true,
    tree: () => ({}),
    args: async (c) => {
      await put(
        c,
        'old.csv',
        'start_time_utc,phase,env\n2026-01-01T00:00:00Z,apply,dev\nnot,a,row,at,all\n',
      );
      await put(c, 'old.csv.unmapped.csv', 'rows an earlier migration kept\n');
      return ['migrate-csv', 'old.csv'];
    },
    code: 1,
    stderr: [
      /^ci-ledger migrate-csv: \S+old\.csv\.unmapped\.csv already exists .*never overwritten\. Nothing was written\.$/,
    ],
    unchanged: true,
  },
  {
    name: 'migrate-csv: a symlinked CSV is refused, the link and its target unchanged',
    stores: ['dir'],
    local: true,
    tree: () => ({}),
    args: async (c) => {
      await put(c, 'target/old.csv', 'start_time_utc,phase,env\n2026-01-01T00:00:00Z,apply,dev\n');
      await putLink(c, 'old.csv', 'target/old.csv');
      return ['migrate-csv', 'old.csv'];
    },
    code: 1,
    stderr: [
      /^ci-ledger migrate-csv: \S+old\.csv is a symbolic link \(to target\/old\.csv\): links are not followed or replaced/,
    ],
    unchanged: true,
  },
  {
    name: 'migrate-csv: a FIFO is refused without hanging',
    stores: ['dir'],
    local: true,
    tree: () => ({}),
    args: async (c) => {
      execFileSync('mkfifo', [`${c.cwd}/old.csv`]);
      return ['migrate-csv', 'old.csv'];
    },
    code: 1,
    stderr: [/^ci-ledger migrate-csv: \S+old\.csv is not a regular file$/],
    unchanged: true,
  },
  {
    name: 'migrate-csv: a folder is refused',
    stores: ['dir'],
    local: true,
    tree: () => ({}),
    args: async (c) => {
      await put(c, 'old.csv/inside', 'x');
      return ['migrate-csv', 'old.csv'];
    },
    code: 1,
    stderr: [/^ci-ledger migrate-csv: \S+old\.csv is not a regular file$/],
    unchanged: true,
  },
  {
    name: 'migrate-csv: a file that is not UTF-8 is refused',
    stores: ['dir'],
    local: true,
    tree: () => ({}),
    args: async (c) => {
      await put(c, 'old.csv', 'start_time_utc,phase\n\u00ff\n');
      execFileSync('sh', [
        '-c',
        `printf 'start_time_utc,phase\\n\\377\\376\\n' > '${c.cwd}/old.csv'`,
      ]);
      return ['migrate-csv', 'old.csv'];
    },
    code: 1,
    stderr: [/^ci-ledger migrate-csv: \S+old\.csv: not UTF-8 text/],
    unchanged: true,
  },
  {
    name: 'migrate-csv: a name with an escape sequence is escaped in the error',
    stores: ['dir'],
    local: true,
    tree: () => ({}),
    args: () => ['migrate-csv', `${ESC}[31mred.csv`],
    code: 1,
    stderr: [/^ci-ledger migrate-csv: \S*\\x1b\[31mred\.csv cannot be read \(ENOENT\)$/],
    after: (_read, run) => expect(run.stderr).not.toContain(ESC),
    unchanged: true,
  },
  {
    name: 'record-timing: a log path with a bidi control and an escape is shown escaped',
    stores: ['dir'],
    tree: () => ({}),
    args: timing({ 'log-path': `logs/${RLO}gol.exe${ESC}[0m` }),
    code: 1,
    stderr: [/^ci-ledger record-timing: .*logs\/<U\+202E>gol\.exe\\x1b\[0m/],
    // eslint-disable-next-line no-control-regex -- control characters are what must not be there
    after: (_read, run) => expect(run.stderr).not.toMatch(/[\u001b\u202e]/),
    unchanged: true,
  },

  // --- stores that cannot take a write, paths that are not files -------------------------------
  {
    name: "store: a non-bare remote with the branch checked out: git's refusal at once, not retried",
    stores: ['dir'],
    local: true, // the remote is a folder of the working directory, given with --git-remote
    tree: () => ({}),
    args: async (c) => {
      const git = (...a: string[]) => execFileSync('git', a, { cwd: c.cwd, stdio: 'ignore' });
      git('init', '--quiet', '--initial-branch=governance-registry', 'remote');
      git(
        '-C',
        'remote',
        '-c',
        'user.name=t',
        '-c',
        'user.email=t@x',
        'commit',
        '--quiet',
        '--allow-empty',
        '-m',
        'init',
      );
      return [...(await timing()(c)), '--git-remote', 'remote'];
    },
    // No retry lines ("Attempt 2/20 did not land …"): the records printed once, then the error.
    code: 1,
    stderr: [
      /^Unwritten records: ci-ledger-spool: \{/,
      /^ci-ledger record-timing: Could not write 1 record\(s\) for environments\/development\/latest\/build_timings\.csv to git remote \S*remote: git push failed .*refusing to update checked out branch/,
    ],
    after: (_read, run) => {
      expect(run.ms).toBeLessThan(30_000); // was: retried for 120 s
      const head = execFileSync(
        'git',
        ['-C', `${run.cwd}/remote`, 'log', '--format=%s', 'governance-registry'],
        {
          encoding: 'utf8',
        },
      );
      expect(head).toBe('init\n'); // nothing written to the remote
    },
  },
  {
    name: 'report: a metrics path that is a folder is an error naming it, not "Read 0 metrics file(s)"',
    stores: ['dir', 'git'],
    tree: () => history(`${good}\n`),
    args: () => ['report', '--metrics-path', 'data/metrics'],
    code: 1,
    stderr: [
      /^ci-ledger report: data\/metrics is a folder, not the metrics file: --metrics-path names a file/,
    ],
    unchanged: true,
  },

  // --- text that stays text (content cases: exit 0, inert markdown) ---------------------------
  {
    name: 'text: @mentions, e-mail addresses and U+202E in names stay text in the summary',
    stores: ['dir', 'git', 'api'],
    tree: () =>
      history(
        `${good.replace(/"b1"/, JSON.stringify(`${HOSTILE_NAME} ${RLO}b1`))}\n`,
        `${failureLine(`${HOSTILE_NAME} ${RLO}b1`, HOSTILE_NAME)
          .replace('"missing_dep"', JSON.stringify(`${HOSTILE_NAME} ops@example.com`))
          .replace(
            '"message":"x"',
            `"message":${JSON.stringify(`mail ops@example.com ${RLO}`)}`,
          )}\n`,
      ),
    args: () => ['summary'],
    code: 0,
    stderr: [],
    after: (_read, run) => {
      const html = inert(run.stdout);
      expect(html).toContain('@\u200Bocto'); // still reads as @octocat
      expect(html).toContain('&lt;U+202E&gt;b1');
    },
    unchanged: true,
  },
  {
    name: 'text: the same names stay text in report --format markdown',
    stores: ['dir'],
    tree: () =>
      history(
        `${good.replace(/"b1"/, JSON.stringify(`${HOSTILE_NAME} ${RLO}b1`)).replace('"darwin-arm64"', '"@octocat-arm64"')}\n`,
        `${failureLine(`${HOSTILE_NAME} ${RLO}b1`, HOSTILE_NAME).replace('"missing_dep"', '"@octocat"').replace('darwin-arm64', '@octocat-arm64')}\n`,
      ),
    args: () => ['report', '--last', '0', '--format', 'markdown'],
    code: 0,
    stderr: [],
    after: (_read, run) => {
      // The names are there, as text: the platform still reads as @octocat-arm64.
      expect(inert(run.stdout)).toContain('@\u200Bocto');
    },
    unchanged: true,
  },
  {
    name: 'text: report text shows bidi controls by name and escapes no terminal codes',
    stores: ['dir'],
    tree: () =>
      history(
        `${good}\n`,
        `${failureLine('b1', `${RLO}evil${ESC}[2J`).replace('"missing_dep"', JSON.stringify(`cat${ESC}]0;x\u0007`))}\n`,
      ),
    args: () => ['report', '--last', '0'],
    code: 0,
    stderr: [],
    // eslint-disable-next-line no-control-regex -- control characters are what must not be there
    after: (_read, run) => expect(run.stdout).not.toMatch(/[\u001b\u0007\u202e]/),
    unchanged: true,
  },
  {
    name: 'text: a recipe named @octocat from an artifact is written verbatim to the record',
    stores: ['dir'],
    tree: () => ({}),
    args: async (c) => {
      await put(
        c,
        'results/validation-results-darwin-arm64.json',
        darwinArtifact(10).replace('"bat"', '"@octocat"').replace('"m"', '"ops@example.com"'),
      );
      return batch();
    },
    code: 0,
    stderr: [],
    after: async (read) =>
      expect(JSON.parse((await read(FAILURES))!.trim())).toMatchObject({
        recipe: '@octocat',
        message: 'ops@example.com',
      }),
  },
];

describeHostile('hostile values', cases);

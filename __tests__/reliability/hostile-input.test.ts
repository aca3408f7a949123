/**
 * Hostile input (issue 12): branch content and local folders that try to make ci-ledger read
 * outside its store, hang, or count a record twice. Every case runs the BUILT CLI
 * (`node dist/cli/index.js`) against a store of its own — a plain directory, a real bare
 * repository (the git backend, by path), or the GitHub API emulator over a bare repository —
 * seeded with real symbolic links (git mode 120000), submodules (160000) and files, and asserts:
 *   - the exit status written down for the case, within a time bound (no hang);
 *   - stderr: exactly the lines expected (one error; or the warnings naming each skipped link);
 *   - nothing from outside the store reaches the output (a marker planted outside never shows);
 *   - the store unchanged where nothing may be written (refs for git/API, every entry — links
 *     included, by lstat — for a directory).
 * The harness is __tests__/support/hostile.ts; hostile-values.test.ts holds the cases of bad
 * values, spool files, CSV layouts and text that must stay text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import {
  describeHostile,
  metricsLine,
  failureLine,
  REAL,
  link,
  report,
  skippedWarning,
  readOneBatch,
  batchMetrics,
  darwinArtifact,
  metricsOf,
  put,
  putLink,
  type Case,
} from '../support/hostile.js';

const cases: Case[] = [
  // --- branch content read by a report ------------------------------------------------------
  {
    name: 'report: the metrics file is a link to a file outside the store',
    stores: ['dir', 'git', 'api'],
    tree: (c) => ({
      ...REAL,
      'data/metrics/batch-runs.jsonl': link(join(c.outside, 'metrics.jsonl')),
    }),
    args: () => report,
    // Skipped, and with it the only metrics file: no history, said with where it looked.
    code: 1,
    stderr: [
      skippedWarning('data/metrics/batch-runs.jsonl'),
      /^ci-ledger report: No batch history in .*: neither data\/metrics\/batch-runs\.jsonl nor/,
    ],
    unchanged: true,
  },
  {
    name: 'report: data/failures is a link to a folder outside the store',
    stores: ['dir', 'git', 'api'],
    tree: (c) => ({
      'data/metrics/batch-runs.jsonl': `${metricsLine('b1')}\n`,
      'data/failures': link(c.outside),
    }),
    args: () => report,
    code: 0,
    stderr: [skippedWarning('data/failures')],
    stdout: /^Read 1 metrics file\(s\) \(1 batch records\) and 0 failure file\(s\)/m,
    unchanged: true,
  },
  {
    name: 'report: link loops (loop -> .., self -> .) in both folders end promptly',
    stores: ['dir', 'git', 'api'],
    tree: () => ({
      ...REAL,
      'data/metrics/loop': link('..'),
      'data/failures/self': link('.'),
      'data/failures/deep/up': link('../../..'),
    }),
    args: () => report,
    code: 0,
    stderr: [
      skippedWarning('data/metrics/loop'),
      skippedWarning('data/failures/deep/up'),
      skippedWarning('data/failures/self'),
    ],
    stdout: readOneBatch,
    unchanged: true,
  },
  {
    name: 'report: a sibling metrics shard that is a link to an outside file',
    stores: ['dir', 'git', 'api'],
    tree: (c) => ({
      ...REAL,
      'data/metrics/batch-runs-2026-01.jsonl': link(join(c.outside, 'metrics.jsonl')),
    }),
    args: () => report,
    code: 0,
    stderr: [skippedWarning('data/metrics/batch-runs-2026-01.jsonl')],
    stdout: readOneBatch,
    unchanged: true,
  },
  {
    name: 'report: a submodule among the failure files',
    stores: ['git', 'api'],
    tree: () => ({ ...REAL, 'data/failures/vendored': { submodule: true } }),
    args: () => report,
    code: 0,
    stderr: [skippedWarning('data/failures/vendored', 'a submodule')],
    stdout: readOneBatch,
    unchanged: true,
  },
  {
    name: 'report: a link to /etc/passwd named like a failures file',
    stores: ['dir', 'git', 'api'],
    tree: () => ({ ...REAL, 'data/failures/passwd.jsonl': link('/etc/passwd') }),
    args: () => report,
    code: 0,
    stderr: [skippedWarning('data/failures/passwd.jsonl')],
    stdout: readOneBatch,
    unchanged: true,
  },
  {
    name: 'dashboard: links to /etc/passwd and outside the store among the history are skipped',
    stores: ['dir', 'git', 'api'],
    tree: (c) => ({
      ...REAL,
      'data/failures/passwd.jsonl': link('/etc/passwd'),
      'data/metrics/batch-runs-2026-01.jsonl': link(join(c.outside, 'metrics.jsonl')),
    }),
    // The site goes to a folder of its own beside the store (the store stays as it was).
    args: async (c) => ['dashboard', '--out', await mkdtemp(join(c.cwd, '..', 'site-'))],
    code: 0,
    stderr: [
      skippedWarning('data/metrics/batch-runs-2026-01.jsonl'),
      skippedWarning('data/failures/passwd.jsonl'),
      /^No environments\/\*\/latest\/build_timings\.csv in .*: the site shows batches only\.$/,
    ],
    stdout: /^Wrote .*: 1 batches, 1 failure records/,
    unchanged: true,
  },
  {
    name: 'report: the checkout bound (CI_LEDGER_MAX_CHECKOUT_BYTES) is one clear error',
    stores: ['dir', 'git', 'api'],
    tree: () => REAL,
    env: { CI_LEDGER_MAX_CHECKOUT_BYTES: '100' },
    args: () => report,
    code: 1,
    stderr: [
      /^ci-ledger report: the files a report reads .* hold \d+ bytes, over the 100 bytes limit \(CI_LEDGER_MAX_CHECKOUT_BYTES\)$/,
    ],
    unchanged: true,
  },
  {
    name: 'report timings: the CSV is a link to an outside file',
    stores: ['dir', 'git', 'api'],
    tree: (c) => ({
      'environments/development/latest/build_timings.csv': link(join(c.outside, 'timings.csv')),
    }),
    args: () => ['report', 'timings', '--branch', 'main'],
    // The link is skipped, and with it the only CSV: the report says it found none, and where.
    code: 1,
    stderr: [
      skippedWarning('environments/development/latest/build_timings.csv'),
      /^ci-ledger report: No environments\/\*\/latest\/build_timings\.csv in /,
    ],
    unchanged: true,
  },

  // --- branch content met by a writer -----------------------------------------------------------
  {
    name: 'writer: the metrics file is a link — refused, nothing written',
    stores: ['dir', 'git', 'api'],
    tree: (c) => ({
      ...REAL,
      'data/metrics/batch-runs.jsonl': link(join(c.outside, 'metrics.jsonl')),
    }),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact());
      return [...batchMetrics, '--branch', 'main'];
    },
    code: 1,
    stderr: [
      /^ci-ledger batch-metrics: data\/metrics\/batch-runs\.jsonl (on branch main|in \S+) is a symbolic link \(mode 120000\), not a regular file: .*Nothing was written/,
    ],
    unchanged: true,
  },
  {
    name: 'writer: data/failures is a link to an outside folder — refused, nothing written',
    stores: ['dir', 'git', 'api'],
    tree: (c) => ({
      'data/metrics/batch-runs.jsonl': `${metricsLine('b1')}\n`,
      'data/failures': link(c.outside),
    }),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact());
      return [...batchMetrics, '--branch', 'main'];
    },
    code: 1,
    stderr: [
      /^ci-ledger batch-metrics: data\/failures (on branch main|in \S+) is a symbolic link \(mode 120000\), not a folder/,
    ],
    unchanged: true,
  },
  {
    name: 'writer: the metrics folder is a submodule — refused',
    stores: ['git', 'api'],
    tree: () => ({
      'data/failures/cargo.jsonl': REAL['data/failures/cargo.jsonl'] as string,
      'data/metrics': { submodule: true },
    }),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact());
      return [...batchMetrics, '--branch', 'main'];
    },
    code: 1,
    stderr: [
      /^ci-ledger batch-metrics: data\/metrics on branch main is a submodule \(mode 160000\), not a folder/,
    ],
    unchanged: true,
  },
  {
    name: 'writer: the timings CSV is a link — refused',
    stores: ['dir', 'git', 'api'],
    tree: (c) => ({
      'environments/development/latest/build_timings.csv': link(join(c.outside, 'timings.csv')),
    }),
    args: async (c) => [
      'record-timing',
      '--env',
      'dev',
      '--build-id',
      'b1',
      '--phase',
      'apply',
      '--branch',
      'main',
      '--log-path',
      await put(c, 'apply.log', 'Apply complete! Resources: 1 added, 0 changed, 0 destroyed.\n'),
      '--exit-code',
      '0',
      '--start-time',
      '2026-01-29T10:00:00Z',
      '--end-time',
      '2026-01-29T10:01:00Z',
    ],
    code: 1,
    stderr: [
      /^ci-ledger record-timing: environments\/development\/latest\/build_timings\.csv (on branch main|in \S+) is a symbolic link/,
    ],
    unchanged: true,
  },
  {
    name: 'writer: a ledger file over CI_LEDGER_MAX_FILE_BYTES — refused',
    stores: ['dir', 'git', 'api'],
    tree: () => REAL,
    env: { CI_LEDGER_MAX_FILE_BYTES: '100' },
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact());
      return [...batchMetrics, '--branch', 'main'];
    },
    code: 1,
    stderr: [
      /^ci-ledger batch-metrics: data\/metrics\/batch-runs\.jsonl (on branch main|in \S+) is \d+ bytes, over the 100 bytes limit for a ledger file \(CI_LEDGER_MAX_FILE_BYTES\)/,
    ],
    unchanged: true,
  },

  // --- counted twice ---------------------------------------------------------------------------
  {
    name: 'idempotent: the existing batch record is pretty-printed',
    stores: ['dir', 'git', 'api'],
    tree: () => ({
      'data/metrics/batch-runs.jsonl': `${JSON.stringify(JSON.parse(metricsLine('b2')), null, 2)}\n`,
      'data/failures/cargo.jsonl': `${JSON.stringify(JSON.parse(failureLine('b2')), null, 2)}\n`,
    }),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact());
      return [...batchMetrics, '--branch', 'main'];
    },
    code: 0,
    stderr: [],
    stdout: /already recorded/i,
    unchanged: true,
  },
  {
    name: 'idempotent: the existing batch line starts with a UTF-8 BOM',
    stores: ['dir', 'git', 'api'],
    tree: () => ({
      'data/metrics/batch-runs.jsonl': `\uFEFF${metricsLine('b2')}\n`,
      'data/failures/cargo.jsonl': `\uFEFF${failureLine('b2')}\n`,
    }),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact());
      return [...batchMetrics, '--branch', 'main'];
    },
    code: 0,
    stderr: [],
    stdout: /already recorded/i,
    unchanged: true,
  },
  {
    name: 'idempotent: a truncated line before the existing record does not hide it',
    stores: ['dir'],
    tree: () => ({
      'data/metrics/batch-runs.jsonl': `{"schema_version":1,"batch_id":"b0","ecosy\n${metricsLine('b2')}\n`,
      'data/failures/cargo.jsonl': `${failureLine('b2')}\n`,
    }),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact());
      return [...batchMetrics, '--branch', 'main'];
    },
    code: 0,
    stderr: [],
    stdout: /already recorded/i,
    unchanged: true,
  },

  // --- --results-dir -----------------------------------------------------------------------
  {
    name: 'results-dir: a `self -> .` link does not count the darwin artifact again',
    stores: ['dir'],
    tree: () => ({}),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact(10));
      await putLink(c, 'results/self', '.');
      await putLink(c, 'results/darwin/up', '..');
      return batchMetrics;
    },
    code: 0,
    stderr: [],
    after: async (read) => {
      const [record] = metricsOf(await read('data/metrics/batch-runs.jsonl'));
      expect(record).toMatchObject({ macos_minutes_used: 10, total: 2 });
    },
  },
  {
    name: 'results-dir: a matching link to an artifact outside the folder — refused',
    stores: ['dir'],
    tree: () => ({}),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact(10));
      await putLink(
        c,
        'results/linux/validation-results-linux-x86_64.json',
        join(c.outside, 'artifact.json'),
      );
      return batchMetrics;
    },
    code: 1,
    stderr: [
      /^ci-ledger batch-metrics: results\/linux\/validation-results-linux-x86_64\.json is a symbolic link: result artifacts must be regular files/,
    ],
    unchanged: true,
  },
  {
    name: 'results-dir: a link to /etc/passwd named like an artifact — refused, never quoted',
    stores: ['dir'],
    tree: () => ({}),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact(10));
      await putLink(c, 'results/validation-results-evil.json', '/etc/passwd');
      return batchMetrics;
    },
    code: 1,
    stderr: [/^ci-ledger batch-metrics: results\/validation-results-evil\.json is a symbolic link/],
    unchanged: true,
  },
  {
    name: 'results-dir: an artifact holding passwd-like text is refused without quoting it',
    stores: ['dir'],
    tree: () => ({}),
    args: async (c) => {
      await put(
        c,
        'results/validation-results-darwin-arm64.json',
        'root:x:0:0:root:/root:/bin/bash\n',
      );
      return batchMetrics;
    },
    code: 1,
    stderr: [
      /^ci-ledger batch-metrics: results\/validation-results-darwin-arm64\.json: not valid JSON \(Unexpected token 'r'\)$/,
    ],
    unchanged: true,
  },
  {
    name: 'results-dir: a FIFO named like an artifact — refused, no hang',
    stores: ['dir'],
    tree: () => ({}),
    args: async (c) => {
      await put(c, 'results/darwin/validation-results-darwin-arm64.json', darwinArtifact(10));
      execFileSync('mkfifo', [join(c.cwd, 'results/validation-results-fifo.json')]);
      return batchMetrics;
    },
    code: 1,
    stderr: [
      /^ci-ledger batch-metrics: results\/validation-results-fifo\.json is not a regular file/,
    ],
    unchanged: true,
  },
  {
    name: 'results-dir: a directory link loop ends promptly',
    stores: ['dir'],
    tree: () => ({}),
    args: async (c) => {
      await put(c, 'results/a/validation-results-darwin-arm64.json', darwinArtifact(10));
      await putLink(c, 'results/a/b', '../a');
      await putLink(c, 'results/a/c', '../a/b');
      return batchMetrics;
    },
    code: 0,
    stderr: [],
    after: async (read) => {
      expect(metricsOf(await read('data/metrics/batch-runs.jsonl'))).toHaveLength(1);
    },
  },

  // --- --log-dir ------------------------------------------------------------------------------
  ...logDirCases(),
];

function logDirCases(): Case[] {
  const timing = (extra: string[] = []) => [
    'record-timing',
    '--env',
    'dev',
    '--build-id',
    'b1',
    '--phase',
    'apply',
    '--log-dir',
    'logs',
    '--exit-code',
    '0',
    '--start-time',
    '2026-01-29T10:00:00Z',
    '--end-time',
    '2026-01-29T10:01:00Z',
    ...extra,
  ];
  const log = 'Apply complete! Resources: 2 added, 0 changed, 0 destroyed.\n';
  const csv = 'environments/development/latest/build_timings.csv';
  return [
    {
      name: 'log-dir: a link loop does not hang discovery',
      stores: ['dir'],
      tree: () => ({}),
      args: async (c) => {
        await put(c, 'logs/apply-dev-b1.log', log);
        await putLink(c, 'logs/loop', '..');
        await putLink(c, 'logs/self', '.');
        return timing();
      },
      code: 0,
      stderr: [],
      after: async (read) =>
        expect(await read(csv)).toMatch(/,apply,dev,b1,60,0,,2,0,0,logs\/apply-dev-b1\.log\n$/),
    },
    {
      name: 'log-dir: a dangling link among the logs is no raw ENOENT',
      stores: ['dir'],
      tree: () => ({}),
      args: async (c) => {
        await put(c, 'logs/apply-dev-b1-old.log', log);
        await putLink(c, 'logs/apply-dev-b1-new.log', 'gone.log');
        return timing();
      },
      code: 0,
      stderr: [],
      after: async (read) => expect(await read(csv)).toMatch(/logs\/apply-dev-b1-old\.log\n$/),
    },
    {
      name: 'log-dir: the only match is a link to a file outside — not read, one error',
      stores: ['dir'],
      tree: () => ({}),
      args: async (c) => {
        await putLink(c, 'logs/apply-dev-b1.log', join(c.outside, 'apply-dev-b1.log'));
        return timing();
      },
      code: 1,
      stderr: [
        /^ci-ledger record-timing: No log matches \*apply\*b1\*\.log in \S*logs \(1 entries there\) \(skipped, not followed: 1 link\(s\) or special file\(s\): \S*logs\/apply-dev-b1\.log\)/,
      ],
      unchanged: true,
    },
  ];
}

describeHostile('hostile input', cases);

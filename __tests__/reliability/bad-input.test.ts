/**
 * The bad-input corpus: logs, artifacts, names, CSV headers on the branch, spool JSON. Every
 * case runs the built CLI bundle against a target of its own — a plain data directory, a real
 * bare repository by path (the git backend), or the GitHub API emulator over a bare repository
 * — and must end with:
 *   - a non-zero exit (1 for invalid input; 2 for a usage error), no crash;
 *   - exactly one message on stderr (a usage error may add its `Run "… --help"` hint), naming
 *     the file, line, JSON pointer or option that is wrong; never a stack trace;
 *   - the target unchanged: every ref of the repository at the same commit (for the API, no
 *     write request at all), or every file of the data directory identical;
 *   - the working directory unchanged: no spool file (spooled bad input would be re-submitted
 *     by the next `ci-ledger flush`), no log, no command run.
 *
 * Bad input must be refused before any write is attempted, so every case runs with the
 * writer's retries cut to 2 quick attempts: a case that reaches a retry loop still shows up
 * (as extra stderr lines and a spool file), it just does not take a minute to do so.
 *
 * The cases are independent, so they run a few at a time (beforeAll starts them all through a
 * small pool; each test awaits its own). Cases marked `bug` reveal a real defect: they are kept
 * as `test.failing`, with the defect explained, and pass again once it is fixed.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { quickRetryEnv, runCli, type CliRun } from '../support/cli.js';
import { createBareRepo } from '../support/git-daemon.js';
import {
  commitFiles,
  gitIn,
  startGitHubApiServer,
  type GitHubApiServer,
} from '../support/github-api-server.js';

const TOKEN = 'ghs_badInputCorpus0123456789abcdef';
const HEADER =
  'start_time_utc,end_time_utc,phase,env,build_id,duration_seconds,exit_code,flags,resources_added,resources_changed,resources_destroyed,log_path';
const OLD_HEADER =
  'start_time_utc,end_time_utc,phase,env,build_id,duration_seconds,exit_code,flags,log_path';
const SHUFFLED_HEADER = HEADER.split(',').reverse().join(',');
const ROW =
  '2026-01-20T08:00:00Z,2026-01-20T08:10:00Z,apply,dev,b0,600,0,,1,0,0,logs/build-timings/apply-dev-b0.log';

/** What every target holds before a case runs: both branches of a small registry. */
const REGISTRY: Record<string, Record<string, string>> = {
  'governance-registry': {
    'environments/development/latest/build_timings.csv': `${HEADER}\n${ROW}\n`,
    'environments/legacy/latest/build_timings.csv': `${OLD_HEADER}\n2025-12-25T12:22:06Z,2025-12-25T12:35:06Z,apply,legacy,b0,780,0,,logs/x.log\n`,
    'environments/shuffled/latest/build_timings.csv': `${SHUFFLED_HEADER}\n`,
    'environments/broken/latest/build_timings.csv': `${HEADER}\n${ROW}\n"2026-01-21T08:00:00Z,unterminated\n`,
  },
  main: {
    'README.md': 'registry\n',
    'data/metrics/batch-runs.jsonl':
      '{"schema_version":1,"batch_id":"2026-01-28-001","ecosystem":"cargo","total":1}\n',
    'data/failures/cargo.jsonl':
      '{"schema_version":1,"batch_id":"2026-01-28-001","ecosystem":"cargo","recipe":"rg","environment":"darwin-arm64"}\n',
  },
};

/** dir: --data-dir; git: --git-remote to a bare repository; api: --repo through the emulator;
 * none: a command without a store (migrate-csv), whose target is the working directory. */
type Store = 'dir' | 'git' | 'api' | 'none';

/** One case's working directory (the CLI's cwd): inputs are written here before it runs. */
interface Workspace {
  cwd: string;
  /** writes a file under cwd (creating folders) and returns its path relative to cwd */
  put(path: string, content: string | Buffer): Promise<string>;
}

interface Case {
  name: string;
  store: Store;
  /** The command line without the STORE options (added per store). */
  args: (w: Workspace) => Promise<string[]> | string[];
  /** What the one stderr message must say (and so name: the file, pointer or option). */
  message: RegExp;
  /** 1 (invalid input) unless said otherwise. */
  code?: number;
  /** A real defect this case reveals; the case is kept as test.failing until it is fixed. */
  bug?: string;
}

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

const BATCH = '2026-01-29-001';
const v1 = (extra: Record<string, unknown> = {}, results?: unknown) => ({
  schema_version: 1,
  batch_id: BATCH,
  ecosystem: 'cargo',
  platform: 'darwin-arm64',
  started_at: '2026-01-29T10:00:00Z',
  finished_at: '2026-01-29T10:12:00Z',
  results: results ?? [
    { recipe: 'ripgrep', status: 'passed', duration_seconds: 14.2 },
    { recipe: 'bat', status: 'failed', category: 'missing_dep', message: 'libssl.so.3 not found' },
  ],
  ...extra,
});
const arrayForm = (platform = 'linux-debian-glibc-x86_64') => [
  { recipe: 'ripgrep', platform, status: 'pass', exit_code: 0, attempts: 1, blocked_by: null },
  { recipe: 'bat', platform, status: 'fail', exit_code: 8, attempts: 2, blocked_by: null },
];
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** batch-metrics over the artifacts in results/ (each in its own folder, as download-artifact does). */
const batchMetrics = (extra: string[] = []) => [
  'batch-metrics',
  '--batch-id',
  BATCH,
  '--ecosystem',
  'cargo',
  '--results-dir',
  'results',
  ...extra,
];
async function artifacts(w: Workspace, files: Record<string, string | Buffer>): Promise<void> {
  for (const [platform, content] of Object.entries(files))
    await w.put(`results/${platform}/validation-results-${platform}.json`, content);
}
/** A good artifact next to the bad one: the bad one alone must stop the whole batch. */
const withGood = (files: Record<string, string | Buffer>) => ({
  'linux-x86_64': json(arrayForm()),
  ...files,
});

/** record-timing with these names (dev, b1, apply unless given) and options. */
const recordTiming = (
  extra: string[],
  names: { env?: string; buildId?: string; phase?: string } = {},
) => [
  'record-timing',
  '--env',
  names.env ?? 'dev',
  '--build-id',
  names.buildId ?? 'b1',
  '--phase',
  names.phase ?? 'apply',
  ...extra,
];
const GOOD_LOG = [
  '[2026-01-24T08:00:00Z] terraform apply',
  '\x1b[32mApply complete! Resources: 1 added, 0 changed, 0 destroyed.\x1b[0m',
  '[2026-01-24T08:05:00Z] done',
  '',
].join('\n');
const fromLog = async (w: Workspace, extra: string[] = [], log = GOOD_LOG) => [
  '--log-path',
  await w.put('apply-dev-b1.log', log),
  ...extra,
];

/** A spool directory holding one hand-edited entry, for `ci-ledger flush`. */
async function spool(w: Workspace, entry: unknown): Promise<string[]> {
  const text = typeof entry === 'string' ? entry : JSON.stringify(entry);
  await w.put('spool/request.json', text);
  return ['flush', '--spool-dir', 'spool'];
}
const spoolEntry = (request: unknown) => ({
  version: 1,
  createdAt: '2026-01-29T10:00:00Z',
  target: 'test',
  reason: 'test',
  request,
});
const jsonlFile = (extra: Record<string, unknown>) => ({
  format: 'jsonl',
  path: 'data/records.jsonl',
  key: ['id'],
  records: [{ id: 'x' }],
  ...extra,
});

// ---------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------

const cases: Case[] = [
  // --- logs --------------------------------------------------------------------------------
  {
    name: 'log: the file does not exist',
    store: 'git',
    args: () => recordTiming(['--log-path', 'missing.log', '--exit-code', '0']),
    message: /The log \S*missing\.log does not exist/,
  },
  {
    name: 'log: the path is a directory',
    store: 'dir',
    args: async (w) => {
      await w.put('logs.d/keep', '');
      return recordTiming(['--log-path', 'logs.d', '--exit-code', '0']);
    },
    message: /The log \S*logs\.d is not a file/,
  },
  {
    name: 'log: no file in --log-dir matches *<phase>*<build_id>*.log',
    store: 'api',
    args: async (w) => {
      await w.put('logs/bootstrap-dev-b1.log', GOOD_LOG);
      return recordTiming(['--log-dir', 'logs', '--exit-code', '0']);
    },
    message: /No log matches \*apply\*b1\*\.log in \S*logs \(1 entries there\)/,
  },
  {
    name: 'log: --log-dir does not exist',
    store: 'dir',
    args: () => recordTiming(['--log-dir', 'no-such-dir', '--exit-code', '0']),
    message: /the log directory \S*no-such-dir does not exist/,
  },
  {
    name: 'log: recorded from a log without --exit-code',
    store: 'git',
    args: async (w) => recordTiming(await fromLog(w)),
    message: /exit-code is required when recording from a log/,
  },
  {
    name: 'log: --exit-code out of range (256)',
    store: 'dir',
    args: async (w) => recordTiming(await fromLog(w, ['--exit-code', '256'])),
    message: /exit-code "256" is not an exit status \(an integer 0–255\)/,
  },
  {
    name: 'log: --exit-code not a number',
    store: 'api',
    args: async (w) => recordTiming(await fromLog(w, ['--exit-code', 'failed'])),
    message: /exit-code "failed" is not an exit status/,
  },
  {
    name: 'log: both --log-path and a command to run (the command must not run)',
    store: 'dir',
    args: async (w) =>
      recordTiming([...(await fromLog(w)), '--exit-code', '0', '--', 'touch', 'command-ran']),
    message: /Give either a command to run or log-path, not both/,
  },
  {
    name: 'clock skew: the log ends before it starts',
    store: 'git',
    args: async (w) =>
      recordTiming(
        await fromLog(
          w,
          ['--exit-code', '0'],
          '[2026-01-24T09:00:00Z] start\nApply complete! Resources: 1 added, 0 changed, 0 destroyed.\n[2026-01-24T08:00:00Z] end\n',
        ),
      ),
    message: /apply-dev-b1\.log.*before|before.*apply-dev-b1\.log/,
  },
  {
    name: 'clock skew: --end-time before --start-time',
    store: 'dir',
    args: async (w) =>
      recordTiming(
        await fromLog(w, [
          '--exit-code',
          '0',
          '--start-time',
          '2026-01-24T09:00:00Z',
          '--end-time',
          '2026-01-24T08:00:00Z',
        ]),
      ),
    message: /end-time 2026-01-24T08:00:00Z is before start-time 2026-01-24T09:00:00Z/,
  },
  {
    name: 'time without zone: --start-time 2026-01-24T08:00:00',
    store: 'api',
    args: async (w) =>
      recordTiming(await fromLog(w, ['--exit-code', '0', '--start-time', '2026-01-24T08:00:00'])),
    message: /start-time "2026-01-24T08:00:00" is not an ISO 8601 time with a zone/,
  },
  {
    name: 'time that is not a time: --end-time yesterday',
    store: 'dir',
    args: async (w) =>
      recordTiming(await fromLog(w, ['--exit-code', '0', '--end-time', 'yesterday'])),
    message: /end-time "yesterday" is not an ISO 8601 time with a zone/,
  },

  // --- names that would escape their folder, or are not names -------------------------------
  {
    name: 'name: env ../../x (and the wrapped command must not run)',
    store: 'git',
    args: () => recordTiming(['--', 'touch', 'command-ran'], { env: '../../x' }),
    message: /Unsafe env "\.\.\/\.\.\/x"/,
  },
  {
    name: 'name: phase ../etc',
    store: 'api',
    args: () => recordTiming(['--run', 'true'], { phase: '../etc' }),
    message: /Unsafe phase "\.\.\/etc"/,
  },
  {
    name: 'name: build-id with a slash',
    store: 'dir',
    args: () => recordTiming(['--run', 'true'], { buildId: 'a/b' }),
    message: /Unsafe build id "a\/b"/,
  },
  {
    name: 'name: env with a newline',
    store: 'git',
    args: () => recordTiming(['--run', 'true'], { env: 'dev\nprod' }),
    message: /Unsafe env "dev\\nprod"/,
  },
  {
    name: 'name: env starting with a dot',
    store: 'dir',
    args: () => recordTiming(['--run', 'true'], { env: '.hidden' }),
    message: /Unsafe env "\.hidden"/,
  },
  {
    name: 'name: phase of 129 characters',
    store: 'dir',
    args: () => recordTiming(['--run', 'true'], { phase: 'p'.repeat(129) }),
    message: /Unsafe phase "p{129}": .*at most 128 characters/,
  },
  {
    name: 'name: --env-dir ..',
    store: 'git',
    args: async (w) => recordTiming(await fromLog(w, ['--exit-code', '0', '--env-dir', '..'])),
    message: /Unsafe env-dir "\.\."/,
  },
  {
    name: 'path: --path ../outside.csv',
    store: 'api',
    args: async (w) =>
      recordTiming(await fromLog(w, ['--exit-code', '0', '--path', '../outside.csv'])),
    message: /Unsafe ledger path "\.\.\/outside\.csv": it has an empty, "\." or "\.\." segment/,
  },
  {
    name: 'path: --path /etc/passwd',
    store: 'git',
    args: async (w) =>
      recordTiming(await fromLog(w, ['--exit-code', '0', '--path', '/etc/passwd'])),
    message: /Unsafe ledger path "\/etc\/passwd": it is absolute/,
  },
  {
    name: 'path: --path .git/config',
    store: 'dir',
    args: async (w) =>
      recordTiming(await fromLog(w, ['--exit-code', '0', '--path', '.git/config'])),
    message: /Unsafe ledger path "\.git\/config": it reaches into \.git/,
  },
  {
    name: 'path: --path with backslashes',
    store: 'dir',
    args: async (w) =>
      recordTiming(await fromLog(w, ['--exit-code', '0', '--path', '..\\..\\x.csv'])),
    message: /Unsafe ledger path "\.\.\\\\\.\.\\\\x\.csv": it contains a backslash/,
  },
  {
    name: 'name: --branch that is not a branch name (a..b)',
    store: 'git',
    args: async (w) => recordTiming(await fromLog(w, ['--exit-code', '0', '--branch', 'a..b'])),
    message: /branch "a\.\.b"/,
  },
  {
    name: 'name: --ecosystem ../npm',
    store: 'dir',
    args: async (w) => {
      await artifacts(w, { 'linux-x86_64': json(arrayForm()) });
      return [
        'batch-metrics',
        '--batch-id',
        BATCH,
        '--ecosystem',
        '../npm',
        '--results-dir',
        'results',
      ];
    },
    message: /Unsafe ecosystem "\.\.\/npm"/,
  },
  {
    name: 'name: --ecosystem with a space',
    store: 'git',
    args: async (w) => {
      await artifacts(w, { 'linux-x86_64': json(arrayForm()) });
      return [
        'batch-metrics',
        '--batch-id',
        BATCH,
        '--ecosystem',
        'my eco',
        '--results-dir',
        'results',
      ];
    },
    message: /Unsafe ecosystem "my eco"/,
  },
  {
    name: 'name: platform ../../etc in a v1 artifact',
    store: 'api',
    args: async (w) => {
      await artifacts(w, withGood({ 'darwin-arm64': json(v1({ platform: '../../etc' })) }));
      return batchMetrics();
    },
    message: /validation-results-darwin-arm64\.json: \/platform must match pattern/,
  },
  {
    name: 'name: platform with a slash in an array-form result',
    store: 'dir',
    args: async (w) => {
      await artifacts(w, { 'linux-x86_64': json([...arrayForm(), ...arrayForm('linux/../../x')]) });
      return batchMetrics();
    },
    message: /validation-results-linux-x86_64\.json: \/2\/platform must match pattern/,
  },
  {
    name: 'name: --platform-map folding platforms into ../../etc',
    store: 'git',
    args: async (w) => {
      await artifacts(w, { 'linux-x86_64': json(arrayForm()) });
      return batchMetrics(['--platform-map', 'linux-*=../../etc']);
    },
    message: /platform-map .*"\.\.\/\.\.\/etc"/,
  },
  {
    name: 'path: --metrics-path ../metrics.jsonl',
    store: 'dir',
    args: async (w) => {
      await artifacts(w, { 'linux-x86_64': json(arrayForm()) });
      return batchMetrics(['--metrics-path', '../metrics.jsonl']);
    },
    message: /Unsafe ledger path "\.\.\/metrics\.jsonl"/,
  },
  {
    name: 'path: --failures-dir ../../x',
    store: 'api',
    args: async (w) => {
      await artifacts(w, { 'linux-x86_64': json(arrayForm()) });
      return batchMetrics(['--failures-dir', '../../x']);
    },
    message: /Unsafe ledger path "\.\.\/\.\.\/x\/cargo\.jsonl"/,
  },
  {
    name: 'path: --results ../../*.json finds nothing outside results-dir',
    store: 'dir',
    args: async (w) => {
      await w.put('validation-results-outside.json', json(arrayForm()));
      await mkdir(join(w.cwd, 'results'), { recursive: true });
      return batchMetrics(['--results', '../*.json']);
    },
    message: /No result artifacts match \.\.\/\*\.json under results/,
  },

  // --- artifacts ----------------------------------------------------------------------------
  {
    name: 'artifact: truncated JSON (line and column)',
    store: 'git',
    args: async (w) => {
      await artifacts(w, withGood({ 'darwin-arm64': json(v1()).slice(0, 150) }));
      return batchMetrics();
    },
    message: /validation-results-darwin-arm64\.json: not valid JSON \(.* at line \d+, column \d+\)/,
  },
  {
    name: 'artifact: binary (a PNG with NUL bytes)',
    store: 'dir',
    args: async (w) => {
      const png = Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe,
      ]);
      await artifacts(w, withGood({ 'darwin-arm64': png }));
      return batchMetrics();
    },
    message: /validation-results-darwin-arm64\.json: not UTF-8 text/,
  },
  {
    name: 'artifact: Latin-1 text (not UTF-8)',
    store: 'api',
    args: async (w) => {
      const text = json(v1({}, [{ recipe: 'café', status: 'passed' }]));
      await artifacts(w, withGood({ 'darwin-arm64': Buffer.from(text, 'latin1') }));
      return batchMetrics();
    },
    message: /validation-results-darwin-arm64\.json: not UTF-8 text/,
  },
  {
    name: 'artifact: empty file',
    store: 'dir',
    args: async (w) => {
      await artifacts(w, withGood({ 'darwin-arm64': '' }));
      return batchMetrics();
    },
    message: /validation-results-darwin-arm64\.json: not valid JSON/,
  },
  {
    name: 'artifact: JSON that is neither form (an object without schema_version)',
    store: 'git',
    args: async (w) => {
      await artifacts(w, withGood({ 'darwin-arm64': json({ results: [] }) }));
      return batchMetrics();
    },
    message:
      /validation-results-darwin-arm64\.json: \/ is neither a v1 result object .* nor an array/,
  },
  {
    name: 'artifact: JSON that is neither form (a string)',
    store: 'dir',
    args: async (w) => {
      await artifacts(w, withGood({ 'darwin-arm64': '"all passed"' }));
      return batchMetrics();
    },
    message: /validation-results-darwin-arm64\.json: \/ is neither a v1 result object/,
  },
  {
    name: 'artifact: deeply nested arrays (200 000 levels)',
    store: 'dir',
    args: async (w) => {
      await artifacts(w, withGood({ 'darwin-arm64': '['.repeat(200_000) + ']'.repeat(200_000) }));
      return batchMetrics();
    },
    message: /validation-results-darwin-arm64\.json: \/0 must be object/,
  },
  {
    name: 'schema: schema_version 2',
    store: 'api',
    args: async (w) => {
      await artifacts(w, withGood({ 'darwin-arm64': json(v1({ schema_version: 2 })) }));
      return batchMetrics();
    },
    message: /validation-results-darwin-arm64\.json: \/schema_version must be 1/,
  },
  {
    name: 'schema: a status outside the enum',
    store: 'dir',
    args: async (w) => {
      await artifacts(
        w,
        withGood({ 'darwin-arm64': json(v1({}, [{ recipe: 'rg', status: 'ok' }])) }),
      );
      return batchMetrics();
    },
    message:
      /validation-results-darwin-arm64\.json: \/results\/0\/status must be one of "passed", "failed", "skipped"/,
  },
  {
    name: 'schema: a result without its recipe',
    store: 'git',
    args: async (w) => {
      await artifacts(w, withGood({ 'darwin-arm64': json(v1({}, [{ status: 'passed' }])) }));
      return batchMetrics();
    },
    message:
      /validation-results-darwin-arm64\.json: \/results\/0 is missing the required property "recipe"/,
  },
  {
    name: 'schema: results is not an array',
    store: 'dir',
    args: async (w) => {
      await artifacts(w, withGood({ 'darwin-arm64': json(v1({ results: { rg: 'passed' } })) }));
      return batchMetrics();
    },
    message: /validation-results-darwin-arm64\.json: \/results must be array/,
  },
  {
    name: 'schema: negative runner_minutes',
    store: 'git',
    args: async (w) => {
      await artifacts(w, withGood({ 'darwin-arm64': json(v1({ runner_minutes: -5 })) }));
      return batchMetrics();
    },
    message: /validation-results-darwin-arm64\.json: \/runner_minutes must be >= 0/,
  },
  {
    name: 'huge field: a recipe name of 600 characters',
    store: 'dir',
    args: async (w) => {
      await artifacts(
        w,
        withGood({ 'darwin-arm64': json(v1({}, [{ recipe: 'r'.repeat(600), status: 'passed' }])) }),
      );
      return batchMetrics();
    },
    message:
      /validation-results-darwin-arm64\.json: \/results\/0\/recipe must NOT have more than 512 characters/,
  },
  {
    name: 'huge line: a failure message of 70 000 characters on one line',
    store: 'api',
    args: async (w) => {
      const results = [{ recipe: 'rg', status: 'failed', message: 'x'.repeat(70_000) }];
      await artifacts(w, withGood({ 'darwin-arm64': JSON.stringify(v1({}, results)) }));
      return batchMetrics();
    },
    message:
      /validation-results-darwin-arm64\.json: \/results\/0\/message must NOT have more than 65536 characters/,
  },
  {
    name: 'time without zone: started_at 2026-01-29T10:00:00',
    store: 'dir',
    args: async (w) => {
      await artifacts(
        w,
        withGood({ 'darwin-arm64': json(v1({ started_at: '2026-01-29T10:00:00' })) }),
      );
      return batchMetrics();
    },
    message: /validation-results-darwin-arm64\.json: \/started_at must match format "date-time"/,
  },
  {
    name: 'clock skew: finished_at before started_at',
    store: 'git',
    args: async (w) => {
      const skewed = v1({
        started_at: '2026-01-29T10:30:00Z',
        finished_at: '2026-01-29T10:00:00Z',
      });
      await artifacts(w, withGood({ 'darwin-arm64': json(skewed) }));
      return batchMetrics();
    },
    message: /validation-results-darwin-arm64\.json: .*finished_at.*before.*started_at/,
  },
  {
    name: 'conflict: one artifact from another batch',
    store: 'api',
    args: async (w) => {
      await artifacts(w, {
        'darwin-arm64': json(v1()),
        'darwin-x86_64': json(v1({ platform: 'darwin-x86_64', batch_id: '2026-01-28-004' })),
      });
      return batchMetrics();
    },
    message:
      /validation-results-darwin-x86_64\.json: \/batch_id is "2026-01-28-004", but this batch is "2026-01-29-001"/,
  },
  {
    name: 'conflict: an artifact of another ecosystem',
    store: 'dir',
    args: async (w) => {
      await artifacts(w, withGood({ 'darwin-arm64': json(v1({ ecosystem: 'pip' })) }));
      return batchMetrics();
    },
    message:
      /validation-results-darwin-arm64\.json: \/ecosystem is "pip", but this batch is "cargo"/,
  },
  {
    name: 'size: a 200 MB artifact (sparse) is over the 64 MiB limit',
    store: 'git',
    args: async (w) => {
      await artifacts(w, withGood({}));
      const file = join(w.cwd, 'results/darwin-arm64/validation-results-darwin-arm64.json');
      await mkdir(dirname(file), { recursive: true });
      const handle = await open(file, 'w');
      await handle.write(json(v1()).slice(0, -2)); // a valid start, then a sparse 200 MB tail
      await handle.truncate(200 * 1024 * 1024);
      await handle.close();
      return batchMetrics();
    },
    message: /validation-results-darwin-arm64\.json: 209715200 bytes is over the 64 MiB limit/,
  },
  {
    name: 'no artifacts: --results-dir does not exist',
    store: 'api',
    args: () => batchMetrics().map((a) => (a === 'results' ? 'no-such-results' : a)),
    message: /results-dir no-such-results does not exist/,
  },
  {
    name: 'counts: --total -3',
    store: 'dir',
    args: async (w) => {
      await artifacts(w, { 'linux-x86_64': json(arrayForm()) });
      return batchMetrics(['--total=-3']);
    },
    message: /total "-3" is not a whole number/,
  },
  {
    name: 'maps: a --category-map line without "="',
    store: 'dir',
    args: async (w) => {
      await artifacts(w, { 'linux-x86_64': json(arrayForm()) });
      return batchMetrics(['--category-map', '8:missing_dep']);
    },
    message: /category-map line 1 "8:missing_dep" is not "pattern=value"/,
  },
  {
    name: 'usage: --batch-id missing',
    store: 'dir',
    args: () => ['batch-metrics', '--ecosystem', 'cargo', '--results-dir', 'results'],
    message: /--batch-id is required/,
    code: 2,
  },

  // --- CSV headers on the branch ---------------------------------------------------------------
  {
    name: 'header: the 9-column header of older writers (git)',
    store: 'git',
    args: async (w) => recordTiming(await fromLog(w, ['--exit-code', '0']), { env: 'legacy' }),
    message:
      /environments\/legacy\/latest\/build_timings\.csv: its header has 9 columns .*Nothing was written\. Convert the file with: ci-ledger migrate-csv/,
  },
  {
    name: 'header: the 9-column header of older writers (API)',
    store: 'api',
    args: async (w) => recordTiming(await fromLog(w, ['--exit-code', '0']), { env: 'legacy' }),
    message: /environments\/legacy\/latest\/build_timings\.csv: its header has 9 columns/,
  },
  {
    name: 'header: the 12 columns in another order',
    store: 'dir',
    args: async (w) => recordTiming(await fromLog(w, ['--exit-code', '0']), { env: 'shuffled' }),
    message:
      /environments\/shuffled\/latest\/build_timings\.csv: its header has 12 columns \(log_path,/,
  },
  {
    name: 'CSV on the branch is malformed (an unterminated quote)',
    store: 'git',
    args: async (w) => recordTiming(await fromLog(w, ['--exit-code', '0']), { env: 'broken' }),
    message: /environments\/broken\/latest\/build_timings\.csv line \d+: not valid CSV/,
  },
  {
    name: 'migrate-csv: the file does not exist',
    store: 'none',
    args: () => ['migrate-csv', 'old.csv'],
    message: /old\.csv cannot be read \(ENOENT\)/,
  },
  {
    name: 'migrate-csv: a file that is not a build_timings CSV',
    store: 'none',
    args: async (w) => ['migrate-csv', await w.put('results.csv', 'recipe,status\nrg,passed\n')],
    message: /results\.csv: its first line \(recipe,status\) is not a build_timings header/,
  },

  // --- spool JSON (ci-ledger flush) ------------------------------------------------------------
  {
    name: 'spool: not JSON',
    store: 'dir',
    args: (w) => spool(w, '{"version":1,"request":'),
    message: /request\.json: not a readable spool file \(/,
  },
  {
    name: 'spool: JSON of another version',
    store: 'git',
    args: (w) => spool(w, { version: 2, request: { files: [] } }),
    message: /request\.json: not a ci-ledger spool file \(no "version": 1\)/,
  },
  {
    name: 'spool: a request whose path escapes the branch',
    store: 'api',
    args: (w) =>
      spool(w, spoolEntry({ message: 'm', files: [jsonlFile({ path: '../../x.jsonl' })] })),
    message: /Unsafe ledger path "\.\.\/\.\.\/x\.jsonl"/,
  },
  {
    name: 'spool: a CSV request whose key is not in its header',
    store: 'dir',
    args: (w) =>
      spool(
        w,
        spoolEntry({
          message: 'm',
          files: [
            { format: 'csv', path: 't.csv', columns: ['a'], key: ['b'], records: [{ a: '1' }] },
          ],
        }),
      ),
    message: /request\.json: \/request: \/files\/0\/key: b not in the columns/,
  },
  {
    name: 'spool: records is not an array',
    store: 'dir',
    args: (w) =>
      spool(w, spoolEntry({ message: 'm', files: [jsonlFile({ records: { id: 'x' } })] })),
    message: /request\.json: .*records/,
  },
  {
    name: 'spool: a JSONL request without its key',
    store: 'dir',
    args: (w) => spool(w, spoolEntry({ message: 'm', files: [jsonlFile({ key: undefined })] })),
    message: /request\.json: .*key/,
  },
  {
    name: 'spool: a file of an unknown format',
    store: 'dir',
    args: (w) =>
      spool(
        w,
        spoolEntry({ message: 'm', files: [jsonlFile({ format: 'xml', path: 'data/x.xml' })] }),
      ),
    message: /request\.json: .*format/,
  },

  // --- the store -----------------------------------------------------------------------------
  {
    name: 'store: two stores at once',
    store: 'dir',
    args: async (w) =>
      recordTiming([...(await fromLog(w, ['--exit-code', '0'])), '--git-remote', 'elsewhere.git']),
    message: /Choose one store, not --data-dir and --git-remote/,
  },
];

// ---------------------------------------------------------------------------------------------
// Running a case
// ---------------------------------------------------------------------------------------------

interface Outcome {
  run: CliRun;
  storeBefore: string;
  storeAfter: string;
  cwdBefore: string;
  cwdAfter: string;
  writeRequests: string[];
}

/** Every file under dir with a digest of its content (size and mtime for big files). */
async function snapshot(dir: string): Promise<string> {
  const lines: string[] = [];
  for (const name of (await readdir(dir, { recursive: true })).map(String).sort()) {
    const path = join(dir, name);
    const info = await stat(path);
    if (!info.isFile()) continue;
    const digest =
      info.size > 1 << 20
        ? `${info.size}@${info.mtimeMs}`
        : createHash('sha256')
            .update(await readFile(path))
            .digest('hex');
    lines.push(`${name} ${digest}`);
  }
  return lines.join('\n');
}

const refsOf = async (bare: string) =>
  (await gitIn(bare, ['for-each-ref', '--format=%(refname) %(objectname)'])).toString('utf8');

let root: string;
let template: string;

async function runCase(c: Case, index: number): Promise<Outcome> {
  const base = join(root, `case-${String(index).padStart(2, '0')}`);
  const cwd = join(base, 'work');
  await mkdir(cwd, { recursive: true });
  const workspace: Workspace = {
    cwd,
    async put(path, content) {
      await mkdir(dirname(join(cwd, path)), { recursive: true });
      await writeFile(join(cwd, path), content);
      return path;
    },
  };
  const env: NodeJS.ProcessEnv = {
    ...quickRetryEnv,
    CI_LEDGER_MAX_ATTEMPTS: '2',
    CI_LEDGER_RETRY_BASE_MS: '10',
    CI_LEDGER_RETRY_MAX_MS: '20',
  };
  let storeArgs: string[];
  let readStore: () => Promise<string>;
  let server: GitHubApiServer | undefined;
  if (c.store === 'none') {
    storeArgs = [];
    readStore = async () => '';
  } else if (c.store === 'dir') {
    const data = join(base, 'data');
    for (const files of Object.values(REGISTRY))
      for (const [path, content] of Object.entries(files)) {
        await mkdir(dirname(join(data, path)), { recursive: true });
        await writeFile(join(data, path), content);
      }
    storeArgs = ['--data-dir', data];
    readStore = () => snapshot(data);
  } else {
    const bare = join(base, 'registry.git');
    await cp(template, bare, { recursive: true });
    readStore = () => refsOf(bare);
    if (c.store === 'git') {
      storeArgs = ['--git-remote', bare];
    } else {
      server = await startGitHubApiServer({ bareRepo: bare, token: TOKEN });
      storeArgs = ['--repo', `${server.owner}/${server.repo}`];
      Object.assign(env, { GITHUB_API_URL: server.url, GITHUB_TOKEN: TOKEN });
    }
  }
  try {
    const args = await c.args(workspace);
    // STORE options go before a wrapped command's "--".
    const split = args.indexOf('--');
    const full =
      split === -1
        ? [...args, ...storeArgs]
        : [...args.slice(0, split), ...storeArgs, ...args.slice(split)];
    const storeBefore = await readStore();
    const cwdBefore = await snapshot(cwd);
    const run = await runCli(full, { cwd, env });
    return {
      run,
      storeBefore,
      storeAfter: await readStore(),
      cwdBefore,
      cwdAfter: await snapshot(cwd),
      // Reads are GETs, and GraphQL queries (POSTs that change nothing).
      writeRequests: Object.keys(server?.stats.byRoute ?? {}).filter(
        (r) => !r.startsWith('GET') && !r.startsWith('POST graphql query'),
      ),
    };
  } finally {
    await server?.close();
    await rm(base, { recursive: true, force: true });
  }
}

/** Runs the cases `limit` at a time; each case's promise settles on its own. */
function pool(limit: number): <T>(job: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (job) => {
    if (active >= limit) await new Promise<void>((go) => waiting.push(go));
    active++;
    try {
      return await job();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

const outcomes = new Map<string, Promise<Outcome>>();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ci-ledger-bad-input-'));
  template = await createBareRepo(root, 'template.git');
  for (const [branch, files] of Object.entries(REGISTRY))
    await commitFiles(template, branch, files, `seed ${branch}`);
  const limit = pool(4);
  cases.forEach((c, i) => {
    const outcome = limit(() => runCase(c, i));
    outcome.catch(() => {}); // awaited (and reported) by the case's own test
    outcomes.set(c.name, outcome);
  });
}, 60_000);

afterAll(async () => {
  await Promise.allSettled(outcomes.values());
  await rm(root, { recursive: true, force: true });
});

const USAGE_HINT = /^Run "ci-ledger [a-z-]+ --help" for usage\.$/;

describe(`bad input: ${cases.length} cases, each refused with one clear message and no write`, () => {
  test('the corpus covers at least 40 cases across logs, artifacts, names, headers and JSON', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  for (const c of cases) {
    const define = c.bug ? test.failing : test;
    define(`${c.name} [${c.store}]`, async () => {
      const { run, ...o } = await outcomes.get(c.name)!;
      const messages = run.stderr
        .split('\n')
        .filter((line) => line.trim() !== '' && !USAGE_HINT.test(line));
      const context = `exit ${run.code}\nstderr:\n${run.stderr}\nstdout:\n${run.stdout}`;
      expect({ code: run.code, context }).toEqual({ code: c.code ?? 1, context });
      expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(c.message);
      expect(o.storeAfter).toBe(o.storeBefore);
      expect(o.writeRequests).toEqual([]);
      expect(o.cwdAfter).toBe(o.cwdBefore); // no spool file, no log, no command run
    });
  }
});

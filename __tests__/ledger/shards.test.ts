/**
 * Time shards: where an append goes (pure), keys unique across shards (through a real store),
 * and `ci-ledger shard` re-laying a history in one commit through every store, with the
 * report the same before and after, byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile, mkdir, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendRecords } from '../../src/ledger/append.js';
import { DirectoryBackend } from '../../src/ledger/backends/directory.js';
import { planRelay, splitIntoMonths } from '../../src/ledger/relay.js';
import { shardRequest } from '../../src/ledger/shard.js';
import type { AppendRequest } from '../../src/ledger/types.js';
import { latestTimeIn } from '../../src/vocabulary/shards.js';
import { runCli } from '../support/cli.js';
import { writeBatch } from '../batch/batch-fixture.js';
import { commitFiles, logOf, startGitHubApiServer } from '../support/github-api-server.js';

const BATCH_KEY = ['batch_id', 'ecosystem'];
const batch = (id: string, timestamp: string) => ({ batch_id: id, ecosystem: 'cargo', timestamp });

describe('shardRequest: where records go', () => {
  const request: AppendRequest = {
    message: 'm',
    anchor: 'data/metrics/batch-runs.jsonl',
    files: [
      {
        format: 'jsonl',
        path: 'data/metrics/batch-runs.jsonl',
        key: BATCH_KEY,
        records: [batch('b1', '2026-01-05T10:00:00Z')],
      },
      { format: 'jsonl', path: 'data/failures/cargo.jsonl', key: ['id'], records: [] },
    ],
  };

  test('monthly: the record to its month; its month before, and the file itself, checked for its key', () => {
    const sharded = shardRequest(request, 'monthly');
    expect(sharded.anchor).toBe('data/metrics/batch-runs-2026-01.jsonl');
    expect(sharded.files.map((f) => [f.path, f.seenIn])).toEqual([
      [
        'data/metrics/batch-runs-2026-01.jsonl',
        ['data/metrics/batch-runs.jsonl', 'data/metrics/batch-runs-2025-12.jsonl'],
      ],
      // no failures of its own: still the batch's month, so the previous batch's are read beside it
      [
        'data/failures/cargo-2026-01.jsonl',
        ['data/failures/cargo.jsonl', 'data/failures/cargo-2025-12.jsonl'],
      ],
    ]);
  });

  test('none: the configured file, and the shards that can hold the key checked too', () => {
    const sharded = shardRequest(request, 'none');
    expect(sharded.files[0]).toMatchObject({
      path: 'data/metrics/batch-runs.jsonl',
      seenIn: ['data/metrics/batch-runs-2026-01.jsonl', 'data/metrics/batch-runs-2025-12.jsonl'],
    });
    expect(sharded.anchor).toBe('data/metrics/batch-runs.jsonl');
  });

  test('records of several months split; one without a time stays in the file', () => {
    const sharded = shardRequest(
      {
        message: 'm',
        files: [
          {
            format: 'jsonl',
            path: 'h.jsonl',
            key: ['batch_id'],
            records: [
              batch('a', '2026-03-01T00:00:00Z'),
              batch('b', '2026-02-28T23:59:59Z'),
              { batch_id: 'c' },
            ],
          },
        ],
      },
      'monthly',
    );
    expect(sharded.files.map((f) => [f.path, f.records.length])).toEqual([
      ['h-2026-03.jsonl', 1],
      ['h-2026-02.jsonl', 1],
      ['h.jsonl', 1],
    ]);
  });

  test('the latest time a file name allows', () => {
    expect(latestTimeIn('data/metrics/batch-runs-2026-12.jsonl')).toBe('2027-01-01T00:00:00Z');
    expect(latestTimeIn('data/metrics/batch-runs-2026-05-27T08-07-06Z.jsonl')).toBe(
      '2026-05-28T08:07:06Z',
    );
    expect(latestTimeIn('data/metrics/batch-runs.jsonl')).toBeUndefined();
    expect(latestTimeIn('data/metrics/batch-runs-2026-13.jsonl')).toBeUndefined();
  });
});

describe('keys unique across shards (directory store, the real append loop)', () => {
  const append = (dir: string, records: Record<string, unknown>[], layout: 'none' | 'monthly') =>
    appendRecords(
      new DirectoryBackend(dir),
      shardRequest(
        {
          message: 'm',
          anchor: 'm.jsonl',
          files: [{ format: 'jsonl', path: 'm.jsonl', key: BATCH_KEY, records }],
        },
        layout,
      ),
    );

  test("a re-run recorded a month later (recording time) finds last month's record: nothing added", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-shards-'));
    const first = await append(dir, [batch('b1', '2026-10-31T23:00:00Z')], 'monthly');
    expect(first.status).toBe('recorded');
    const rerun = await append(dir, [batch('b1', '2026-11-02T08:00:00Z')], 'monthly');
    expect(rerun.status).toBe('already-recorded');
    expect((await readdir(dir)).sort()).toEqual(['m-2026-10.jsonl']);
  });

  test("a batch in the configured file (not yet re-laid) is not added to a shard, nor a shard's to the file", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-shards-'));
    await writeFile(
      join(dir, 'm.jsonl'),
      JSON.stringify(batch('old', '2026-11-01T00:00:00Z')) + '\n',
    );
    expect((await append(dir, [batch('old', '2026-11-01T00:00:00Z')], 'monthly')).status).toBe(
      'already-recorded',
    );
    await append(dir, [batch('new', '2026-11-05T00:00:00Z')], 'monthly');
    expect((await append(dir, [batch('new', '2026-11-05T00:00:00Z')], 'none')).status).toBe(
      'already-recorded',
    );
    expect(await readFile(join(dir, 'm-2026-11.jsonl'), 'utf8')).toBe(
      JSON.stringify(batch('new', '2026-11-05T00:00:00Z')) + '\n',
    );
  });
});

describe('planRelay (pure)', () => {
  test('records to their months as one line each; no time or not JSON kept; identical ones in a shard not added', () => {
    const pretty = JSON.stringify(batch('p', '2026-02-10T00:00:00Z'), null, 2);
    const text = [
      JSON.stringify(batch('a', '2026-01-31T23:59:59Z')),
      pretty,
      JSON.stringify(batch('a', '2026-01-31T23:59:59Z')), // a duplicate the file already had: kept
      '{"batch_id":"no-time"}',
      JSON.stringify(batch('b', '2026-02-01T00:00:00Z')),
      // Split as the readers split it: a broken value runs to the end, and stays as it is.
      '{not json',
    ].join('\n');
    expect([...splitIntoMonths('m.jsonl', text).byShard.keys()]).toEqual([
      'm-2026-01.jsonl',
      'm-2026-02.jsonl',
    ]);
    const already = JSON.stringify(batch('b', '2026-02-01T00:00:00Z')) + '\n';
    const plan = planRelay(
      new Map([
        ['m.jsonl', text],
        ['m-2026-02.jsonl', already],
      ]),
      ['m.jsonl'],
    );
    const a = JSON.stringify(batch('a', '2026-01-31T23:59:59Z'));
    expect(plan.changes).toEqual(
      new Map<string, string | null>([
        ['m-2026-01.jsonl', `${a}\n${a}\n`],
        ['m-2026-02.jsonl', already + JSON.stringify(batch('p', '2026-02-10T00:00:00Z')) + '\n'],
        ['m.jsonl', '{"batch_id":"no-time"}\n{not json\n'],
      ]),
    );
    expect(plan.files[0]).toMatchObject({ moved: 3, alreadyThere: 1, kept: 2, removed: false });
  });
});

/**
 * A generated history: 150 batches of three ecosystems over five months (one every day at
 * 06:00, 12:00 or 18:00), each with failures, some batch lines pretty-printed, in the
 * configured files. Figures compared are the report's own, before and after: the re-lay must
 * not change a byte of it.
 */
async function generatedHistory(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-gen-'));
  await mkdir(join(dir, 'data/metrics'), { recursive: true });
  await mkdir(join(dir, 'data/failures'), { recursive: true });
  const ecosystems = ['cargo', 'npm', 'pypi'];
  const metrics: string[] = [];
  const failures = new Map<string, string[]>(ecosystems.map((e) => [e, []]));
  for (let i = 0; i < 150; i++) {
    const day = new Date(Date.UTC(2026, 6, 1) + i * 86_400_000);
    const ecosystem = ecosystems[i % 3]!;
    const timestamp = new Date(day.getTime() + (6 + 6 * (i % 3)) * 3_600_000)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
    const id = `${timestamp.slice(0, 10)}-${ecosystem}`;
    const failed = (i * 7) % 5;
    const record = {
      schema_version: 1,
      batch_id: id,
      ecosystem,
      total: 10,
      generated: 10,
      failed,
      merged: 10 - failed,
      success_rate: (10 - failed) / 10,
      platforms: {
        'linux-glibc-x86_64': { tested: 10, passed: 10 - failed, failed, skipped: 0 },
        'darwin-arm64': { tested: 8, passed: 8 - (i % 2), failed: i % 2, skipped: 2 },
      },
      macos_minutes_used: 10 + (i % 4),
      duration_seconds: 600,
      timestamp,
    };
    metrics.push(JSON.stringify(record, null, i % 10 === 0 ? 2 : undefined));
    for (let f = 0; f < failed; f++)
      failures.get(ecosystem)!.push(
        JSON.stringify({
          schema_version: 1,
          batch_id: id,
          ecosystem,
          recipe: `r${f}`,
          environment: 'linux-glibc-x86_64',
          category: ['missing_dep', 'verify_failed'][f % 2],
          message: 'x',
          timestamp,
        }),
      );
  }
  await writeFile(join(dir, 'data/metrics/batch-runs.jsonl'), metrics.join('\n') + '\n');
  for (const [e, lines] of failures)
    await writeFile(join(dir, `data/failures/${e}.jsonl`), lines.join('\n') + '\n');
  return dir;
}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
    },
  });
}

/** A bare repository whose main branch holds the files of `dir`. */
async function bareOf(dir: string): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), 'ci-ledger-work-'));
  await cp(dir, work, { recursive: true });
  git(['init', '--quiet', '--initial-branch=main'], work);
  git(['add', '-A'], work);
  git(['commit', '--quiet', '-m', 'history'], work);
  const bare = `${work}.git`;
  git(['clone', '--quiet', '--bare', work, bare], tmpdir());
  return bare;
}

/**
 * The reports compared before and after a re-lay: the whole history and the last 10 batches,
 * each read in full (`--read-all`), as JSON, byte for byte but for the one field that must
 * change, how many files were read ("files": a re-lay makes more of them); and the last 10 read
 * newest first, whose window and figures must not change (how far back it counted on the way
 * depends on where the files begin).
 */
const reports = async (store: string[], env: NodeJS.ProcessEnv = {}) => {
  const out: string[] = [];
  const run = async (args: string[]) => {
    const r = await runCli(['report', ...store, ...args, '--format', 'json'], { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return r.stdout;
  };
  const filesField = /\n {2}"files": \{[^}]*\},/;
  for (const last of ['0', '10']) {
    const text = await run(['--last', last, '--read-all']);
    expect(text).toMatch(filesField);
    out.push(text.replace(filesField, ''));
  }
  const newestFirst = JSON.parse(await run(['--last', '10'])) as Record<string, unknown>;
  for (const reading of ['counts', 'files', 'skipped', 'ignored', 'readFromEnd', 'folded'])
    delete newestFirst[reading];
  out.push(JSON.stringify(newestFirst));
  return out;
};

describe('ci-ledger shard: one commit, the same report before and after, through every store', () => {
  const TOKEN = 'tok';

  test('directory: generated history', async () => {
    const dir = await generatedHistory();
    const before = await reports(['--data-dir', dir]);
    const r = await runCli(['shard', '--data-dir', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'data/metrics/batch-runs.jsonl: 150 record(s) moved into 5 shard(s); removed',
    );
    expect((await readdir(join(dir, 'data/metrics'))).sort()).toEqual(
      ['07', '08', '09', '10', '11'].map((m) => `batch-runs-2026-${m}.jsonl`),
    );
    expect(await reports(['--data-dir', dir])).toEqual(before);
    // Twice: nothing to do, nothing changed.
    const again = await runCli(['shard', '--data-dir', dir]);
    expect(again.stdout).toContain('Nothing to re-lay');
    expect(await reports(['--data-dir', dir])).toEqual(before);
  }, 60_000);

  test('git remote: generated history, one commit', async () => {
    const bare = await bareOf(await generatedHistory());
    const before = await reports(['--git-remote', bare]);
    const commits = () => git(['rev-list', '--count', 'main'], bare).trim();
    expect(commits()).toBe('1');
    const r = await runCli(['shard', '--git-remote', bare]);
    expect(r.code).toBe(0);
    expect(commits()).toBe('2');
    const files = git(['ls-tree', '-r', '--name-only', 'main'], bare).trim().split('\n');
    expect(files).not.toContain('data/metrics/batch-runs.jsonl');
    expect(files).toContain('data/failures/npm-2026-11.jsonl');
    expect(await reports(['--git-remote', bare])).toEqual(before);
    await runCli(['shard', '--git-remote', bare]);
    expect(commits()).toBe('2');
  }, 60_000);

  test.each([['graphql'], ['rest']])(
    'GitHub API (%s): generated history, one commit',
    async (api) => {
      const bare = await bareOf(await generatedHistory());
      const server = await startGitHubApiServer({ bareRepo: bare, token: TOKEN });
      try {
        const env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: server.url };
        const store = ['--repo', 'acme/infra', '--api', api];
        const before = await reports(store, env);
        const r = await runCli(['shard', ...store], { env });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect((await logOf(bare, 'main')).length).toBe(2);
        expect(await reports(store, env)).toEqual(before);
        // The directory's figures too: the store makes no difference.
        const again = await runCli(['shard', ...store], { env });
        expect(again.stdout).toContain('Nothing to re-lay');
        expect((await logOf(bare, 'main')).length).toBe(2);
      } finally {
        await server.close();
      }
    },
    90_000,
  );

  test('the real archive: its concatenated batch-runs.jsonl re-laid, every report the same', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-tsuku-'));
    const tarball = new URL('../fixtures/real/tsuku-data.tar.gz', import.meta.url).pathname;
    execFileSync('tar', ['-xzf', tarball, '-C', dir]);
    const before = await reports(['--data-dir', dir]);
    const bare = await bareOf(dir);
    const r = await runCli(['shard', '--data-dir', dir]);
    expect(r.code).toBe(0);
    // 40 pretty-printed records, all of February 2026 (counted with jq: `jq -s length`).
    expect(r.stdout).toContain(
      'data/metrics/batch-runs.jsonl: 40 record(s) moved into 1 shard(s); removed',
    );
    expect(await reports(['--data-dir', dir])).toEqual(before);
    const g = await runCli(['shard', '--git-remote', bare]);
    expect(g.code).toBe(0);
    expect(await reports(['--git-remote', bare])).toEqual(before);
  }, 120_000);
});

describe('batch-metrics --shard monthly', () => {
  test("the batch and its failures in the month's shards; a re-run adds nothing", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-bm-'));
    const results = await writeBatch('2026-01-29-001');
    const args = ['batch-metrics', '--batch-id', '2026-01-29-001', '--ecosystem', 'cargo'];
    const first = await runCli([
      ...args,
      '--results-dir',
      results,
      '--data-dir',
      dir,
      '--shard',
      'monthly',
    ]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(await readdir(join(dir, 'data/metrics'))).toEqual(['batch-runs-2026-01.jsonl']);
    expect(await readdir(join(dir, 'data/failures'))).toEqual(['cargo-2026-01.jsonl']);
    const failures = await readFile(join(dir, 'data/failures/cargo-2026-01.jsonl'), 'utf8');
    // 2 + 2 + 5 + 1 + 1 failed (recipe, platform) pairs in the fixture's layout.
    expect(failures.trim().split('\n')).toHaveLength(11);
    for (const shard of ['monthly', 'none']) {
      const rerun = await runCli([
        ...args,
        '--results-dir',
        results,
        '--data-dir',
        dir,
        '--shard',
        shard,
      ]);
      expect(rerun.code).toBe(0);
    }
    expect(await readdir(join(dir, 'data/metrics'))).toEqual(['batch-runs-2026-01.jsonl']);
    expect(await readFile(join(dir, 'data/failures/cargo-2026-01.jsonl'), 'utf8')).toBe(failures);
    const bad = await runCli([
      ...args,
      '--results-dir',
      results,
      '--data-dir',
      dir,
      '--shard',
      'weekly',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('shard must be "none" or "monthly", not "weekly"');
  }, 60_000);

  test('through GraphQL: 2 requests (one query reads the shard, the month before and the file; one mutation), a re-run 1', async () => {
    const server = await startGitHubApiServer({ token: 'tok' });
    try {
      const env = { GITHUB_TOKEN: 'tok', GITHUB_API_URL: server.url };
      const results = await writeBatch('2026-01-29-001');
      const args = [
        'batch-metrics',
        '--batch-id',
        '2026-01-29-001',
        '--ecosystem',
        'cargo',
        '--results-dir',
        results,
        '--repo',
        'acme/infra',
        '--shard',
        'monthly',
        '--branch',
        'main',
      ];
      // The branch exists (a seed commit), so the append is the GraphQL writer's two requests.
      await commitFiles(server.bareRepo, 'main', { 'README.md': 'x\n' });
      server.resetStats();
      expect((await runCli(args, { env })).code).toBe(0);
      expect(server.stats.byRoute).toEqual({
        'POST graphql query repository': 1,
        'POST graphql mutation createCommitOnBranch': 1,
      });
      server.resetStats();
      const rerun = await runCli(args, { env });
      expect(rerun.code).toBe(0);
      expect(server.stats.byRoute).toEqual({ 'POST graphql query repository': 1 });
      const files = await logOf(server.bareRepo, 'main');
      expect(files).toHaveLength(2);
    } finally {
      await server.close();
    }
  }, 60_000);
});

test('a re-lay whose answer was lost, but which landed, says it re-laid (not "nothing to re-lay")', async () => {
  const { relayHistory } = await import('../../src/ledger/relay.js');
  const { TransientError } = await import('../../src/vocabulary/index.js');
  // A branch as plain data: the first publish lands, then its answer is lost.
  const files = new Map<string, string | null>([
    [
      'data/metrics/batch-runs.jsonl',
      '{"batch_id":"a","timestamp":"2026-01-05T10:00:00Z","platforms":{}}\n' +
        '{"batch_id":"b","timestamp":"2026-02-05T10:00:00Z","platforms":{}}\n',
    ],
  ]);
  let head = 1;
  let publishes = 0;
  const backend = {
    description: 'a branch in memory',
    defaultBranch: async () => 'main',
    read: async (branch: string, paths: string[]) => ({
      branch,
      head: String(head),
      files: new Map(paths.map((p) => [p, files.get(p) ?? null])),
    }),
    publish: async (base: { head: string | null }, changes: Map<string, string | null>) => {
      if (base.head !== String(head)) return { status: 'conflict' as const, reason: 'moved' };
      for (const [p, c] of changes) files.set(p, c);
      head++;
      if (++publishes === 1) throw new TransientError('the answer was lost');
      return { status: 'published' as const, head: String(head) };
    },
    readFolder: async () => {
      throw new Error('not used');
    },
    checkout: async () => null,
    close: async () => {},
  };
  const result = await relayHistory(
    backend as never,
    'main',
    ['data/metrics/batch-runs.jsonl'],
    'relay',
    { sleep: async () => {} },
  );
  // By hand: one record of January and one of February move, in the one publish that landed.
  expect(publishes).toBe(1);
  expect(result.status).toBe('relaid');
  expect(result.files.map((f) => [f.path, f.moved, [...f.shards]])).toEqual([
    [
      'data/metrics/batch-runs.jsonl',
      2,
      [
        ['data/metrics/batch-runs-2026-01.jsonl', 1],
        ['data/metrics/batch-runs-2026-02.jsonl', 1],
      ],
    ],
  ]);
  expect(files.get('data/metrics/batch-runs.jsonl')).toBeNull();
});

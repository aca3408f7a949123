/** `ci-ledger batch-metrics` (the built bundle) over a realistic batch, into a data directory. */
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quickRetryEnv, runCli } from '../support/cli.js';
import { writeBatch } from './batch-fixture.js';

const lines = async (file: string) =>
  (await readFile(file, 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

async function run(resultsDir: string, dataDir: string, extra: string[] = []) {
  return runCli(
    [
      'batch-metrics',
      '--batch-id',
      '2026-01-29-001',
      '--ecosystem',
      'cargo',
      '--results-dir',
      resultsDir,
      '--data-dir',
      dataDir,
      ...extra,
    ],
    {
      env: quickRetryEnv,
    },
  );
}

describe('batch-metrics over 5 platforms and 25 recipes', () => {
  test('one batch line with per-platform counts, one failure record per failed (recipe, platform)', async () => {
    const results = await writeBatch();
    const data = await mkdtemp(join(tmpdir(), 'ci-ledger-data-'));
    const out = await run(results, data);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);

    const [record, ...others] = await lines(join(data, 'data/metrics/batch-runs.jsonl'));
    expect(others).toHaveLength(0);
    expect(record).toMatchObject({
      schema_version: 1,
      batch_id: '2026-01-29-001',
      ecosystem: 'cargo',
      total: 25,
      generated: 25,
      failed: 9, // r01–r09 failed somewhere
      merged: 16,
      success_rate: 0.64,
      macos_minutes_used: 32.5, // 12.5 runner minutes + 20 minutes wall time
      duration_seconds: 1510, // 10:00:00 → 10:25:10
    });
    expect(record!.platforms).toEqual({
      'linux-glibc-x86_64': {
        tested: 25,
        passed: 23,
        failed: 2,
        skipped: 0,
        duration_seconds: null,
      },
      'linux-glibc-arm64': {
        tested: 23,
        passed: 21,
        failed: 2,
        skipped: 2,
        duration_seconds: 1510,
      },
      'linux-musl-x86_64': {
        tested: 23,
        passed: 18,
        failed: 5,
        skipped: 2,
        duration_seconds: null,
      }, // r01, r02 absent from the array
      'darwin-arm64': { tested: 21, passed: 20, failed: 1, skipped: 4, duration_seconds: 720 },
      'darwin-x86_64': { tested: 21, passed: 20, failed: 1, skipped: 4, duration_seconds: 1200 },
    });
    expect(Object.keys(record!.platforms as object)).toEqual([
      'linux-glibc-x86_64',
      'linux-glibc-arm64',
      'linux-musl-x86_64',
      'darwin-arm64',
      'darwin-x86_64',
    ]);

    const failures = await lines(join(data, 'data/failures/cargo.jsonl'));
    expect(failures).toHaveLength(11);
    expect(
      failures.find((f) => f.recipe === 'r03' && f.environment === 'linux-musl-x86_64'),
    ).toMatchObject({
      category: 'missing_dep', // exit code 8 through the default category map
      message: 'failed: exit code 8 after 2 attempt(s) on linux-alpine-musl-x86_64',
      exit_code: 8,
    });
    expect(failures.find((f) => f.recipe === 'r01')).toMatchObject({
      environment: 'linux-glibc-x86_64',
      category: 'verify_failed',
    });
    expect(
      failures.find((f) => f.recipe === 'r05' && f.environment === 'darwin-arm64'),
    ).toMatchObject({
      category: 'binary_incompatible',
      message: 'r05: libssl.so.3 not found',
    });
    expect(out.stdout).toMatch(/weakest platform: linux-musl-x86_64/);
    expect(out.stdout).toMatch(
      /macOS minutes: 32\.5 min \(from runner_minutes, finished_at − started_at\)/,
    );
  });

  test('a re-run writes nothing new and says so', async () => {
    const results = await writeBatch();
    const data = await mkdtemp(join(tmpdir(), 'ci-ledger-data-'));
    expect((await run(results, data)).code).toBe(0);
    const before = await readFile(join(data, 'data/failures/cargo.jsonl'), 'utf8');
    const again = await run(results, data);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already recorded in data/metrics/batch-runs.jsonl');
    expect(await lines(join(data, 'data/metrics/batch-runs.jsonl'))).toHaveLength(1);
    expect(await readFile(join(data, 'data/failures/cargo.jsonl'), 'utf8')).toBe(before);
  });

  test("platform and category maps are the operator's to change", async () => {
    const results = await writeBatch();
    const data = await mkdtemp(join(tmpdir(), 'ci-ledger-data-'));
    const out = await run(results, data, [
      '--platform-map',
      'linux-*-x86_64=linux-x86_64',
      '--category-map',
      '*=unknown',
    ]);
    expect(out.code).toBe(0);
    const [record] = await lines(join(data, 'data/metrics/batch-runs.jsonl'));
    // glibc and musl x86_64 fold together: a recipe counts once, failed if it failed on either
    // (r01, r02 on glibc; r03, r05–r08 on musl).
    expect((record!.platforms as Record<string, unknown>)['linux-x86_64']).toEqual({
      tested: 25,
      passed: 18,
      failed: 7,
      skipped: 0,
      duration_seconds: null,
    });
    const failures = await lines(join(data, 'data/failures/cargo.jsonl'));
    expect(failures.filter((f) => f.environment === 'linux-x86_64').map((f) => f.category)).toEqual(
      Array(7).fill('unknown'),
    );
  });

  test('total, generated and merged can be given instead of derived', async () => {
    const results = await writeBatch();
    const data = await mkdtemp(join(tmpdir(), 'ci-ledger-data-'));
    const out = await run(results, data, ['--total', '30', '--generated', '27', '--merged', '20']);
    expect(out.code).toBe(0);
    const [record] = await lines(join(data, 'data/metrics/batch-runs.jsonl'));
    expect(record).toMatchObject({
      total: 30,
      generated: 27,
      merged: 20,
      failed: 9,
      success_rate: 0.6667,
    });
    const bad = await run(results, data, ['--total', 'many']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/total "many" is not a whole number/);
  });

  test('an empty artifact is a platform that tested nothing', async () => {
    const results = await writeBatch();
    await mkdir(join(results, 'validation-results-linux-glibc-riscv64'));
    await writeFile(
      join(
        results,
        'validation-results-linux-glibc-riscv64/validation-results-linux-glibc-riscv64.json',
      ),
      '[]',
    );
    const data = await mkdtemp(join(tmpdir(), 'ci-ledger-data-'));
    expect((await run(results, data)).code).toBe(0);
    const [record] = await lines(join(data, 'data/metrics/batch-runs.jsonl'));
    expect((record!.platforms as Record<string, unknown>)['linux-glibc-riscv64']).toEqual({
      tested: 0,
      passed: 0,
      failed: 0,
      skipped: 25,
      duration_seconds: null,
    });
  });
});

describe('batch-metrics refuses bad input with one clear error and writes nothing', () => {
  const bad: Array<[string, (dir: string) => Promise<void>, RegExp]> = [
    [
      'a schema violation names the file and the JSON pointer',
      async (dir) => {
        const file = join(
          dir,
          'validation-results-darwin-arm64/validation-results-darwin-arm64.json',
        );
        const artifact = JSON.parse(await readFile(file, 'utf8')) as {
          results: Array<Record<string, unknown>>;
        };
        artifact.results[3]!.status = 'ok';
        await writeFile(file, JSON.stringify(artifact));
      },
      /validation-results-darwin-arm64\.json: \/results\/3\/status must be one of "passed", "failed", "skipped"/,
    ],
    [
      'an artifact from another batch',
      async (dir) => {
        const file = join(
          dir,
          'validation-results-darwin-x86_64/validation-results-darwin-x86_64.json',
        );
        const artifact = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
        artifact.batch_id = '2026-01-28-004';
        await writeFile(file, JSON.stringify(artifact));
      },
      /validation-results-darwin-x86_64\.json: \/batch_id is "2026-01-28-004", but this batch is "2026-01-29-001"/,
    ],
    [
      'truncated JSON, with line and column',
      async (dir) => {
        const file = join(
          dir,
          'validation-results-linux-x86_64/validation-results-linux-x86_64.json',
        );
        const text = await readFile(file, 'utf8');
        await writeFile(file, text.slice(0, 200));
      },
      /validation-results-linux-x86_64\.json: not valid JSON \(.* at line \d+, column \d+\)|validation-results-linux-x86_64\.json: not valid JSON/,
    ],
    [
      'a platform name that would escape its folder',
      async (dir) => {
        const file = join(
          dir,
          'validation-results-linux-x86_64/validation-results-linux-x86_64.json',
        );
        const entries = JSON.parse(await readFile(file, 'utf8')) as Array<Record<string, unknown>>;
        entries[0]!.platform = '../../etc';
        await writeFile(file, JSON.stringify(entries));
      },
      /validation-results-linux-x86_64\.json: \/0\/platform must match pattern/,
    ],
    [
      'not UTF-8',
      async (dir) => {
        await writeFile(
          join(dir, 'validation-results-odd.json'),
          Buffer.from([0x5b, 0xff, 0xfe, 0x5d]),
        );
      },
      /validation-results-odd\.json: not UTF-8 text/,
    ],
  ];

  test.each(bad)('%s', async (_name, corrupt, message) => {
    const results = await writeBatch();
    await corrupt(results);
    const data = await mkdtemp(join(tmpdir(), 'ci-ledger-data-'));
    const out = await run(results, data);
    expect(out.code).toBe(1);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(message);
    expect(await readdir(data)).toEqual([]);
  });

  test('an unsafe ecosystem and a missing results directory', async () => {
    const data = await mkdtemp(join(tmpdir(), 'ci-ledger-data-'));
    const unsafe = await runCli([
      'batch-metrics',
      '--batch-id',
      'b',
      '--ecosystem',
      '../npm',
      '--data-dir',
      data,
    ]);
    expect(unsafe).toMatchObject({ code: 1 });
    expect(unsafe.stderr).toMatch(/Unsafe ecosystem "\.\.\/npm"/);
    const none = await runCli([
      'batch-metrics',
      '--batch-id',
      'b',
      '--ecosystem',
      'npm',
      '--results-dir',
      join(data, 'nope'),
      '--data-dir',
      data,
    ]);
    expect(none.stderr).toMatch(/results-dir .*nope does not exist/);
    const empty = await runCli([
      'batch-metrics',
      '--batch-id',
      'b',
      '--ecosystem',
      'npm',
      '--results-dir',
      data,
      '--data-dir',
      data,
    ]);
    expect(empty.stderr).toMatch(/No result artifacts match validation-results-\*\.json under/);
    expect(await readdir(data)).toEqual([]);
  });
});

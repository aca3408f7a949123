/**
 * Objectives, error budgets and cost in the built actions, run the way the runner runs them,
 * over the GitHub API emulator: outputs, annotations, the summary through cmark-gfm, fail-on.
 * Expected figures are worked out by hand beside each assertion.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  commitFiles,
  readFileAt,
  startGitHubApiServer,
  type GitHubApiServer,
} from '../support/github-api-server.js';
import { runAction } from '../support/run-action.js';
import { renderGfm, tablesOf } from '../support/gfm.js';
import { writeBatch } from '../batch/batch-fixture.js';

const TOKEN = 'ghs_objectivesTestToken0123456789';
const CSV = 'environments/development/latest/build_timings.csv';
const HEADER =
  'start_time_utc,end_time_utc,phase,env,build_id,duration_seconds,exit_code,flags,resources_added,resources_changed,resources_destroyed,log_path';

let server: GitHubApiServer;
beforeEach(async () => {
  server = await startGitHubApiServer({ owner: 'acme', repo: 'infra', token: TOKEN });
  await commitFiles(server.bareRepo, 'main', { 'README.md': 'infra\n' });
});
afterEach(() => server.close());

/** A workspace holding `.github/ci-ledger.yml` (and a log to record). */
async function workspace(objectives: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-objectives-'));
  await mkdir(join(dir, '.github'));
  await writeFile(join(dir, '.github/ci-ledger.yml'), objectives);
  await writeFile(
    join(dir, 'bootstrap.log'),
    'terraform apply\nApply complete! Resources: 1 added, 0 changed, 0 destroyed.\n',
  );
  return dir;
}

const step = (cwd: string, action: string, inputs: Record<string, string>) =>
  runAction(action, inputs, {
    cwd,
    github: { token: TOKEN, repository: 'acme/infra' },
    env: { GITHUB_API_URL: server.url, CI_LEDGER_REQUEST_RETRY_BASE_MS: '50' },
    timeoutMs: 90_000,
  });

const OBJECTIVES = `timings:
  - match: dev/bootstrap
    success: { objective: 90%, over: 10 runs }
    duration: { percentile: 90, max: 30m, over: 10 runs }
prices:
  infrastructure-per-hour: { dev: 3 }
`;

/** 9 earlier runs of dev/bootstrap, 15 minutes each; the 7th and 9th failed. */
async function seedHistory(): Promise<void> {
  const rows = Array.from({ length: 9 }, (_, k) => {
    const i = k + 1;
    const start = `2026-01-0${i}T10:00:00Z`;
    const exit = i === 7 || i === 9 ? 1 : 0;
    return `${start},2026-01-0${i}T10:15:00Z,bootstrap,dev,b${i},900,${exit},,,,,logs/b${i}.log`;
  });
  await commitFiles(server.bareRepo, 'governance-registry', {
    [CSV]: `${HEADER}\n${rows.join('\n')}\n`,
  });
}

const recordInputs = {
  env: 'dev',
  'build-id': 'b10',
  phase: 'bootstrap',
  'log-path': 'bootstrap.log',
  'exit-code': '0',
  'start-time': '2026-01-10T10:00:00Z',
  'end-time': '2026-01-10T10:20:00Z',
};

describe('record-timing', () => {
  test('an exhausted success objective: a warning, the outputs, the line at the top, the cost', async () => {
    await seedHistory();
    const run = await step(await workspace(OBJECTIVES), 'actions/record-timing', recordInputs);
    expect(run.code).toBe(0);
    // Success over the last 10 runs: 2 failed, allowed (1 − 0.9) × 10 = 1: left 1 − 2/1 = −1.
    // Duration: the 8 successful runs all ≤ 30 min: untouched (1). The smallest left is −1.
    // Their p90, interpolated as the report and Prometheus do: sorted 900 ×7, 1200; position
    // 0.9 × (8 − 1) = 6.3 → 900 + 0.3 × (1200 − 900) = 990 s = 16m 30s.
    // Cost: 1200 s = 20 min × $0.006 = $0.12, plus 1200/3600 h × $3 = $1.00: $1.12.
    expect(run.outputs).toMatchObject({
      'objectives-status': 'exhausted',
      'error-budget-left': '-1.0000',
      cost: '1.1200',
      recorded: 'true',
    });
    // Burn: long window max(2, ceil(10/4)) = 3 runs (8, 9, 10): 1 bad → (1/3)/0.1 = 3.3×;
    // short ceil(3/4) = 1 run (10): 0×.
    expect(run.annotations).toEqual([
      {
        level: 'warning',
        message:
          'dev bootstrap success ≥ 90%: error budget exhausted — 2 of 10 runs failed over the last 10 runs, the objective allows 1.',
      },
    ]);
    const html = renderGfm(run.summary);
    // The line at the top, right under the heading and the headline.
    const paragraphs = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map(([, p]) => p!);
    expect(paragraphs[1]).toBe(
      '❌ <strong>Error budget exhausted:</strong> dev bootstrap success ≥ 90%: error budget exhausted — 2 of 10 runs failed over the last 10 runs, the objective allows 1.',
    );
    const objectives = tablesOf(html).at(-1)!;
    expect(objectives.slice(1)).toEqual([
      [
        'dev bootstrap',
        'success ≥ 90%',
        'the last 10 runs (10)',
        '80.0% (2 failed)',
        'none left (200% spent)',
        '3.3× (3), 0.0× (1)',
        '❌ exhausted',
      ],
      [
        'dev bootstrap',
        'p90 ≤ 30m 00s',
        'the last 10 successful runs (8)',
        'p90 16m 30s (0 over)',
        '100% left',
        '0.0× (3), 0.0× (1)',
        '✅ met',
      ],
    ]);
    expect(html).toContain(
      'This run cost $1.12: $0.12 on linux at $0.006/min + $1.00 infrastructure at $3/h.',
    );
  });

  test('fail-on: exhausted fails the step with an error annotation, after recording the run', async () => {
    await seedHistory();
    const run = await step(await workspace(OBJECTIVES), 'actions/record-timing', {
      ...recordInputs,
      'fail-on': 'exhausted',
    });
    expect(run.code).toBe(1);
    expect(run.annotations.map((a) => [a.level, a.message.slice(0, 40)])).toEqual([
      ['error', 'dev bootstrap success ≥ 90%: error budge'],
      [
        'error',
        'bootstrap on dev: objectives exhausted (fail-on: exhausted); the run was recorded'.slice(
          0,
          40,
        ),
      ],
    ]);
    const csv = (await readFileAt(server.bareRepo, 'governance-registry', CSV)) ?? '';
    expect(csv).toContain('2026-01-10T10:00:00Z,2026-01-10T10:20:00Z,bootstrap,dev,b10,1200,0');
  });

  test('a bad objectives file fails before anything runs or is written, naming its line', async () => {
    await seedHistory();
    const before = await readFileAt(server.bareRepo, 'governance-registry', CSV);
    const run = await step(
      await workspace(
        OBJECTIVES.replace('over: 10 runs }\n    duration', 'over: 10 weeks }\n    duration'),
      ),
      'actions/record-timing',
      { ...recordInputs, run: 'touch ran', 'log-path': '', 'exit-code': '' },
    );
    expect(run.code).toBe(1);
    expect(run.annotations).toEqual([
      {
        level: 'error',
        message:
          '.github/ci-ledger.yml line 3: /timings/0/success/over must look like "30 runs" or "30 days"',
      },
    ]);
    expect(await readFileAt(server.bareRepo, 'governance-registry', CSV)).toBe(before);
  });
});

describe('batch-summary', () => {
  test('pass-rate objectives and cost: outputs, warnings, sections; fail-on at-risk fails', async () => {
    const ws = await workspace(`platforms:
  - match: linux-musl-*
    pass-rate: { objective: 95%, over: 5 batches }
budget: { dollars: 1 }
`);
    for (const id of ['2026-01-28-001', '2026-01-29-001']) {
      const r = await step(ws, 'actions/batch-metrics', {
        'batch-id': id,
        ecosystem: 'cargo',
        'results-dir': await writeBatch(id),
      });
      expect(r.code).toBe(0);
    }
    const record = JSON.parse(
      ((await readFileAt(server.bareRepo, 'main', 'data/metrics/batch-runs.jsonl')) ?? '')
        .trim()
        .split('\n')
        .at(-1)!,
    ) as {
      platforms: Record<string, { duration_seconds?: number | null }>;
      macos_minutes_used?: number;
    };
    const run = await step(ws, 'actions/batch-summary', {});
    expect(run.code).toBe(0);
    // linux-musl-x86_64 tests 23 a batch and fails 5: over 2 batches 10 of 46 failed; allowed
    // (1 − 0.95) × 46 = 2.3: left 1 − 10/2.3 < 0, exhausted.
    expect(run.outputs['objectives-status']).toBe('exhausted');
    expect(run.outputs['objectives-at-risk']).toBe('linux-musl-x86_64');
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toContain(
      'linux-musl-x86_64 pass rate ≥ 95%: error budget exhausted — 10 of 46 tests failed over the last 5 batches, the objective allows 2.3.',
    );
    // The batch's cost, priced here from its record: each platform's minutes at its runner's
    // price, the darwin platforms sharing macos_minutes_used by their durations.
    const price = (p: string) =>
      p.startsWith('darwin') ? 0.062 : p.includes('arm64') ? 0.005 : 0.006;
    const darwin = Object.entries(record.platforms).filter(([p]) => p.startsWith('darwin'));
    const darwinSeconds = darwin.reduce((a, [, c]) => a + (c.duration_seconds ?? 0), 0);
    let expected = 0;
    for (const [p, c] of Object.entries(record.platforms)) {
      if (p.startsWith('darwin') && record.macos_minutes_used !== undefined)
        expected +=
          ((record.macos_minutes_used * (c.duration_seconds ?? 0)) / darwinSeconds) * price(p);
      else if (c.duration_seconds != null) expected += (c.duration_seconds / 60) * price(p);
    }
    expect(Number(run.outputs.cost)).toBeCloseTo(expected, 4);
    // Both batches fall in the week of Monday 2026-01-26 (recorded now: the week of the run).
    expect(Number(run.outputs['week-cost'])).toBeGreaterThanOrEqual(Number(run.outputs.cost));
    const html = renderGfm(run.summary);
    expect(html).toContain('<h3>Objectives (.github/ci-ledger.yml)</h3>');
    expect(html).toContain('<h3>Cost</h3>');
    expect(html).toMatch(
      /<p>❌ <strong>Error budget exhausted:<\/strong> linux-musl-x86_64 pass rate ≥ 95%/,
    );
    const costTable = tablesOf(html).find((t) => t[0]![0] === 'Platform' && t[0]![1] === 'Runner')!;
    // Platforms without a recorded duration (the array-form artifacts carry none) are unknown,
    // not free: the total says how many.
    const unknown = Object.entries(record.platforms).filter(
      ([p, c]) =>
        c.duration_seconds == null &&
        !(p.startsWith('darwin') && record.macos_minutes_used !== undefined),
    ).length;
    expect(unknown).toBeGreaterThan(0);
    expect(costTable.at(-1)).toEqual([
      'All',
      '',
      '',
      `$${expected.toFixed(2)} + ${unknown} platforms unknown`,
    ]);

    const strict = await step(ws, 'actions/batch-summary', { 'fail-on': 'at-risk' });
    expect(strict.code).toBe(1);
    expect(strict.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'linux-musl-x86_64 pass rate ≥ 95%: error budget exhausted — 10 of 46 tests failed over the last 5 batches, the objective allows 2.3.',
      'Objectives exhausted (fail-on: at-risk): linux-musl-x86_64',
    ]);
  });
});

/**
 * Mistakes get one message that says what went wrong, where it looked and what to do (issue
 * "Operator insight you can trust", items 17–18), through the built CLI as a user runs it.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';

let empty: string;
beforeAll(async () => {
  empty = await mkdtemp(join(tmpdir(), 'ci-ledger-empty-'));
});

test('a --data-dir without a history says where it looked, and fails', async () => {
  for (const command of ['summary', 'report']) {
    const run = await runCli([command, '--data-dir', empty]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(
      `ci-ledger ${command}: No batch history in directory ${empty}: neither data/metrics/batch-runs.jsonl nor data/metrics/batch-runs-*.jsonl beside it. Check the store (--data-dir is the folder that holds data/, as the branch does), --branch and --metrics-path.`,
    );
  }
});

test('a --data-dir that does not exist is named', async () => {
  const missing = join(empty, 'nope');
  const run = await runCli(['report', '--data-dir', missing]);
  expect(run.code).toBe(1);
  expect(run.stderr.trim()).toBe(
    `ci-ledger report: ${missing} does not exist: --data-dir names the folder that holds the branch's files (data/, environments/)`,
  );
});

test.each([
  [['report', '--lst', '3'], 'ci-ledger report: unknown option --lst; did you mean --last?'],
  [
    ['report', '--last', '-1'],
    'ci-ledger report: --last needs a value, and one starting with "-" is not taken as one (write --last=VALUE if you mean it)',
  ],
  [['summary', '--batch-id'], 'ci-ledger summary: --batch-id needs a value'],
  [['report', '--zzz'], 'ci-ledger report: unknown option --zzz'],
])('%j is a usage error with a clear message (exit 2)', async (args, message) => {
  const run = await runCli([args[0]!, '--data-dir', empty, ...args.slice(1)]);
  expect(run.code).toBe(2);
  expect(run.stderr.split('\n')[0]).toBe(message);
});

test('a mistyped command gets a suggestion', async () => {
  const run = await runCli(['sumary']);
  expect(run.code).toBe(2);
  expect(run.stderr.split('\n')[0]).toBe(
    'ci-ledger: unknown command "sumary"; did you mean "summary"?',
  );
});

test("a git remote that fails passes git's own reason through", async () => {
  const remote = join(empty, 'nope.git');
  const run = await runCli(['report', '--git-remote', remote]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`fatal: '${remote}' does not appear to be a git repository`);
});

test('a missing token says what a report needs, not only what a write needs', async () => {
  const run = await runCli(['report', '--repo', 'acme/infra'], { env: { GITHUB_TOKEN: '' } });
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('Reports need "contents: read"; recording needs "contents: write"');
});

test("batch-metrics without --results-dir leaves out the repository's own files, and lists what it read", async () => {
  const repo = await mkdtemp(join(tmpdir(), 'ci-ledger-checkout-'));
  const example = join(
    process.cwd(),
    'examples/validation-results/validation-results-darwin-arm64.json',
  );
  await mkdir(join(repo, 'examples'), { recursive: true });
  await mkdir(join(repo, 'downloaded'), { recursive: true });
  // Tracked by the repository: an example, not this batch's artifact.
  await copyFile(example, join(repo, 'examples/validation-results-darwin-arm64.json'));
  execFileSync('git', ['init', '-q', repo]);
  execFileSync('git', ['-C', repo, 'add', 'examples']);
  // Downloaded by the job: untracked.
  await copyFile(example, join(repo, 'downloaded/validation-results-darwin-arm64.json'));
  const store = join(repo, 'store');
  const run = await runCli(
    ['batch-metrics', '--batch-id', '2026-01-29-001', '--ecosystem', 'cargo', '--data-dir', store],
    { cwd: repo },
  );
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('  read: downloaded/validation-results-darwin-arm64.json\n');
  expect(run.stdout).toMatch(/1 artifact\(s\)/);
});

/**
 * The record-timing action bundle, run as the runner runs it against the GitHub API emulator:
 * the job summary of a successful, a failed and an already-recorded run, through cmark-gfm, and
 * the `row` output of a re-run (the row on the branch, not the one computed again).
 * Set CI_LEDGER_SUMMARY_DIR to keep the three summaries (for looking at them in a browser).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  commitFiles,
  logOf,
  readFileAt,
  startGitHubApiServer,
  type GitHubApiServer,
} from '../support/github-api-server.js';
import { renderGfm, tablesOf, tagsOf } from '../support/gfm.js';
import { runAction } from '../support/run-action.js';

const TOKEN = 'ghs_timingActionTest0123456789abc';
const CSV = 'environments/development/latest/build_timings.csv';
const HEADER =
  'start_time_utc,end_time_utc,phase,env,build_id,duration_seconds,exit_code,flags,resources_added,resources_changed,resources_destroyed,log_path';
/** Earlier runs of bootstrap-persistent on dev: 1000 and 1100 s succeeded, 30 s failed. */
const HISTORY = [
  '2026-01-20T08:00:00Z,2026-01-20T08:16:40Z,bootstrap-persistent,dev,persistent,1000,0,,3,0,0,logs/a.log',
  '2026-01-21T08:00:00Z,2026-01-21T08:18:20Z,bootstrap-persistent,dev,persistent,1100,0,,0,1,0,logs/b.log',
  '2026-01-22T08:00:00Z,2026-01-22T08:00:30Z,bootstrap-persistent,dev,persistent,30,1,,,,,logs/c.log',
];
const ALLOWED = new Set([
  ...['h2', 'h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'strong', 'em'],
  ...['blockquote', 'details', 'summary', 'pre'],
]);

let server: GitHubApiServer;
let workspace: string;
beforeAll(async () => {
  server = await startGitHubApiServer({ owner: 'acme', repo: 'infra', token: TOKEN });
  await commitFiles(server.bareRepo, 'main', { 'README.md': 'infra\n' });
  await commitFiles(server.bareRepo, 'governance-registry', {
    [CSV]: `${HEADER}\n${HISTORY.join('\n')}\n`,
  });
  workspace = await mkdtemp(join(tmpdir(), 'ci-ledger-rt-action-'));
});
afterAll(async () => {
  await server.close();
});

const step = (inputs: Record<string, string>) =>
  runAction(
    'actions/record-timing',
    { env: 'dev', 'build-id': 'persistent', phase: 'bootstrap-persistent', ...inputs },
    {
      cwd: workspace,
      github: { token: TOKEN, repository: 'acme/infra' },
      env: { GITHUB_API_URL: server.url, CI_LEDGER_REQUEST_RETRY_BASE_MS: '50' },
      timeoutMs: 90_000,
    },
  );

async function keep(name: string, summary: string): Promise<void> {
  const dir = process.env.CI_LEDGER_SUMMARY_DIR;
  if (dir) await writeFile(join(dir, `${name}.md`), summary);
}

function inert(html: string): void {
  expect([...tagsOf(html)].filter((t) => !ALLOWED.has(t))).toEqual([]);
  expect(html).not.toMatch(/<a |<script|<img/);
}

const rowsOnBranch = async () =>
  ((await readFileAt(server.bareRepo, 'governance-registry', CSV)) ?? '').trim().split('\n');

test('a successful run from its log: ✅ heading, headline against the successful runs before it', async () => {
  const log = join(workspace, 'ok.log');
  await writeFile(
    log,
    '[2026-01-23T08:00:00Z] terraform apply\nApply complete! Resources: 2 added, 1 changed, 0 destroyed.\n[2026-01-23T08:17:30Z] done\n',
  );
  const run = await step({ 'log-path': log, 'exit-code': '0', flags: 'REGION=eu-west-2' });
  expect(run.code).toBe(0);
  await keep('success', run.summary);
  const html = renderGfm(run.summary);
  inert(html);
  expect(html).toContain('<h2>✅ bootstrap-persistent on dev (build persistent) succeeded</h2>');
  // Successful runs before it: 1000 and 1100 s → median 1050 s (17m 30s); 1050 / 1050 → "the same".
  // p95 interpolated at 0.95 × (2 − 1): 1000 × 0.05 + 1100 × 0.95 = 1095 s (18m 15s).
  expect(html).toContain(
    '<strong>Succeeded in 17m 30s</strong> — the same as the median (17m 30s) of the 2 successful runs before it.',
  );
  expect(tablesOf(html)[1]).toEqual([
    ['Runs', 'Success rate', 'Median (successful)', 'p95 (successful)', 'Last run'],
    ['3', '67%', '17m 30s', '18m 15s', '2026-01-22T08:00:00Z (30s, exit 1)'],
  ]);
  expect(run.outputs.row).toBe((await rowsOnBranch())[4]);
});

test('a failed run: ❌ heading, not judged, the end of its log folded and inert', async () => {
  const noise = Array.from({ length: 40 }, (_, i) => `echo "step ${i + 1}"`).join('; ');
  const run = await step({
    run: `${noise}; echo '<script>alert(1)</script> | **x** https://evil.example'; echo 'Error: timeout while waiting for state to become ACTIVE'; exit 3`,
  });
  expect(run.code).toBe(1);
  await keep('failed', run.summary);
  const html = renderGfm(run.summary);
  inert(html);
  expect(html).toMatch(
    /<h2>❌ bootstrap-persistent on dev \(build persistent\) failed \(exit code 3\)<\/h2>/,
  );
  // Successful runs before it: 1000, 1100 and the previous test's 1050 s → median 1050 s.
  expect(html).toMatch(
    /<strong>Failed with exit code 3 after \d+s\.<\/strong> The 3 successful runs before it took a median of 17m 30s; a failed run is not judged against it\./,
  );
  const pre = html.match(/<pre>([\s\S]*?)<\/pre>/)![1]!.split('\n');
  // 42 lines were written; the last 30 are shown after an ellipsis: "step 13" … "step 40", then the two.
  expect(pre).toHaveLength(31);
  expect(pre[0]).toBe('…');
  expect(pre[1]).toBe('step 13');
  expect(pre.slice(-2)).toEqual([
    '&lt;script&gt;alert(1)&lt;/script&gt; | **x** https://evil.example',
    'Error: timeout while waiting for state to become ACTIVE',
  ]);
  expect(html).toContain('<details><summary>The last 30 lines of the log <code>');
});

test('a re-run that wrote nothing: 🔁 heading, and `row` is the row on the branch', async () => {
  const log = join(workspace, 'rerun.log');
  await writeFile(log, '[2026-01-24T08:00:00Z] apply\n[2026-01-24T08:10:00Z] done\n');
  const first = await step({ 'log-path': log, 'exit-code': '0', flags: 'FIRST=1' });
  expect(first.outputs.recorded).toBe('true');
  const commits = (await logOf(server.bareRepo, 'governance-registry')).length;
  // "Re-run jobs" with different flags: the same run (same key), so nothing is written.
  const again = await step({ 'log-path': log, 'exit-code': '0', flags: 'SECOND=2' });
  expect(again.code).toBe(0);
  await keep('already-recorded', again.summary);
  expect(again.outputs.recorded).toBe('false');
  expect(again.outputs.row).toBe(first.outputs.row);
  expect(again.outputs.row).toContain('FIRST=1');
  expect(again.outputs.row).toBe((await rowsOnBranch()).find((r) => r.includes('FIRST=1')));
  expect((await logOf(server.bareRepo, 'governance-registry')).length).toBe(commits);
  const html = renderGfm(again.summary);
  inert(html);
  expect(html).toContain(
    '<h2>🔁 Already recorded: bootstrap-persistent on dev (build persistent) succeeded</h2>',
  );
  expect(html).not.toContain('✅');
  expect(html).toContain(
    '<p>Nothing was written: this run (same env, build id, phase and start time) was already in',
  );
  expect(html).toContain('Flags: FIRST=1.');
  expect(html).toContain('differ from it in flags (recorded FIRST=1, now SECOND=2)');
});

test('a new slower level found by change-point detection: the headline, a warning with the means, an annotation', async () => {
  // Another phase on the same branch: 12 steady applies, 1000/1040/980/1020 s (mean 1010 s =
  // 16m 50s), then 1500 and 1520 s; this run takes 1480 s. The new level from the 13th run:
  // mean (1500+1520+1480)/3 = 1500 s = 25m 00s, 1500/1010 − 1 = +48.5 % → "+49%".
  const durations = [
    1000, 1040, 980, 1020, 1000, 1040, 980, 1020, 1000, 1040, 980, 1020, 1500, 1520,
  ];
  const rows = durations.map((d, i) => {
    const start = new Date(Date.UTC(2025, 11, 1 + i, 8));
    const iso = (t: Date) => t.toISOString().replace('.000', '');
    return `${iso(start)},${iso(new Date(start.getTime() + d * 1000))},apply,dev,b${i},${d},0,,,,,logs/apply-${i}.log`;
  });
  await commitFiles(server.bareRepo, 'governance-registry', {
    [CSV]: `${(await rowsOnBranch()).join('\n')}\n${rows.join('\n')}\n`,
  });
  const log = join(workspace, 'slow.log');
  await writeFile(log, '[2025-12-20T08:00:00Z] apply\n[2025-12-20T08:24:40Z] done\n');
  const run = await runAction(
    'actions/record-timing',
    { env: 'dev', 'build-id': 'b14', phase: 'apply', 'log-path': log, 'exit-code': '0' },
    {
      cwd: workspace,
      github: { token: TOKEN, repository: 'acme/infra' },
      env: { GITHUB_API_URL: server.url, CI_LEDGER_REQUEST_RETRY_BASE_MS: '50' },
      timeoutMs: 90_000,
    },
  );
  expect(run.code).toBe(0);
  await keep('change-point', run.summary);
  const html = renderGfm(run.summary);
  inert(html);
  expect(html).toContain(
    "<strong>Succeeded in 24m 40s: a regression — this phase's successful runs are +49% slower since 2025-12-13T08:00:00Z.</strong>",
  );
  expect(html).toContain(
    'A new, slower level: +49% since 2025-12-13T08:00:00Z (build b12): mean 16m 50s over the 12 successful runs before, 25m 00s over the 3 since (p &lt; 0.0001).',
  );
  expect(run.annotations).toEqual([
    expect.objectContaining({
      level: 'warning',
      message: expect.stringContaining(
        'apply on dev: successful runs have become slower, +49% since 2025-12-13T08:00:00Z (build b12)',
      ),
    }),
  ]);
});

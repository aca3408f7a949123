/** `ci-ledger report` and `ci-ledger summary` (the built bundle) over histories written by batch-metrics and real registries. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from '../../src/ledger/backends/git.js';
import { runCli } from '../support/cli.js';
import { writeBatch } from '../batch/batch-fixture.js';

describe('report and summary over a history batch-metrics wrote, through a git remote', () => {
  test('three batches, read back from the branch: trends, change, chart', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ci-ledger-rep-'));
    const bare = join(root, 'remote.git');
    await git(['init', '--quiet', '--bare', '--initial-branch=main', bare]);
    for (const id of ['2026-01-27-001', '2026-01-28-001', '2026-01-29-001']) {
      const results = await writeBatch(id);
      const r = await runCli([
        'batch-metrics',
        '--batch-id',
        id,
        '--ecosystem',
        'cargo',
        '--results-dir',
        results,
        '--git-remote',
        bare,
      ]);
      expect(r.code).toBe(0);
    }
    const report = await runCli(['report', '--git-remote', bare, '--last', '2']);
    expect(report.stderr).toBe('');
    expect(report.stdout).toMatch(
      // Three batches, a window of 2: the change is against the 1 batch before it.
      /linux-musl-x86_64:\s+78\.3%\s+\(36\/46\)\s+\+0\.0 pts vs the 1 batch\(es\) before/,
    );
    expect(report.stdout).toContain(
      'Weakest platform over the last 2 batches, 2026-01-29 → 2026-01-29: linux-musl-x86_64 (78.3% pass rate)',
    );
    // musl fails r05–r08 with exit 7 (verify_failed) and r03 with exit 8 (missing_dep), in each of 2 batches.
    expect(report.stdout).toMatch(
      /linux-musl-x86_64:\n\s+verify_failed:\s+8 \(80%\)\n\s+missing_dep:\s+2 \(20%\)/,
    );
    // r06–r08 fail only on musl (r03 also fails on arm64, r05 on darwin-arm64).
    expect(report.stdout).toContain(
      'linux-musl-x86_64: fixing verify_failed would unlock 3 recipes that fail only there (e.g. r06, r07, r08)',
    );

    const summary = await runCli([
      'summary',
      '--git-remote',
      bare,
      '--batch-id',
      '2026-01-28-001',
      '--min-pass-rate',
      '90%',
    ]);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toMatch(/^## ❌ \*\*Batch 2026-01-28-001\*\* \(cargo, /);
    expect(summary.stdout).toContain('```mermaid');
    expect(summary.stdout).toContain('below the minimum pass rate of 90%');
    const missing = await runCli(['summary', '--git-remote', bare, '--batch-id', 'nope']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No batch "nope" in data\/metrics\/batch-runs\.jsonl on main/);
  });
});

/** The directory backend (--data-dir): plain files, atomic replacement, safe across processes. */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendRecords } from '../../src/ledger/append.js';
import { DirectoryBackend } from '../../src/ledger/backends/directory.js';
import { InputError } from '../../src/vocabulary/index.js';
import type { AppendRequest } from '../../src/ledger/types.js';
import { jsonlRequest, quickRetryEnv, runCli, spoolWith } from '../support/cli.js';

const batch = (id: string): AppendRequest => ({
  message: `batch ${id}`,
  files: [
    {
      format: 'jsonl',
      path: 'data/metrics/batch-runs.jsonl',
      key: ['batch_id', 'ecosystem'],
      records: [{ batch_id: id, ecosystem: 'cargo' }],
    },
    {
      format: 'jsonl',
      path: 'data/failures/cargo.jsonl',
      key: ['batch_id', 'ecosystem', 'recipe', 'environment'],
      records: [{ batch_id: id, ecosystem: 'cargo', recipe: 'rg', environment: 'darwin-arm64' }],
    },
  ],
});

describe('directory backend', () => {
  test('metrics and failures land together; a re-run adds nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-dir-'));
    const backend = new DirectoryBackend(dir);
    const first = await appendRecords(backend, batch('b1'));
    expect(first).toMatchObject({ status: 'recorded', branch: 'main', attempts: 1 });
    const again = await appendRecords(backend, batch('b1'));
    expect(again.status).toBe('already-recorded');
    expect(again.files.map((f) => f.duplicates)).toEqual([1, 1]);
    expect(await readFile(join(dir, 'data/metrics/batch-runs.jsonl'), 'utf8')).toBe(
      '{"batch_id":"b1","ecosystem":"cargo"}\n',
    );
    expect(
      (await readFile(join(dir, 'data/failures/cargo.jsonl'), 'utf8')).split('\n').filter(Boolean),
    ).toHaveLength(1);
    expect((await readdir(dir)).sort()).toEqual(['data']); // no lock or temp files left behind
  });

  test('a path that escapes the directory is refused before anything is written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-dir-'));
    for (const path of ['../outside.jsonl', '/etc/passwd', 'data/../../x', '.git/config', 'a//b']) {
      await expect(
        appendRecords(new DirectoryBackend(dir), jsonlRequest('x', path)),
      ).rejects.toThrow(InputError);
    }
    expect(await readdir(dir)).toEqual([]);
  });

  test('20 processes appending to one file at once: every record exactly once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-dir-'));
    const ids = Array.from({ length: 20 }, (_, i) => `w${i}`);
    const spools = await Promise.all(ids.map((id) => spoolWith(jsonlRequest(id))));
    const runs = await Promise.all(
      spools.map((s) =>
        runCli(['flush', '--spool-dir', s, '--data-dir', dir], { env: quickRetryEnv }),
      ),
    );
    for (const run of runs) expect(run).toMatchObject({ code: 0 });
    const lines = (await readFile(join(dir, 'data/records.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id).sort()).toEqual([...ids].sort());
  });
});

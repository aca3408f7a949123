/** dist/ is committed: it must be exactly what the sources build to (as check-dist.yml checks on GitHub). */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot } from './support/cli.js';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

test('dist/ matches a fresh build of src/', async () => {
  const fresh = await mkdtemp(join(tmpdir(), 'ci-ledger-dist-'));
  execFileSync(process.execPath, ['scripts/build.mjs', fresh], { cwd: repoRoot, stdio: 'pipe' });
  const committed = join(repoRoot, 'dist');
  const expected = await filesUnder(fresh);
  expect(await filesUnder(committed)).toEqual(expected);
  const stale: string[] = [];
  for (const file of expected) {
    const [a, b] = await Promise.all([
      readFile(join(fresh, file)),
      readFile(join(committed, file)),
    ]);
    if (!a.equals(b)) stale.push(file);
  }
  expect(stale).toEqual([]); // run `npm run build` and commit dist/
}, 180_000);

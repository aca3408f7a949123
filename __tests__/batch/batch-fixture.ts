/**
 * A realistic batch: 25 cargo recipes on the seed's five platforms, with progressive validation
 * (recipes that failed on linux glibc x86_64 were never tried on macOS). Linux x86_64 results
 * come as today's array form, one artifact holding two detailed platforms; arm64 and macOS as
 * v1 objects. The expected numbers in the tests are counted by hand from this layout.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const recipes = Array.from({ length: 25 }, (_, i) => `r${String(i + 1).padStart(2, '0')}`);
const range = (from: number, to: number) => recipes.slice(from - 1, to);

/** failures per reported platform, and which recipes each platform tried */
export const layout = {
  'linux-glibc-x86_64': { tried: range(1, 25), fail: ['r01', 'r02'] },
  'linux-glibc-arm64': { tried: range(3, 25), fail: ['r03', 'r04'] },
  'linux-musl-x86_64': { tried: range(3, 25), fail: ['r03', 'r05', 'r06', 'r07', 'r08'] },
  'darwin-arm64': { tried: range(5, 25), fail: ['r05'] },
  'darwin-x86_64': { tried: range(5, 25), fail: ['r09'] },
};

export async function writeBatch(batchId = '2026-01-29-001', ecosystem = 'cargo'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-batch-'));
  const v1 = (platform: keyof typeof layout, extra: Record<string, unknown>) => ({
    schema_version: 1,
    batch_id: batchId,
    ecosystem,
    platform,
    ...extra,
    results: recipes.map((recipe) =>
      !layout[platform].tried.includes(recipe)
        ? { recipe, status: 'skipped', reason: 'failed on linux-glibc-x86_64' }
        : layout[platform].fail.includes(recipe)
          ? {
              recipe,
              status: 'failed',
              category: recipe === 'r05' ? 'binary_incompatible' : 'missing_dep',
              message: `${recipe}: libssl.so.3 not found`,
            }
          : { recipe, status: 'passed', duration_seconds: 10 },
    ),
  });
  // download-artifact puts each artifact in a folder of its own.
  const put = async (name: string, content: unknown) => {
    await mkdir(join(dir, name), { recursive: true });
    await writeFile(join(dir, name, `${name}.json`), JSON.stringify(content, null, 2));
  };
  const arrayEntries = (reported: keyof typeof layout, detailed: string) =>
    recipes
      .filter((recipe) => layout[reported].tried.includes(recipe))
      .map((recipe) =>
        layout[reported].fail.includes(recipe)
          ? {
              recipe,
              platform: detailed,
              status: 'fail',
              exit_code: recipe === 'r03' ? 8 : 7,
              attempts: 2,
              blocked_by: null,
            }
          : {
              recipe,
              platform: detailed,
              status: 'pass',
              exit_code: 0,
              attempts: 1,
              blocked_by: null,
            },
      );
  await put('validation-results-linux-x86_64', [
    ...arrayEntries('linux-glibc-x86_64', 'linux-debian-glibc-x86_64'),
    ...arrayEntries('linux-musl-x86_64', 'linux-alpine-musl-x86_64'),
  ]);
  await put(
    'validation-results-linux-glibc-arm64',
    v1('linux-glibc-arm64', {
      started_at: '2026-01-29T10:00:00Z',
      finished_at: '2026-01-29T10:25:10Z',
    }),
  );
  await put(
    'validation-results-darwin-arm64',
    v1('darwin-arm64', {
      runner_minutes: 12.5,
      started_at: '2026-01-29T10:02:00Z',
      finished_at: '2026-01-29T10:14:00Z',
    }),
  );
  await put(
    'validation-results-darwin-x86_64',
    v1('darwin-x86_64', {
      started_at: '2026-01-29T10:03:00Z',
      finished_at: '2026-01-29T10:23:00Z',
    }),
  );
  return dir;
}

// Builds one ncc bundle per entry point into dist/ (or the directory given as the first
// argument, which the dist-up-to-date test uses to compare a fresh build with dist/).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const out = process.argv[2] ?? 'dist';
const ncc = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js');
const bundles = {
  '.': 'src/entries/index.ts', // the root action (input `command`)
  'record-timing': 'src/entries/record-timing.ts',
  'batch-metrics': 'src/entries/batch-metrics.ts',
  'batch-summary': 'src/entries/batch-summary.ts',
  cli: 'src/cli/index.ts',
};

rmSync(out, { recursive: true, force: true });
for (const [name, entry] of Object.entries(bundles)) {
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', join(out, name), '--license', 'licenses.txt', '--quiet'],
    {
      stdio: 'inherit',
    },
  );
}

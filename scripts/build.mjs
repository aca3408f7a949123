// Builds one ncc bundle per entry point into dist/ (or the directory given as the first
// argument, which the dist-up-to-date test uses to compare a fresh build with dist/), each with
// a licenses.txt naming every package bundled into it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
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
const scratch = mkdtempSync(join(tmpdir(), 'ci-ledger-build-'));
try {
  for (const [name, entry] of Object.entries(bundles)) {
    const stats = join(scratch, `${name === '.' ? 'root' : name}.json`);
    execFileSync(
      process.execPath,
      [ncc, 'build', entry, '-o', join(out, name), '--stats-out', stats, '--quiet'],
      { stdio: 'inherit' },
    );
    writeFileSync(join(out, name, 'licenses.txt'), licenses(packagesIn(stats)));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** The folders of the packages whose files went into a bundle (main file and chunks), from
 * webpack's stats: ncc's own --license leaves out modules concatenated into the main file. */
function packagesIn(statsFile) {
  const dirs = new Set();
  for (const [dir] of readFileSync(statsFile, 'utf8').matchAll(
    /(?:node_modules\/(?:@[^/"\\]+\/)?[^/"\\]+\/)+/g,
  ))
    dirs.add(dir.slice(0, -1));
  return [...dirs].sort();
}

/** Each package's name, license and license text; a package nested twice at one license, once. */
function licenses(dirs) {
  const entries = new Set();
  for (const dir of dirs) {
    const { name, license = 'UNKNOWN' } = JSON.parse(
      readFileSync(join(dir, 'package.json'), 'utf8'),
    );
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : '';
    entries.add(`${name}\n${license}\n${text}\n`);
  }
  return [...entries].sort().join('\n');
}

// Builds one esbuild bundle per entry point into dist/ (or the directory given as the first
// argument, which the dist-up-to-date test uses to compare a fresh build with dist/), each an ES
// module (with a package.json saying so) whose lazy import()s are chunks loaded on demand, and
// each with a licenses.txt naming every package bundled into it. esbuild only strips the types:
// `tsc --noEmit` (npm test) type-checks.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';

const out = process.argv[2] ?? 'dist';
const bundles = {
  '.': 'src/entries/index.ts', // the root action (input `command`)
  'record-timing': 'src/entries/record-timing.ts',
  'batch-metrics': 'src/entries/batch-metrics.ts',
  'batch-summary': 'src/entries/batch-summary.ts',
  dashboard: 'src/entries/dashboard.ts',
  cli: 'src/cli/index.ts',
};

/** @actions/core declares no "sideEffects", so a bundler must keep (and evaluate at start-up)
 * everything it imports, @actions/http-client, undici and tunnel included, though only
 * getIDToken (never called here) needs them (actions/toolkit#1697, #1621). Its own modules have
 * no side effects on import: saying so lets esbuild drop what the bundle does not use. */
const actionsCoreHasNoSideEffects = {
  name: 'actions-core-side-effect-free',
  setup(build) {
    const inCore = (path) => path.includes(`${sep}node_modules${sep}@actions${sep}core${sep}`);
    // @actions/core itself, and relative paths (those from inside @actions/core are its own)
    build.onResolve({ filter: /^(?:@actions\/core(?:\/|$)|\.)/ }, async (args) => {
      if (args.pluginData?.resolving) return undefined; // our own build.resolve below
      if (args.path.startsWith('.') && !inCore(args.importer)) return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        namespace: args.namespace,
        resolveDir: args.resolveDir,
        with: args.with,
        pluginData: { resolving: true },
      });
      if (resolved.errors.length > 0 || !inCore(resolved.path)) return resolved;
      return { ...resolved, sideEffects: false };
    });
  },
};

// The CommonJS packages bundled (undici, tunnel, ajv, csv-*) require() node's built-ins, and an ES
// module has no `require`: each output file makes its own.
const banner = `import { createRequire as __ciLedgerCreateRequire } from 'node:module';
const require = __ciLedgerCreateRequire(import.meta.url);`;

rmSync(out, { recursive: true, force: true });

// The dashboard page (src/site/page/): a browser script with uPlot and its styles bundled in,
// built first and given to the node bundles as a constant, so `ci-ledger dashboard` writes a
// self-contained site with no file to find next to it and no CDN.
const page = await build({
  entryPoints: [{ in: 'src/site/page/app.ts', out: 'app' }],
  outdir: join(out, 'site'),
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome110', 'firefox110', 'safari16'],
  metafile: true,
  logLevel: 'warning',
});
writeFileSync(
  join(out, 'site', 'licenses.txt'),
  licenses(packagesIn(Object.keys(page.metafile.inputs))),
);
// The licenses go with the site (assets/licenses.txt): minifying drops uPlot's own notice.
const pageAssets = {
  js: readFileSync(join(out, 'site', 'app.js'), 'utf8'),
  css: readFileSync(join(out, 'site', 'app.css'), 'utf8'),
  licenses: readFileSync(join(out, 'site', 'licenses.txt'), 'utf8'),
};

for (const [name, entry] of Object.entries(bundles)) {
  const dir = join(out, name);
  const { metafile } = await build({
    entryPoints: [{ in: entry, out: 'index' }],
    outdir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    banner: { js: banner },
    plugins: [actionsCoreHasNoSideEffects],
    // Three strings, not one object: esbuild hoists an object constant into the chunk every
    // command loads, while a string is inlined where it is used (the dashboard job's chunk).
    define: {
      CI_LEDGER_PAGE_JS: JSON.stringify(pageAssets.js),
      CI_LEDGER_PAGE_CSS: JSON.stringify(pageAssets.css),
      CI_LEDGER_PAGE_LICENSES: JSON.stringify(pageAssets.licenses),
    },
    metafile: true,
    logLevel: 'warning',
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{\n  "type": "module"\n}\n');
  writeFileSync(join(dir, 'licenses.txt'), licenses(packagesIn(Object.keys(metafile.inputs))));
}

/** The folders of the packages whose files went into a bundle (main file and chunks), from the
 * inputs of esbuild's metafile. */
function packagesIn(inputs) {
  const dirs = new Set();
  for (const input of inputs)
    for (const [dir] of input.matchAll(/(?:node_modules\/(?:@[^/"\\]+\/)?[^/"\\]+\/)+/g))
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

/**
 * ci-ledger's benchmark (`npm run bench`): the built bundles, run as child processes, side by
 * side with what users would otherwise run, in one go. The machine is noisy, so no absolute time
 * is a result: every figure is a ratio against a baseline measured in the same run, from medians
 * of several repetitions (interleaved, so that drift hits every tool alike). Prints tables and
 * writes everything, raw samples included, to bench/results.json.
 *
 *   1. log scan   record-timing over a generated 1 GiB Terraform log vs `grep -c` and vs the old
 *                 shell recorder's grep/sed passes (bench/old-record-timing.sh): MB/s, ratio,
 *                 peak RSS; the three must agree on the resource sums; a CPU profile says where
 *                 ci-ledger's time goes.
 *   2. report     ci-ledger report vs jq over a generated history (bench/report-bench.mjs).
 *   3. start-up   each bundle's no-op run vs `node -e 0`; bundle sizes.
 *   4. API cost   requests per append, and wall time / requests / attempts for 20 and 50
 *                 concurrent writers against the API emulator at 50 ms latency, and for 20
 *                 writers at 20% injected faults; GraphQL and REST writers side by side
 *                 (bench/api-cost.bench.ts, run through jest).
 *   5. regressions change-point detection vs the 1.5× median rule vs benchmark-action's previous
 *                 run at 200 %, on seeded synthetic series with known changes: precision, recall,
 *                 F1, false alarms per 1,000 stationary runs (bench/regressions.mjs).
 *   6. dashboard  `ci-ledger dashboard` over 1k, 10k and 100k generated batches: build time, peak
 *                 RSS, site size (and its share of the raw history), time to the first chart and
 *                 to every chart in headless Chromium (median of 5); target: the 100k-batch site
 *                 drawn in under 2 s (bench/dashboard-bench.mjs).
 *   7. scale      requests, bytes up and bytes down per batch-metrics append and per
 *                 `summary --last 10`, through a byte-counting proxy in front of the API test
 *                 server and of git http-backend, for histories of 1k, 10k and 100k batches in
 *                 monthly shards, and the single files for comparison (bench/scale.bench.ts).
 *
 * Options: --only scan,report,export,startup,api,regressions,dashboard,scale   --scale-sizes 1000,10000,100000
 *          --log-mib N (1024)   --long-line-mib N (64; 0: skip)
 *          --reps N (5)   --startup-reps N (20)
 *          --api-reps N (3)   --writers 20,50   --latency-ms N (50)   --quick   --markdown
 */
import { Buffer } from 'node:buffer';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { REGRESSION_TABLE_HEADERS, regressionBench, regressionTableRows } from './regressions.mjs';
import { writeTerraformLog } from './terraform-log.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/index.js');
const oldScript = join(root, 'bench/old-record-timing.sh');
const TIME = '/usr/bin/time';

const { values: opts } = parseArgs({
  options: {
    only: { type: 'string', default: 'scan,report,export,startup,api,regressions,dashboard,scale' },
    'scale-sizes': { type: 'string' },
    'log-mib': { type: 'string' },
    'long-line-mib': { type: 'string' },
    reps: { type: 'string' },
    'startup-reps': { type: 'string' },
    'api-reps': { type: 'string' },
    writers: { type: 'string', default: '20,50' },
    'latency-ms': { type: 'string', default: '50' },
    quick: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    out: { type: 'string', default: join(root, 'bench/results.json') },
  },
});
const quick = opts.quick;
const config = {
  sections: opts.only.split(','),
  logMiB: Number(opts['log-mib'] ?? (quick ? 128 : 1024)),
  longLineMiB: Number(opts['long-line-mib'] ?? (quick ? 16 : 64)),
  reps: Number(opts.reps ?? (quick ? 3 : 5)),
  startupReps: Number(opts['startup-reps'] ?? (quick ? 10 : 20)),
  apiReps: Number(opts['api-reps'] ?? (quick ? 1 : 3)),
  writers: opts.writers,
  latencyMs: Number(opts['latency-ms']),
  scaleSizes: opts['scale-sizes'] ?? (quick ? '1000,10000' : '1000,10000,100000'),
};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fixed = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const ratio = (x) => `${fixed(x, 2)}×`;
const kib = (bytes) => `${fixed(bytes / 1024, 0)} KiB`;
/** /usr/bin/time's %M is in KiB; targets are in MB. */
const mb = (rssKiB) => `${fixed((rssKiB * 1024) / 1e6, 0)} MB`;
const log = (line) => process.stderr.write(`${line}\n`);

/**
 * Runs a command under /usr/bin/time: wall time (ms, measured here), peak RSS (KiB, the
 * largest process of the command's tree), exit code, output.
 */
async function measure(command, args, { env = process.env, cwd = root } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-bench-time-'));
  const rssFile = join(dir, 'rss');
  try {
    const start = performance.now();
    const { code, stdout, stderr } = await new Promise((done, fail) => {
      const child = spawn(TIME, ['-f', '%M', '-o', rssFile, command, ...args], { env, cwd });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', fail);
      child.on('close', (code) => done({ code, stdout, stderr }));
    });
    const ms = performance.now() - start;
    // "Command exited with non-zero status N" may precede the figure.
    const rssKiB = Number((await readFile(rssFile, 'utf8')).trim().split('\n').pop());
    return { ms, rssKiB, code, stdout, stderr };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A table as aligned text and as markdown. */
function table(title, headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  const text = [title, line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  const md = [
    `| ${headers.join(' | ')} |`,
    // Figures right-aligned, text left.
    `| ${headers.map((_, i) => (rows.every((r) => /^[\d.]/.test(String(r[i]))) ? '--:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
  return { text: text.join('\n'), markdown: `**${title}**\n\n${md.join('\n')}` };
}

function environment() {
  const version = (cmd, args) => {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    return r.status === 0 ? r.stdout.split('\n')[0].trim() : undefined;
  };
  const commit = version('git', ['-C', root, 'rev-parse', 'HEAD']);
  const status = spawnSync('git', ['-C', root, 'status', '--porcelain', 'dist', 'src'], {
    encoding: 'utf8',
  });
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    grep: version('grep', ['--version']),
    locale: process.env.LC_ALL || process.env.LANG || 'C',
    commit,
    // dist/ or src/ differ from the commit (undefined outside a git checkout)
    uncommittedChanges: commit && status.status === 0 ? status.stdout.trim() !== '' : undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// 1. Log scan
// ---------------------------------------------------------------------------------------------

/** What each tool found: [first, last, added, changed, destroyed]. */
function ciLedgerFacts(csv) {
  const [, row] = csv.trim().split('\n');
  const cells = row.split(',');
  return [cells[0], cells[1], Number(cells[8]), Number(cells[9]), Number(cells[10])];
}

/**
 * Runs `node --cpu-prof` on a command and returns the functions with the most self time, each
 * with its hottest lines (for code in dist/, the bundle's own source line).
 */
async function profileOf(args, { env = process.env, count = 8 } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-bench-prof-'));
  try {
    const run = await measure(
      process.execPath,
      ['--cpu-prof', '--cpu-prof-interval', '200', '--cpu-prof-dir', dir, ...args],
      { env },
    );
    const [file] = (await readdir(dir)).filter((n) => n.endsWith('.cpuprofile'));
    if (!file) return { code: run.code, top: [] };
    const profile = JSON.parse(await readFile(join(dir, file), 'utf8'));
    const interval = mean(profile.timeDeltas); // µs per sample
    const self = new Map();
    let total = 0;
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber } = node.callFrame;
      const where = url ? `${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : '';
      const key = `${functionName || '(anonymous)'} ${where}`.trim();
      const entry = self.get(key) ?? { hits: 0, url, lines: new Map() };
      entry.hits += node.hitCount;
      for (const { line, ticks } of node.positionTicks ?? [])
        entry.lines.set(line, (entry.lines.get(line) ?? 0) + ticks);
      self.set(key, entry);
      total += node.hitCount;
    }
    const sources = new Map();
    const sourceLine = (url, line) => {
      if (!url?.startsWith('file://') || !url.includes('/dist/')) return undefined;
      if (!sources.has(url)) sources.set(url, readFileSync(fileURLToPath(url), 'utf8').split('\n'));
      return sources.get(url)[line - 1]?.trim().slice(0, 100);
    };
    const top = [...self]
      .sort((a, b) => b[1].hits - a[1].hits)
      .slice(0, count)
      .map(([fn, e]) => ({
        fn,
        share: e.hits / total,
        ms: (e.hits * interval) / 1000,
        lines: [...e.lines]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 3)
          .map(([line, ticks]) => ({
            line,
            share: ticks / total,
            source: sourceLine(e.url, line),
          })),
      }));
    return { code: run.code, top };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The profile as indented text lines. */
function profileText(top) {
  return top
    .flatMap((p) => [
      `  ${fixed(p.share * 100, 1).padStart(5)}%  ${p.fn}`,
      ...p.lines
        .filter((l) => l.source && l.share >= 0.01)
        .map(
          (l) => `           ${fixed(l.share * 100, 1).padStart(5)}%  line ${l.line}: ${l.source}`,
        ),
    ])
    .join('\n');
}

async function logScan(results) {
  const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-bench-log-'));
  try {
    const file = join(dir, 'apply-bench-b1.log');
    log(`log scan: writing a ${config.logMiB} MiB Terraform log to ${file} …`);
    const truth = writeTerraformLog(file, config.logMiB * 1024 * 1024);
    const bytes = statSync(file).size;
    const expected = [truth.first, truth.last, truth.added, truth.changed, truth.destroyed];

    let dataDirs = 0;
    const tools = {
      'ci-ledger record-timing': async () => {
        const data = join(dir, `data-${dataDirs++}`);
        const run = await measure(process.execPath, [
          cli,
          'record-timing',
          '--env',
          'bench',
          '--build-id',
          'b1',
          '--phase',
          'apply',
          '--log-path',
          file,
          '--exit-code',
          '0',
          '--data-dir',
          data,
        ]);
        const csv = readFileSync(join(data, 'environments/bench/latest/build_timings.csv'), 'utf8');
        await rm(data, { recursive: true, force: true });
        return { ...run, facts: ciLedgerFacts(csv) };
      },
      "grep -c 'complete! Resources'": async () => {
        const run = await measure('grep', ['-c', 'complete! Resources', file]);
        return { ...run, facts: [undefined, undefined, Number(run.stdout.trim())] };
      },
      'old shell recorder (grep/sed passes)': async () => {
        const run = await measure('bash', [oldScript, file]);
        const [first, last, ...numbers] = run.stdout.trim().split(' ');
        return { ...run, facts: [first, last, ...numbers.slice(0, 3).map(Number)] };
      },
    };
    const names = Object.keys(tools);
    const samples = Object.fromEntries(names.map((n) => [n, []]));
    const found = {};
    for (let rep = -1; rep < config.reps; rep++) {
      // rep -1 warms the page cache and checks the answers; the order rotates every repetition.
      const order = names.map((_, i) => names[(i + Math.max(rep, 0)) % names.length]);
      for (const name of order) {
        const run = await tools[name]();
        if (run.code !== 0) throw new Error(`${name} exited ${run.code}: ${run.stderr}`);
        if (rep < 0) found[name] = run.facts;
        else samples[name].push(run);
      }
      log(`log scan: repetition ${rep + 1}/${config.reps} done`);
    }

    // Do the three agree with each other and with the generator?
    const agreement = {
      expected: { ...truth },
      ciLedger: found[names[0]],
      grepSummaryLines: found[names[1]][2],
      oldScript: found[names[2]],
    };
    const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
    agreement.ok =
      same(found[names[0]], expected) &&
      same(found[names[2]], expected) &&
      found[names[1]][2] === truth.summaries;

    const grepMs = median(samples[names[1]].map((s) => s.ms));
    const rows = names.map((name) => {
      const ms = median(samples[name].map((s) => s.ms));
      return {
        tool: name,
        medianMs: ms,
        mbPerSecond: bytes / 1e6 / (ms / 1000),
        ratioToGrep: ms / grepMs,
        peakRssKiB: median(samples[name].map((s) => s.rssKiB)),
        samplesMs: samples[name].map((s) => s.ms),
      };
    });

    log('log scan: profiling one ci-ledger run (node --cpu-prof) …');
    const profiled = await profileOf([
      cli,
      'record-timing',
      '--env',
      'bench',
      '--build-id',
      'b1',
      '--phase',
      'apply',
      '--log-path',
      file,
      '--exit-code',
      '0',
      '--data-dir',
      join(dir, 'data-profile'),
    ]);
    const profile = profiled.top;

    const longLine = config.longLineMiB > 0 ? await longLineScan(dir) : undefined;

    results.logScan = { bytes, truth, agreement, rows, profile, longLine };
    const t = table(
      `Log scan: ${fixed(bytes / 2 ** 20, 0)} MiB Terraform log, median of ${config.reps}`,
      ['tool', 'MB/s', 'time vs grep', 'peak RSS'],
      rows.map((r) => [r.tool, fixed(r.mbPerSecond, 0), ratio(r.ratioToGrep), mb(r.peakRssKiB)]),
    );
    const sums = `+${truth.added} ~${truth.changed} -${truth.destroyed} over ${truth.summaries} summaries, ${truth.first} → ${truth.last}`;
    const verdict = agreement.ok
      ? `The three agree with the generated log: ${sums}.`
      : `DISAGREEMENT (expected ${sums}): ${JSON.stringify(agreement)}`;
    const where = `Where ci-ledger's time goes (self time, node --cpu-prof):\n${profileText(profile)}`;
    console.log(`${t.text}\n${verdict}\n${where}\n`);
    const parts = [t.markdown, verdict];
    if (longLine) {
      console.log(`${longLine.table.text}\n`);
      parts.push(longLine.table.markdown);
    }
    return parts;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The pathological case: a log whose lines are huge (a base64 blob, minified JSON, a progress
 * bar without newlines). One line of `longLineMiB` MiB between a timestamp and a summary.
 */
async function longLineScan(dir) {
  const file = join(dir, 'long-line.log');
  const handle = await open(file, 'w');
  await handle.write('[2026-01-24T08:00:00Z] terraform output -json\n');
  const block = Buffer.alloc(1 << 20, 'QUJD'); // base64-ish, no newline
  for (let i = 0; i < config.longLineMiB; i++) await handle.write(block);
  await handle.write(
    '\nApply complete! Resources: 1 added, 0 changed, 0 destroyed.\n[2026-01-24T08:10:00Z] done\n',
  );
  await handle.close();
  const bytes = statSync(file).size;
  const runs = { ci: [], grep: [] };
  for (let rep = 0; rep < Math.min(config.reps, 3); rep++) {
    const data = join(dir, `data-long-${rep}`);
    const ci = await measure(process.execPath, [
      cli,
      'record-timing',
      '--env',
      'bench',
      '--build-id',
      'b1',
      '--phase',
      'apply',
      '--log-path',
      file,
      '--exit-code',
      '0',
      '--data-dir',
      data,
    ]);
    const csv = readFileSync(join(data, 'environments/bench/latest/build_timings.csv'), 'utf8');
    if (ci.code !== 0 || ciLedgerFacts(csv)[2] !== 1) throw new Error(`long line: ${ci.stderr}`);
    runs.ci.push(ci);
    runs.grep.push(await measure('grep', ['-c', 'complete! Resources', file]));
  }
  await rm(file, { force: true });
  const ciMs = median(runs.ci.map((r) => r.ms));
  const grepMs = median(runs.grep.map((r) => r.ms));
  const result = {
    bytes,
    ciLedger: {
      medianMs: ciMs,
      mbPerSecond: bytes / 1e6 / (ciMs / 1000),
      peakRssKiB: median(runs.ci.map((r) => r.rssKiB)),
    },
    grep: {
      medianMs: grepMs,
      mbPerSecond: bytes / 1e6 / (grepMs / 1000),
      peakRssKiB: median(runs.grep.map((r) => r.rssKiB)),
    },
  };
  result.table = table(
    `Log scan, pathological: one ${config.longLineMiB} MiB line, median of ${runs.ci.length}`,
    ['tool', 'MB/s', 'time vs grep', 'peak RSS'],
    [
      [
        'ci-ledger record-timing',
        fixed(result.ciLedger.mbPerSecond, 0),
        ratio(ciMs / grepMs),
        mb(result.ciLedger.peakRssKiB),
      ],
      [
        "grep -c 'complete! Resources'",
        fixed(result.grep.mbPerSecond, 0),
        ratio(1),
        mb(result.grep.peakRssKiB),
      ],
    ],
  );
  return result;
}

// ---------------------------------------------------------------------------------------------
// 2. Report benchmark
// ---------------------------------------------------------------------------------------------

/** bench/report-bench.mjs: a generated history (100,000 batches, 5,000,000 failures; a tenth
 * with --quick) through `ci-ledger report` and the equivalent jq pipelines; it checks both give
 * the same per-platform numbers. */
async function reportBench(results) {
  const out = join(await mkdtemp(join(tmpdir(), 'ci-ledger-bench-')), 'report.json');
  const args = ['bench/report-bench.mjs', '--out', out, '--runs', String(quick ? 1 : 3)];
  if (quick) args.push('--batches', '10000', '--failures', '500000');
  log(`report benchmark: ${args.join(' ')}`);
  execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  results.report = JSON.parse(await readFile(out, 'utf8'));
  const rows = results.report.rows.map((r) => [
    r.report,
    r.ciLedgerSeconds.toFixed(2),
    r.ciLedgerRssMb.toFixed(0),
    r.jqSeconds.toFixed(2),
    r.jqRssMb.toFixed(0),
    `${r.speedup.toFixed(2)}×`,
    r.sameNumbers ? 'yes' : 'NO',
  ]);
  const t = table(
    `Report: ${results.report.batches} batches, ${results.report.failures} failures`,
    ['report', 'ci-ledger s', 'RSS MB', 'jq s', 'jq RSS MB', 'jq time / ci-ledger', 'same numbers'],
    rows,
  );
  console.log(t.text);
  return [t.markdown];
}

/** bench/export-bench.mjs: `ci-ledger export --from-history` over a generated history (100,000
 * batches, 1,000,000 failures; a tenth with --quick) to an OpenMetrics file and into a real
 * Prometheus, in samples per second, against a jq pipeline writing the per-platform series. */
async function exportBench(results) {
  const out = join(await mkdtemp(join(tmpdir(), 'ci-ledger-bench-')), 'export.json');
  const args = ['bench/export-bench.mjs', '--out', out, '--runs', String(quick ? 1 : 3)];
  if (quick) args.push('--batches', '10000', '--failures', '100000');
  log(`export benchmark: ${args.join(' ')}`);
  execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  results.export = JSON.parse(await readFile(out, 'utf8'));
  const jq = results.export.rows.find((r) => r.what.startsWith('jq'));
  const rows = results.export.rows.map((r) => [
    r.what,
    String(r.samples),
    r.seconds.toFixed(2),
    r.rssMb.toFixed(0),
    Math.round(r.samplesPerSecond).toLocaleString('en-US'),
    `${(r.samplesPerSecond / jq.samplesPerSecond).toFixed(2)}×`,
  ]);
  const t = table(
    `Export: ${results.export.batches} batches, ${results.export.failures} failures`,
    ['export', 'samples', 's', 'RSS MB', 'samples/s', 'vs jq'],
    rows,
  );
  console.log(t.text);
  return [t.markdown];
}

// ---------------------------------------------------------------------------------------------
// 5. Dashboard
// ---------------------------------------------------------------------------------------------

/** bench/dashboard-bench.mjs: build the site over generated histories and open it in Chromium. */
async function dashboardBench(results) {
  const out = join(await mkdtemp(join(tmpdir(), 'ci-ledger-bench-')), 'dashboard.json');
  const args = ['bench/dashboard-bench.mjs', '--out', out];
  if (quick) args.push('--sizes', '1000,10000', '--builds', '1', '--opens', '3');
  log(`dashboard benchmark: ${args.join(' ')}`);
  execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  results.dashboard = JSON.parse(await readFile(out, 'utf8'));
  const t = table(
    'Dashboard: build and open (headless Chromium, file://)',
    [
      'batches',
      'failures',
      'history MiB',
      'build s',
      'build CPU s',
      'RSS MB',
      'site KiB',
      'site / history',
      'first chart ms',
      'all charts ms',
      'figures',
    ],
    results.dashboard.rows.map((r) => [
      r.batches,
      r.failures,
      fixed(r.historyMiB),
      fixed(r.buildSeconds, 2),
      fixed(r.buildCpuSeconds, 2),
      r.buildRssMb,
      r.siteKiB,
      `${fixed(r.siteShareOfHistory * 100, 2)}%`,
      r.firstChartMs,
      r.allChartsMs,
      r.correct ? 'right' : 'WRONG',
    ]),
  );
  console.log(t.text);
  return [t.markdown];
}

// ---------------------------------------------------------------------------------------------
// 3. Start-up
// ---------------------------------------------------------------------------------------------

const BUNDLES = [
  { name: 'cli (--help)', dir: 'dist/cli', args: ['dist/cli/index.js', '--help'] },
  {
    name: 'record-timing action',
    dir: 'dist/record-timing',
    args: ['dist/record-timing/index.js'],
  },
  {
    name: 'batch-metrics action',
    dir: 'dist/batch-metrics',
    args: ['dist/batch-metrics/index.js'],
  },
  {
    name: 'batch-summary action',
    dir: 'dist/batch-summary',
    args: ['dist/batch-summary/index.js'],
  },
  { name: 'root action (no command)', dir: 'dist', args: ['dist/index.js'] },
];

/** A bundle's size on disk, and what a run loads before its first line runs: index.js and the
 * chunks it imports statically, transitively (lazy `import()` chunks load only when used). */
function bundleSize(dir) {
  const files = readdirSync(join(root, dir)).filter((n) => n.endsWith('.js'));
  const size = (n) => statSync(join(root, dir, n)).size;
  const atStart = new Set();
  const visit = (name) => {
    if (atStart.has(name)) return;
    atStart.add(name);
    const source = readFileSync(join(root, dir, name), 'utf8');
    for (const [, next] of source.matchAll(
      /^import\s+(?:[^'"();]*?\s+from\s+)?["']\.\/([^"']+)["']/gm,
    ))
      visit(next);
  };
  visit('index.js');
  return {
    atStart: [...atStart].reduce((s, n) => s + size(n), 0),
    atStartCount: atStart.size,
    total: files.reduce((s, n) => s + size(n), 0),
    fileCount: files.length,
  };
}

async function startup(results) {
  // The runner's environment for an action with no inputs: no INPUT_* at all. The actions fail
  // fast on their first missing required input; that is their no-op.
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
  };
  // For context: what loading any ES module costs (the bundles are ES modules).
  const emptyDir = await mkdtemp(join(tmpdir(), 'ci-ledger-bench-empty-'));
  await writeFile(join(emptyDir, 'empty.mjs'), '');
  const targets = [
    { name: 'node -e 0 (baseline)', args: ['-e', '0'] },
    { name: 'node empty.mjs (context)', args: [join(emptyDir, 'empty.mjs')] },
    ...BUNDLES,
  ];
  const samples = Object.fromEntries(targets.map((t) => [t.name, []]));
  for (let rep = -1; rep < config.startupReps; rep++) {
    for (let i = 0; i < targets.length; i++) {
      const target = targets[(i + Math.max(rep, 0)) % targets.length];
      const run = await measure(process.execPath, target.args, { env });
      const expectedCode = target.name.includes('action') ? 1 : 0;
      if (run.code !== expectedCode)
        throw new Error(`${target.name} exited ${run.code}: ${run.stdout}${run.stderr}`);
      if (rep >= 0) samples[target.name].push(run);
    }
  }
  await rm(emptyDir, { recursive: true, force: true });
  const base = median(samples[targets[0].name].map((s) => s.ms));
  const rows = targets.map((t) => {
    const size = t.dir ? bundleSize(t.dir) : undefined;
    return {
      bundle: t.name,
      medianMs: median(samples[t.name].map((s) => s.ms)),
      ratioToNode: median(samples[t.name].map((s) => s.ms)) / base,
      peakRssKiB: median(samples[t.name].map((s) => s.rssKiB)),
      size,
      samplesMs: samples[t.name].map((s) => s.ms),
    };
  });
  results.startup = { reps: config.startupReps, rows };
  const t = table(
    `Start-up: no-op run vs bare node, median of ${config.startupReps}`,
    ['bundle', 'time vs node -e 0', 'peak RSS', 'loaded at start (files)', 'total (files)'],
    rows.map((r) => [
      r.bundle,
      ratio(r.ratioToNode),
      mb(r.peakRssKiB),
      r.size ? `${kib(r.size.atStart)} (${r.size.atStartCount})` : '',
      r.size ? `${kib(r.size.total)} (${r.size.fileCount})` : '',
    ]),
  );
  log('start-up: profiling the record-timing action no-op (node --cpu-prof) …');
  const profile = await profileOf(['dist/record-timing/index.js'], { env, count: 6 });
  results.startup.profile = profile.top;
  console.log(
    `${t.text}\nWhere the record-timing action's no-op time goes (self time):\n${profileText(profile.top)}\n`,
  );
  return [t.markdown];
}

// ---------------------------------------------------------------------------------------------
// 4. API cost
// ---------------------------------------------------------------------------------------------

async function apiCost(results) {
  const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-bench-api-'));
  const out = join(dir, 'api.json');
  try {
    log(
      `API cost: running bench/api-cost.bench.ts through jest (${config.apiReps} repetition(s)) …`,
    );
    const jest = join(root, 'node_modules/jest/bin/jest.js');
    const run = spawnSync(
      process.execPath,
      [jest, '--rootDir', '.', '--testMatch', '**/bench/**/*.bench.ts', '--runInBand'],
      {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...process.env,
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
          BENCH_API_OUT: out,
          BENCH_API_REPS: String(config.apiReps),
          BENCH_API_WRITERS: config.writers,
          BENCH_API_LATENCY_MS: String(config.latencyMs),
        },
      },
    );
    if (run.status !== 0 || !existsSync(out))
      throw new Error(`the API benchmark failed:\n${run.stdout}\n${run.stderr}`);
    const api = JSON.parse(await readFile(out, 'utf8'));
    // Times are relative to the GraphQL writer's one-file append (the default writer).
    const appendMs = median(
      api.uncontended.find((u) => u.case === 'one file, appending' && u.api === 'graphql')?.ms ??
        api.uncontended.find((u) => u.case === 'one file, appending').ms,
    );
    const groups = new Map();
    for (const c of api.contended) {
      const key = `${c.api} ${c.writers} ${c.faultRate}`;
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    const contended = [...groups.values()].map((runs) => {
      const { api: writer, writers: n, faultRate } = runs[0];
      const attempts = runs.flatMap((r) => r.attempts);
      const wall = median(runs.map((r) => r.wallMs));
      const faults = {};
      for (const r of runs)
        for (const [kind, count] of Object.entries(r.faults))
          faults[kind] = (faults[kind] ?? 0) + count;
      return {
        api: writer,
        faultRate,
        faults,
        writers: n,
        runs: runs.length,
        wallMs: wall,
        wallVsSerial: wall / (n * appendMs),
        wallVsOneAppend: wall / appendMs,
        requestsPerRecord: median(runs.map((r) => r.requests / n)),
        attempts: {
          mean: mean(attempts),
          median: median(attempts),
          p95: percentile(attempts, 95),
          max: Math.max(...attempts),
        },
        landed: runs.every((r) => r.landed === n && r.commits === n),
      };
    });
    results.api = { ...api, appendMs, summary: contended };

    const t1 = table(
      `API requests per uncontended append (emulator at ${api.latencyMs} ms latency)`,
      ['writer', 'append', 'requests', 'by route', 'time vs GraphQL one-file append'],
      api.uncontended.map((u) => [
        u.api,
        u.case,
        u.requests,
        Object.entries(u.byRoute)
          .map(([route, n]) => `${route}${n > 1 ? ` ×${n}` : ''}`)
          .join(', '),
        ratio(median(u.ms) / appendMs),
      ]),
    );
    const t2 = table(
      `Concurrent writers (one record each, ${api.latencyMs} ms latency, median of ${config.apiReps})`,
      [
        'writer',
        'writers',
        'faults injected',
        'all landed once',
        'wall vs one append',
        'wall vs N appends in a row',
        'requests/record',
        'attempts/record mean · p95 · max',
      ],
      contended.map((c) => [
        c.api,
        c.writers,
        c.faultRate === 0
          ? 'none'
          : `${c.faultRate * 100}%: ${Object.entries(c.faults)
              .map(([kind, n]) => `${kind} ${n}`)
              .join(', ')}`,
        c.landed ? 'yes' : 'NO',
        ratio(c.wallVsOneAppend),
        ratio(c.wallVsSerial),
        fixed(c.requestsPerRecord, 1),
        `${fixed(c.attempts.mean, 1)} · ${c.attempts.p95} · ${c.attempts.max}`,
      ]),
    );
    console.log(`${t1.text}\n\n${t2.text}\n`);
    return [t1.markdown, t2.markdown];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// 5. Regressions: change-point detection vs the run-by-run rules (issue 15)
// ---------------------------------------------------------------------------------------------

async function regressions(results) {
  const result = await regressionBench({ reps: quick ? 20 : 40 });
  results.regressions = result;
  const t = table(
    `Regression rules on seeded synthetic series (${result.reps} series per step size and scenario per noise level; seed ${result.seed})`,
    REGRESSION_TABLE_HEADERS,
    regressionTableRows(result),
  );
  console.log(`${t.text}\n`);
  return [t.markdown];
}

// ---------------------------------------------------------------------------------------------
// 7. Scale: cost per append and per summary as the history grows (issue 13)
// ---------------------------------------------------------------------------------------------

async function scale(results) {
  const dir = await mkdtemp(join(tmpdir(), 'ci-ledger-bench-scale-'));
  const out = join(dir, 'scale.json');
  try {
    log(`Scale: running bench/scale.bench.ts through jest (${config.scaleSizes} batches) …`);
    const jest = join(root, 'node_modules/jest/bin/jest.js');
    const run = spawnSync(
      process.execPath,
      [jest, '--rootDir', '.', '--testMatch', '**/bench/scale.bench.ts', '--runInBand'],
      {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...process.env,
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
          BENCH_SCALE_OUT: out,
          BENCH_SCALE_SIZES: config.scaleSizes,
          BENCH_SCALE_SINGLE_SIZES: config.scaleSizes.split(',').slice(0, 2).join(','),
        },
      },
    );
    if (run.status !== 0 || !existsSync(out))
      throw new Error(`the scale benchmark failed:\n${run.stdout}\n${run.stderr}`);
    const scaled = JSON.parse(await readFile(out, 'utf8'));
    results.scale = scaled;
    const kb = (bytes) => `${fixed(bytes / 1000, 1)} kB`;
    const t = table(
      `Cost per operation as the history grows (byte-counting proxy; ${scaled.perDay} batches a day, 3.5 failures per batch)`,
      ['layout', 'batches', 'history', 'store', 'operation', 'requests', 'bytes up', 'bytes down'],
      scaled.rows.map((r) => [
        r.layout === 'monthly' ? `monthly shards (${r.files} files)` : 'single files',
        r.batches.toLocaleString('en-US'),
        `${fixed(r.historyBytes / 1e6, 1)} MB`,
        r.store === 'api' ? 'GitHub API (GraphQL)' : 'git (smart HTTP)',
        r.what,
        r.requests,
        kb(r.bytesUp),
        kb(r.bytesDown),
      ]),
    );
    console.log(`${t.text}\n`);
    return [t.markdown];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Targets (issue 6)
// ---------------------------------------------------------------------------------------------

function targetsOf(results) {
  const rows = [];
  const verdict = (ok) => (ok ? 'met' : 'MISSED');
  const scan = results.logScan?.rows[0];
  if (scan) {
    rows.push([
      'log scan time',
      '≤ 3× grep',
      ratio(scan.ratioToGrep),
      verdict(scan.ratioToGrep <= 3),
    ]);
    const rssMb = (scan.peakRssKiB * 1024) / 1e6;
    rows.push(['log scan peak RSS', '< 100 MB', mb(scan.peakRssKiB), verdict(rssMb < 100)]);
  }
  for (const r of results.report?.rows ?? []) {
    rows.push([
      `report, ${r.report}`,
      '10× faster than jq, same numbers',
      `${ratio(r.speedup)}, ${r.sameNumbers ? 'same' : 'DIFFERENT'}`,
      verdict(r.speedup >= 10 && r.sameNumbers),
    ]);
  }
  for (const r of results.dashboard?.rows.filter((row) => row.batches >= 100000) ?? [])
    rows.push([
      `dashboard, ${r.batches} batches opens`,
      '< 2 s, right figures',
      `${r.allChartsMs} ms (first chart ${r.firstChartMs} ms)`,
      verdict(r.allChartsMs < 2000 && r.correct),
    ]);
  for (const r of results.startup?.rows.filter((row) => row.size) ?? [])
    rows.push([
      `start-up: ${r.bundle}`,
      '< 2× node -e 0',
      ratio(r.ratioToNode),
      verdict(r.ratioToNode < 2),
    ]);
  const reg = results.regressions;
  if (reg) {
    const cpd = reg.rows.filter((r) => r.rule === 'change-point detection');
    rows.push([
      'regressions: change-point detection F1',
      'beats both other rules at every noise level',
      cpd.map((r) => `${(r.noise * 100).toFixed(0)}%: ${r.f1.toFixed(2)}`).join(', '),
      verdict(reg.verdict.beatsBothOnF1AtEveryNoiseLevel),
    ]);
    rows.push([
      'regressions: change-point false alarms',
      '≤ 1 per 1,000 stationary runs',
      `≤ ${Math.max(...cpd.map((r) => r.falseAlarmsPer1000)).toFixed(2)}`,
      verdict(reg.verdict.atMostOneFalseAlarmPer1000),
    ]);
  }
  return rows.length ? table('Targets', ['what', 'target', 'measured', ''], rows) : undefined;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  for (const need of [cli, TIME])
    if (!existsSync(need))
      throw new Error(`${need} is missing (npm run build; apt-get install time)`);
  const results = { environment: environment(), config };
  const markdown = [];
  if (config.sections.includes('scan')) markdown.push(...(await logScan(results)));
  if (config.sections.includes('report')) markdown.push(...(await reportBench(results)));
  if (config.sections.includes('export')) markdown.push(...(await exportBench(results)));
  if (config.sections.includes('startup')) markdown.push(...(await startup(results)));
  if (config.sections.includes('api')) markdown.push(...(await apiCost(results)));
  if (config.sections.includes('regressions')) markdown.push(...(await regressions(results)));
  if (config.sections.includes('dashboard')) markdown.push(...(await dashboardBench(results)));
  if (config.sections.includes('scale')) markdown.push(...(await scale(results)));
  const targets = targetsOf(results);
  if (targets) {
    console.log(targets.text);
    markdown.push(targets.markdown);
  }
  results.markdown = markdown.join('\n\n');
  await writeFile(opts.out, `${JSON.stringify(results, null, 2)}\n`);
  if (opts.markdown) console.log(results.markdown);
  log(`Results: ${opts.out}`);
}

await main();

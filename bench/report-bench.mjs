// Report benchmark: `ci-ledger report` over a synthetic history of 100,000 batch records and
// 5,000,000 failure records, against the jq pipelines an operator would otherwise write for
// the same per-platform pass rates. Times are medians of several runs and only their ratios
// mean anything; the numbers themselves must agree (checked), or the bench fails.
//
//   node bench/report-bench.mjs [--batches N] [--failures N] [--runs N] [--out FILE]
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/index.js');
const { values } = parseArgs({
  options: {
    batches: { type: 'string', default: '100000' },
    failures: { type: 'string', default: '5000000' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string' },
  },
});
const nBatches = Number(values.batches);
const nFailures = Number(values.failures);
const runs = Number(values.runs);

const PLATFORMS = [
  'linux-glibc-x86_64',
  'linux-glibc-arm64',
  'linux-musl-x86_64',
  'darwin-arm64',
  'darwin-x86_64',
];
const ECOSYSTEMS = ['cargo', 'npm', 'pypi', 'homebrew'];
const CATEGORIES = ['missing_dep', 'binary_incompatible', 'verify_failed', 'install_failed'];

/** A deterministic history in ci-ledger's own format (what batch-metrics writes). */
async function generate(dir) {
  let seed = 1;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const start = Date.parse('2024-01-01T00:00:00Z');
  const ts = (i) => new Date(start + i * 600_000).toISOString().slice(0, 19) + 'Z';
  const write = async (file, n, line) => {
    const s = createWriteStream(file);
    for (let i = 0; i < n; i++) if (!s.write(line(i))) await new Promise((r) => s.once('drain', r));
    await new Promise((r) => s.end(r));
  };
  mkdirSync(join(dir, 'data/metrics'), { recursive: true });
  mkdirSync(join(dir, 'data/failures'), { recursive: true });
  await write(join(dir, 'data/metrics/batch-runs.jsonl'), nBatches, (i) => {
    const platforms = {};
    for (const p of PLATFORMS) {
      const tested = 20 + Math.floor(rnd() * 10);
      const failed = Math.floor(rnd() * 5);
      platforms[p] = {
        tested,
        passed: tested - failed,
        failed,
        skipped: 30 - tested,
        duration_seconds: 600,
      };
    }
    const record = {
      schema_version: 1,
      batch_id: `b${i}`,
      ecosystem: ECOSYSTEMS[i % 4],
      total: 30,
      generated: 30,
      failed: 3,
      merged: 27,
      success_rate: 0.9,
      platforms,
      macos_minutes_used: 20,
      duration_seconds: 900,
      timestamp: ts(i),
    };
    return JSON.stringify(record) + '\n';
  });
  for (const [k, ecosystem] of ECOSYSTEMS.entries()) {
    await write(join(dir, `data/failures/${ecosystem}.jsonl`), nFailures / 4, (j) => {
      const i = Math.min(nBatches - 1, Math.floor(((j * 4 + k) * nBatches) / nFailures));
      const batch = i - (i % 4) + k;
      const record = {
        schema_version: 1,
        batch_id: `b${batch}`,
        ecosystem,
        recipe: `recipe-${Math.floor(rnd() * 5000)}`,
        environment: PLATFORMS[Math.floor(rnd() * 5)],
        category: CATEGORIES[Math.floor(rnd() * 4)],
        message: 'failed: exit code 7 after 2 attempt(s)',
        timestamp: ts(batch),
      };
      return JSON.stringify(record) + '\n';
    });
  }
}

/** Median wall time and peak RSS of a command, and its stdout. */
function measure(command, args) {
  const times = [];
  let rss = 0;
  let stdout = '';
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    times.push(Number(process.hrtime.bigint() - t) / 1e9);
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
    rss = Math.max(rss, Number(r.stderr.trim().split('\n').pop()) / 1024);
    stdout = r.stdout;
  }
  times.sort((a, b) => a - b);
  return { seconds: times[Math.floor(times.length / 2)], rssMb: rss, stdout };
}

const JQ_LAST = `[inputs] | .[-10:] | map(.platforms | to_entries[]) | group_by(.key)
  | map({key: .[0].key, value: {tested: (map(.value.tested) | add), passed: (map(.value.passed) | add)}}) | from_entries`;
const JQ_ALL = `reduce (inputs | .platforms | to_entries[]) as $p ({};
  .[$p.key].tested += $p.value.tested | .[$p.key].passed += $p.value.passed)`;

const JQ_ALL_WITH_CATEGORIES = `reduce inputs as $r ({platforms: {}, categories: {}};
  if $r.platforms then reduce ($r.platforms | to_entries[]) as $p (.;
      .platforms[$p.key].tested += $p.value.tested | .platforms[$p.key].passed += $p.value.passed)
  else .categories[$r.environment][$r.category] += 1 end)`;

/** ci-ledger's [{category, count}] per platform, or jq's {category: count}, as sorted pairs. */
function categoryCounts(categories) {
  return Object.fromEntries(
    Object.entries(categories)
      .map(([platform, list]) => [
        platform,
        Array.isArray(list)
          ? list.map((c) => [c.category, c.count]).sort()
          : Object.entries(list).sort(),
      ])
      .sort(),
  );
}

function comparable(platforms) {
  return Object.fromEntries(
    Object.entries(platforms)
      .map(([k, v]) => [k, [v.passed, v.tested]])
      .sort(),
  );
}

const dir = mkdtempSync(join(tmpdir(), 'ci-ledger-bench-report-'));
try {
  const t0 = Date.now();
  await generate(dir);
  const bytes = Number(
    execFileSync('du', ['-sb', join(dir, 'data')], { encoding: 'utf8' }).split('\t')[0],
  );
  console.log(
    `history: ${nBatches} batch records, ${nFailures} failure records, ${(bytes / 1e6).toFixed(0)} MB (generated in ${((Date.now() - t0) / 1000).toFixed(0)} s)`,
  );
  const metrics = join(dir, 'data/metrics/batch-runs.jsonl');
  const failures = ECOSYSTEMS.map((e) => join(dir, `data/failures/${e}.jsonl`));
  const report = (last) =>
    measure(process.execPath, [
      cli,
      'report',
      '--data-dir',
      dir,
      '--last',
      last,
      '--format',
      'json',
    ]);
  const ours = { 10: report('10'), 0: report('0') };
  const rows = [];
  // jq reads only what it needs for each comparison; the last row makes it do what the full
  // report does with failures too (categories per platform), for a like-for-like figure.
  for (const [name, last, jq, files, numbers] of [
    ['last 10 batches', '10', JQ_LAST, [metrics], (o) => comparable(o.platforms ?? o)],
    ['full history', '0', JQ_ALL, [metrics], (o) => comparable(o.platforms ?? o)],
    [
      'full history, with failure categories',
      '0',
      JQ_ALL_WITH_CATEGORIES,
      [metrics, ...failures],
      (o) => ({ platforms: comparable(o.platforms), categories: categoryCounts(o.categories) }),
    ],
  ]) {
    const theirs = measure('jq', ['-c', '-n', jq, ...files]);
    const a = numbers(JSON.parse(ours[last].stdout));
    const b = numbers(JSON.parse(theirs.stdout));
    const same = JSON.stringify(a) === JSON.stringify(b);
    rows.push({
      report: name,
      ciLedgerSeconds: ours[last].seconds,
      ciLedgerRssMb: ours[last].rssMb,
      jqSeconds: theirs.seconds,
      jqRssMb: theirs.rssMb,
      speedup: theirs.seconds / ours[last].seconds,
      sameNumbers: same,
    });
    if (!same) {
      console.error(
        `${name}: the numbers differ!\n ci-ledger ${JSON.stringify(a)}\n jq        ${JSON.stringify(b)}`,
      );
      process.exitCode = 1;
    }
  }
  console.log(
    '| report | ci-ledger (s) | peak RSS (MB) | jq (s) | jq peak RSS (MB) | jq time / ci-ledger time | same numbers |',
  );
  console.log('| --- | --: | --: | --: | --: | --: | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.report} | ${r.ciLedgerSeconds.toFixed(2)} | ${r.ciLedgerRssMb.toFixed(0)} | ${r.jqSeconds.toFixed(2)} | ${r.jqRssMb.toFixed(0)} | ${r.speedup.toFixed(2)}× | ${r.sameNumbers ? 'yes' : 'NO'} |`,
    );
  }
  if (values.out)
    writeFileSync(
      values.out,
      JSON.stringify({ batches: nBatches, failures: nFailures, bytes, rows }, null, 2),
    );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

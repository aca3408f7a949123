// Export benchmark: `ci-ledger export --from-history` over a synthetic history of 100,000
// batch records (and 1,000,000 failure records), in samples per second: to OpenMetrics text
// (no engine), and by remote write into a real Prometheus (loopback, the engine's own work
// included). The baseline is what an operator would otherwise run: a jq pipeline turning the
// same JSON Lines into OpenMetrics text for the per-platform series (tested, passed, failed,
// skipped, pass ratio) — without failures, macOS minutes or deduplication. Only ratios mean
// anything on a shared machine; the engine's sample count is checked against what was sent.
//
//   node bench/export-bench.mjs [--batches N] [--failures N] [--runs N] [--out FILE]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout } from 'node:timers';
import { parseArgs } from 'node:util';

const { fetch, URLSearchParams } = globalThis;

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/index.js');
const { values } = parseArgs({
  options: {
    batches: { type: 'string', default: '100000' },
    failures: { type: 'string', default: '1000000' },
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
      merged: 27,
      platforms,
      macos_minutes_used: 20,
      duration_seconds: 900,
      timestamp: ts(i),
    };
    return JSON.stringify(record) + '\n';
  });
  for (const [k, ecosystem] of ECOSYSTEMS.entries())
    await write(join(dir, `data/failures/${ecosystem}.jsonl`), nFailures / 4, (j) => {
      const i = Math.min(nBatches - 1, Math.floor(((j * 4 + k) * nBatches) / nFailures));
      const batch = i - (i % 4) + k;
      return (
        JSON.stringify({
          schema_version: 1,
          batch_id: `b${batch}`,
          ecosystem,
          recipe: `recipe-${Math.floor(rnd() * 5000)}`,
          environment: PLATFORMS[Math.floor(rnd() * 5)],
          category: CATEGORIES[Math.floor(rnd() * 4)],
          timestamp: ts(batch),
        }) + '\n'
      );
    });
}

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

const JQ = `.timestamp as $t | (($t | fromdateiso8601) | tostring) as $s | .ecosystem as $e
  | .platforms | to_entries[] | .key as $p | .value
  | ("cicd_batch_platform_tested_recipes{ecosystem=\\"\\($e)\\",platform=\\"\\($p)\\"} \\(.tested) \\($s)",
     "cicd_batch_platform_passed_recipes{ecosystem=\\"\\($e)\\",platform=\\"\\($p)\\"} \\(.passed) \\($s)",
     "cicd_batch_platform_failed_recipes{ecosystem=\\"\\($e)\\",platform=\\"\\($p)\\"} \\(.failed) \\($s)",
     "cicd_batch_platform_skipped_recipes{ecosystem=\\"\\($e)\\",platform=\\"\\($p)\\"} \\(.skipped) \\($s)",
     (if .tested > 0 then "cicd_batch_platform_pass_ratio{ecosystem=\\"\\($e)\\",platform=\\"\\($p)\\"} \\(.passed / .tested) \\($s)" else empty end))`;

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function withPrometheus(job) {
  const dir = mkdtempSync(join(tmpdir(), 'ci-ledger-bench-prom-'));
  writeFileSync(join(dir, 'prom.yml'), 'storage:\n  tsdb:\n    out_of_order_time_window: 3650d\n');
  const port = await freePort();
  const child = spawn(
    'prometheus',
    [
      `--config.file=${join(dir, 'prom.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      '--storage.tsdb.retention.time=100y',
      `--web.listen-address=127.0.0.1:${port}`,
      '--web.enable-remote-write-receiver',
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    if (
      await fetch(`${url}/-/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  try {
    return await job(url);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

const dir = mkdtempSync(join(tmpdir(), 'ci-ledger-export-bench-'));
try {
  process.stderr.write(`generating ${nBatches} batches, ${nFailures} failures in ${dir}\n`);
  await generate(dir);
  const samplesOf = (stdout) => Number(/^(\d+) samples in/m.exec(stdout)[1]);
  const om = join(dir, 'out.om');
  const file = measure(process.execPath, [
    cli,
    'export',
    '--from-history',
    'batches',
    '--data-dir',
    dir,
    '--openmetrics',
    om,
  ]);
  const samples = samplesOf(file.stdout);
  const jq = measure('sh', [
    '-c',
    `jq -r '${JQ.replace(/'/g, "'\\''")}' ${join(dir, 'data/metrics/batch-runs.jsonl')} > ${join(dir, 'jq.om')}`,
  ]);
  const jqSamples = Number(
    execFileSync('wc', ['-l', join(dir, 'jq.om')], { encoding: 'utf8' })
      .trim()
      .split(' ')[0],
  );
  const remote = await withPrometheus(async (url) => {
    const r = measure(process.execPath, [
      cli,
      'export',
      '--from-history',
      'batches',
      '--data-dir',
      dir,
      '--url',
      `${url}/api/v1/write`,
    ]);
    const q = await fetch(
      `${url}/api/v1/query?${new URLSearchParams({ query: 'sum(count_over_time(cicd_batch_platform_tested_recipes[3650d] @ 1800000000))' })}`,
    ).then((x) => x.json());
    return { ...r, stored: Number(q.data.result[0].value[1]) };
  });
  const rows = [
    {
      what: 'ci-ledger export → OpenMetrics file',
      samples,
      seconds: file.seconds,
      rssMb: file.rssMb,
    },
    {
      what: 'ci-ledger export → Prometheus (remote write)',
      samples: samplesOf(remote.stdout),
      seconds: remote.seconds,
      rssMb: remote.rssMb,
    },
    {
      what: 'jq → OpenMetrics (per-platform series only)',
      samples: jqSamples,
      seconds: jq.seconds,
      rssMb: jq.rssMb,
    },
  ].map((r) => ({ ...r, samplesPerSecond: r.samples / r.seconds }));
  const result = {
    batches: nBatches,
    failures: nFailures,
    runs,
    rows,
    // Each batch has its 5 platforms, each re-send stores nothing new: 5 × batches.
    storedTestedSamples: remote.stored,
    storedAsExpected: remote.stored === 5 * nBatches,
  };
  if (values.out) writeFileSync(values.out, JSON.stringify(result, null, 2));
  else console.log(JSON.stringify(result, null, 2));
  if (!result.storedAsExpected)
    throw new Error(`Prometheus holds ${remote.stored} tested samples, not ${5 * nBatches}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

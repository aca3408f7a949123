/**
 * The pure mapping and encodings, checked by hand: records → series (names, labels, values,
 * times), same-second records, OpenMetrics text, the remote-write body (decoded back), the
 * request order, credentials and what of a URL is printed.
 */
import { decodeWriteRequest, chunks, encodeWriteRequest } from '../../src/export/remote-write.js';
import { openMetricsText } from '../../src/export/openmetrics.js';
import {
  FailureCounts,
  SeriesSet,
  addBatchRun,
  addTimingRows,
  parseExtraLabels,
  pipelineResult,
} from '../../src/export/samples.js';
import { authHeaders, resendCommand, shownUrl } from '../../src/jobs/export.js';
import type { TimingRow } from '../../src/timing/row.js';

const row = (
  start: string,
  phase: string,
  seconds: string,
  exit: string,
  build = 'b1',
): TimingRow => ({
  start_time_utc: start,
  end_time_utc: start,
  phase,
  env: 'dev',
  build_id: build,
  duration_seconds: seconds,
  exit_code: exit,
  flags: '',
  resources_added: '',
  resources_changed: '',
  resources_destroyed: '',
  log_path: '',
});

test("exit codes → OpenTelemetry's cicd.pipeline.result and error.type", () => {
  expect(pipelineResult('0')).toEqual({ result: 'success', errorType: '' });
  expect(pipelineResult('1')).toEqual({ result: 'failure', errorType: 'exit_code_1' });
  expect(pipelineResult('124')).toEqual({ result: 'timeout', errorType: 'exit_code_124' });
  expect(pipelineResult('130')).toEqual({ result: 'cancellation', errorType: 'exit_code_130' });
  expect(pipelineResult('143')).toEqual({ result: 'cancellation', errorType: 'exit_code_143' });
  expect(pipelineResult('')).toEqual({ result: 'error', errorType: 'unknown_exit_code' });
});

test('timing rows: one sample per run at its start, labels without build ids; a repeated run once; no duration, no sample', () => {
  const set = new SeriesSet({ repository: 'acme/infra' });
  const skipped = addTimingRows(set, [
    row('2026-01-01T10:00:00Z', 'apply', '600', '0', '20260101-01'),
    row('2026-01-01T10:00:00Z', 'apply', '600', '0', '20260101-01'), // the same run again
    row('2026-01-02T10:00:00Z', 'apply', '30', '1', '20260102-01'),
    row('2026-01-03T10:00:00Z', 'apply', '', '0'),
  ]);
  expect(skipped).toBe(1);
  expect(set.series()).toEqual([
    {
      labels: {
        __name__: 'cicd_pipeline_run_duration_seconds',
        repository: 'acme/infra',
        cicd_pipeline_name: 'apply',
        cicd_pipeline_result: 'success',
        error_type: '',
        env: 'dev',
        phase: 'apply',
      },
      samples: [{ timestamp: Date.UTC(2026, 0, 1, 10), value: 600 }],
    },
    {
      labels: expect.objectContaining({
        cicd_pipeline_result: 'failure',
        error_type: 'exit_code_1',
      }),
      samples: [{ timestamp: Date.UTC(2026, 0, 2, 10), value: 30 }],
    },
  ]);
});

test('a batch: per platform tested, passed, failed, skipped and the pass ratio (not for a platform that tested nothing); macOS minutes; failures per category', () => {
  const set = new SeriesSet();
  addBatchRun(set, {
    batchId: 'b1',
    ecosystem: 'cargo',
    timestamp: '2026-01-29T10:30:00Z',
    platforms: {
      'linux-glibc-x86_64': { tested: 25, passed: 23, failed: 2, skipped: 0 },
      'darwin-arm64': { tested: 0, passed: 0, failed: 0 },
    },
    macosMinutes: 32.5,
  });
  const counts = new FailureCounts();
  for (const category of ['missing_dep', 'missing_dep', 'build_failed'])
    counts.add({
      recipe: 'r',
      environment: 'linux-glibc-x86_64',
      category,
      ecosystem: 'cargo',
      timestamp: '2026-01-29T10:30:00Z',
    });
  counts.add({ recipe: 'r', environment: 'linux-glibc-x86_64', category: 'x' }); // no time
  counts.addTo(set);
  expect(counts.untimed).toBe(1);
  const t = Date.UTC(2026, 0, 29, 10, 30);
  const flat = Object.fromEntries(
    set.series().map((s) => [
      `${s.labels.__name__}{${Object.entries(s.labels)
        .filter(([k]) => k !== '__name__')
        .map(([k, v]) => `${k}=${v}`)
        .join(',')}}`,
      s.samples.map((p) => [p.timestamp - t, p.value]),
    ]),
  );
  expect(flat).toEqual({
    'cicd_batch_platform_tested_recipes{ecosystem=cargo,platform=linux-glibc-x86_64}': [[0, 25]],
    'cicd_batch_platform_passed_recipes{ecosystem=cargo,platform=linux-glibc-x86_64}': [[0, 23]],
    'cicd_batch_platform_failed_recipes{ecosystem=cargo,platform=linux-glibc-x86_64}': [[0, 2]],
    'cicd_batch_platform_skipped_recipes{ecosystem=cargo,platform=linux-glibc-x86_64}': [[0, 0]],
    'cicd_batch_platform_pass_ratio{ecosystem=cargo,platform=linux-glibc-x86_64}': [[0, 23 / 25]],
    'cicd_batch_platform_tested_recipes{ecosystem=cargo,platform=darwin-arm64}': [[0, 0]],
    'cicd_batch_platform_passed_recipes{ecosystem=cargo,platform=darwin-arm64}': [[0, 0]],
    'cicd_batch_platform_failed_recipes{ecosystem=cargo,platform=darwin-arm64}': [[0, 0]],
    'cicd_batch_platform_skipped_recipes{ecosystem=cargo,platform=darwin-arm64}': [[0, 0]],
    'cicd_batch_macos_runner_minutes{ecosystem=cargo}': [[0, 32.5]],
    'cicd_batch_failures{ecosystem=cargo,platform=linux-glibc-x86_64,error_type=missing_dep}': [
      [0, 2],
    ],
    'cicd_batch_failures{ecosystem=cargo,platform=linux-glibc-x86_64,error_type=build_failed}': [
      [0, 1],
    ],
  });
});

test('two records of one series in the same second: the later one 1 ms on, the same way every time', () => {
  const make = () => {
    const set = new SeriesSet();
    addTimingRows(set, [
      row('2026-01-01T10:00:00Z', 'apply', '5', '0', 'a'),
      row('2026-01-01T10:00:00Z', 'apply', '7', '0', 'b'),
      row('2026-01-01T10:00:00Z', 'apply', '9', '0', 'c'),
    ]);
    return set;
  };
  const set = make();
  const t = Date.UTC(2026, 0, 1, 10);
  expect(set.series()[0]!.samples).toEqual([
    { timestamp: t, value: 5 },
    { timestamp: t + 1, value: 7 },
    { timestamp: t + 2, value: 9 },
  ]);
  expect(set.collisions).toBe(2);
  expect(make().series()).toEqual(set.series());
});

test('OpenMetrics: one family per name with HELP and TYPE, label values escaped, times in seconds, # EOF', () => {
  const text = [
    ...openMetricsText([
      {
        labels: { __name__: 'cicd_batch_macos_runner_minutes', ecosystem: 'a"b\\c' },
        samples: [
          { timestamp: 1769682600000, value: 32.5 },
          { timestamp: 1769682600001, value: 1 },
        ],
      },
      {
        labels: { __name__: 'cicd_batch_duration_seconds', ecosystem: 'x', empty: '' },
        samples: [{ timestamp: 1769682600000, value: 600 }],
      },
    ]),
  ].join('');
  expect(text).toBe(
    '# HELP cicd_batch_duration_seconds Wall time of one batch, at the batch time.\n' +
      '# TYPE cicd_batch_duration_seconds gauge\n' +
      'cicd_batch_duration_seconds{ecosystem="x"} 600 1769682600\n' +
      '# HELP cicd_batch_macos_runner_minutes macOS runner minutes one batch used, at the batch time.\n' +
      '# TYPE cicd_batch_macos_runner_minutes gauge\n' +
      'cicd_batch_macos_runner_minutes{ecosystem="a\\"b\\\\c"} 32.5 1769682600\n' +
      'cicd_batch_macos_runner_minutes{ecosystem="a\\"b\\\\c"} 1 1769682600.001\n' +
      '# EOF\n',
  );
});

test('remote write: the body decodes back to the series (labels sorted, empty ones left out), 64-bit times intact', () => {
  const series = [
    {
      labels: { __name__: 'm', z: '1', a: '2', error_type: '' },
      samples: [{ timestamp: 1769682600123, value: 0.25 }],
    },
  ];
  expect(decodeWriteRequest(encodeWriteRequest(series))).toEqual([
    {
      labels: { __name__: 'm', a: '2', z: '1' },
      samples: [{ timestamp: 1769682600123, value: 0.25 }],
    },
  ]);
});

test('requests hold at most N samples, oldest first across series', () => {
  const a = {
    labels: { __name__: 'a' },
    samples: [1, 4, 5].map((t) => ({ timestamp: t, value: t })),
  };
  const b = { labels: { __name__: 'b' }, samples: [2, 3].map((t) => ({ timestamp: t, value: t })) };
  const requests = [...chunks([a, b], 2)].map((r) =>
    r.map((s) => `${s.labels.__name__}:${s.samples.map((p) => p.timestamp).join('+')}`),
  );
  expect(requests).toEqual([['a:1', 'b:2'], ['b:3', 'a:4'], ['a:5']]);
});

test('credentials from the environment; a printed URL carries no user, password or query', () => {
  const url = new URL('https://user:pa%3Ass@metrics.example/api/prom/push?key=k');
  expect(authHeaders(url, {})).toEqual({
    Authorization: `Basic ${Buffer.from('user:pa:ss').toString('base64')}`,
  });
  expect(
    authHeaders(url, { CI_LEDGER_EXPORT_BEARER_TOKEN: 't', CI_LEDGER_EXPORT_TENANT: 'team' }),
  ).toEqual({
    Authorization: 'Bearer t',
    'X-Scope-OrgID': 'team',
  });
  expect(shownUrl(url.href)).toBe('https://metrics.example/api/prom/push');
  expect(() => parseExtraLabels(['__name__=x'])).toThrow('not NAME=VALUE');
  expect(() => parseExtraLabels(['env=prod'])).toThrow('is one the records set');
  expect(parseExtraLabels(['repository=acme/infra'])).toEqual({ repository: 'acme/infra' });
});

test('the re-send command names the store as it was chosen, and a shell reads it back word for word', async () => {
  const { execFileSync } = await import('node:child_process');
  // What bash makes of the printed command: its words, one per line.
  const words = (command: string) =>
    execFileSync('bash', ['-c', `set -- ${command}; printf '%s\\n' "$@"`], { encoding: 'utf8' })
      .trimEnd()
      .split('\n');
  const common = {
    subject: 'timings' as const,
    time: '2026-03-01T10:00:00Z',
    url: 'http://127.0.0.1:9/api/v1/write',
  };
  const inFolder = resendCommand({
    ...common,
    store: { kind: 'directory', dir: "/tmp/my registry's copy" },
    branch: 'governance-registry',
    labels: ["team=o'brien"],
  });
  // By hand: the folder and the label each one word, the span one second from the record's time.
  expect(words(inFolder)).toEqual([
    'ci-ledger', 'export', '--from-history', 'timings',
    '--data-dir', "/tmp/my registry's copy",
    '--branch', 'governance-registry',
    '--url', 'http://127.0.0.1:9/api/v1/write',
    '--label', "team=o'brien",
    '--since', '2026-03-01T10:00:00Z', '--until', '2026-03-01T10:00:01Z',
  ]); // prettier-ignore
  const rest = resendCommand({
    ...common,
    store: { kind: 'github', repository: 'acme/infra', token: 'ghs_secret', api: 'rest' },
    labels: [],
  });
  expect(words(rest).slice(4, 8)).toEqual(['--repo', 'acme/infra', '--api', 'rest']);
  expect(rest).not.toContain('ghs_secret');
  const git = resendCommand({
    ...common,
    store: { kind: 'git', remote: 'https://bot:pw@example.com/registry.git' },
    labels: [],
  });
  expect(words(git).slice(4, 6)).toEqual(['--git-remote', 'https://***@example.com/registry.git']);
});

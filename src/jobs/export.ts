/**
 * The export jobs: records → samples (src/export/) → a Prometheus-compatible engine by remote
 * write, or an OpenMetrics file for promtool. `exportHistory` replays a branch (`ci-ledger
 * export --from-history`); `exportRecorded` sends what a record-timing or batch-metrics run
 * just put on the branch, and never throws: an export that fails is reported to the caller,
 * which warns, and the branch write stands.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { DEFAULT_FAILURES_DIR, DEFAULT_METRICS_PATH } from '../batch/paths.js';
import { eachJsonValue, historyFiles, type Skipped } from '../history/load.js';
import { batchKey, readBatchRecord, toBatchRun, toFailures } from '../history/records.js';
import { openMetricsText } from '../export/openmetrics.js';
import { REMOTE_WRITE_HEADERS, chunks, encodeWriteRequest } from '../export/remote-write.js';
import {
  FailureCounts,
  SeriesSet,
  addBatchRun,
  addTimingRows,
  failurePlatforms,
  parseExtraLabels,
  type Series,
} from '../export/samples.js';
import { backoffDelayMs } from '../ledger/backoff.js';
import { redactUrl } from '../ledger/backends/git.js';
import type { StoreSpec } from '../ledger/store.js';
import { readTimingHistory } from '../timing/history.js';
import { DEFAULT_TIMINGS_BRANCH, type TimingRow } from '../timing/row.js';
import { InputError, messageOf, parseUtcTime } from '../vocabulary/index.js';
import { checkoutBranch, folderOf, noHistoryError, placeOf } from './branch-files.js';
import { withStore, type JobContext } from './context.js';
import { TIMINGS_GLOB, timingFiles } from './report.js';

export interface ExportTarget {
  /** The remote-write endpoint (e.g. http://prometheus:9090/api/v1/write). */
  url?: string;
  /** Write OpenMetrics text here (for promtool tsdb create-blocks-from openmetrics). */
  openMetricsFile?: string;
  /** NAME=VALUE labels added to every series (e.g. repository=owner/name). */
  labels?: string[];
}

export type ExportSubject = 'batches' | 'timings';

export interface HistoryExportInputs extends ExportTarget {
  /** Both when undefined. */
  subject?: ExportSubject;
  /** The branch of the subject (default: the repository's default for batches, governance-registry for timings). */
  branch?: string;
  metricsPath?: string;
  failuresDir?: string;
  /** Only samples at or after / before these times (ISO 8601). */
  since?: string;
  until?: string;
}

export interface SendResult {
  samples: number;
  series: number;
  requests: number;
}

export interface HistoryExport {
  /** What was read, as sentences for the operator. */
  read: string[];
  samples: number;
  series: number;
  /** Same series and time given twice (runs started in the same second): spread by 1 ms. */
  collisions: number;
  sent?: SendResult & { url: string };
  openMetricsFile?: string;
  skipped: Skipped[];
  /** Rows without a duration, failure records without a time: no sample. */
  unplaced: { timingRows: number; failures: number };
}

/** Fails before anything is read: what to send to must be given, and make sense. */
function checkTarget(target: ExportTarget): void {
  if (!target.url && !target.openMetricsFile)
    throw new InputError(
      'Nothing to export to: give --url (a remote-write endpoint; or CI_LEDGER_EXPORT_URL) or --openmetrics FILE',
    );
  if (target.url) endpoint(target.url);
  parseExtraLabels(target.labels ?? []);
}

export async function exportHistory(
  inputs: HistoryExportInputs,
  context: JobContext,
): Promise<HistoryExport> {
  checkTarget(inputs);
  // Strict, as every time the suite reads (a day that does not exist is refused, not rolled over).
  const since = inputs.since ? parseUtcTime('--since', inputs.since.trim()).getTime() : -Infinity;
  const until = inputs.until ? parseUtcTime('--until', inputs.until.trim()).getTime() : Infinity;
  const set = new SeriesSet(parseExtraLabels(inputs.labels ?? []));
  const read: string[] = [];
  const skipped: Skipped[] = [];
  const unplaced = { timingRows: 0, failures: 0 };
  await withStore(context, async (backend) => {
    if (inputs.subject !== 'batches') {
      const { root, branch } = await checkoutBranch(
        backend,
        inputs.branch || DEFAULT_TIMINGS_BRANCH,
        ['environments'],
      );
      const files = root ? await timingFiles(root) : [];
      if (files.length === 0 && inputs.subject === 'timings')
        throw new InputError(`No ${TIMINGS_GLOB} in ${placeOf(context.store, backend, branch)}`);
      const rows: TimingRow[] = [];
      for (const { file, content } of files) rows.push(...readTimingHistory(content, file).rows);
      unplaced.timingRows = addTimingRows(set, rows);
      if (files.length > 0)
        read.push(
          `${files.map((f) => f.file).join(', ')} (${rows.length} rows) from ${placeOf(context.store, backend, branch)}`,
        );
    }
    if (inputs.subject !== 'timings') {
      const paths = {
        metricsPath: inputs.metricsPath || DEFAULT_METRICS_PATH,
        failuresDir: inputs.failuresDir || DEFAULT_FAILURES_DIR,
      };
      const { root, branch } = await checkoutBranch(
        backend,
        inputs.subject === 'batches' ? inputs.branch : undefined,
        [folderOf(paths.metricsPath), paths.failuresDir],
      );
      const where = placeOf(context.store, backend, branch);
      const files = root ? await historyFiles(root, paths) : { metrics: [], failures: [] };
      if (files.metrics.length === 0) {
        if (inputs.subject === 'batches') throw noHistoryError(where, paths.metricsPath);
      } else {
        const seen = new Set<string>();
        const platforms = new Set<string>();
        let runs = 0;
        let failures = 0;
        for (const file of files.metrics) {
          const shown = file.slice(root!.length + 1);
          await eachJsonValue(
            file,
            shown,
            (value, line) => {
              // As the report reads it: a record with a count that is not a number is skipped.
              const record = readBatchRecord(value);
              if (!record) return;
              if ('problem' in record) {
                skipped.push({ file: shown, line, reason: record.problem });
                return;
              }
              const { run } = record;
              // One batch is one record, keyed as the report keys it (a repeated line counts once).
              const key = batchKey(run);
              if (seen.has(key)) return;
              seen.add(key);
              runs++;
              for (const name of Object.keys(run.platforms)) platforms.add(name);
              addBatchRun(set, run, `${shown}: batch ${run.batchId}`);
            },
            skipped,
          );
        }
        const counts = new FailureCounts(failurePlatforms(platforms));
        for (const file of files.failures)
          await eachJsonValue(
            file,
            file.slice(root!.length + 1),
            (value) => {
              for (const f of toFailures(value)) {
                failures++;
                counts.add(f);
              }
            },
            skipped,
          );
        counts.addTo(set);
        unplaced.failures = counts.untimed;
        read.push(
          `${runs} batch record(s) and ${failures} failure record(s) from ${files.metrics.length + files.failures.length} file(s) in ${where}`,
        );
      }
    }
    if (read.length === 0)
      throw new InputError(
        `No records to export in ${backend.description}: neither ${TIMINGS_GLOB} (branch ${inputs.branch || DEFAULT_TIMINGS_BRANCH}) nor a batch history (${inputs.metricsPath || DEFAULT_METRICS_PATH})`,
      );
  });
  const series = within(set.series(), since, until);
  const samples = series.reduce((n, s) => n + s.samples.length, 0);
  const result: HistoryExport = {
    read,
    samples,
    series: series.length,
    collisions: set.collisions,
    skipped,
    unplaced,
  };
  if (inputs.openMetricsFile) {
    await writeOpenMetrics(inputs.openMetricsFile, series);
    result.openMetricsFile = inputs.openMetricsFile;
  }
  if (inputs.url) {
    const sent = await sendSeries(inputs.url, series, context);
    result.sent = { ...sent, url: shownUrl(inputs.url) };
  }
  return result;
}

function within(series: Series[], since: number, until: number): Series[] {
  if (since === -Infinity && until === Infinity) return series;
  return series
    .map((s) => ({
      labels: s.labels,
      samples: s.samples.filter((p) => p.timestamp >= since && p.timestamp < until),
    }))
    .filter((s) => s.samples.length > 0);
}

async function writeOpenMetrics(file: string, series: Series[]): Promise<void> {
  const out = createWriteStream(file);
  let failure: unknown;
  out.on('error', (error) => (failure ??= error));
  try {
    for (const piece of openMetricsText(series)) {
      if (failure) break;
      if (!out.write(piece)) await drainedOrClosed(out);
    }
    out.end();
    if (!out.closed) await once(out, 'close');
  } catch (error) {
    failure ??= error;
  }
  if (failure) throw new InputError(`Cannot write ${file}: ${messageOf(failure)}`);
}

/** Back-pressure: the next write waits for 'drain', or for 'close' after an error. */
function drainedOrClosed(out: WriteStream) {
  return new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

/** What record-timing or batch-metrics just recorded, to send. */
export interface RecordedForExport {
  timingRows?: TimingRow[];
  batch?: { record: object; failures: object[] };
}

/** A word a POSIX shell reads back as it is: plain, or single-quoted. */
const shellWord = (word: string): string =>
  /^[\w./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;

/** The flags that name `store` again, as a shell reads them (a remote's credentials left out). */
function storeArgs(store: StoreSpec): string[] {
  switch (store.kind) {
    case 'directory':
      return ['--data-dir', shellWord(store.dir)];
    case 'git':
      return store.remote ? ['--git-remote', shellWord(redactUrl(store.remote))] : [];
    case 'github':
      return [
        '--repo',
        shellWord(store.repository),
        ...(store.api === 'rest' ? ['--api rest'] : []),
      ];
  }
}

/**
 * The command that re-sends one record from its branch: the store it was written to, the
 * record's time (a run's start, a batch's timestamp) as the span.
 */
export function resendCommand(what: {
  subject: ExportSubject;
  store: StoreSpec;
  branch?: string;
  time: string;
  url: string;
  labels: string[];
}): string {
  const t = Date.parse(what.time);
  const until = Number.isFinite(t) ? new Date(t + 1000).toISOString().replace('.000Z', 'Z') : '';
  return [
    'ci-ledger export --from-history',
    what.subject,
    ...storeArgs(what.store),
    what.branch ? `--branch ${shellWord(what.branch)}` : '',
    `--url ${shellWord(shownUrl(what.url))}`,
    ...what.labels.map((l) => `--label '${l.replace(/'/g, `'\\''`)}'`),
    until ? `--since ${what.time} --until ${until}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export type RecordedExport =
  | ({ ok: true; url: string } & SendResult)
  | { ok: false; url: string; error: string; resend: string };

/**
 * Sends one recorded run or batch. Never throws: the records are on the branch already, so a
 * failed export is the caller's warning, with the command that re-sends them (re-sending is
 * safe: the same samples at the same times).
 */
export async function exportRecorded(
  target: ExportTarget & { url: string },
  recorded: RecordedForExport,
  resend: string,
  context: JobContext,
): Promise<RecordedExport> {
  const url = shownUrl(target.url);
  try {
    checkTarget(target);
    const set = new SeriesSet(parseExtraLabels(target.labels ?? []));
    if (recorded.timingRows) addTimingRows(set, recorded.timingRows);
    if (recorded.batch) {
      const run = toBatchRun(recorded.batch.record);
      if (run) addBatchRun(set, run);
      const counts = new FailureCounts(failurePlatforms(Object.keys(run?.platforms ?? {})));
      for (const f of recorded.batch.failures.flatMap(toFailures)) counts.add(f);
      counts.addTo(set);
    }
    return { ok: true, url, ...(await sendSeries(target.url, set.series(), context)) };
  } catch (error) {
    return { ok: false, url, error: messageOf(error), resend };
  }
}

// --- remote write: the one place that talks to an engine ---

export interface SendOptions {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  timeoutMs: number;
  samplesPerRequest: number;
}

export function sendOptionsFromEnv(env: NodeJS.ProcessEnv): SendOptions {
  const num = (name: string, fallback: number, min = 0) => {
    const value = Number(env[name]);
    return env[name] !== undefined && env[name] !== '' && Number.isFinite(value) && value >= min
      ? value
      : fallback;
  };
  return {
    attempts: Math.floor(num('CI_LEDGER_EXPORT_ATTEMPTS', 5, 1)),
    baseDelayMs: num('CI_LEDGER_EXPORT_RETRY_BASE_MS', 500),
    maxDelayMs: num('CI_LEDGER_EXPORT_RETRY_MAX_MS', 10_000),
    timeoutMs: num('CI_LEDGER_EXPORT_TIMEOUT_MS', 30_000, 1),
    samplesPerRequest: Math.floor(num('CI_LEDGER_EXPORT_SAMPLES_PER_REQUEST', 10_000, 1)),
  };
}

function endpoint(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(`export URL ${JSON.stringify(shownUrl(url))} is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new InputError(`export URL ${shownUrl(url)} is not http(s)`);
  return parsed;
}

/** The URL as it may be printed: no user, password or query (where hosted engines put keys). */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(an unparsable URL)';
  }
}

/**
 * Authentication as hosted engines take it, from the environment (never from flags, never
 * printed): CI_LEDGER_EXPORT_BEARER_TOKEN, or CI_LEDGER_EXPORT_USERNAME and
 * CI_LEDGER_EXPORT_PASSWORD (basic; also user:password in the URL), and CI_LEDGER_EXPORT_TENANT
 * for multi-tenant engines (Mimir, Cortex: X-Scope-OrgID).
 */
export function authHeaders(url: URL, env: NodeJS.ProcessEnv): Record<string, string> {
  const headers: Record<string, string> = {};
  const token = env.CI_LEDGER_EXPORT_BEARER_TOKEN;
  const user = env.CI_LEDGER_EXPORT_USERNAME ?? decodeURIComponent(url.username);
  const password = env.CI_LEDGER_EXPORT_PASSWORD ?? decodeURIComponent(url.password);
  if (token) headers.Authorization = `Bearer ${token}`;
  else if (user || password)
    headers.Authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  if (env.CI_LEDGER_EXPORT_TENANT) headers['X-Scope-OrgID'] = env.CI_LEDGER_EXPORT_TENANT;
  return headers;
}

class AttemptError extends Error {
  constructor(
    message: string,
    readonly retry: boolean,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/**
 * Remote write, in requests of at most samplesPerRequest samples, each retried with backoff on
 * 5xx, 429, a timeout or a lost connection (honouring Retry-After). Any other answer (a 400 for
 * samples too old, a 401) is final. On failure the error says how much landed before it.
 */
export async function sendSeries(
  url: string,
  series: Series[],
  context: Pick<JobContext, 'env' | 'log'>,
  options: SendOptions = sendOptionsFromEnv(context.env),
): Promise<SendResult> {
  const target = endpoint(url);
  const clean = new URL(target);
  clean.username = '';
  clean.password = '';
  const headers = {
    ...REMOTE_WRITE_HEADERS,
    'User-Agent': 'ci-ledger',
    ...authHeaders(target, context.env),
  };
  const total = series.reduce((n, s) => n + s.samples.length, 0);
  let sent = 0;
  let requests = 0;
  for (const chunk of chunks(series, options.samplesPerRequest)) {
    const size = chunk.reduce((n, s) => n + s.samples.length, 0);
    const body = encodeWriteRequest(chunk);
    for (let attempt = 1; ; attempt++) {
      try {
        await postOnce(clean, headers, body, options.timeoutMs);
        break;
      } catch (error) {
        const e = error instanceof AttemptError ? error : new AttemptError(messageOf(error), false);
        if (!e.retry || attempt >= options.attempts) {
          const landed =
            sent > 0
              ? ` ${sent} of ${total} samples landed before it (in ${requests} request(s)).`
              : ' No sample landed.';
          throw new InputError(
            `Export to ${shownUrl(url)} failed${e.retry ? ` after ${attempt} attempt(s)` : ''}: ${e.message}.${landed}`,
          );
        }
        const delay = backoffDelayMs(
          attempt,
          {
            maxAttempts: options.attempts,
            baseDelayMs: options.baseDelayMs,
            maxDelayMs: options.maxDelayMs,
            maxTotalMs: Infinity,
          },
          e.retryAfterSeconds,
        );
        context.log(
          `ci-ledger: export attempt ${attempt} of ${options.attempts} to ${shownUrl(url)}: ${e.message}; retrying in ${delay} ms`,
        );
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
    sent += size;
    requests++;
  }
  return { samples: sent, series: series.length, requests };
}

async function postOnce(
  url: URL,
  headers: Record<string, string>,
  body: Uint8Array,
  timeoutMs: number,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers,
      // Node's fetch takes any Uint8Array; the cast satisfies the DOM typings the dashboard's
      // page code brings into the same program (BodyInit wants an ArrayBuffer-backed view).
      body: body as Uint8Array<ArrayBuffer>,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const name = (error as Error).name;
    const why =
      name === 'TimeoutError'
        ? `no answer within ${timeoutMs} ms`
        : cause?.code === 'ECONNREFUSED'
          ? 'connection refused (is the engine running, with its remote-write receiver enabled?)'
          : `${messageOf(error)}${cause?.message ? `: ${cause.message}` : ''}${cause?.code ? ` (${cause.code})` : ''}`;
    // A port fetch refuses to use (e.g. 9, 25) will not work on a later attempt either.
    throw new AttemptError(why, cause?.message !== 'bad port');
  }
  if (response.ok) {
    await response.arrayBuffer().catch(() => undefined);
    return;
  }
  const text = (await response.text().catch(() => '')).trim().slice(0, 500);
  const status = `HTTP ${response.status}${text ? `: ${text}` : ''}`;
  if (response.status === 429 || response.status >= 500) {
    const after = Number(response.headers.get('retry-after'));
    throw new AttemptError(status, true, Number.isFinite(after) && after >= 0 ? after : undefined);
  }
  const hint =
    response.status === 401 || response.status === 403
      ? ' (credentials: CI_LEDGER_EXPORT_BEARER_TOKEN, or CI_LEDGER_EXPORT_USERNAME and CI_LEDGER_EXPORT_PASSWORD)'
      : /out of bounds|too old|out of order/i.test(text)
        ? ' (samples older than the engine accepts: enable its out-of-order window, or write --openmetrics FILE and import it with promtool tsdb create-blocks-from openmetrics)'
        : response.status === 404
          ? ' (is this the remote-write path, e.g. /api/v1/write, and is the receiver enabled: prometheus --web.enable-remote-write-receiver?)'
          : '';
  throw new AttemptError(`${status}${hint}`, false);
}

/**
 * The I/O edge of reports: find the history files under a checked-out branch and stream them
 * through the accumulator — every metrics file first (the window depends on all runs), then
 * every failures file. A value that is not valid JSON is reported and skipped: one bad line
 * in a long real history must not hide the rest.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { HistoryAccumulator } from './aggregate.js';
import type { WeekMinutes } from './budget.js';
import type { HistoryReport } from './model.js';
import type { HistoryOptions } from './options.js';
import { JsonValueSplitter, type JsonText } from '../files/json-stream.js';
import { linesFromEnd } from './lines-from-end.js';
import { rawTimestamp, readBatchRecord, toFailures, type BatchRun } from './records.js';
import { HistorySeriesBuilder, type HistorySeries, type SeriesOptions } from './series.js';
import { InputError } from '../vocabulary/index.js';

export interface HistoryPaths {
  /** e.g. data/metrics/batch-runs.jsonl; its siblings batch-runs-*.jsonl are read too. */
  metricsPath: string;
  /** e.g. data/failures: every .jsonl/.json file under it. */
  failuresDir: string;
}

export interface Skipped {
  file: string;
  line: number;
  reason: string;
}

export interface LoadedHistory {
  report: HistoryReport;
  files: { metrics: number; failures: number };
  skipped: Skipped[];
  /** JSON values that are neither a batch record nor a failure record (e.g. other pipelines' logs). */
  ignored: number;
  /** Some file was read newest first and left before its start: counts cover what was read. */
  readFromEnd: boolean;
  /** The latest batches up to the focus, oldest first (at least HistoryOptions.keepRuns). */
  recent: BatchRun[];
  /** Runner minutes per week, for the weeks read whole (see HistoryAccumulator.weeklyMinutes). */
  weeks: Array<{ weekStart: string } & WeekMinutes>;
  /** Files of the branch never fetched (a read from a listing): they hold nothing the window needs. */
  filesLeft?: number;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

async function filesUnder(dir: string): Promise<string[]> {
  try {
    const names = (await readdir(dir, { recursive: true })).map(String);
    return names
      .filter((n) => /\.jsonl?$/.test(n))
      .sort()
      .map((n) => join(dir, n));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** A metrics path that names a folder is a mistake in the options, said as one (not an empty history). */
export function metricsPathIsFolder(metricsPath: string): InputError {
  return new InputError(
    `${metricsPath} is a folder, not the metrics file: --metrics-path names a file such as data/metrics/batch-runs.jsonl (its batch-runs-*.jsonl siblings are read too)`,
  );
}

export async function historyFiles(root: string, paths: HistoryPaths) {
  const metricsFile = join(root, paths.metricsPath);
  if ((await stat(metricsFile).catch(() => undefined))?.isDirectory())
    throw metricsPathIsFolder(paths.metricsPath);
  const dir = dirname(metricsFile);
  const stem = basename(metricsFile).replace(/\.jsonl?$/, '');
  const siblings = (await filesUnder(dir)).filter(
    (f) => dirname(f) === dir && basename(f).startsWith(`${stem}-`),
  );
  const metrics = [...((await exists(metricsFile)) ? [metricsFile] : []), ...siblings];
  return { metrics, failures: await filesUnder(join(root, paths.failuresDir)) };
}

/**
 * A metrics file's batch runs to `add`, as every whole read takes them: a record with a count
 * that is not a number goes to `skipped` with its line; returns how many values were no batch
 * record at all.
 */
async function readBatchRuns(
  root: string,
  file: string,
  add: (run: BatchRun) => void,
  skipped: Skipped[],
): Promise<number> {
  let ignored = 0;
  const shown = relative(root, file);
  await eachJsonValue(
    file,
    shown,
    (value, line) => {
      const record = readBatchRecord(value);
      if (!record) ignored++;
      else if ('problem' in record) skipped.push({ file: shown, line, reason: record.problem });
      else add(record.run);
    },
    skipped,
  );
  return ignored;
}

/** Streams every JSON value of a file to `each`; unparsable values go to `skipped`. */
export async function eachJsonValue(
  file: string,
  shownAs: string,
  each: (value: unknown, line: number) => void,
  skipped: Skipped[],
  /** A cheap look at the raw text first: false skips parsing it. */
  mayMatter: (text: string) => boolean = () => true,
): Promise<void> {
  const splitter = new JsonValueSplitter();
  const handle = (texts: JsonText[], retry = true) => {
    for (const { text, line } of texts) {
      if (!mayMatter(text)) continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        const pieces = retry ? JsonValueSplitter.splitStrictly(text, line) : [];
        if (pieces.length > 1) handle(pieces, false);
        else skipped.push({ file: shownAs, line, reason: withoutQuote((error as Error).message) });
        continue;
      }
      each(value, line);
    }
  };
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream) handle(splitter.push(chunk as string));
  handle(splitter.finish());
}

/** V8 quotes the text around a JSON error: a report never echoes a file's bytes (see artifacts). */
function withoutQuote(message: string): string {
  return message.replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, ' (not valid JSON)');
}

/** Records older than what a report needs, read past it before a file is left unread: appends
 * arrive roughly, not strictly, in time order. */
export const TAIL_MARGIN = 1000;

export interface LoadOptions {
  /** Read every file to its start even when the report covers only the latest batches. */
  readAll?: boolean;
}

/**
 * A report over the last N batches reads each file newest first and stops once TAIL_MARGIN
 * records in a row are older than anything it needs, so its cost follows the window, not the
 * history. Files that are not JSON Lines, and unreadable lines, get the whole read instead.
 */
export async function loadHistory(
  root: string,
  paths: HistoryPaths,
  options: HistoryOptions,
  { readAll = false }: LoadOptions = {},
): Promise<LoadedHistory> {
  const files = await historyFiles(root, paths);
  if (options.batchId !== undefined) options = await locateFocus(root, files.metrics, options);
  if (options.last > 0 && !readAll) {
    const newestFirst = loadNewestFirst(root, files, options);
    if (newestFirst) return newestFirst;
  }
  return loadWhole(root, files, options);
}

/**
 * A summary of one batch ends its window at that batch, so the batch's time must be known
 * before the history streams by: one pass over the metrics files, parsing only the records
 * whose text names the id. Several records may carry it (batches named by day): the latest is
 * meant unless `batchAt` picks another.
 */
async function locateFocus(
  root: string,
  metrics: string[],
  options: HistoryOptions,
): Promise<HistoryOptions> {
  const id = options.batchId!;
  const needle = JSON.stringify(id);
  const times = new Set<string>();
  for (const file of metrics) {
    await eachJsonValue(
      file,
      relative(root, file),
      (value) => {
        const record = readBatchRecord(value);
        const run = record && 'run' in record ? record.run : undefined;
        if (run?.batchId === id && (!options.ecosystem || run.ecosystem === options.ecosystem))
          times.add(run.timestamp);
      },
      [],
      (text) => text.includes(needle),
    );
  }
  const candidates = [...times].sort();
  if (candidates.length === 0) return options;
  if (options.batchAt !== undefined && !times.has(options.batchAt)) {
    throw new InputError(
      `No record of batch ${needle} at ${options.batchAt}: the ${candidates.length} record(s) carrying it were written at ${candidates.join(', ')}`,
    );
  }
  const focusAt = options.batchAt ?? candidates[candidates.length - 1]!;
  return { ...options, focusAt, focusCandidates: candidates };
}

async function loadWhole(
  root: string,
  files: { metrics: string[]; failures: string[] },
  options: HistoryOptions,
): Promise<LoadedHistory> {
  const acc = new HistoryAccumulator(options);
  const skipped: Skipped[] = [];
  let ignored = 0;
  for (const file of files.metrics)
    ignored += await readBatchRuns(root, file, (run) => acc.addRun(run), skipped);
  for (const file of files.failures) {
    await eachJsonValue(
      file,
      relative(root, file),
      (value) => {
        const failures = toFailures(value);
        if (failures.length === 0) ignored++;
        for (const f of failures) acc.addFailure(f);
      },
      skipped,
      (text) => acc.mayMatter(text),
    );
  }
  return {
    report: acc.report(),
    recent: acc.recentRuns(),
    weeks: acc.weeklyMinutes(),
    files: { metrics: files.metrics.length, failures: files.failures.length },
    skipped,
    ignored,
    readFromEnd: false,
  };
}

const UNSUITABLE = Symbol('unsuitable');

/** undefined when a file is not line-per-record JSON or holds an unreadable line. */
function loadNewestFirst(
  root: string,
  files: { metrics: string[]; failures: string[] },
  options: HistoryOptions,
): LoadedHistory | undefined {
  const acc = new HistoryAccumulator(options);
  let ignored = 0;
  let leftEarly = false;
  for (const [index, file] of files.metrics.entries()) {
    // Ties in time go as a forward read would order them: later file, later line = newer.
    let position = (index + 1) * 2 ** 40;
    const read = eachLineNewestFirst(
      file,
      () => acc.runHorizon(),
      (value) => {
        const record = readBatchRecord(value);
        // A record that cannot be counted is reported with its line by the whole read.
        if (record && 'problem' in record) return UNSUITABLE;
        if (record) acc.addRun(record.run, --position);
        else ignored++;
        return record?.run.timestamp;
      },
      (_text, rawTime) => acc.runMayMatter(rawTime),
    );
    if (read === 'unsuitable') return undefined;
    leftEarly ||= read === 'left early';
  }
  for (const file of files.failures) {
    const read = eachLineNewestFirst(
      file,
      () => acc.failureHorizon(),
      (value) => {
        const failures = toFailures(value);
        if (failures.length === 0) ignored++;
        for (const f of failures) acc.addFailure(f);
      },
      (text) => acc.mayMatter(text),
    );
    if (read === 'unsuitable') return undefined;
    leftEarly ||= read === 'left early';
  }
  return {
    report: acc.report(),
    recent: acc.recentRuns(),
    weeks: acc.weeklyMinutes(),
    files: { metrics: files.metrics.length, failures: files.failures.length },
    skipped: [],
    ignored,
    readFromEnd: leftEarly,
  };
}

/**
 * Feeds a file's records to `each`, newest first, until TAIL_MARGIN records in a row are older
 * than `horizon()`. A record's time is what `each` returns, else its raw "timestamp" field.
 * 'unsuitable': the file is not one JSON object per line, or a line does not parse.
 */
function eachLineNewestFirst(
  file: string,
  horizon: () => string | undefined,
  each: (value: unknown) => string | typeof UNSUITABLE | undefined | void,
  mayMatter: (text: string, rawTime: string | undefined) => boolean = () => true,
): 'read whole' | 'left early' | 'unsuitable' {
  let older = 0;
  for (const text of linesFromEnd(file)) {
    if (!text.startsWith('{') || !text.endsWith('}')) return 'unsuitable';
    const rawTime = rawTimestamp(text);
    let time = rawTime;
    if (mayMatter(text, rawTime)) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return 'unsuitable';
      }
      const result = each(value);
      if (result === UNSUITABLE) return 'unsuitable';
      time = result ?? rawTime;
    }
    if (time === undefined) continue;
    const before = horizon();
    older = before !== undefined && time < before ? older + 1 : 0;
    if (older >= TAIL_MARGIN) return 'left early';
  }
  return 'read whole';
}

export interface LoadedSeries {
  series: HistorySeries;
  files: { metrics: number; failures: number };
  skipped: Skipped[];
  ignored: number;
}

/** The whole history as series for charts (series.ts): every metrics file, then every failures file. */
export async function loadHistorySeries(
  root: string,
  paths: HistoryPaths,
  options: SeriesOptions,
): Promise<LoadedSeries> {
  const files = await historyFiles(root, paths);
  const builder = new HistorySeriesBuilder(options);
  const skipped: Skipped[] = [];
  let ignored = 0;
  for (const file of files.metrics)
    ignored += await readBatchRuns(root, file, (run) => builder.addRun(run), skipped);
  for (const file of files.failures)
    await eachJsonValue(
      file,
      relative(root, file),
      (value) => {
        const failures = toFailures(value);
        if (failures.length === 0) ignored++;
        for (const f of failures) builder.addFailure(f);
      },
      skipped,
    );
  return {
    series: builder.series(),
    files: { metrics: files.metrics.length, failures: files.failures.length },
    skipped,
    ignored,
  };
}

/**
 * For reading only part of a history: over the metrics files under `root` (read whole), the
 * time before which no further batch record (`runs`) and no further failure record
 * (`failures`) can change the report; undefined while the files read do not settle it (too
 * few batches, or the batch asked for not among them).
 */
export async function windowHorizons(
  root: string,
  paths: HistoryPaths,
  options: HistoryOptions,
): Promise<{ runs?: string; failures?: string }> {
  const files = await historyFiles(root, paths);
  if (options.batchId !== undefined) {
    options = await locateFocus(root, files.metrics, options);
    if (options.focusAt === undefined) return {};
  }
  const acc = new HistoryAccumulator(options);
  for (const file of files.metrics) {
    await eachJsonValue(
      file,
      relative(root, file),
      (value) => {
        const record = readBatchRecord(value);
        if (record && 'run' in record) acc.addRun(record.run);
      },
      [],
    );
  }
  const runs = acc.runHorizon();
  return runs === undefined ? {} : { runs, failures: acc.failureHorizon() };
}

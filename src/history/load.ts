/**
 * The I/O edge of reports: find the history files under a checked-out branch and stream them
 * through the accumulator — every metrics file first (the window depends on all runs), then
 * every failures file. A value that is not valid JSON is reported and skipped: one bad line
 * in a long real history must not hide the rest.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { HistoryAccumulator, type HistoryOptions, type HistoryReport } from './aggregate.js';
import { JsonValueSplitter, type JsonText } from './json-stream.js';
import { toBatchRun, toFailures } from './records.js';

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

export async function historyFiles(root: string, paths: HistoryPaths) {
  const metricsFile = join(root, paths.metricsPath);
  const dir = dirname(metricsFile);
  const stem = basename(metricsFile).replace(/\.jsonl?$/, '');
  const siblings = (await filesUnder(dir)).filter(
    (f) => dirname(f) === dir && basename(f).startsWith(`${stem}-`),
  );
  const metrics = [...((await exists(metricsFile)) ? [metricsFile] : []), ...siblings];
  return { metrics, failures: await filesUnder(join(root, paths.failuresDir)) };
}

/** Streams every JSON value of a file to `each`; unparsable values go to `skipped`. */
export async function eachJsonValue(
  file: string,
  shownAs: string,
  each: (value: unknown) => void,
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
        else skipped.push({ file: shownAs, line, reason: (error as Error).message });
        continue;
      }
      each(value);
    }
  };
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream) handle(splitter.push(chunk as string));
  handle(splitter.finish());
}

export async function loadHistory(
  root: string,
  paths: HistoryPaths,
  options: HistoryOptions,
): Promise<LoadedHistory> {
  const files = await historyFiles(root, paths);
  const acc = new HistoryAccumulator(options);
  const skipped: Skipped[] = [];
  let ignored = 0;
  for (const file of files.metrics) {
    await eachJsonValue(
      file,
      relative(root, file),
      (value) => {
        const run = toBatchRun(value);
        if (run) acc.addRun(run);
        else ignored++;
      },
      skipped,
    );
  }
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
    files: { metrics: files.metrics.length, failures: files.failures.length },
    skipped,
    ignored,
  };
}

/**
 * OpenMetrics text of the same samples, for `promtool tsdb create-blocks-from openmetrics`:
 * history older than an engine accepts by remote write is turned into TSDB blocks instead.
 * Each metric family's series together under one HELP/TYPE, samples oldest first with their
 * timestamps in seconds, `# EOF` last (promtool refuses a file without it). Pure.
 */
import { HELP, type Series } from './samples.js';

const escape = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

/** Milliseconds → seconds as OpenMetrics writes them: no float noise (1700000000.001, not …0009999). */
const seconds = (ms: number) =>
  ms % 1000 === 0
    ? String(ms / 1000)
    : `${Math.floor(ms / 1000)}.${String(ms % 1000).padStart(3, '0')}`;

/** The file, in pieces (one per series) so that a long history is never one string. */
export function* openMetricsText(series: readonly Series[]): Generator<string> {
  const byName = new Map<string, Series[]>();
  for (const s of series) {
    const name = s.labels.__name__!;
    (byName.get(name) ?? byName.set(name, []).get(name)!).push(s);
  }
  for (const name of [...byName.keys()].sort()) {
    yield `# HELP ${name} ${HELP[name] ?? name}\n# TYPE ${name} gauge\n`;
    for (const s of byName.get(name)!) {
      const labels = Object.keys(s.labels)
        .filter((k) => k !== '__name__' && s.labels[k] !== '')
        .sort()
        .map((k) => `${k}="${escape(s.labels[k]!)}"`)
        .join(',');
      const head = labels ? `${name}{${labels}}` : name;
      yield s.samples.map((p) => `${head} ${p.value} ${seconds(p.timestamp)}\n`).join('');
    }
  }
  yield '# EOF\n';
}

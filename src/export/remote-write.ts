/**
 * Prometheus remote write 1.0: a WriteRequest (protobuf, prometheus/prompb/remote.proto and
 * types.proto) compressed with snappy's block format. protobufjs encodes from the message
 * description below (no .proto file to ship or parse at run time); snappyjs compresses. Pure.
 */
import protobuf from 'protobufjs/light.js';
import * as snappy from 'snappyjs';
import type { Series } from './samples.js';

const root = protobuf.Root.fromJSON({
  nested: {
    prometheus: {
      nested: {
        WriteRequest: {
          fields: { timeseries: { rule: 'repeated', type: 'TimeSeries', id: 1 } },
        },
        TimeSeries: {
          fields: {
            labels: { rule: 'repeated', type: 'Label', id: 1 },
            samples: { rule: 'repeated', type: 'Sample', id: 2 },
          },
        },
        Label: { fields: { name: { type: 'string', id: 1 }, value: { type: 'string', id: 2 } } },
        Sample: {
          fields: { value: { type: 'double', id: 1 }, timestamp: { type: 'int64', id: 2 } },
        },
      },
    },
  },
});
const WriteRequest = root.lookupType('prometheus.WriteRequest');

/** Request headers remote write 1.0 requires (the receiver checks the encoding and version). */
export const REMOTE_WRITE_HEADERS = {
  'Content-Encoding': 'snappy',
  'Content-Type': 'application/x-protobuf',
  'X-Prometheus-Remote-Write-Version': '0.1.0',
} as const;

/** One request body: labels sorted by name (the protocol requires it), samples oldest first. */
export function encodeWriteRequest(series: readonly Series[]): Uint8Array {
  const message = {
    timeseries: series.map((s) => ({
      labels: Object.keys(s.labels)
        .sort()
        .filter((name) => s.labels[name] !== '') // an empty value is no label in Prometheus
        .map((name) => ({ name, value: s.labels[name] })),
      samples: s.samples,
    })),
  };
  return snappy.compress(WriteRequest.encode(message).finish());
}

/** The inverse, for tests and for reading what was sent. */
export function decodeWriteRequest(body: Uint8Array): Series[] {
  const decoded = WriteRequest.toObject(WriteRequest.decode(snappy.uncompress(body)), {
    longs: Number,
    defaults: true,
  }) as {
    timeseries: Array<{
      labels: Array<{ name: string; value: string }>;
      samples: Array<{ value: number; timestamp: number }>;
    }>;
  };
  return decoded.timeseries.map((t) => ({
    labels: Object.fromEntries(t.labels.map((l) => [l.name, l.value])),
    samples: t.samples,
  }));
}

/**
 * The samples cut into requests of at most `maxSamples`, oldest first across every series:
 * an engine then appends a history in time order, as it would have scraped it, instead of
 * taking most of it as out-of-order samples (slower, and bounded by its out-of-order window).
 * Deterministic: ties in time keep the series' order.
 */
export function* chunks(series: readonly Series[], maxSamples: number): Generator<Series[]> {
  // Typed arrays rather than a pair per sample: a 100k-batch history has millions of samples.
  const total = series.reduce((n, s) => n + s.samples.length, 0);
  const seriesOf = new Uint32Array(total);
  const sampleOf = new Uint32Array(total);
  const time = new Float64Array(total);
  let k = 0;
  series.forEach((s, i) =>
    s.samples.forEach((p, j) => {
      seriesOf[k] = i;
      sampleOf[k] = j;
      time[k++] = p.timestamp;
    }),
  );
  // Filled series by series, so a lower index is the earlier series (or sample): ties keep that order.
  const order = new Uint32Array(total);
  for (let i = 0; i < total; i++) order[i] = i;
  order.sort((a, b) => time[a]! - time[b]! || a - b);
  for (let from = 0; from < total; from += maxSamples) {
    const bySeries = new Map<number, Series>();
    for (const at of order.subarray(from, from + maxSamples)) {
      const i = seriesOf[at]!;
      let out = bySeries.get(i);
      if (!out) bySeries.set(i, (out = { labels: series[i]!.labels, samples: [] }));
      out.samples.push(series[i]!.samples[sampleOf[at]!]!);
    }
    yield [...bySeries.values()];
  }
}

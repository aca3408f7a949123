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
  const order: Array<[number, number]> = []; // [series index, sample index]
  series.forEach((s, i) => s.samples.forEach((_, j) => order.push([i, j])));
  order.sort(
    (a, b) =>
      series[a[0]]!.samples[a[1]]!.timestamp - series[b[0]]!.samples[b[1]]!.timestamp ||
      a[0] - b[0] ||
      a[1] - b[1],
  );
  for (let from = 0; from < order.length; from += maxSamples) {
    const bySeries = new Map<number, Series>();
    for (const [i, j] of order.slice(from, from + maxSamples)) {
      let out = bySeries.get(i);
      if (!out) bySeries.set(i, (out = { labels: series[i]!.labels, samples: [] }));
      out.samples.push(series[i]!.samples[j]!);
    }
    yield [...bySeries.values()];
  }
}

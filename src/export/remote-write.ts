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
        Sample: { fields: { value: { type: 'double', id: 1 }, timestamp: { type: 'int64', id: 2 } } },
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
 * Series cut into requests of at most `maxSamples` samples (a long series is split across
 * requests, oldest samples first), so a 100k-batch history is sent in bounded requests.
 */
export function* chunks(series: readonly Series[], maxSamples: number): Generator<Series[]> {
  let batch: Series[] = [];
  let size = 0;
  for (const s of series) {
    for (let from = 0; from < s.samples.length; ) {
      const take = Math.min(maxSamples - size, s.samples.length - from);
      batch.push({ labels: s.labels, samples: s.samples.slice(from, from + take) });
      size += take;
      from += take;
      if (size >= maxSamples) {
        yield batch;
        batch = [];
        size = 0;
      }
    }
  }
  if (batch.length > 0) yield batch;
}

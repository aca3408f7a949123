import { JsonValueSplitter } from '../../src/files/json-stream.js';

const split = (text: string, size = text.length, fastLines = true) => {
  const s = new JsonValueSplitter(fastLines);
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(...s.push(text.slice(i, i + size)));
  out.push(...s.finish());
  return out;
};

const mixed = [
  '{"batch_id":"a","n":1}',
  '{',
  '  "batch_id": "b",',
  '  "note": "braces { and } and \\"quotes\\" in a string",',
  '  "platforms": {"x": {"tested": 1}}',
  '}',
  '{"batch_id":"c"}{"batch_id":"d"}',
  '',
].join('\n');

describe('JsonValueSplitter', () => {
  test('JSON Lines, pretty-printed objects and run-on objects, with their starting lines', () => {
    const values = split(mixed, mixed.length, false);
    expect(values.map((v) => (JSON.parse(v.text) as { batch_id: string }).batch_id)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(values.map((v) => v.line)).toEqual([1, 2, 7, 7]);
  });

  test('the same values however the stream is chunked', () => {
    for (const fast of [true, false]) {
      const whole = split(mixed, mixed.length, fast).map((v) => v.text);
      for (const size of [1, 2, 5, 17])
        expect(split(mixed, size, fast).map((v) => v.text)).toEqual(whole);
    }
  });

  test('the JSON Lines fast path hands a run-on line over whole; splitStrictly recovers its values', () => {
    const values = split(mixed);
    expect(values.map((v) => v.line)).toEqual([1, 2, 7]);
    expect(JsonValueSplitter.splitStrictly(values[2]!.text, 7).map((v) => v.text)).toEqual([
      '{"batch_id":"c"}',
      '{"batch_id":"d"}',
    ]);
  });

  test('a truncated last value and a stray word come out for the parser to reject', () => {
    const values = split('{"a":1}\noops\n{"b":');
    expect(values.map((v) => v.text)).toEqual(['{"a":1}', 'oops', '{"b":']);
    expect(() => JSON.parse(values[1]!.text)).toThrow();
    expect(values[2]!.line).toBe(3);
  });
});

describe('eachJsonValue', () => {
  test('reads every layout from a file, recovers run-on objects, reports what it cannot read with its line', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { eachJsonValue } = await import('../../src/history/load.js');
    const file = join(await mkdtemp(join(tmpdir(), 'ci-ledger-json-')), 'm.jsonl');
    await writeFile(file, `${mixed}{"broken": tru}\n`);
    const ids: string[] = [];
    const skipped: Array<{ file: string; line: number; reason: string }> = [];
    await eachJsonValue(
      file,
      'm.jsonl',
      (v) => ids.push((v as { batch_id: string }).batch_id),
      skipped,
    );
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
    expect(skipped).toEqual([{ file: 'm.jsonl', line: 8, reason: expect.stringMatching(/JSON/) }]);
  });
});

describe('resync at line starts (issue 12)', () => {
  // A truncated line (no closing brace, or cut inside a string) followed by valid records: the
  // valid ones come out whole, with their own lines; the broken one comes out alone, to be skipped.
  const texts = [
    ['cut between fields', '{"batch_id":"x","total":\n{"batch_id":"ok1"}\n{"batch_id":"ok2"}\n'],
    ['cut inside a string', '{"batch_id":"x\n{"batch_id":"ok1"}\n{"batch_id":"ok2"}\n'],
    [
      'cut, then a pretty-printed value',
      '{"batch_id":"x",\n{"batch_id":"ok1"}\n{\n  "batch_id": "ok2"\n}\n',
    ],
  ];
  test.each(texts)('%s', (_name, text) => {
    for (const fast of [true, false])
      for (const size of [1, 3, 7, text.length]) {
        const values = split(text, size, fast);
        const parsed = values.flatMap((v) => {
          try {
            return [(JSON.parse(v.text) as { batch_id: string }).batch_id];
          } catch {
            return [`broken@${v.line}`];
          }
        });
        expect(parsed).toEqual(['broken@1', 'ok1', 'ok2']);
        expect(values.map((v) => v.line)).toEqual([1, 2, 3]);
      }
  });
  test('a nested object at the start of a line with no key on it stays inside its value', () => {
    const text = '{"a":[\n{\n"b":1\n}\n]}\n{"c":2}\n';
    expect(split(text, text.length, false).map((v) => JSON.parse(v.text))).toEqual([
      { a: [{ b: 1 }] },
      { c: 2 },
    ]);
  });
});

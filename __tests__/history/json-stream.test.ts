import { JsonValueSplitter } from '../../src/history/json-stream.js';

const split = (text: string, size = text.length) => {
  const s = new JsonValueSplitter();
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(...s.push(text.slice(i, i + size)));
  out.push(...s.finish());
  return out;
};

describe('JsonValueSplitter', () => {
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

  test('JSON Lines, pretty-printed objects and run-on objects, with their starting lines', () => {
    const values = split(mixed);
    expect(values.map((v) => (JSON.parse(v.text) as { batch_id: string }).batch_id)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(values.map((v) => v.line)).toEqual([1, 2, 7, 7]);
  });

  test('the same values however the stream is chunked', () => {
    const whole = split(mixed).map((v) => v.text);
    for (const size of [1, 2, 5, 17]) expect(split(mixed, size).map((v) => v.text)).toEqual(whole);
  });

  test('a truncated last value and a stray word come out for the parser to reject', () => {
    const values = split('{"a":1}\noops\n{"b":');
    expect(values.map((v) => v.text)).toEqual(['{"a":1}', 'oops', '{"b":']);
    expect(() => JSON.parse(values[1]!.text)).toThrow();
    expect(values[2]!.line).toBe(3);
  });
});

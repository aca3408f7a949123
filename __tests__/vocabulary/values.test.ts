/**
 * The one strict reading of numbers and times (issue 12). Expected values by hand: the
 * calendar (2024 is a leap year, 2023 is not), and UTC arithmetic on the offsets
 * (9999-12-31T23:30-05:00 is 10000-01-01T04:30Z; 0000-01-01T00:30+01:00 is year -1).
 */
import {
  isCount,
  nonFiniteNumberAt,
  parseExitStatus,
  parseUtcTime,
  parseWholeNumber,
  utcTimeProblem,
} from '../../src/vocabulary/values.js';

describe('times', () => {
  test.each([
    ['2026-01-24T08:00:00Z', '2026-01-24T08:00:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['2026-01-01T10:00Z', '2026-01-01T10:00:00.000Z'],
    ['2026-01-01 10:00:00+0100', '2026-01-01T09:00:00.000Z'],
    ['2026-01-01T10:00:00.123456Z', '2026-01-01T10:00:00.123Z'],
    ['9999-12-31T18:59:59-05:00', '9999-12-31T23:59:59.000Z'],
    ['0000-01-01T00:30:00Z', '0000-01-01T00:30:00.000Z'],
  ])('%s is %s', (text, iso) => {
    expect(utcTimeProblem(text)).toBeUndefined();
    expect(parseUtcTime('start-time', text).toISOString()).toBe(iso);
  });

  test.each([
    ['2026-02-30', /not an ISO 8601 time with a zone/],
    ['2026-02-30T00:00:00Z', /2026-02 has no day 30/],
    ['2023-02-29T00:00:00Z', /2023-02 has no day 29/],
    ['2026-04-31T00:00:00Z', /2026-04 has no day 31/],
    ['2026-13-01T00:00:00Z', /month 13 does not exist/],
    ['2026-01-01T24:00:00Z', /24:00:00 is not a time of day/],
    ['2026-01-01T00:00:60Z', /is not a time of day/],
    ['2026-01-01T00:00:00+25:00', /\+25:00 is not a UTC offset/],
    ['9999-12-31T23:30:00-05:00', /outside the years 0000–9999/],
    ['0000-01-01T00:30:00+01:00', /outside the years 0000–9999/],
    ['+010000-01-01T04:00:00Z', /not an ISO 8601 time/],
    ['-000001-12-31T23:30:00Z', /not an ISO 8601 time/],
    ['2026-01-24T08:00:00', /not an ISO 8601 time with a zone/],
    ['1769241600', /not an ISO 8601 time/],
  ])('%s is refused', (text, why) => {
    expect(utcTimeProblem(text)).toMatch(why);
    expect(() => parseUtcTime('start-time', text)).toThrow(
      new RegExp(`^start-time ${JSON.stringify(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is `),
    );
  });
});

describe('numbers', () => {
  test.each(['0', '1', '255', '007'])('exit status %s', (text) =>
    expect(parseExitStatus('exit-code', text)).toBe(Number(text)),
  );
  test.each(['0x10', '1e2', '256', '-1', ' 1', '1.0', '', '+1', 'Infinity', '0b1', '1_0'])(
    'exit status %j is refused',
    (text) =>
      expect(() => parseExitStatus('exit-code', text)).toThrow(
        `exit-code ${JSON.stringify(text)} is not an exit status (an integer 0–255)`,
      ),
  );
  test('whole numbers past 2^53 are refused, not rounded', () => {
    expect(parseWholeNumber('total', '9007199254740991')).toBe(9007199254740991);
    expect(() => parseWholeNumber('total', '9007199254740993')).toThrow(/not a whole number/);
  });
  test('counts', () => {
    expect([0, 2.5, 10].every(isCount)).toBe(true);
    expect([-1, Infinity, NaN, '3', null, undefined].some(isCount)).toBe(false);
  });
  test('the pointer of the first number JSON.parse turned into Infinity', () => {
    expect(nonFiniteNumberAt(JSON.parse('{"a":[1,{"b/c~":1e400}]}'))).toBe('/a/1/b~1c~0');
    expect(nonFiniteNumberAt(JSON.parse('-1e999'))).toBe('/');
    expect(nonFiniteNumberAt(JSON.parse('{"a":[1e308]}'))).toBeUndefined();
    const deep = JSON.parse('['.repeat(200_000) + ']'.repeat(200_000)) as unknown;
    expect(nonFiniteNumberAt(deep)).toBeUndefined(); // no stack overflow
  });
});

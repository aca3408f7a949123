import { parse } from 'csv-parse/sync';
import { InputError } from '../../src/vocabulary/index.js';
import { planAppend } from '../../src/ledger/plan.js';
import type { CsvAppend, JsonlAppend } from '../../src/ledger/types.js';

const columns = ['start_time_utc', 'phase', 'env', 'build_id', 'flags'];
const csv = (records: CsvAppend['records']): CsvAppend => ({
  format: 'csv',
  path: 'environments/development/latest/build_timings.csv',
  columns,
  key: ['env', 'build_id', 'phase', 'start_time_utc'],
  records,
});
const row = (start: string, flags = '') => ({
  start_time_utc: start,
  phase: 'bootstrap',
  env: 'dev',
  build_id: 'persistent',
  flags,
});

describe('planAppend: CSV', () => {
  test('a missing file is created with its header and the rows', () => {
    const plan = planAppend(new Map(), [csv([row('2026-01-24T08:00:00Z')])]);
    expect(plan.changes.get('environments/development/latest/build_timings.csv')).toBe(
      'start_time_utc,phase,env,build_id,flags\n2026-01-24T08:00:00Z,bootstrap,dev,persistent,\n',
    );
    expect(plan.files).toEqual([
      { path: 'environments/development/latest/build_timings.csv', appended: 1, duplicates: 0 },
    ]);
  });

  test('a row whose key is already in the file is not appended again', () => {
    const existing =
      'start_time_utc,phase,env,build_id,flags\n2026-01-24T08:00:00Z,bootstrap,dev,persistent,X=1\n';
    const plan = planAppend(new Map([[csv([]).path, existing]]), [
      csv([row('2026-01-24T08:00:00Z', 'different flags'), row('2026-01-25T08:00:00Z')]),
    ]);
    const content = plan.changes.get(csv([]).path)!;
    expect(content.startsWith(existing)).toBe(true);
    expect(content.slice(existing.length)).toBe('2026-01-25T08:00:00Z,bootstrap,dev,persistent,\n');
    expect(plan.files[0]).toMatchObject({ appended: 1, duplicates: 1 });
  });

  test('nothing new means no change at all', () => {
    const existing =
      'start_time_utc,phase,env,build_id,flags\n2026-01-24T08:00:00Z,bootstrap,dev,persistent,\n';
    const plan = planAppend(new Map([[csv([]).path, existing]]), [
      csv([row('2026-01-24T08:00:00Z')]),
    ]);
    expect(plan.changes.size).toBe(0);
    expect(plan.files[0]).toMatchObject({ appended: 0, duplicates: 1 });
  });

  test('duplicates within one request collapse to one row', () => {
    const plan = planAppend(new Map(), [
      csv([row('2026-01-24T08:00:00Z'), row('2026-01-24T08:00:00Z')]),
    ]);
    expect(plan.files[0]).toMatchObject({ appended: 1, duplicates: 1 });
  });

  test('free text is quoted per RFC 4180 and reads back unchanged', () => {
    const flags = 'BOOTSTRAP_VERSION=v4 REGION="eu-west-2", note\nsecond line';
    const plan = planAppend(new Map(), [csv([row('2026-01-24T08:00:00Z', flags)])]);
    const rows = parse(plan.changes.get(csv([]).path)!, { columns: true }) as Array<
      Record<string, string>
    >;
    expect(rows).toEqual([row('2026-01-24T08:00:00Z', flags)]);
  });

  test('a file without a final newline gets one before the new row', () => {
    const existing =
      'start_time_utc,phase,env,build_id,flags\n2026-01-24T08:00:00Z,bootstrap,dev,persistent,';
    const plan = planAppend(new Map([[csv([]).path, existing]]), [
      csv([row('2026-01-25T08:00:00Z')]),
    ]);
    expect(plan.changes.get(csv([]).path)).toBe(
      `${existing}\n2026-01-25T08:00:00Z,bootstrap,dev,persistent,\n`,
    );
  });

  test('a different header is a clear error naming the file and the fix', () => {
    const existing = 'start_time_utc,end_time_utc,phase\n';
    expect(() => planAppend(new Map([[csv([]).path, existing]]), [csv([row('x')])])).toThrow(
      InputError,
    );
    expect(() => planAppend(new Map([[csv([]).path, existing]]), [csv([row('x')])])).toThrow(
      /build_timings\.csv: its header has 3 columns \(start_time_utc,end_time_utc,phase\).*ci-ledger migrate-csv/,
    );
  });

  test('the real 9-column registry file is refused, not rewritten', async () => {
    const { readFile } = await import('node:fs/promises');
    const real = await readFile(
      new URL(
        '../fixtures/real/goldenpath/governance-registry/environments/development/latest/build_timings.csv',
        import.meta.url,
      ),
      'utf8',
    );
    expect(() => planAppend(new Map([[csv([]).path, real]]), [csv([row('x')])])).toThrow(
      /header has 9 columns/,
    );
  });

  test('broken CSV is an error with its line', () => {
    const existing =
      'start_time_utc,phase,env,build_id,flags\n"unclosed,bootstrap,dev,persistent,\n';
    expect(() => planAppend(new Map([[csv([]).path, existing]]), [csv([row('x')])])).toThrow(
      /build_timings\.csv line \d+: not valid CSV/,
    );
  });

  test('a byte-order mark and CRLF line ends are read correctly', () => {
    const existing =
      '\ufeffstart_time_utc,phase,env,build_id,flags\r\n2026-01-24T08:00:00Z,bootstrap,dev,persistent,\r\n';
    const plan = planAppend(new Map([[csv([]).path, existing]]), [
      csv([row('2026-01-24T08:00:00Z')]),
    ]);
    expect(plan.files[0]).toMatchObject({ appended: 0, duplicates: 1 });
  });
});

describe('planAppend: JSONL', () => {
  const jsonl = (
    path: string,
    records: JsonlAppend['records'],
    key = ['batch_id', 'ecosystem'],
  ): JsonlAppend => ({
    format: 'jsonl',
    path,
    key,
    records,
  });

  test('appends one line per record, skips known keys, keeps lines it cannot parse', () => {
    const existing = '{"batch_id":"b1","ecosystem":"cargo","total":3}\nnot json\n';
    const plan = planAppend(new Map([['m.jsonl', existing]]), [
      jsonl('m.jsonl', [
        { batch_id: 'b1', ecosystem: 'cargo', total: 9 },
        { batch_id: 'b1', ecosystem: 'npm', total: 2 },
      ]),
    ]);
    expect(plan.changes.get('m.jsonl')).toBe(
      `${existing}{"batch_id":"b1","ecosystem":"npm","total":2}\n`,
    );
    expect(plan.files[0]).toMatchObject({ appended: 1, duplicates: 1 });
  });

  test('several files are planned together; only files that gain records change', () => {
    const plan = planAppend(new Map([['a.jsonl', '{"batch_id":"b1","ecosystem":"cargo"}\n']]), [
      jsonl('a.jsonl', [{ batch_id: 'b1', ecosystem: 'cargo' }]),
      jsonl(
        'b.jsonl',
        [{ batch_id: 'b1', ecosystem: 'cargo', recipe: 'rg' }],
        ['batch_id', 'ecosystem', 'recipe'],
      ),
    ]);
    expect([...plan.changes.keys()]).toEqual(['b.jsonl']);
  });
});

describe('planAppend: an anchored request', () => {
  const request = (failures: string[]) => [
    { format: 'jsonl' as const, path: 'm.jsonl', key: ['batch_id'], records: [{ batch_id: 'b1' }] },
    {
      format: 'jsonl' as const,
      path: 'f.jsonl',
      key: ['batch_id', 'recipe'],
      records: failures.map((recipe) => ({ batch_id: 'b1', recipe })),
    },
  ];

  test('when the anchor record is already there, no file changes — not even with new records elsewhere', () => {
    const current = new Map([
      ['m.jsonl', '{"batch_id":"b1"}\n'],
      ['f.jsonl', '{"batch_id":"b1","recipe":"a"}\n'],
    ]);
    const plan = planAppend(current, request(['a', 'b']), 'm.jsonl');
    expect(plan.changes.size).toBe(0);
    expect(plan.files).toEqual([
      { path: 'm.jsonl', appended: 0, duplicates: 1 },
      { path: 'f.jsonl', appended: 0, duplicates: 2 },
    ]);
  });

  test('a new anchor record takes every file along', () => {
    const plan = planAppend(new Map(), request(['a', 'b']), 'm.jsonl');
    expect([...plan.changes.keys()]).toEqual(['m.jsonl', 'f.jsonl']);
  });
});

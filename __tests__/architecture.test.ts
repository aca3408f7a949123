/**
 * The layer rules (.dependency-cruiser.cjs) hold for src/, and they bite: a copy of src/ with
 * one forbidden import planted fails the check, naming the rule and the offending import.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const depcruise = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

async function check(cwd: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [depcruise, 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err-long'],
      { cwd },
    );
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

let copy: string;
beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'ci-ledger-arch-'));
  for (const name of ['src', 'schemas', 'tsconfig.json', '.dependency-cruiser.cjs'])
    await cp(join(root, name), join(copy, name), { recursive: true });
  await symlink(join(root, 'node_modules'), join(copy, 'node_modules'));
});
afterAll(() => rm(copy, { recursive: true, force: true }));

test('src/ keeps every layer rule', async () => {
  const { code, output } = await check(root);
  expect(output).toContain('no dependency violations found');
  expect(code).toBe(0);
});

// Each case: a file of src/, a forbidden import planted at its top, the rule that must fire.
const planted: Array<[rule: string, file: string, line: string]> = [
  [
    'changepoint-pure-math',
    'src/changepoint/detect.ts',
    "import { InputError } from '../vocabulary/index.js'; void InputError;",
  ],
  [
    'files-below-everything-but-vocabulary',
    'src/files/json-stream.ts',
    "import { planAppend } from '../ledger/plan.js'; void planAppend;",
  ],
  [
    'domain-not-ledger',
    'src/batch/aggregate.ts',
    "import { appendRecords } from '../ledger/append.js'; void appendRecords;",
  ],
  [
    'domain-not-renderers',
    'src/history/aggregate.ts',
    "import { historyText } from '../report/history-report.js'; void historyText;",
  ],
  [
    'domain-not-shell',
    'src/timing/row.ts',
    "import { recordTiming } from '../jobs/record-timing.js'; void recordTiming;",
  ],
  [
    'model-below-objectives-and-cost',
    'src/history/budget.ts',
    "import { DEFAULT_PRICES } from '../cost/prices.js'; void DEFAULT_PRICES;",
  ],
  [
    'cost-below-objectives',
    'src/cost/prices.ts',
    "import { DEFAULT_OBJECTIVES } from '../objectives/spec.js'; void DEFAULT_OBJECTIVES;",
  ],
  [
    'domain-not-ledger',
    'src/objectives/budget.ts',
    "import { appendRecords } from '../ledger/append.js'; void appendRecords;",
  ],
  [
    'renderers-only-models',
    'src/report/markdown.ts',
    "import { openStore } from '../ledger/store.js'; void openStore;",
  ],
  [
    'export-only-models',
    'src/export/samples.ts',
    "import { appendRecords } from '../ledger/append.js'; void appendRecords;",
  ],
  [
    'export-no-io',
    'src/export/openmetrics.ts',
    "import { writeFile } from 'node:fs/promises'; void writeFile;",
  ],
  [
    'ledger-only-vocabulary',
    'src/ledger/plan.ts',
    "import { TIMING_COLUMNS } from '../timing/row.js'; void TIMING_COLUMNS;",
  ],
  [
    'vocabulary-at-the-bottom',
    'src/vocabulary/names.ts',
    "import { DEFAULT_METRICS_PATH } from '../batch/paths.js'; void DEFAULT_METRICS_PATH;",
  ],
  [
    'actions-not-cli',
    'src/actions/inputs.ts',
    "import { storeOptions } from '../cli/store-options.js'; void storeOptions;",
  ],
  [
    'cli-not-actions',
    'src/cli/store-options.ts',
    "import { jobContext } from '../actions/inputs.js'; void jobContext;",
  ],
  [
    'adapters-through-jobs',
    'src/cli/commands/flush.ts',
    "import { flushSpool } from '../../ledger/flush.js'; void flushSpool;",
  ],
  [
    'domain-concerns-apart',
    'src/batch/maps.ts',
    "import { TIMING_COLUMNS } from '../timing/row.js'; void TIMING_COLUMNS;",
  ],
  [
    'no-circular',
    'src/history/records.ts',
    "import { HistoryAccumulator } from './aggregate.js'; void HistoryAccumulator;",
  ],
  [
    'site-only-models',
    'src/site/data.ts',
    "import { timingFiles } from '../jobs/report.js'; void timingFiles;",
  ],
  [
    'site-page-only-site-model',
    'src/site/page/app.ts',
    "import { passRate } from '../../history/platforms.js'; void passRate;",
  ],
  ['jobs-not-adapters', 'src/jobs/flush.ts', "import { main } from '../cli/main.js'; void main;"],
  [
    'runner-only-in-actions',
    'src/jobs/context.ts',
    "import * as core from '@actions/core'; void core;",
  ],
];

test.each(planted)('a planted import breaks %s', async (rule, file, line) => {
  const path = join(copy, file);
  const original = await readFile(path, 'utf8');
  await writeFile(path, `${line}\n${original}`);
  try {
    const { code, output } = await check(copy);
    expect(code).not.toBe(0);
    // The rule's name, the offending edge, and the rule's reason.
    expect(output).toMatch(new RegExp(`error ${rule}: \\S+ → `));
    expect(output).toContain(file);
    // Only that rule fires, and a cycle the planted import closes, if it closes one.
    const fired = new Set([...output.matchAll(/error ([a-z-]+):/g)].map((m) => m[1]));
    fired.delete('no-circular');
    expect([...fired]).toEqual(rule === 'no-circular' ? [] : [rule]);
  } finally {
    await writeFile(path, original);
  }
});

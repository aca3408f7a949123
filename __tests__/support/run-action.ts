/**
 * Runs a JavaScript action the way the Actions runner does: inputs from action.yml (defaults
 * applied, `INPUT_<NAME>` variables), the runner's file commands as temp files, then
 * `node <runs.main>` with no shell. What the step produced comes back as outputs, job summary
 * and annotations, parsed the way the runner parses them.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  title?: string;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** Variables the step exported (GITHUB_ENV), which the runner hands to the job's later steps. */
  exportedEnv: Record<string, string>;
}

export interface RunActionOptions {
  /**
   * Extra environment for the step, over PATH, HOME and the runner's variables (nothing else is
   * inherited). RUNNER_TEMP is a fresh directory removed afterwards: set your own to inspect it.
   */
  env?: NodeJS.ProcessEnv;
  /** Working directory and GITHUB_WORKSPACE; default: the repository root. */
  cwd?: string;
  /** The `github` context that input defaults may use; also sets GITHUB_REPOSITORY. */
  github?: { token?: string; repository?: string };
  /** Kill the step and reject after this long; default 60 s. */
  timeoutMs?: number;
}

interface ActionInputSpec {
  description?: string;
  required?: boolean;
  default?: unknown;
}

interface ActionMetadata {
  inputs: Record<string, ActionInputSpec>;
  main: string;
}

/**
 * Runs the action in `actionDir` (relative to the repository root, e.g. 'actions/record-timing'
 * or '.', or absolute) with the given `with:` inputs. An input the action does not declare is an
 * error here (the runner only warns): in a test it is a typo. Only `runs.main` runs; an action
 * with `pre` or `post` scripts is refused rather than half-run.
 */
export async function runAction(
  actionDir: string,
  inputs: Record<string, string>,
  opts: RunActionOptions = {},
): Promise<ActionRun> {
  const dir = resolve(repoRoot, actionDir);
  const action = await readActionMetadata(dir);
  const undeclared = Object.keys(inputs).filter((name) => !(name in action.inputs));
  if (undeclared.length > 0) {
    throw new Error(
      `${actionDir}: unexpected input(s) ${undeclared.join(', ')}; declared: ${Object.keys(action.inputs).join(', ')}`,
    );
  }

  const temp = await mkdtemp(join(tmpdir(), 'run-action-'));
  try {
    const files = {
      GITHUB_OUTPUT: join(temp, 'output'),
      GITHUB_STEP_SUMMARY: join(temp, 'step-summary'),
      GITHUB_STATE: join(temp, 'state'),
      GITHUB_ENV: join(temp, 'env'),
      GITHUB_PATH: join(temp, 'path'),
    };
    await Promise.all(Object.values(files).map((file) => writeFile(file, '')));
    const runnerTemp = join(temp, 'runner-temp');
    await mkdir(runnerTemp);

    const cwd = opts.cwd ?? repoRoot;
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: cwd,
      RUNNER_TEMP: runnerTemp,
      ...(opts.github?.repository ? { GITHUB_REPOSITORY: opts.github.repository } : {}),
      ...files,
      ...inputEnvironment(action.inputs, inputs, opts.github ?? {}),
      ...opts.env,
    };
    const { code, stdout, stderr } = await runNode(
      resolve(dir, action.main),
      cwd,
      env,
      opts.timeoutMs ?? 60_000,
    );
    return {
      code,
      stdout,
      stderr,
      outputs: parseGithubOutput(await readFile(files.GITHUB_OUTPUT, 'utf8')),
      summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
      annotations: parseAnnotations(stdout),
      exportedEnv: parseGithubOutput(await readFile(files.GITHUB_ENV, 'utf8')),
    };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

async function readActionMetadata(dir: string): Promise<ActionMetadata> {
  const file = ['action.yml', 'action.yaml']
    .map((name) => join(dir, name))
    .find((path) => existsSync(path));
  if (!file) throw new Error(`No action.yml or action.yaml in ${dir}`);
  const metadata = parse(await readFile(file, 'utf8')) as {
    inputs?: Record<string, ActionInputSpec | null>;
    runs?: { using?: string; main?: string; pre?: string; post?: string };
  };
  const runs = metadata.runs ?? {};
  if (!/^node\d+$/.test(runs.using ?? '') || !runs.main) {
    throw new Error(
      `${file}: not a JavaScript action (runs.using ${runs.using}, runs.main ${runs.main})`,
    );
  }
  if (runs.pre || runs.post)
    throw new Error(`${file}: pre/post scripts are not supported by this harness`);
  const inputs = Object.fromEntries(
    Object.entries(metadata.inputs ?? {}).map(([name, spec]) => [name, spec ?? {}]),
  );
  return { inputs, main: runs.main };
}

/**
 * INPUT_<NAME> for every declared input, as the runner sets them: the given value, else the
 * evaluated default, else empty. The name is uppercased with spaces as `_`; hyphens stay.
 */
function inputEnvironment(
  declared: Record<string, ActionInputSpec>,
  given: Record<string, string>,
  github: { token?: string; repository?: string },
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const value =
      given[name] ??
      (spec.default === undefined ? '' : evaluateDefault(name, String(spec.default), github));
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

/** Default values may use `${{ github.token }}` and `${{ github.repository }}`; nothing else. */
function evaluateDefault(
  input: string,
  text: string,
  github: { token?: string; repository?: string },
): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_match, expression: string) => {
    switch (expression.trim().toLowerCase()) {
      case 'github.token':
        return github.token ?? '';
      case 'github.repository':
        return github.repository ?? '';
      default:
        throw new Error(
          `Input ${input}: the harness cannot evaluate the default expression \${{${expression}}}`,
        );
    }
  });
}

function runNode(main: string, cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolvePromise, reject) => {
      const child = spawn(process.execPath, [main], {
        cwd,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
      child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(
          new Error(
            `${main} did not finish within ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`,
          ),
        );
      }, timeoutMs);
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        resolvePromise({ code, stdout, stderr });
      });
    },
  );
}

/**
 * The GITHUB_OUTPUT file as the runner reads it: `name=value` lines and `name<<DELIMITER`
 * heredocs (value lines up to a line that is exactly the delimiter). A later value wins.
 */
export function parseGithubOutput(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals !== -1 && (heredoc === -1 || equals < heredoc)) {
      outputs[line.slice(0, equals)] = line.slice(equals + 1);
      continue;
    }
    if (heredoc === -1)
      throw new Error(
        `GITHUB_OUTPUT line ${i + 1} is neither name=value nor name<<DELIMITER: ${line}`,
      );
    const name = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    const end = lines.indexOf(delimiter, i + 1);
    if (end === -1) throw new Error(`GITHUB_OUTPUT: no closing delimiter ${delimiter} for ${name}`);
    outputs[name] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

/**
 * `::error|warning|notice [key=value,…]::message` lines of stdout (leading blanks allowed),
 * unescaped as the runner does. Between `::stop-commands::TOKEN` and `::TOKEN::` lines are plain
 * text, as on the runner.
 */
export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    const command = /^::([^\s:]+)(?: (.*?))?::(.*)$/.exec(line.trimStart());
    if (!command) continue;
    const [, name, properties = '', data = ''] = command;
    if (stopToken !== undefined) {
      if (name === stopToken) stopToken = undefined;
    } else if (name === 'stop-commands') {
      stopToken = data;
    } else if (name === 'error' || name === 'warning' || name === 'notice') {
      annotations.push({
        level: name,
        message: unescapeData(data),
        ...annotationProperties(properties),
      });
    }
  }
  return annotations;
}

function annotationProperties(text: string): Pick<Annotation, 'file' | 'line' | 'title'> {
  const found: Pick<Annotation, 'file' | 'line' | 'title'> = {};
  for (const pair of text.split(',')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const key = pair.slice(0, at).trim();
    const value = unescapeProperty(pair.slice(at + 1));
    if (key === 'file' || key === 'title') found[key] = value;
    else if (key === 'line') found.line = Number(value);
  }
  return found;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text.replace(/%3A/gi, ':').replace(/%2C/gi, ','));
}

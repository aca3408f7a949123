/**
 * A wrapped command ended by a signal is recorded as a shell reports it, 128 + the signal's
 * number (SIGINT 2 → 130, SIGTERM 15 → 143, SIGSEGV 11 → 139: `kill -l` on Linux), not 137; and
 * a signal sent to ci-ledger while it wraps a command is forwarded to the command, whose run is
 * still recorded with its own status. Real processes, the built CLI, a directory store.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliBundle } from '../support/cli.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ci-ledger-wrap-signals-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Wrapped {
  code: number | null;
  stdout: string;
  stderr: string;
  row: Record<string, string>;
  log: string;
}

/** Wraps `script` in bash; `signal` is sent to ci-ledger once the script printed "started". */
async function wrap(
  name: string,
  script: string,
  signal?: NodeJS.Signals,
  toGroup = false,
): Promise<Wrapped> {
  const cwd = await mkdtemp(join(root, `${name}-`));
  const child = spawn(
    process.execPath,
    [
      cliBundle,
      'record-timing',
      '--env',
      'dev',
      '--build-id',
      name,
      '--phase',
      'apply',
      '--data-dir',
      'data',
      '--log-dir',
      'logs',
      '--',
      'bash',
      '-c',
      script,
    ],
    // toGroup: ci-ledger leads a process group, as a shell's foreground job does at a terminal
    { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME }, detached: toGroup },
  );
  let stdout = '';
  let stderr = '';
  let sent = false;
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (signal && !sent && stdout.includes('started')) {
      sent = true;
      // To ci-ledger only, as `kill PID` or the runner's cancel does; or to its whole group, as
      // Ctrl-C at a terminal does.
      if (toGroup) process.kill(-child.pid!, signal);
      else child.kill(signal);
    }
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) =>
    child.on('close', (exitCode) => resolve(exitCode)),
  );
  const csv = await readFile(
    join(cwd, 'data/environments/development/latest/build_timings.csv'),
    'utf8',
  );
  const [header, line] = csv.trim().split('\n');
  const row = Object.fromEntries(header!.split(',').map((c, i) => [c, line!.split(',')[i]!]));
  const logs = await readdir(join(cwd, 'logs'));
  return { code, stdout, stderr, row, log: await readFile(join(cwd, 'logs', logs[0]!), 'utf8') };
}

test.each([
  ['SIGTERM', 143],
  ['SIGSEGV', 139],
  ['SIGINT', 130],
  ['SIGKILL', 137],
] as const)(
  'a command killed by %s is recorded as %i, and that is the exit status',
  async (sig, code) => {
    const run = await wrap(sig.toLowerCase(), `echo output; kill -${sig.slice(3)} $$`);
    expect(run.row.exit_code).toBe(String(code));
    expect(run.code).toBe(code);
    expect(run.log).toBe('output\n');
  },
);

test('SIGTERM sent to ci-ledger is forwarded once: the command handles it and its run is recorded with its status', async () => {
  // The trap counts deliveries: a second one would print "term 2".
  const script =
    'n=0; trap \'n=$((n+1)); echo "term $n"; sleep 0.5; exit 7\' TERM; echo started; sleep 30 & wait; sleep 30 & wait';
  const run = await wrap('forwarded', script, 'SIGTERM');
  expect(run.log).toBe('started\nterm 1\n');
  expect(run.row.exit_code).toBe('7');
  expect(run.code).toBe(7);
  expect(run.stderr).toBe('');
});

test('SIGINT sent to ci-ledger ends a command that does not handle it: recorded as 130', async () => {
  const run = await wrap('interrupted', 'echo started; sleep 30', 'SIGINT');
  expect(run.row.exit_code).toBe('130');
  expect(run.code).toBe(130);
});

test('SIGTERM to ci-ledger reaches the whole command group (a child of the shell too)', async () => {
  // bash waits for a pipeline whose commands each get the signal: a shell without its own trap
  // dies by it (143) only once its children did.
  const run = await wrap('group', 'echo started; sleep 30 | cat', 'SIGTERM');
  expect(run.row.exit_code).toBe('143');
  expect(run.code).toBe(143);
});

test('Ctrl-C at a terminal (SIGINT to the foreground group) reaches the command once, not twice', async () => {
  // A second SIGINT makes Terraform abandon its state lock: the command runs in its own group,
  // so only ci-ledger's forwarded signal reaches it.
  const script =
    'n=0; trap \'n=$((n+1)); echo "int $n"\' INT; echo started; sleep 1.5 & wait; sleep 1 & wait; exit 3';
  const run = await wrap('ctrl-c', script, 'SIGINT', true);
  expect(run.log).toBe('started\nint 1\n');
  expect(run.row.exit_code).toBe('3');
  expect(run.code).toBe(3);
});

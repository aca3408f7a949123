import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  version: string;
}

export interface Command {
  name: string;
  help: string;
  run(args: string[], io: CommandIO): Promise<number>;
}

/** A mistake in how the command was called: exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** node:util parseArgs, with its errors turned into usage errors a person can act on. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(usageMessage(error as Error & { code?: string }, Object.keys(options)));
  }
}

function usageMessage(error: Error & { code?: string }, known: string[]): string {
  const option = /'(-{1,2}[^' <]+)/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const near = closest(option.replace(/^-+/, ''), known);
    return `unknown option ${option}${near ? `; did you mean --${near}?` : ''}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /ambiguous/.test(error.message)
      ? `${option} needs a value, and one starting with "-" is not taken as one (write ${option}=VALUE if you mean it)`
      : `${option} needs a value`;
  }
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return `unexpected argument ${/'([^']*)'/.exec(error.message)?.[1] ?? ''}: options take the form --name VALUE`;
  return error.message;
}

/** The candidate nearest to `word` (at most two edits away, or a prefix of it), if any. */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: { name: string; cost: number } | undefined;
  for (const name of candidates) {
    const cost = name.startsWith(word) && word.length >= 3 ? 1 : editDistance(word, name);
    if (cost <= 2 && (!best || cost < best.cost)) best = { name, cost };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = row;
  }
  return previous[b.length]!;
}

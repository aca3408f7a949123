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

/** node:util parseArgs, with its errors turned into usage errors. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

import { InputError } from './errors.js';

/**
 * A ledger path is relative to the branch root and may not escape it. Names that end up in
 * paths (env, ecosystem, platform) come from workflow inputs: check them before any write.
 */
export function assertSafeRelativePath(path: string): void {
  const problem = unsafePathReason(path);
  if (problem) throw new InputError(`Unsafe ledger path ${JSON.stringify(path)}: ${problem}`);
}

function unsafePathReason(path: string): string | undefined {
  if (path === '') return 'it is empty';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'it is absolute';
  if (path.includes('\\')) return 'it contains a backslash';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\0-\x1f\x7f]/.test(path)) return 'it contains a control character';
  const segments = path.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..'))
    return 'it has an empty, "." or ".." segment';
  if (segments.some((s) => s.toLowerCase() === '.git')) return 'it reaches into .git';
  return undefined;
}

/**
 * A single path segment built from user input (an environment or ecosystem name).
 * Letters, digits, dot, underscore and dash; not starting with a dot.
 */
export function assertSafeName(kind: string, value: string): void {
  if (!/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(value)) {
    throw new InputError(
      `Unsafe ${kind} ${JSON.stringify(value)}: use letters, digits, ".", "_" and "-" (not starting with "."), at most 128 characters`,
    );
  }
}

/**
 * A branch name git and GitHub accept (git check-ref-format's rules, applied up front), given
 * as the short name a user means. Refused too, though git would take them: `HEAD` and the other
 * all-capital *_HEAD names (git reads them as the symbolic refs, not as a branch), and a name
 * starting with `refs/` (git would create refs/heads/refs/heads/x, a branch nobody reads).
 */
export function assertSafeBranch(branch: string): void {
  const problem = branchProblem(branch);
  if (problem)
    throw new InputError(
      `The branch ${JSON.stringify(branch)} is not a valid branch name: ${problem}. Nothing was written.`,
    );
}

function branchProblem(branch: string): string | undefined {
  if (branch === '') return 'it is empty';
  if (/^[A-Z_]*HEAD$/.test(branch)) return `git reads ${branch} as a symbolic ref, not a branch`;
  if (branch.startsWith('refs/'))
    return `give the short name (${branch.replace(/^refs\/(heads\/)?/, '')}), without "refs/"`;
  if (branch === '@') return '"@" alone means HEAD to git';
  if (branch.startsWith('-')) return 'it starts with "-"';
  if (branch.startsWith('/') || branch.endsWith('/') || branch.includes('//'))
    return 'it has an empty path component';
  if (branch.endsWith('.')) return 'it ends with "."';
  // eslint-disable-next-line no-control-regex -- control characters are refused
  if (/[\s~^:?*[\\\x00-\x1f\x7f]/.test(branch))
    return 'it contains a space, a control character or one of ~ ^ : ? * [ \\';
  if (branch.includes('..') || branch.includes('@{')) return 'it contains ".." or "@{"';
  if (branch.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock')))
    return 'a component starts with "." or ends with ".lock"';
  return undefined;
}

/**
 * Planning a folder's replacement (pure). Expected blob shas come from `git hash-object`
 * (git itself, not the code under test); expected plans are written out by hand.
 */
import { execFileSync } from 'node:child_process';
import { assertValidFolderSet, gitBlobSha, planFolder } from '../../src/ledger/folder-plan.js';
import type { FolderEntry } from '../../src/ledger/types.js';
import { InputError } from '../../src/vocabulary/index.js';

const gitHash = (content: string) =>
  execFileSync('git', ['hash-object', '--stdin'], { input: content }).toString().trim();

test('gitBlobSha is git hash-object, for ASCII, UTF-8, empty and CRLF content', () => {
  for (const content of ['<h1>ok</h1>\n', 'größe ✅ 🚀\n', '', 'a\r\nb\r\n'])
    expect(gitBlobSha(content)).toBe(gitHash(content));
  // The well-known id of the empty blob.
  expect(gitBlobSha('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
});

const file = (content: string, kind: FolderEntry['kind'] = 'file', mode = '100644') => ({
  kind,
  mode,
  sha: gitHash(content),
});

test('only what differs is written; what is not in the set is deleted; an equal set plans nothing', () => {
  const current = new Map<string, FolderEntry>([
    ['site/index.html', file('old index\n')],
    ['site/app.js', file('app\n')],
    ['site/gone.json', file('{}\n')],
    ['site/tool.sh', file('run\n', 'file', '100755')], // executable bit: not content
    ['site/link', file('target', 'link', '120000')],
  ]);
  const plan = planFolder(current, 'site', [
    { path: 'index.html', content: 'new index\n' },
    { path: 'app.js', content: 'app\n' },
    { path: 'tool.sh', content: 'run\n' },
    { path: 'link', content: 'target' }, // same bytes, but a link becomes a regular file
    { path: 'data/new.json', content: '[]\n' },
  ]);
  expect(plan.written).toEqual(['site/data/new.json', 'site/index.html', 'site/link']);
  expect(plan.deleted).toEqual(['site/gone.json']);
  expect([...plan.changes]).toEqual([
    ['site/index.html', 'new index\n'],
    ['site/link', 'target'],
    ['site/data/new.json', '[]\n'],
    ['site/gone.json', null],
  ]);

  const same = new Map<string, FolderEntry>([
    ['a.html', file('a\n')],
    ['b/c.html', file('c\n')],
  ]);
  const none = planFolder(same, '', [
    { path: 'b/c.html', content: 'c\n' },
    { path: 'a.html', content: 'a\n' },
  ]);
  expect(none.changes.size).toBe(0);
  expect(planFolder(new Map(), 'x', []).changes.size).toBe(0);
});

test('unsafe paths, duplicates and file/folder clashes are refused with one message naming them', () => {
  const refused = (folder: string, paths: string[]) => {
    try {
      assertValidFolderSet(
        folder,
        paths.map((path) => ({ path, content: '' })),
      );
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as Error).message;
    }
    throw new Error('not refused');
  };
  expect(refused('', ['ok.html', '../x'])).toBe(
    'Site file 2 of 2: Unsafe ledger path "../x": it has an empty, "." or ".." segment; site paths are relative to the folder and stay inside it. Nothing was written.',
  );
  expect(refused('', ['/etc/passwd'])).toMatch(
    /^Site file 1 of 1: Unsafe ledger path "\/etc\/passwd": it is absolute;/,
  );
  expect(refused('', ['.git/config'])).toMatch(/"\.git\/config": it reaches into \.git;/);
  expect(refused('', ['a/../../x'])).toMatch(
    /"a\/\.\.\/\.\.\/x": it has an empty, "\." or "\.\." segment/,
  );
  expect(refused('', ['a\\b'])).toMatch(/it contains a backslash/);
  expect(refused('', ['a.html', 'a.html'])).toBe(
    'Site file 2 of 2: "a.html" is given twice. Nothing was written.',
  );
  expect(refused('', ['a', 'a/b.html'])).toBe(
    'Site file "a" is also the folder of "a/b.html": a path cannot be both. Nothing was written.',
  );
  expect(refused('../up', ['a.html'])).toMatch(
    /^The folder to publish into is refused: Unsafe ledger path "\.\.\/up"/,
  );
  expect(refused('/srv', ['a.html'])).toMatch(/it is absolute/);
  expect(() => assertValidFolderSet('', [{ path: 'ok/x.html', content: '' }])).not.toThrow();
});

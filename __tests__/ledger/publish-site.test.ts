/**
 * Publishing a site through the ledger writer (publishSite → replaceFolder), on all four stores:
 * a directory, a real git remote (git http-backend, faults injectable), and the GitHub API
 * emulator over a real bare repository through REST and through GraphQL (the default).
 *
 * What must hold, whatever the store: one commit per publish; an identical site makes no commit
 * (and, on the API, no write request); files no longer in the site are gone; concurrent
 * publishers of different sites leave exactly one whole site — at every commit of the branch,
 * not only the last — and every call reports published or unchanged; the same under 20 %
 * injected faults including lost responses; unsafe paths are refused with one message and
 * nothing written.
 *
 * Expected contents are the sets the test itself builds (plus the `.nojekyll` publishSite adds);
 * commit counts come from `git log` of the bare repository, not from what the code reports.
 */
import { lstat, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishSite } from '../../src/jobs/publish-site.js';
import type { JobContext } from '../../src/jobs/context.js';
import type { StoreSpec } from '../../src/ledger/store.js';
import { listLocalTree } from '../../src/files/local-tree.js';
import { InputError, type SiteFile } from '../../src/vocabulary/index.js';
import { createBareRepo } from '../support/git-daemon.js';
import { startGitHttpServer, type GitHttpServer } from '../support/git-http.js';
import {
  commitFiles,
  gitIn,
  logOf,
  startGitHubApiServer,
  type FaultPlan,
  type GitHubApiServer,
} from '../support/github-api-server.js';

const TOKEN = 'ghs_publish0123456789abcdefABCDEFGH';
const BRANCH = 'gh-pages';

/** The files of a site, path → content (the branch side, relative to the site's folder). */
type Tree = Record<string, string>;

interface Store {
  name: string;
  /** The directory store has no branches: it publishes into a folder beside the records. */
  folder: string;
  spec: StoreSpec;
  /** The site's folder at the branch head (or, with `commit`, at that commit). */
  tree(commit?: string): Promise<Tree>;
  /** Commits of the branch, newest first (directory: none, it has no history). */
  commits(): Promise<Array<{ sha: string; parents: string[] }>>;
  /** Write requests seen by the server since the last call (API stores only). */
  requests?(): string[];
  faults?(on: boolean): void;
  /** A fault plan of one's own (API stores). */
  plan?(plan: FaultPlan): void;
  faultsSeen?(): Record<string, number>;
  close(): Promise<void>;
}

const withoutNoJekyll = (tree: Tree): Tree => {
  const { '.nojekyll': marker, ...rest } = tree;
  expect(marker).toBe(''); // publishSite adds an empty .nojekyll
  return rest;
};

async function bareTree(bare: string, ref: string, folder: string): Promise<Tree> {
  const exists = await gitIn(bare, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).then(
    () => true,
    () => false,
  );
  if (!exists) return {};
  const listing = (await gitIn(bare, ['ls-tree', '-r', '-z', ref])).toString('utf8');
  const tree: Tree = {};
  for (const record of listing.split('\0').filter(Boolean)) {
    const [meta, path] = record.split('\t') as [string, string];
    const [mode, , sha] = meta.split(' ');
    expect(['100644', '100755']).toContain(mode); // regular files only: no link, no submodule
    if (folder && !path.startsWith(`${folder}/`)) continue;
    tree[folder ? path.slice(folder.length + 1) : path] = (
      await gitIn(bare, ['cat-file', 'blob', sha!])
    ).toString('utf8');
  }
  return tree;
}

async function directoryStore(): Promise<Store> {
  const dir = await mkdtemp(join(tmpdir(), 'publish-dir-'));
  // The records beside the site must survive every publish.
  await mkdir(join(dir, 'data'), { recursive: true });
  await writeFile(join(dir, 'data/records.jsonl'), '{"id":"kept"}\n');
  return {
    name: 'directory',
    folder: 'site',
    spec: { kind: 'directory', dir },
    async tree() {
      const tree: Tree = {};
      const entries = await listLocalTree(dir, 'site', true).catch(() => []);
      for (const e of entries) {
        expect(['file', 'directory']).toContain(e.kind);
        if (e.kind === 'file') tree[e.path] = await readFile(join(dir, 'site', e.path), 'utf8');
      }
      expect(await readFile(join(dir, 'data/records.jsonl'), 'utf8')).toBe('{"id":"kept"}\n');
      return tree;
    },
    commits: async () => [],
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

async function gitStore(): Promise<Store & { bare: string }> {
  const root = await mkdtemp(join(tmpdir(), 'publish-git-'));
  const bare = await createBareRepo(root, 'registry.git');
  await commitFiles(bare, 'main', { 'README.md': 'registry\n', 'data/records.jsonl': '{}\n' });
  const server: GitHttpServer = await startGitHttpServer(root);
  return {
    bare,
    name: 'git',
    folder: '',
    spec: { kind: 'git', remote: server.url('registry.git') },
    tree: (commit) => bareTree(bare, commit ?? BRANCH, ''),
    commits: () => logOf(bare, BRANCH),
    faults: (on) =>
      server.setFaults(
        on ? { rate: 0.2, kinds: ['5xx', 'reset', 'lost-response'], seed: 14 } : null,
      ),
    faultsSeen: () => server.stats.faults,
    close: async () => {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

async function apiStore(api: 'rest' | 'graphql'): Promise<Store & { bare: string }> {
  const server: GitHubApiServer = await startGitHubApiServer({ token: TOKEN });
  await commitFiles(server.bareRepo, 'main', { 'README.md': 'infra\n' });
  const counted: Record<string, number> = {};
  return {
    bare: server.bareRepo,
    name: `GitHub API (${api})`,
    folder: '',
    spec: {
      kind: 'github',
      repository: `${server.owner}/${server.repo}`,
      token: TOKEN,
      baseUrl: server.url,
      api,
    },
    tree: (commit) => bareTree(server.bareRepo, commit ?? BRANCH, ''),
    commits: () => logOf(server.bareRepo, BRANCH),
    requests() {
      // Requests per route since the last call, one entry per request, sorted.
      const fresh: string[] = [];
      for (const [route, n] of Object.entries(server.stats.byRoute)) {
        for (let i = counted[route] ?? 0; i < n; i++) fresh.push(route);
        counted[route] = n;
      }
      return fresh.sort();
    },
    faults: (on) =>
      server.setFaults(
        on
          ? {
              rate: 0.2,
              kinds: ['5xx', 'secondary-rate-limit', 'lost-response', 'reset'],
              seed: 14,
              retryAfterSeconds: 1,
            }
          : null,
      ),
    plan: (plan) => server.setFaults(plan),
    faultsSeen: () => server.stats.faults,
    close: () => server.close(),
  };
}

const stores: Array<[string, () => Promise<Store>]> = [
  ['directory', directoryStore],
  ['git', gitStore],
  ['GitHub API (rest)', () => apiStore('rest')],
  ['GitHub API (graphql)', () => apiStore('graphql')],
];

function contextOf(store: Store, log: string[] = []): JobContext {
  return {
    store: store.spec,
    log: (line) => log.push(line),
    env: {
      CI_LEDGER_REQUEST_RETRY_BASE_MS: '20',
      CI_LEDGER_RETRY_BASE_MS: '20',
      CI_LEDGER_RETRY_MAX_MS: '400',
      CI_LEDGER_MAX_ATTEMPTS: '60',
    },
    cwd: tmpdir(),
  };
}

const asFiles = (tree: Tree): SiteFile[] =>
  Object.entries(tree).map(([path, content]) => ({ path, content }));

/** Site k: a page, its data, a shared script (the same bytes in every site) and a file only it has. */
const siteNumber = (k: number): Tree => ({
  'index.html': `<!doctype html><title>site ${k}</title>\n`,
  'data/batches.json': JSON.stringify({ site: k, batches: Array.from({ length: k }, (_, i) => i) }),
  'assets/app.js': 'console.log("dashboard");\n',
  [`only/${k}.txt`]: `${k}\n`,
});

describe.each(stores)('publishing a site: %s store', (_name, open) => {
  let store: Store;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  test('publish; the same site again commits nothing; a changed site is one commit and removed files are gone', async () => {
    const log: string[] = [];
    const first = await publishSite(contextOf(store, log), asFiles(siteNumber(3)), {
      folder: store.folder,
    });
    expect(first.status).toBe('published');
    expect(withoutNoJekyll(await store.tree())).toEqual(siteNumber(3));
    const afterFirst = await store.commits();
    if (store.name !== 'directory') {
      // gh-pages did not exist: created as an orphan holding only the site.
      expect(afterFirst.map((c) => c.parents.length)).toEqual([0]);
      expect(afterFirst[0]!.sha).toBe(first.commit);
    }
    store.requests?.();

    const again = await publishSite(contextOf(store, log), asFiles(siteNumber(3)), {
      folder: store.folder,
    });
    expect(again).toMatchObject({
      status: 'unchanged',
      commit: first.commit,
      written: [],
      deleted: [],
    });
    expect(await store.commits()).toEqual(afterFirst);
    if (store.requests)
      // Reads only, of shas: the ref, its commit, one recursive listing of the folder (the
      // root here). Nothing uploaded, nothing committed, no content read.
      expect(store.requests()).toEqual(['GET git/commits', 'GET git/ref', 'GET git/trees']);

    // Site 5 against site 3: index and data change, only/3.txt goes, only/5.txt comes, app.js stays.
    const changed = await publishSite(contextOf(store, log), asFiles(siteNumber(5)), {
      folder: store.folder,
    });
    const prefix = store.folder ? `${store.folder}/` : '';
    expect(changed.status).toBe('published');
    expect(changed.written).toEqual(
      ['data/batches.json', 'index.html', 'only/5.txt'].map((p) => prefix + p),
    );
    expect(changed.deleted).toEqual([`${prefix}only/3.txt`]);
    expect(withoutNoJekyll(await store.tree())).toEqual(siteNumber(5));
    if (store.name !== 'directory') {
      const history = await store.commits();
      expect(history.map((c) => c.parents.length)).toEqual([1, 0]);
      expect(history[0]!.sha).toBe(changed.commit);
      expect(history[0]!.parents).toEqual([first.commit]);
    }
    // The same 3 reads, then one commit: REST's tree, commit and ref update, or one mutation
    // (unchanged files are not sent: `written` above).
    if (store.name === 'GitHub API (rest)')
      expect(store.requests!()).toEqual([
        'GET git/commits',
        'GET git/ref',
        'GET git/trees',
        'PATCH git/refs',
        'POST git/commits',
        'POST git/trees',
      ]);
    if (store.name === 'GitHub API (graphql)')
      expect(store.requests!()).toEqual([
        'GET git/commits',
        'GET git/ref',
        'GET git/trees',
        'POST graphql mutation createCommitOnBranch',
      ]);
    expect(log.filter((l) => l.startsWith('Published'))).toHaveLength(2);
    expect(log.filter((l) => l.includes('is unchanged'))).toHaveLength(1);
  }, 60_000);

  test('a site that only loses files: one commit of deletions only, emptied folders gone', async () => {
    const full: Tree = { ...siteNumber(2), 'deep/er/x.txt': 'x\n' };
    await publishSite(contextOf(store), asFiles(full), { folder: store.folder });
    store.requests?.();
    const fewer: Tree = Object.fromEntries(
      Object.entries(full).filter(([path]) => path !== 'deep/er/x.txt' && path !== 'only/2.txt'),
    );
    const result = await publishSite(contextOf(store), asFiles(fewer), { folder: store.folder });
    const prefix = store.folder ? `${store.folder}/` : '';
    expect(result).toMatchObject({
      status: 'published',
      written: [],
      deleted: [`${prefix}deep/er/x.txt`, `${prefix}only/2.txt`],
    });
    expect(withoutNoJekyll(await store.tree())).toEqual(fewer);
    if (store.name !== 'directory') expect(await store.commits()).toHaveLength(2);
    if (store.name === 'GitHub API (graphql)')
      expect(store.requests!()).toContain('POST graphql mutation createCommitOnBranch');
    if (store.name === 'directory') {
      const left = await listLocalTree((store.spec as { dir: string }).dir, 'site', true);
      expect(left.map((e) => e.path)).not.toContain('deep');
      expect(left.map((e) => e.path)).not.toContain('only');
    }
  }, 60_000);

  test('10 concurrent publishers of different sites: one whole site at every commit, every call published', async () => {
    const sites = Array.from({ length: 10 }, (_, k) => siteNumber(k + 1));
    const results = await Promise.all(
      sites.map((site) => publishSite(contextOf(store), asFiles(site), { folder: store.folder })),
    );
    // Ten different sites on a fresh store, no faults: each one lands (none finds its own there).
    expect(results.map((r) => r.status)).toEqual(sites.map(() => 'published'));
    const final = withoutNoJekyll(await store.tree());
    expect(sites).toContainEqual(final);
    if (store.name !== 'directory') {
      const history = await store.commits();
      // Linear: one orphan root, then one parent per commit; at most one commit per publisher.
      expect(history.at(-1)!.parents).toEqual([]);
      expect(history.slice(0, -1).every((c) => c.parents.length === 1)).toBe(true);
      expect(history.length).toBeLessThanOrEqual(10);
      for (const commit of history)
        expect(sites).toContainEqual(withoutNoJekyll(await store.tree(commit.sha)));
      // The head is the commit of the publisher whose site is there.
      const winner = results.find((r) => r.status === 'published' && r.commit === history[0]!.sha);
      expect(winner).toBeDefined();
      expect(sites[results.indexOf(winner!)]).toEqual(final);
    }
  }, 120_000);

  test('paths escaping the folder are refused with one clear error, and nothing is written', async () => {
    const before = await store.tree();
    const commitsBefore = await store.commits();
    for (const bad of ['../x', '/etc/passwd', '.git/config', 'a/../../x']) {
      const attempt = publishSite(
        contextOf(store),
        [
          { path: 'index.html', content: 'ok\n' },
          { path: bad, content: 'escaped\n' },
        ],
        { folder: store.folder },
      );
      await expect(attempt).rejects.toThrow(InputError);
      await expect(attempt).rejects.toThrow(
        `Site file 2 of 3: Unsafe ledger path ${JSON.stringify(bad)}`,
      );
    }
    await expect(
      publishSite(contextOf(store), [{ path: 'index.html', content: 'ok\n' }], {
        folder: '../outside',
      }),
    ).rejects.toThrow('The folder to publish into is refused: Unsafe ledger path "../outside"');
    expect(await store.tree()).toEqual(before);
    expect(await store.commits()).toEqual(commitsBefore);
  }, 60_000);
});

describe.each(stores.filter(([name]) => name !== 'directory'))(
  'publishing under 20 %% injected faults: %s store',
  (_name, open) => {
    test('6 concurrent publishers, faults including lost responses: one whole site at every commit, every call published or unchanged', async () => {
      const store = await open();
      try {
        const sites = Array.from({ length: 6 }, (_, k) => siteNumber(k + 1));
        // A first site, so that faults also strike deletions and fast-forwards.
        await publishSite(contextOf(store), asFiles(siteNumber(9)), { folder: store.folder });
        store.faults!(true);
        const logs = sites.map(() => [] as string[]);
        const results = await Promise.all(
          sites.map((site, k) =>
            publishSite(contextOf(store, logs[k]), asFiles(site), { folder: store.folder }),
          ),
        );
        store.faults!(false);
        const faults = store.faultsSeen!();
        const final = withoutNoJekyll(await store.tree());
        const history = await store.commits();
        console.log(
          `${store.name}, 6 publishers at 20% faults: faults ${JSON.stringify(faults)}; ` +
            `statuses ${results.map((r) => r.status).join(',')}; ${history.length - 1} commit(s) after the first site; ` +
            `${logs.filter((l) => l.some((x) => x.includes('response was lost'))).length} publisher(s) found a lost response had landed`,
        );
        expect(results.every((r) => r.status === 'published' || r.status === 'unchanged')).toBe(
          true,
        );
        // The sites differ, so none was there before its publisher's own commit: each call's
        // commit landed, and each says so — also when its answer was lost.
        expect(results.map((r) => r.status)).toEqual(sites.map(() => 'published'));
        expect(sites).toContainEqual(final);
        expect(history.at(-1)!.parents).toEqual([]);
        expect(history.slice(0, -1).every((c) => c.parents.length === 1)).toBe(true);
        for (const commit of history.slice(0, -1))
          expect(sites).toContainEqual(withoutNoJekyll(await store.tree(commit.sha)));
        expect(faults['lost-response'] ?? 0).toBeGreaterThan(0);
        expect(Object.values(faults).reduce((a, b) => a + b, 0)).toBeGreaterThan(2);
      } finally {
        await store.close();
      }
    }, 240_000);
  },
);

test('directory store: a site folder that is a link is refused; links inside are replaced, never written through', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'publish-link-'));
  const outside = await mkdtemp(join(tmpdir(), 'publish-outside-'));
  try {
    await writeFile(join(outside, 'precious.txt'), 'precious\n');
    await symlink(outside, join(dir, 'site'));
    const attempt = publishSite(
      { store: { kind: 'directory', dir }, log: () => {}, env: {}, cwd: dir },
      [{ path: 'index.html', content: 'x' }],
      { folder: 'site' },
    );
    await expect(attempt).rejects.toThrow(InputError);
    await expect(attempt).rejects.toThrow(
      /^site in .* is a symbolic link \(mode 120000\), not a folder/,
    );
    expect(await readFile(join(outside, 'precious.txt'), 'utf8')).toBe('precious\n');
    expect((await listLocalTree(outside, '', true)).map((e) => e.path)).toEqual(['precious.txt']);
    expect((await lstat(join(dir, 'site'))).isSymbolicLink()).toBe(true);
    // Links inside the folder are deleted or replaced, never written through.
    await rm(join(dir, 'site'));
    await mkdir(join(dir, 'site'));
    await symlink(outside, join(dir, 'site/sub'));
    await symlink(join(outside, 'precious.txt'), join(dir, 'site/page.html'));
    const result = await publishSite(
      { store: { kind: 'directory', dir }, log: () => {}, env: {}, cwd: dir },
      [
        { path: 'sub/precious.txt', content: 'overwritten?\n' },
        { path: 'page.html', content: 'page\n' },
      ],
      { folder: 'site' },
    );
    expect(result.deleted).toEqual(['site/sub']);
    expect(result.written).toEqual(['site/.nojekyll', 'site/page.html', 'site/sub/precious.txt']);
    expect(await readFile(join(outside, 'precious.txt'), 'utf8')).toBe('precious\n');
    expect((await listLocalTree(outside, '', true)).map((e) => e.path)).toEqual(['precious.txt']);
    expect((await listLocalTree(dir, 'site', true)).map((e) => `${e.path} ${e.kind}`)).toEqual([
      '.nojekyll file',
      'page.html file',
      'sub directory',
      'sub/precious.txt file',
    ]);
    // The root of a directory store holds the records: replacing it is refused.
    await expect(
      publishSite({ store: { kind: 'directory', dir }, log: () => {}, env: {}, cwd: dir }, []),
    ).rejects.toThrow(/^A directory store has no branches: replacing the root of/);
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  }
});

describe.each([
  ['rest', 'PATCH git/refs'],
  ['graphql', 'POST graphql mutation createCommitOnBranch'],
] as const)('GitHub API (%s): the response to the commit itself is lost', (api, write) => {
  test('the commit landed: the retry finds the site there, reports published, and commits nothing more', async () => {
    const store = await apiStore(api);
    try {
      await publishSite(contextOf(store), asFiles(siteNumber(1)));
      const before = await store.commits();
      // Exactly one fault: the write that moves the branch lands, its answer is a 502.
      store.plan!({ rate: 1, kinds: ['lost-response'], only: [write], limit: 1 });
      const log: string[] = [];
      const result = await publishSite(contextOf(store, log), asFiles(siteNumber(2)));
      const after = await store.commits();
      expect(store.faultsSeen!()).toEqual({ 'lost-response': 1 });
      expect(result.status).toBe('published');
      expect(after).toHaveLength(before.length + 1); // one commit, not two
      expect(after[0]!.parents).toEqual([before[0]!.sha]);
      expect(result.commit).toBe(after[0]!.sha);
      expect(withoutNoJekyll(await store.tree())).toEqual(siteNumber(2));
      // GraphQL mutations are never repeated by the transport: the writer's re-read found it.
      if (api === 'graphql')
        expect(log).toContain('An earlier attempt landed although its response was lost.');
    } finally {
      await store.close();
    }
  }, 60_000);
});

/** A gh-pages commit holding a symbolic link `site` → /etc and a link `old` inside nothing. */
async function commitLinks(bare: string): Promise<string> {
  const who = { GIT_AUTHOR_NAME: 'Hostile', GIT_AUTHOR_EMAIL: 'h@example.com' };
  const env = { ...who, GIT_COMMITTER_NAME: 'Hostile', GIT_COMMITTER_EMAIL: 'h@example.com' };
  const text = (args: string[], input?: string) =>
    gitIn(bare, args, { env, ...(input === undefined ? {} : { input }) }).then((b) =>
      b.toString('utf8').trim(),
    );
  const target = await text(['hash-object', '-w', '--stdin'], '/etc');
  const page = await text(['hash-object', '-w', '--stdin'], 'old page\n');
  const tree = await text(
    ['mktree'],
    `120000 blob ${target}\tsite\n120000 blob ${target}\told\n100755 blob ${page}\tindex.html\n`,
  );
  const commit = await text(['commit-tree', tree, '-m', 'hostile'], '');
  await text(['update-ref', `refs/heads/${BRANCH}`, commit]);
  return commit;
}

describe.each([
  ['git', gitStore],
  ['GitHub API (rest)', () => apiStore('rest')],
  ['GitHub API (graphql)', () => apiStore('graphql')],
] as const)('hostile branch content: %s store', (_name, open) => {
  test('a site folder that is a link is refused; links inside the folder are replaced or deleted, never followed', async () => {
    const store = await open();
    try {
      const hostile = await commitLinks(store.bare);
      const attempt = publishSite(contextOf(store), asFiles(siteNumber(1)), { folder: 'site' });
      await expect(attempt).rejects.toThrow(InputError);
      await expect(attempt).rejects.toThrow(
        /^site on branch gh-pages is a symbolic link \(mode 120000\), not a folder: .*Nothing was written\./,
      );
      expect((await store.commits())[0]!.sha).toBe(hostile);

      // The branch root: `site` and `old` (links) are deleted, a real folder `site` written.
      const result = await publishSite(contextOf(store), [
        { path: 'index.html', content: 'old page\n' },
        { path: 'site/index.html', content: 'new\n' },
      ]);
      expect(result.status).toBe('published');
      expect(result.deleted).toEqual(['old', 'site']);
      // index.html has the same bytes: left as it is (its executable bit is not content).
      expect(result.written).toEqual(['.nojekyll', 'site/index.html']);
      // bareTree checks every entry is a regular file.
      expect(withoutNoJekyll(await store.tree())).toEqual({
        'index.html': 'old page\n',
        'site/index.html': 'new\n',
      });
    } finally {
      await store.close();
    }
  }, 60_000);
});

describe.each(stores)('size limits: %s store', (_name, open) => {
  test('a site file over the limit is refused with one message naming it, nothing written', async () => {
    const store = await open();
    try {
      const context = contextOf(store);
      context.env.CI_LEDGER_FILE_LIMIT_BYTES = '1000';
      const attempt = publishSite(
        context,
        [
          { path: 'index.html', content: 'ok\n' },
          { path: 'data/big.json', content: 'x'.repeat(1001) },
        ],
        { folder: store.folder },
      );
      const path = `${store.folder ? `${store.folder}/` : ''}data/big.json`;
      await expect(attempt).rejects.toThrow(InputError);
      await expect(attempt).rejects.toThrow(
        `${path} would be 1,001 bytes, over the limit of 1,000 bytes for one file (GitHub refuses files over 100 MiB). Nothing was published.`,
      );
      expect(await store.tree()).toEqual({});
      expect(await store.commits()).toEqual([]);
    } finally {
      await store.close();
    }
  }, 60_000);
});

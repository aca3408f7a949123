/**
 * The GitHub API test server, checked against GitHub's own OpenAPI description: a real Octokit
 * client drives it through the sequences ci-ledger uses, and every JSON response body is
 * validated against its operation's schema for that status
 * (fixtures/github-openapi/subset.json, made by scripts/extract-github-openapi.mjs).
 * Also: blob shas are git's, concurrent ref updates never lose one, faults, the token check.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { getOctokit } from '@actions/github';
import {
  commitFiles,
  gitIn,
  logOf,
  readFileAt,
  startGitHubApiServer,
  type GitHubApiServer,
} from './support/github-api-server.js';

type Octokit = ReturnType<typeof getOctokit>;

// ---------------------------------------------------------------------------------------------
// GitHub's schemas
// ---------------------------------------------------------------------------------------------

interface Operation {
  operationId: string;
  documentation_url: string | null;
  requestBody: unknown;
  responses: Record<string, { content: Record<string, unknown> }>;
}

interface Subset {
  source: { package: string; version: string };
  operations: Record<string, Operation>;
  components: { schemas: Record<string, unknown> };
}

const subset = JSON.parse(
  readFileSync(new URL('./fixtures/github-openapi/subset.json', import.meta.url), 'utf8'),
) as Subset;

/**
 * OpenAPI 3.0 → JSON Schema as ajv reads it: refs point into the 'gh' document, `nullable`
 * (often without `type`) becomes a null-accepting form, and oneOf becomes anyOf, because
 * GitHub's alternatives overlap (every error body is both a basic-error and a
 * repository-rule-violation-error): oneOf would reject GitHub's own answers.
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string')
      out.$ref = value.replace(/^#\/components\//, 'gh#/components/');
    else if (key === 'oneOf') out.anyOf = toJsonSchema(value);
    else if (key !== 'nullable') out[key] = toJsonSchema(value);
  }
  if ((node as { nullable?: unknown }).nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

const ajv = new Ajv({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv) => void)(ajv);
// OpenAPI's numeric and GitHub's own formats carry no constraint worth checking here.
for (const format of ['int32', 'int64', 'double', 'binary', 'repo.nwo', 'timestamp'])
  ajv.addFormat(format, true);
ajv.addSchema({ $id: 'gh', components: toJsonSchema(subset.components) as object });

const validators = new Map<string, ValidateFunction>();
function validatorFor(schema: unknown, key: string): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(toJsonSchema(schema) as object);
    validators.set(key, validate);
  }
  return validate;
}

/** Problems found in responses; each test ends by expecting none. */
const problems: string[] = [];
/** "<method> <template> <status>" of every response validated. */
const validated = new Set<string>();

/**
 * Checks one response against its operation (`op` = "get /repos/{owner}/{repo}/…"). Statuses
 * the description does not list (401, 400, gateway errors) are held to the basic-error shape.
 */
function checkResponse(
  op: string,
  status: number,
  headers: Record<string, unknown>,
  data: unknown,
): void {
  const contentType = String(headers['content-type'] ?? '');
  if (!contentType.startsWith('application/json')) return; // raw media type: bytes, no schema
  const operation = subset.operations[op];
  const declared = operation?.responses[String(status)]?.content['application/json'];
  const schema = declared ?? { $ref: '#/components/schemas/basic-error' };
  const validate = validatorFor(schema, declared ? `${op} ${status}` : 'basic-error');
  if (!validate(data)) {
    problems.push(
      `${op} ${status}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(data).slice(0, 300)}`,
    );
  }
  if (status >= 400) {
    const body = data as { message?: unknown; documentation_url?: unknown };
    if (typeof body.message !== 'string' || typeof body.documentation_url !== 'string') {
      problems.push(`${op} ${status}: error without message and documentation_url`);
    } else if (
      declared &&
      status !== 403 &&
      body.documentation_url !== operation?.documentation_url
    ) {
      problems.push(
        `${op} ${status}: documentation_url ${body.documentation_url}, GitHub's is ${operation?.documentation_url}`,
      );
    }
  }
  if (
    !String(headers['x-github-request-id'] ?? '') ||
    !String(headers['x-ratelimit-remaining'] ?? '')
  ) {
    problems.push(`${op} ${status}: no x-github-request-id / x-ratelimit-remaining header`);
  }
  if (operation) validated.add(`${op} ${status}`);
}

interface RequestErrorLike {
  status: number;
  message: string;
  response?: { headers: Record<string, unknown>; data: unknown };
}
const isRequestError = (e: unknown): e is RequestErrorLike =>
  typeof e === 'object' && e !== null && typeof (e as { status?: unknown }).status === 'number';

/** An Octokit whose every response is checked against GitHub's schema for it. */
function checkedOctokit(server: GitHubApiServer, token: string): Octokit {
  const octokit = getOctokit(token, { baseUrl: server.url });
  octokit.hook.wrap('request', async (request, options) => {
    const op = `${String(options.method).toLowerCase()} ${String(options.url)}`;
    try {
      const response = await request(options);
      checkResponse(
        op,
        response.status,
        response.headers as Record<string, unknown>,
        response.data,
      );
      return response;
    } catch (error) {
      if (isRequestError(error) && error.response)
        checkResponse(op, error.status, error.response.headers, error.response.data);
      throw error;
    }
  });
  return octokit;
}

/** The error an Octokit call fails with (the test fails if it succeeds). */
async function failure(
  promise: Promise<unknown>,
): Promise<RequestErrorLike & { data: { message?: string } }> {
  try {
    await promise;
  } catch (error) {
    if (isRequestError(error))
      return {
        ...error,
        message: error.message,
        data: (error.response?.data ?? {}) as { message?: string },
      };
    throw error;
  }
  throw new Error('expected the request to fail');
}

const hashObject = (content: string | Buffer) =>
  execFileSync('git', ['hash-object', '--stdin'], { input: content }).toString().trim();

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

const TOKEN = 'ghs_test-token';
let server: GitHubApiServer;
let gh: Octokit;
let repo: { owner: string; repo: string };

beforeAll(async () => {
  server = await startGitHubApiServer({ token: TOKEN });
  gh = checkedOctokit(server, TOKEN);
  repo = { owner: server.owner, repo: server.repo };
});

afterAll(async () => {
  await server?.close();
});

afterEach(() => {
  expect(problems.splice(0)).toEqual([]);
});

describe('GitHub API server, against GitHub OpenAPI description', () => {
  test(`loads ${subset.source.package}@${subset.source.version}, whose schemas do reject`, () => {
    expect(Object.keys(subset.operations)).toHaveLength(12);
    // Not a vacuous check: refs resolve and nullable stays strict about everything else.
    const ref = subset.operations['get /repos/{owner}/{repo}/git/ref/{ref}']!;
    const validate = validatorFor(ref.responses['200']!.content['application/json'], 'probe');
    const good = {
      ref: 'refs/heads/main',
      node_id: 'x',
      url: 'http://127.0.0.1/repos/a/b/git/refs/heads/main',
      object: { sha: 'a'.repeat(40), type: 'commit', url: 'http://127.0.0.1/x' },
    };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, object: { ...good.object, sha: 'abc' } })).toBe(false);
    expect(validate({ ...good, url: 'not a uri' })).toBe(false);
    const content = subset.operations['get /repos/{owner}/{repo}/contents/{path}']!;
    const file = validatorFor(content.responses['200']!.content['application/json'], 'probe2');
    expect(file({ type: 'file', download_url: 5 })).toBe(false);
  });

  test('an empty repository: Git Data answers 409, contents 404, PUT contents makes the first commit', async () => {
    const { data: repository } = await gh.rest.repos.get(repo);
    expect(repository).toMatchObject({
      default_branch: 'main',
      full_name: 'acme/infra',
      private: true,
    });

    const empty = 'Git Repository is empty.';
    expect((await failure(gh.rest.git.getRef({ ...repo, ref: 'heads/main' }))).status).toBe(409);
    const blob = await failure(gh.rest.git.createBlob({ ...repo, content: 'x' }));
    expect([blob.status, blob.data.message]).toEqual([409, empty]);
    const tree = await failure(
      gh.rest.git.createTree({
        ...repo,
        tree: [{ path: 'a', mode: '100644', type: 'blob', content: 'a' }],
      }),
    );
    expect([tree.status, tree.data.message]).toEqual([409, empty]);
    const commit = await failure(
      gh.rest.git.createCommit({
        ...repo,
        message: 'm',
        tree: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
      }),
    );
    expect([commit.status, commit.data.message]).toEqual([409, empty]);
    expect((await failure(gh.rest.repos.getContent({ ...repo, path: 'README.md' }))).status).toBe(
      404,
    );

    const text = '# infra\n';
    const created = await gh.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'docs/README.md',
      message: 'First file',
      content: Buffer.from(text).toString('base64'),
    });
    expect(created.status).toBe(201);
    expect(created.data.content?.sha).toBe(hashObject(text));
    expect(created.data.commit.parents).toEqual([]);
    const { data: main } = await gh.rest.git.getRef({ ...repo, ref: 'heads/main' });
    expect(main.object.sha).toBe(created.data.commit.sha);
    expect(await readFileAt(server.bareRepo, 'main', 'docs/README.md')).toBe(text);

    // sha: missing or stale for an existing file is 409; given for a new file is 422.
    const update = {
      ...repo,
      path: 'docs/README.md',
      message: 'Edit',
      content: Buffer.from('v2\n').toString('base64'),
    };
    expect((await failure(gh.rest.repos.createOrUpdateFileContents(update))).status).toBe(409);
    expect(
      (
        await failure(
          gh.rest.repos.createOrUpdateFileContents({ ...update, sha: hashObject('stale') }),
        )
      ).status,
    ).toBe(409);
    const updated = await gh.rest.repos.createOrUpdateFileContents({
      ...update,
      sha: hashObject(text),
    });
    expect(updated.status).toBe(200);
    expect(updated.data.commit.parents?.map((p) => p.sha)).toEqual([created.data.commit.sha]);
    expect(
      (
        await failure(
          gh.rest.repos.createOrUpdateFileContents({
            ...update,
            path: 'new.md',
            sha: hashObject(text),
          }),
        )
      ).status,
    ).toBe(422);
  });

  test('Git Data: orphan branch, read back, append via base_tree, fast-forward, non-ff and ref-exists 422', async () => {
    // Blobs, utf-8 and base64 (binary), with git's own shas.
    const bytes = Buffer.from([0, 1, 2, 255, 254, 10]);
    const { data: binary } = await gh.rest.git.createBlob({
      ...repo,
      content: bytes.toString('base64'),
      encoding: 'base64',
    });
    expect(binary.sha).toBe(hashObject(bytes));
    const { data: utf8 } = await gh.rest.git.createBlob({
      ...repo,
      content: 'héllo\n',
      encoding: 'utf-8',
    });
    expect(utf8.sha).toBe(hashObject('héllo\n'));

    // An orphan commit: a tree built from nothing, nested paths, content and sha entries.
    const first = '{"id":1}\n';
    const { data: tree1 } = await gh.rest.git.createTree({
      ...repo,
      tree: [
        { path: 'data/records.jsonl', mode: '100644', type: 'blob', content: first },
        { path: 'bin/blob.bin', mode: '100644', type: 'blob', sha: binary.sha },
      ],
    });
    expect(tree1.tree.map((e) => `${e.path} ${e.type}`)).toEqual(['bin tree', 'data tree']);
    const commitBody = {
      ...repo,
      message: 'Record 1',
      tree: tree1.sha,
      parents: [],
      author: {
        name: 'ci-ledger',
        email: 'ci-ledger@example.com',
        date: '2024-05-01T10:00:00+02:00',
      },
    };
    const { data: c1 } = await gh.rest.git.createCommit(commitBody);
    expect(c1.author.date).toBe('2024-05-01T08:00:00Z');
    expect(c1.committer).toEqual(c1.author);
    // A retried request with the same body makes the same commit.
    expect((await gh.rest.git.createCommit(commitBody)).data.sha).toBe(c1.sha);

    const created = await gh.rest.git.createRef({ ...repo, ref: 'refs/heads/ledger', sha: c1.sha });
    expect(created.status).toBe(201);
    const exists = await failure(
      gh.rest.git.createRef({ ...repo, ref: 'refs/heads/ledger', sha: c1.sha }),
    );
    expect([exists.status, exists.data.message]).toEqual([422, 'Reference already exists']);

    // Read back every way ci-ledger and its tests do.
    const { data: ref } = await gh.rest.git.getRef({ ...repo, ref: 'heads/ledger' });
    expect(ref).toMatchObject({
      ref: 'refs/heads/ledger',
      object: { sha: c1.sha, type: 'commit' },
    });
    const { data: commit } = await gh.rest.git.getCommit({ ...repo, commit_sha: c1.sha });
    expect(commit).toMatchObject({
      sha: c1.sha,
      message: 'Record 1',
      tree: { sha: tree1.sha },
      parents: [],
    });
    const { data: recursive } = await gh.rest.git.getTree({
      ...repo,
      tree_sha: tree1.sha,
      recursive: '1',
    });
    expect(recursive.tree.map((e) => e.path)).toEqual([
      'bin',
      'bin/blob.bin',
      'data',
      'data/records.jsonl',
    ]);
    const raw = await gh.rest.repos.getContent({
      ...repo,
      path: 'data/records.jsonl',
      ref: 'ledger',
      mediaType: { format: 'raw' },
    });
    expect(raw.data).toBe(first);
    const { data: file } = await gh.rest.repos.getContent({
      ...repo,
      path: 'data/records.jsonl',
      ref: c1.sha,
    });
    expect(file).toMatchObject({
      type: 'file',
      encoding: 'base64',
      size: first.length,
      sha: hashObject(first),
    });
    expect(Buffer.from((file as { content: string }).content, 'base64').toString()).toBe(first);
    const { data: dir } = await gh.rest.repos.getContent({ ...repo, path: 'data', ref: 'ledger' });
    expect(Array.isArray(dir) && dir.map((e) => `${e.type} ${e.path}`)).toEqual([
      'file data/records.jsonl',
    ]);
    const { data: root } = await gh.rest.repos.getContent({ ...repo, path: '', ref: 'ledger' });
    expect(Array.isArray(root) && root.map((e) => `${e.type} ${e.name}`)).toEqual([
      'dir bin',
      'dir data',
    ]);
    const { data: blob } = await gh.rest.git.getBlob({ ...repo, file_sha: binary.sha });
    expect(Buffer.from(blob.content, 'base64')).toEqual(bytes);
    const rawBlob = await fetch(`${server.url}/repos/acme/infra/git/blobs/${binary.sha}`, {
      headers: { authorization: `token ${TOKEN}`, accept: 'application/vnd.github.raw' },
    });
    expect(Buffer.from(await rawBlob.arrayBuffer())).toEqual(bytes);

    // Append: base_tree plus a changed file and a deletion (the emptied directory goes too).
    const second = `${first}{"id":2}\n`;
    const { data: tree2 } = await gh.rest.git.createTree({
      ...repo,
      base_tree: commit.tree.sha,
      tree: [
        { path: 'data/records.jsonl', mode: '100644', type: 'blob', content: second },
        { path: 'bin/blob.bin', mode: '100644', type: 'blob', sha: null },
      ],
    });
    expect(tree2.tree.map((e) => e.path)).toEqual(['data']);
    const { data: c2 } = await gh.rest.git.createCommit({
      ...repo,
      message: 'Record 2',
      tree: tree2.sha,
      parents: [c1.sha],
    });
    const moved = await gh.rest.git.updateRef({
      ...repo,
      ref: 'heads/ledger',
      sha: c2.sha,
      force: false,
    });
    expect(moved.data.object.sha).toBe(c2.sha);
    expect(
      (await gh.rest.git.updateRef({ ...repo, ref: 'heads/ledger', sha: c2.sha })).status,
    ).toBe(200);

    const back = await failure(
      gh.rest.git.updateRef({ ...repo, ref: 'heads/ledger', sha: c1.sha, force: false }),
    );
    expect([back.status, back.data.message]).toEqual([422, 'Update is not a fast forward']);
    await gh.rest.git.updateRef({ ...repo, ref: 'heads/ledger', sha: c1.sha, force: true });
    await gh.rest.git.updateRef({ ...repo, ref: 'heads/ledger', sha: c2.sha });
    expect(await readFileAt(server.bareRepo, 'ledger', 'data/records.jsonl')).toBe(second);
    expect(
      (await logOf(server.bareRepo, 'ledger')).map((c) => [c.message, c.parents.length]),
    ).toEqual([
      ['Record 2', 1],
      ['Record 1', 0],
    ]);
  });

  test('404s and refusals have GitHub bodies', async () => {
    const missing = await failure(
      gh.rest.repos.getContent({ ...repo, path: 'nope/a.csv', ref: 'main' }),
    );
    expect(missing.status).toBe(404);
    expect(missing.data).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
      status: '404',
    });
    expect(
      (
        await failure(
          gh.rest.repos.getContent({ ...repo, path: 'docs/README.md', ref: 'no-such-branch' }),
        )
      ).status,
    ).toBe(404);
    expect((await failure(gh.rest.git.getRef({ ...repo, ref: 'heads/nope' }))).status).toBe(404);
    expect(
      (await failure(gh.rest.git.getCommit({ ...repo, commit_sha: 'f'.repeat(40) }))).status,
    ).toBe(404);
    expect((await failure(gh.rest.git.getBlob({ ...repo, file_sha: 'f'.repeat(40) }))).status).toBe(
      404,
    );
    expect((await failure(gh.rest.git.getTree({ ...repo, tree_sha: 'f'.repeat(40) }))).status).toBe(
      404,
    );
    expect((await failure(gh.rest.repos.get({ owner: 'acme', repo: 'other' }))).status).toBe(404);
    expect((await failure(gh.request('GET /repos/{owner}/{repo}/pulls', repo))).status).toBe(404);

    const badTree = await failure(
      gh.rest.git.createCommit({ ...repo, message: 'm', tree: 'f'.repeat(40) }),
    );
    expect([badTree.status, badTree.data.message]).toEqual([422, 'Tree SHA does not exist']);
    const badPath = await failure(
      gh.rest.git.createTree({
        ...repo,
        tree: [{ path: 'a/../b', mode: '100644', type: 'blob', content: '' }],
      }),
    );
    expect(badPath.status).toBe(422);
    const noRef = await failure(
      gh.rest.git.updateRef({ ...repo, ref: 'heads/nope', sha: 'f'.repeat(40) }),
    );
    expect(noRef.status).toBe(422);

    const badJson = await fetch(`${server.url}/repos/acme/infra/git/blobs`, {
      method: 'POST',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      body: '{"content":',
    });
    const badJsonBody = (await badJson.json()) as Record<string, unknown>;
    checkResponse(
      'post /repos/{owner}/{repo}/git/blobs',
      badJson.status,
      Object.fromEntries(badJson.headers),
      badJsonBody,
    );
    expect([badJson.status, badJsonBody.message]).toEqual([400, 'Problems parsing JSON']);
  });

  test('files over 1 MB: JSON has no content (encoding "none"), raw has every byte', async () => {
    const big = 'x'.repeat(1024 * 1024 + 10);
    await commitFiles(server.bareRepo, 'big', { 'big.txt': big });
    const { data } = await gh.rest.repos.getContent({ ...repo, path: 'big.txt', ref: 'big' });
    expect(data).toMatchObject({
      encoding: 'none',
      content: '',
      size: big.length,
      sha: hashObject(big),
    });
    const raw = await gh.rest.repos.getContent({
      ...repo,
      path: 'big.txt',
      ref: 'big',
      mediaType: { format: 'raw' },
    });
    expect(raw.data).toBe(big);
  });

  test('concurrent PATCHes from the same parent: exactly one wins, the others get 422', async () => {
    const base = await commitFiles(server.bareRepo, 'race', { 'n.txt': '0\n' });
    const { data: parent } = await gh.rest.git.getCommit({ ...repo, commit_sha: base });
    const candidates = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        gh.rest.git.createCommit({
          ...repo,
          message: `writer ${i}`,
          tree: parent.tree.sha,
          parents: [base],
        }),
      ),
    );
    const results = await Promise.allSettled(
      candidates.map(({ data }) =>
        gh.rest.git.updateRef({ ...repo, ref: 'heads/race', sha: data.sha }),
      ),
    );
    const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.data.object.sha] : []));
    const lost = results.flatMap((r) =>
      r.status === 'rejected' ? [r.reason as RequestErrorLike] : [],
    );
    expect(won).toHaveLength(1);
    expect(lost.map((e) => e.status)).toEqual(Array(11).fill(422));
    expect((await gh.rest.git.getRef({ ...repo, ref: 'heads/race' })).data.object.sha).toBe(won[0]);
  });

  test('concurrent read-modify-write writers lose no update and keep history linear', async () => {
    await commitFiles(server.bareRepo, 'appends', { 'log.txt': '' });
    const append = async (line: string) => {
      for (;;) {
        const { data: ref } = await gh.rest.git.getRef({ ...repo, ref: 'heads/appends' });
        const head = ref.object.sha;
        const { data: commit } = await gh.rest.git.getCommit({ ...repo, commit_sha: head });
        const current = await gh.rest.repos.getContent({
          ...repo,
          path: 'log.txt',
          ref: head,
          mediaType: { format: 'raw' },
        });
        const { data: tree } = await gh.rest.git.createTree({
          ...repo,
          base_tree: commit.tree.sha,
          tree: [
            {
              path: 'log.txt',
              mode: '100644',
              type: 'blob',
              content: `${String(current.data)}${line}\n`,
            },
          ],
        });
        const { data: next } = await gh.rest.git.createCommit({
          ...repo,
          message: line,
          tree: tree.sha,
          parents: [head],
        });
        try {
          await gh.rest.git.updateRef({ ...repo, ref: 'heads/appends', sha: next.sha });
          return;
        } catch (error) {
          if (!isRequestError(error) || error.status !== 422) throw error;
        }
      }
    };
    const writers = Array.from({ length: 8 }, (_, i) => `writer-${i}`);
    await Promise.all(writers.map(append));
    const lines = (await readFileAt(server.bareRepo, 'appends', 'log.txt'))!.trim().split('\n');
    expect([...lines].sort()).toEqual(writers);
    const history = await logOf(server.bareRepo, 'appends');
    expect(history).toHaveLength(writers.length + 1);
    expect(history.every((c) => c.parents.length === (c === history.at(-1) ? 0 : 1))).toBe(true);
  });

  test('counts requests by route and the tokens seen', () => {
    expect(server.stats.byRoute['GET git/ref']).toBeGreaterThan(0);
    expect(server.stats.byRoute['PATCH git/refs']).toBeGreaterThan(0);
    expect(server.stats.byRoute['POST git/trees']).toBeGreaterThan(0);
    expect(server.stats.tokensSeen).toEqual([TOKEN]);
  });

  test('every operation answered with a success status that matches its schema', () => {
    const successes = Object.entries(subset.operations).flatMap(([op, operation]) =>
      Object.keys(operation.responses)
        .filter((status) => status.startsWith('2'))
        .map((status) => `${op} ${status}`),
    );
    // GitHub lists both 200 (update) and 201 (create) for PUT contents: both were exercised.
    expect(successes.filter((s) => !validated.has(s))).toEqual([]);
  });
});

describe('token check', () => {
  test('requests without the right token get 401 Bad credentials', async () => {
    const get = (authorization?: string) =>
      fetch(`${server.url}/repos/acme/infra`, { headers: authorization ? { authorization } : {} });
    const none = await get();
    const body = (await none.json()) as Record<string, unknown>;
    checkResponse('get /repos/{owner}/{repo}', none.status, Object.fromEntries(none.headers), body);
    expect([none.status, body.message]).toEqual([401, 'Bad credentials']);
    expect((await get('token wrong')).status).toBe(401);
    expect((await get(`token ${TOKEN}`)).status).toBe(200);
    expect((await get(`Bearer ${TOKEN}`)).status).toBe(200);
    expect(server.stats.tokensSeen).toEqual(expect.arrayContaining([TOKEN, 'wrong']));
  });
});

describe('fault injection', () => {
  let faulty: GitHubApiServer;
  const createRef = (name: string, sha: string) =>
    fetch(`${faulty.url}/repos/acme/infra/git/refs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ref: `refs/heads/${name}`, sha }),
    });
  const refExists = async (name: string) =>
    (await gitIn(faulty.bareRepo, ['for-each-ref', `refs/heads/${name}`])).toString().trim() !== '';
  let head: string;

  beforeAll(async () => {
    faulty = await startGitHubApiServer();
    head = await commitFiles(faulty.bareRepo, 'main', { 'a.txt': 'a\n' });
  });
  afterAll(async () => {
    await faulty.close();
  });
  afterEach(() => faulty.setFaults(null));

  test("'5xx' answers 502/503 without doing the work", async () => {
    faulty.setFaults({ rate: 1, kinds: ['5xx'], seed: 1 });
    const response = await createRef('five', head);
    const body = (await response.json()) as Record<string, unknown>;
    checkResponse(
      'post /repos/{owner}/{repo}/git/refs',
      response.status,
      Object.fromEntries(response.headers),
      body,
    );
    expect([502, 503]).toContain(response.status);
    expect(await refExists('five')).toBe(false);
    expect(faulty.stats.faults['5xx']).toBe(1);
  });

  test("'secondary-rate-limit' answers 403 with retry-after, as Octokit's throttling expects", async () => {
    faulty.setFaults({ rate: 1, kinds: ['secondary-rate-limit'], retryAfterSeconds: 7 });
    const response = await fetch(`${faulty.url}/repos/acme/infra`);
    const body = (await response.json()) as { message: string };
    expect(response.status).toBe(403);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(body.message).toMatch(/\bsecondary rate\b/i);
    expect(body.message).toContain(response.headers.get('x-github-request-id'));
  });

  test("'lost-response' does the write, then answers 502; a read just fails", async () => {
    faulty.setFaults({ rate: 1, kinds: ['lost-response'] });
    expect((await createRef('lost', head)).status).toBe(502);
    expect(await refExists('lost')).toBe(true);
    expect((await fetch(`${faulty.url}/repos/acme/infra/git/ref/heads%2Flost`)).status).toBe(502);
    faulty.setFaults(null);
    // What the retrying client then sees: its write already landed.
    expect((await createRef('lost', head)).status).toBe(422);
  });

  test("'reset' drops the connection, for writes after doing the work about half of the time", async () => {
    faulty.setFaults({ rate: 1, kinds: ['reset'], seed: 42 });
    const names = Array.from({ length: 10 }, (_, i) => `reset-${i}`);
    for (const name of names) await expect(createRef(name, head)).rejects.toThrow();
    const landed = (await Promise.all(names.map(refExists))).filter(Boolean).length;
    expect(landed).toBeGreaterThan(0);
    expect(landed).toBeLessThan(names.length);
    expect(faulty.stats.faults.reset).toBe(10);
  });

  test('a fault rate below 1 strikes some requests only, the same ones for the same seed', async () => {
    const run = async () => {
      faulty.setFaults({ rate: 0.3, kinds: ['5xx'], seed: 7 });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++)
        statuses.push((await fetch(`${faulty.url}/repos/acme/infra`)).status);
      return statuses;
    };
    const first = await run();
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(5);
    expect(first.filter((s) => s >= 500).length).toBeGreaterThan(0);
    expect(await run()).toEqual(first);
  });
});

test('latencyMs delays every response', async () => {
  const slow = await startGitHubApiServer({ latencyMs: 80 });
  try {
    const started = Date.now();
    expect((await fetch(`${slow.url}/repos/acme/infra`)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
  } finally {
    await slow.close();
  }
});

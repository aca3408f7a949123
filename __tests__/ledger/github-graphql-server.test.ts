/**
 * The GraphQL side of the test API server, and the writer's documents, held to GitHub's
 * published GraphQL schema (@octokit/graphql-schema):
 * - every query and mutation the writer sends validates against the schema;
 * - every answer the server gives them is checked independently of the server: the response
 *   data is executed again against the schema as if it were the root value (each field read by
 *   its response key, so aliases count), which fails on a missing non-null field, a wrong scalar
 *   or an unknown type, and must give back exactly the same data (no stray fields);
 * - errors carry GitHub's shape: message, path, locations, and a type where GitHub gives one.
 */
import { execute, parse, validate, type DocumentNode } from 'graphql';
import { getOctokit } from '@actions/github';
import { APPEND_MUTATION, readQuery } from '../../src/ledger/backends/github-graphql.js';
import { BLOB_TEXT_LIMIT, githubGraphqlSchema } from '../support/github-graphql.js';
import {
  commitFiles,
  startGitHubApiServer,
  type GitHubApiServer,
} from '../support/github-api-server.js';

const TOKEN = 'ghs_schema0123456789';
const schema = githubGraphqlSchema();

interface Exchange {
  query: string;
  variables: Record<string, unknown>;
  body: { data?: Record<string, unknown> | null; errors?: Array<Record<string, unknown>> };
}

/** Problems found in answers; each test ends expecting none. */
const problems: string[] = [];

function checkAnswer({ query, variables, body }: Exchange): void {
  const document: DocumentNode = parse(query);
  for (const error of body.errors ?? []) {
    if (typeof error.message !== 'string')
      problems.push(`error without message: ${JSON.stringify(error)}`);
    if (error.type !== undefined && typeof error.type !== 'string')
      problems.push(`error type ${String(error.type)}`);
  }
  if (!body.data) return;
  const replay = execute({
    schema,
    document,
    rootValue: body.data,
    variableValues: variables,
    fieldResolver: (source, _args, _context, info) =>
      (source as Record<string, unknown> | null)?.[info.path.key as string],
    typeResolver: (value: { __typename?: string }) => value.__typename,
  }) as { data?: unknown; errors?: readonly Error[] };
  // A field GitHub's schema makes nullable may be null in the answer together with an error for it.
  const erroredPaths = new Set((body.errors ?? []).map((e) => JSON.stringify(e.path)));
  for (const error of replay.errors ?? []) {
    const path = JSON.stringify((error as { path?: unknown }).path);
    if (!erroredPaths.has(path)) problems.push(`${error.message} at ${path}`);
  }
  if (!replay.errors?.length && JSON.stringify(replay.data) !== JSON.stringify(body.data))
    problems.push(
      `answer has fields the query did not ask for: ${JSON.stringify(body.data).slice(0, 300)}`,
    );
}

let server: GitHubApiServer;
let exchanges: Exchange[];
let octokit: ReturnType<typeof getOctokit>;

beforeEach(async () => {
  server = await startGitHubApiServer({ token: TOKEN });
  exchanges = [];
  problems.length = 0;
  octokit = getOctokit(TOKEN, { baseUrl: server.url });
  octokit.hook.wrap('request', async (request, options) => {
    const response = await request(options);
    const { query, variables } = options as unknown as Exchange;
    exchanges.push({ query, variables: variables ?? {}, body: response.data as Exchange['body'] });
    return response;
  });
});
afterEach(async () => {
  await server.close();
});

/** An answer, errors included (Octokit throws on `errors`: the body is what is checked). */
async function ask(query: string, variables: Record<string, unknown>): Promise<Exchange['body']> {
  await octokit.graphql(query, variables).catch(() => undefined);
  const exchange = exchanges.at(-1)!;
  checkAnswer(exchange);
  return exchange.body;
}

test("the writer's query (0 to 8 files) and mutation validate against GitHub's schema", () => {
  for (let files = 0; files <= 8; files++)
    for (const defaultBranch of [false, true])
      expect(validate(schema, parse(readQuery(files, defaultBranch)))).toEqual([]);
  expect(validate(schema, parse(APPEND_MUTATION))).toEqual([]);
  // The check has teeth: a field GitHub does not have is refused.
  expect(validate(schema, parse('{ repository(owner: "a", name: "b") { blobText } }'))).not.toEqual(
    [],
  );
});

test("the server's answers to the writer's documents have the schema's shapes", async () => {
  const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]);
  const big = 'y'.repeat(BLOB_TEXT_LIMIT + 10) + '\n';
  const head = await commitFiles(server.bareRepo, 'ledger', {
    'data/a.jsonl': '{"id":"a"}\n',
    'data/big.jsonl': big,
    'data/logo.png': binary,
  });
  const vars = (paths: string[], branch = 'ledger') => ({
    owner: server.owner,
    name: server.repo,
    ref: `refs/heads/${branch}`,
    ...Object.fromEntries(paths.map((p, i) => [`path${i}`, p])),
  });
  const paths = ['data/a.jsonl', 'data/missing.jsonl', 'data/big.jsonl', 'data/logo.png', 'data'];
  const read = (await ask(readQuery(paths.length), vars(paths))) as {
    data: {
      repository: {
        ref: { target: Record<string, { type: string; object: Record<string, unknown> } | null> };
      };
    };
  };
  const target = read.data.repository.ref.target;
  expect(target.oid).toBe(head);
  expect(target.file0!.object).toEqual({
    __typename: 'Blob',
    oid: expect.stringMatching(/^[0-9a-f]{40}$/),
    byteSize: 11,
    isBinary: false,
    isTruncated: false,
    text: '{"id":"a"}\n',
  });
  expect(target.file1).toBeNull();
  expect(target.file2!.object).toMatchObject({ byteSize: big.length, isTruncated: true });
  expect((target.file2!.object.text as string).length).toBe(BLOB_TEXT_LIMIT);
  expect(target.file3!.object).toMatchObject({ isBinary: true, text: null, byteSize: 7 });
  expect(target.file4).toMatchObject({ type: 'tree', object: { __typename: 'Tree' } });

  const noBranch = await ask(readQuery(1), vars(['data/a.jsonl'], 'nope'));
  expect(noBranch).toEqual({ data: { repository: { ref: null } } });

  const input = (expectedHeadOid: string) => ({
    input: {
      branch: { repositoryNameWithOwner: `${server.owner}/${server.repo}`, branchName: 'ledger' },
      expectedHeadOid,
      message: { headline: 'append' },
      fileChanges: {
        additions: [
          {
            path: 'data/a.jsonl',
            contents: Buffer.from('{"id":"a"}\n{"id":"b"}\n').toString('base64'),
          },
        ],
      },
    },
  });
  const landed = (await ask(APPEND_MUTATION, input(head))) as {
    data: { createCommitOnBranch: { commit: { oid: string } } };
  };
  expect(landed.data.createCommitOnBranch.commit.oid).toMatch(/^[0-9a-f]{40}$/);

  const stale = await ask(APPEND_MUTATION, input(head));
  expect(stale).toEqual({
    data: { createCommitOnBranch: null },
    errors: [
      {
        type: 'STALE_DATA',
        path: ['createCommitOnBranch'],
        locations: [{ line: 2, column: 3 }],
        message: `Expected branch to point to "${head}" but it did not.  Pull and try again.`,
      },
    ],
  });

  const otherRepo = await ask(readQuery(1), { ...vars(['data/a.jsonl']), name: 'elsewhere' });
  expect(otherRepo.errors).toEqual([
    expect.objectContaining({
      type: 'NOT_FOUND',
      path: ['repository'],
      message: "Could not resolve to a Repository with the name 'acme/elsewhere'.",
    }),
  ]);
  expect(problems).toEqual([]);
  expect(exchanges).toHaveLength(5);
});

test('a query GitHub would refuse is refused, with errors and no data', async () => {
  const body = await ask('{ repository(owner: "acme", name: "infra") { blobText } }', {});
  expect(body.data).toBeUndefined();
  expect(body.errors?.[0]?.message).toMatch(/Cannot query field "blobText" on type "Repository"/);
  expect(problems).toEqual([]);
});

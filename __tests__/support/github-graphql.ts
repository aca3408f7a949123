/**
 * POST /graphql for the GitHub API emulator (github-api-server.ts), over the same real bare
 * repository. Every request is parsed, validated and executed by graphql-js against GitHub's
 * published schema (@octokit/graphql-schema): a query that GitHub would reject is rejected here,
 * a field this emulator does not serve answers a non-null error rather than a made-up value, and
 * every answer has the schema's shapes by construction.
 *
 * Served: Query.repository { ref(qualifiedName) { target { … on Commit { oid file(path) } } }
 * object(expression | oid) defaultBranchRef nameWithOwner }, TreeEntry, Blob (text cut at
 * 512,000 bytes with isTruncated, as GitHub does; null for binary content), and
 * Mutation.createCommitOnBranch, whose expectedHeadOid is a compare-and-swap (`git update-ref`):
 * a stale one answers HTTP 200 with GitHub's STALE_DATA error. Its commits are authored by
 * github-actions[bot] and committed by "GitHub <noreply@github.com>", as GitHub's (signed) ones.
 */
import { readFileSync } from 'node:fs';
import {
  buildClientSchema,
  execute,
  GraphQLError,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type IntrospectionQuery,
  type OperationDefinitionNode,
} from 'graphql';
import type { GitRepository } from './github-api-server.js';

let cachedSchema: GraphQLSchema | undefined;

/** GitHub's GraphQL schema, as @octokit/graphql-schema publishes it (its introspection JSON). */
export function githubGraphqlSchema(): GraphQLSchema {
  if (!cachedSchema) {
    // Read by path: jest's resolver does not resolve a package's JSON file through createRequire.
    const file = new URL('../../node_modules/@octokit/graphql-schema/schema.json', import.meta.url);
    const json = JSON.parse(readFileSync(file, 'utf8')) as { data?: IntrospectionQuery };
    cachedSchema = buildClientSchema(json.data ?? (json as unknown as IntrospectionQuery));
  }
  return cachedSchema;
}

/** Blob.text past this many bytes is cut, and isTruncated says so (GitHub's figure). */
export const BLOB_TEXT_LIMIT = 512_000;

/** What the emulator learns from a request body before deciding on faults and stats. */
export interface GraphqlRequestInfo {
  /** e.g. "graphql query repository", "graphql mutation createCommitOnBranch" */
  name: string;
  /** mutations write: a lost response may strike after the work */
  mutation: boolean;
}

export interface GraphqlReply {
  status: number;
  json: unknown;
}

interface Identity {
  name: string;
  email: string;
  date: string;
}

export interface GraphqlEndpointConfig {
  owner: string;
  repo: string;
  git: GitRepository;
  defaultBranch: () => string;
  /** The token owner's identity (github-actions[bot] for GITHUB_TOKEN), with the date now. */
  author: () => Identity;
  isValidPath: (path: string) => boolean;
  isValidRefName: (name: string) => boolean;
}

/** An error GitHub reports with a `type` beside its message (STALE_DATA, NOT_FOUND, …). */
class TypedError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const SHA = /^[0-9a-f]{40}$/;

export class GraphqlEndpoint {
  constructor(private readonly config: GraphqlEndpointConfig) {}

  /** The operation a body holds, for stats and faults; null when it is not GraphQL at all. */
  describe(body: Buffer): GraphqlRequestInfo | null {
    const document = parseBody(body)?.document;
    const operation = document?.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    if (!operation) return null;
    const first = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
    const field = first?.kind === Kind.FIELD ? first.name.value : '?';
    return {
      name: `graphql ${operation.operation} ${field}`,
      mutation: operation.operation === 'mutation',
    };
  }

  async answer(body: Buffer): Promise<GraphqlReply> {
    const request = parseBody(body);
    if (!request) return { status: 400, json: { message: 'Problems parsing JSON' } };
    if (request.syntaxError) return { status: 200, json: { errors: [request.syntaxError] } };
    const schema = githubGraphqlSchema();
    const invalid = validate(schema, request.document!);
    if (invalid.length > 0) return { status: 200, json: { errors: invalid.map(formatError) } };
    const result = await execute({
      schema,
      document: request.document!,
      rootValue: this.root(),
      variableValues: request.variables,
      operationName: request.operationName,
      typeResolver: (value: { __typename?: string }) => value.__typename,
    });
    const json: Record<string, unknown> = { data: result.data ?? null };
    if (result.errors?.length) json.errors = result.errors.map(formatError);
    return { status: 200, json };
  }

  // --- resolvers: plain objects whose function-valued fields graphql-js calls with the args ----

  private root() {
    const { owner, repo } = this.config;
    return {
      repository: (args: { owner: string; name: string }) => {
        if (
          args.owner.toLowerCase() !== owner.toLowerCase() ||
          args.name.toLowerCase() !== repo.toLowerCase()
        ) {
          throw new TypedError(
            'NOT_FOUND',
            `Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`,
          );
        }
        return this.repository();
      },
      createCommitOnBranch: (args: { input: CommitInput }) => this.createCommitOnBranch(args.input),
    };
  }

  private repository() {
    const { owner, repo, git } = this.config;
    return {
      __typename: 'Repository',
      name: repo,
      nameWithOwner: `${owner}/${repo}`,
      defaultBranchRef: () => this.ref(`refs/heads/${this.config.defaultBranch()}`),
      ref: (args: { qualifiedName: string }) =>
        this.ref(
          args.qualifiedName.startsWith('refs/')
            ? args.qualifiedName
            : `refs/heads/${args.qualifiedName}`,
        ),
      object: async (args: { expression?: string; oid?: string }) => {
        const spec = args.oid ?? args.expression;
        if (!spec || /[\n\0]/.test(spec)) return null;
        const info = await git.object(spec);
        return info ? this.gitObject(info.sha, info.type, info.size) : null;
      },
    };
  }

  private async ref(qualifiedName: string) {
    if (!this.config.isValidRefName(qualifiedName)) return null;
    const current = await this.config.git.readRef(qualifiedName);
    if (!current) return null;
    const slash = qualifiedName.indexOf('/', 'refs/'.length);
    return {
      __typename: 'Ref',
      name: qualifiedName.slice(slash + 1),
      prefix: qualifiedName.slice(0, slash + 1),
      target: async () => {
        const info = await this.config.git.object(current.sha);
        return info ? this.gitObject(info.sha, info.type, info.size) : null;
      },
    };
  }

  private gitObject(sha: string, type: string, size: number) {
    const common = { oid: sha, abbreviatedOid: sha.slice(0, 7) };
    if (type === 'commit') return this.commit(sha);
    if (type === 'blob') return this.blob(sha, size);
    return { __typename: type === 'tree' ? 'Tree' : 'Tag', ...common };
  }

  private commit(sha: string) {
    const { git } = this.config;
    const parsed = () => git.readCommit(sha);
    return {
      __typename: 'Commit',
      oid: sha,
      abbreviatedOid: sha.slice(0, 7),
      message: async () => (await parsed()).message,
      messageHeadline: async () => (await parsed()).message.split('\n')[0],
      file: async (args: { path: string }) => {
        const path = args.path.replace(/^\/+|\/+$/g, '');
        if (!this.config.isValidPath(path)) return null;
        const entry = await git.entryAt(sha, path);
        if (!entry) return null;
        const info = await git.object(entry.sha);
        return {
          name: path.slice(path.lastIndexOf('/') + 1),
          path,
          type: entry.type,
          mode: parseInt(entry.mode, 8), // GraphQL's modes are the octal ones, in decimal
          oid: entry.sha,
          size: entry.size ?? 0,
          isGenerated: false,
          object: info ? this.gitObject(info.sha, info.type, info.size) : null,
        };
      },
    };
  }

  private blob(sha: string, size: number) {
    const bytes = () => this.config.git.blob(sha);
    // Git's own test: a NUL byte in the first 8000 bytes makes a file binary.
    const isBinary = async () => (await bytes()).subarray(0, 8000).includes(0);
    return {
      __typename: 'Blob',
      oid: sha,
      abbreviatedOid: sha.slice(0, 7),
      byteSize: size,
      isBinary,
      isTruncated: size > BLOB_TEXT_LIMIT,
      text: async () =>
        (await isBinary()) ? null : (await bytes()).subarray(0, BLOB_TEXT_LIMIT).toString('utf8'),
    };
  }

  /** The mutation: expectedHeadOid must still be the head, checked again by the CAS itself. */
  private async createCommitOnBranch(input: CommitInput) {
    const { git, owner, repo } = this.config;
    const { branch, expectedHeadOid, message, fileChanges } = input;
    if (branch.id || !branch.repositoryNameWithOwner || !branch.branchName) {
      throw new TypedError(
        'UNPROCESSABLE',
        'This emulator locates branches by repositoryNameWithOwner and branchName only.',
      );
    }
    if (branch.repositoryNameWithOwner.toLowerCase() !== `${owner}/${repo}`.toLowerCase()) {
      throw new TypedError(
        'NOT_FOUND',
        `Could not resolve to a Repository with the name '${branch.repositoryNameWithOwner}'.`,
      );
    }
    const ref = `refs/heads/${branch.branchName.replace(/^refs\/heads\//, '')}`;
    const head = this.config.isValidRefName(ref) ? await git.readRef(ref) : null;
    if (!head) throw new TypedError('NOT_FOUND', `A ref named "${ref}" does not exist.`);
    const stale = () =>
      new TypedError(
        'STALE_DATA',
        `Expected branch to point to "${expectedHeadOid}" but it did not.  Pull and try again.`,
      );
    if (!SHA.test(expectedHeadOid) || head.sha !== expectedHeadOid) throw stale();

    const changes: Array<{ path: string; entry: { mode: string; sha: string } | null }> = [];
    for (const { path, contents } of fileChanges?.additions ?? []) {
      if (!this.config.isValidPath(path))
        throw new TypedError('UNPROCESSABLE', `Invalid path: ${path}`);
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contents))
        throw new TypedError('UNPROCESSABLE', `contents of ${path} is not valid Base64`);
      const sha = await git.hashBlob(Buffer.from(contents, 'base64'));
      changes.push({ path, entry: { mode: '100644', sha } });
    }
    for (const { path } of fileChanges?.deletions ?? []) {
      if (!(await git.entryAt(head.sha, path)))
        throw new TypedError(
          'UNPROCESSABLE',
          `A path was requested for deletion which does not exist as of commit oid \`${head.sha}\``,
        );
      changes.push({ path, entry: null });
    }
    const base = (await git.readCommit(head.sha)).tree;
    const tree = await git.writeTree(base, changes);
    const author = this.config.author();
    const committer = { name: 'GitHub', email: 'noreply@github.com', date: author.date };
    const text = message.body ? `${message.headline}\n\n${message.body}` : message.headline;
    const sha = await git.writeCommit({
      tree,
      parents: [head.sha],
      message: `${text}\n`,
      author,
      committer,
    });
    if (!(await git.compareAndSwapRef(ref, sha, head.sha))) throw stale(); // lost a race since the check
    return {
      clientMutationId: input.clientMutationId ?? null,
      commit: this.commit(sha),
      ref: () => this.ref(ref),
    };
  }
}

interface CommitInput {
  branch: { repositoryNameWithOwner?: string; branchName?: string; id?: string };
  expectedHeadOid: string;
  message: { headline: string; body?: string | null };
  fileChanges?: {
    additions?: Array<{ path: string; contents: string }>;
    deletions?: Array<{ path: string }>;
  };
  clientMutationId?: string;
}

interface ParsedRequest {
  document?: DocumentNode;
  syntaxError?: ReturnType<typeof formatError>;
  variables?: Record<string, unknown>;
  operationName?: string;
}

function parseBody(body: Buffer): ParsedRequest | null {
  let json: { query?: unknown; variables?: unknown; operationName?: unknown };
  try {
    json = JSON.parse(body.toString('utf8')) as typeof json;
  } catch {
    return null;
  }
  if (!json || typeof json.query !== 'string') return null;
  const variables =
    json.variables && typeof json.variables === 'object'
      ? (json.variables as Record<string, unknown>)
      : undefined;
  const operationName = typeof json.operationName === 'string' ? json.operationName : undefined;
  try {
    return { document: parse(json.query), variables, operationName };
  } catch (error) {
    return { syntaxError: formatError(error as GraphQLError), variables, operationName };
  }
}

/** GitHub's error objects: `type` (when there is one) beside message, path and locations. */
function formatError(error: GraphQLError) {
  const typed = error.originalError instanceof TypedError ? error.originalError : undefined;
  return {
    ...(typed ? { type: typed.type } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.locations ? { locations: error.locations } : {}),
    message: error.message,
  };
}

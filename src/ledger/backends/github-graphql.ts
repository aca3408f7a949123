/**
 * GitHub API backend through GraphQL (the default; `CI_LEDGER_API=rest` selects github.ts):
 *   read:    ONE query — the branch head and every touched file's blob (text, size, oid)
 *   publish: ONE mutation — createCommitOnBranch with expectedHeadOid = the head read, GitHub's
 *            own compare-and-swap; GitHub signs the commit (it shows as Verified).
 * So an uncontended append to an existing branch is two requests, one of them content-creating,
 * whether or not its files exist yet (a new file is just one more addition).
 *
 * What GraphQL cannot do goes through the REST backend:
 * - a missing branch (createCommitOnBranch only appends to a branch that exists): created as an
 *   orphan commit holding just the new files (tree, commit, ref), as the REST writer does; the
 *   first commit of an empty repository likewise.
 * - a blob whose Blob.text is not the whole file (GitHub cuts it at 512,000 bytes and says
 *   isTruncated; it is null for binary content): read whole by its sha, raw.
 */
import { InputError, TransientError } from '../../vocabulary/index.js';
import type { BranchEntry } from '../../files/entries.js';
import { kindOfMode, writableEntry } from '../branch-content.js';
import type { Changes, FolderSnapshot, LedgerBackend, PublishResult, Snapshot } from '../types.js';
import { GitHubBackend, assertFetchBounds, writeFetched } from './github.js';
import {
  GitHubClient,
  classify,
  type GitHubBackendOptions,
  type RequestErrorLike,
} from './github-client.js';

/**
 * The query that reads a branch head and `fileCount` files at it (variables $path0…): the branch
 * named by $ref, or with `defaultBranch` the repository's default branch, whose name it returns.
 */
/**
 * The folders a path lies in ("data", "data/metrics" for data/metrics/x.jsonl): each is read too,
 * so that a link or submodule on the way is refused as the other stores refuse it.
 */
export const foldersOf = (path: string): string[] =>
  path
    .split('/')
    .slice(0, -1)
    .map((_, i, parts) => parts.slice(0, i + 1).join('/'));

export function readQuery(
  fileCount: number,
  defaultBranch = false,
  foldersPerFile: number[] = [],
): string {
  const indexes = Array.from({ length: fileCount }, (_, i) => i);
  const folders = indexes.flatMap((i) =>
    Array.from({ length: foldersPerFile[i] ?? 0 }, (_, k) => `${i}_${k}`),
  );
  const paths =
    indexes.map((i) => `, $path${i}: String!`).join('') +
    folders.map((f) => `, $dir${f}: String!`).join('');
  const files = [
    ...indexes.map((i) => `\n        file${i}: file(path: $path${i}) { ...LedgerFile }`),
    ...folders.map((f) => `\n        dir${f}: file(path: $dir${f}) { type mode }`),
  ];
  const fragment = `
fragment LedgerFile on TreeEntry {
  type
  mode
  size
  object { __typename oid ... on Blob { byteSize isBinary isTruncated text } }
}`;
  const [refVariable, ref] = defaultBranch
    ? ['', 'ref: defaultBranchRef']
    : [', $ref: String!', 'ref(qualifiedName: $ref)'];
  return `query LedgerRead($owner: String!, $name: String!${refVariable}${paths}) {
  repository(owner: $owner, name: $name) {
    ${ref} {
      name
      target {
        __typename
        oid${fileCount > 0 ? `\n        ... on Commit {${files.join('')}\n        }` : ''}
      }
    }
  }
}${fileCount > 0 ? fragment : ''}`;
}

/** Blobs read per GraphQL query: GitHub's node limit is far above; the answer stays a few MB. */
export const BLOBS_PER_QUERY = 100;

/** The query that reads `count` blobs by oid ($oid0…). */
export function blobsQuery(count: number): string {
  const oids = Array.from({ length: count }, (_, i) => `, $oid${i}: GitObjectID!`).join('');
  const blobs = Array.from(
    { length: count },
    (_, i) =>
      `\n    blob${i}: object(oid: $oid${i}) { __typename oid ... on Blob { byteSize isBinary isTruncated text } }`,
  ).join('');
  return `query LedgerBlobs($owner: String!, $name: String!${oids}) {
  repository(owner: $owner, name: $name) {${blobs}
  }
}`;
}

export const APPEND_MUTATION = `mutation LedgerAppend($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } }
}`;

interface BlobJson {
  __typename: string;
  oid: string;
  byteSize?: number;
  isBinary?: boolean | null;
  isTruncated?: boolean;
  text?: string | null;
}
interface TreeEntryJson {
  type: string;
  /** git's octal mode, as a decimal number (GitHub's GraphQL) */
  mode: number;
  size?: number;
  object?: BlobJson | null;
}

function branchEntry(path: string, json: TreeEntryJson): BranchEntry {
  const mode = json.mode.toString(8);
  return { path, kind: kindOfMode(mode), mode, id: json.object?.oid ?? '', size: json.size };
}
interface ReadData {
  repository: {
    ref: {
      name: string;
      target: ({ __typename: string; oid: string } & Record<string, unknown>) | null;
    } | null;
  } | null;
}

interface GraphqlErrorLike {
  message: string;
  errors: Array<{ type?: string; message: string }>;
}
const isGraphqlError = (e: unknown): e is GraphqlErrorLike =>
  e instanceof Error && Array.isArray((e as { errors?: unknown }).errors);

export class GitHubGraphqlBackend implements LedgerBackend {
  readonly description: string;
  private readonly client: GitHubClient;
  /** Branch creation, empty repositories, whole blobs: what GraphQL cannot do. */
  private readonly rest: GitHubBackend;

  constructor(options: GitHubBackendOptions) {
    this.client = new GitHubClient(options);
    this.rest = new GitHubBackend(this.client);
    this.description = `${this.client.description} (GraphQL)`;
  }

  defaultBranch(): Promise<string> {
    return this.rest.defaultBranch();
  }

  read(branch: string, paths: string[]): Promise<Snapshot> {
    return this.readRef(branch, paths);
  }

  /** The default branch's name, head and files in the one query (batch-metrics' default). */
  async readDefaultBranch(paths: string[]): Promise<Snapshot> {
    return this.readRef(undefined, paths);
  }

  private async readRef(branch: string | undefined, paths: string[]): Promise<Snapshot> {
    const { owner, repo } = this.client;
    const variables: Record<string, string> = { owner, name: repo };
    if (branch !== undefined) variables.ref = `refs/heads/${branch}`;
    paths.forEach((path, i) => {
      variables[`path${i}`] = path;
      foldersOf(path).forEach((folder, k) => (variables[`dir${i}_${k}`] = folder));
    });
    const data = await this.graphql<ReadData>(
      readQuery(
        paths.length,
        branch === undefined,
        paths.map((p) => foldersOf(p).length),
      ),
      variables,
    );
    if (!data.repository) throw new Error(`${this.description}: the repository was not found`);
    const ref = data.repository.ref;
    // An empty repository has no default branch ref: its name comes from the repository itself.
    const name = branch ?? ref?.name ?? (await this.rest.defaultBranch());
    const target = ref?.target ?? null;
    const files = new Map<string, string | null>();
    if (!target) {
      for (const path of paths) files.set(path, null);
      return { branch: name, head: null, files };
    }
    if (target.__typename !== 'Commit') {
      throw new InputError(`refs/heads/${name} points at a ${target.__typename}, not a commit`);
    }
    const context = {
      place: `on branch ${name}`,
      where: this.description,
      limits: this.client.limits,
      warn: this.client.log,
    };
    for (const [i, path] of paths.entries()) {
      // The same rules as every store: regular files only, through folders only.
      const entryAt = (at: string, json: TreeEntryJson | null) =>
        json ? { entry: branchEntry(at, json), at } : null;
      const found =
        foldersOf(path)
          .map((folder, k) => entryAt(folder, target[`dir${i}_${k}`] as TreeEntryJson | null))
          .find((f) => f !== null && f.entry.kind !== 'directory') ??
        entryAt(path, target[`file${i}`] as TreeEntryJson | null);
      writableEntry(path, found ?? null, context);
      files.set(path, await this.contentOf(path, target[`file${i}`] as TreeEntryJson | null));
    }
    return { branch: name, head: target.oid, files };
  }

  /** Tree listings are REST's (GraphQL would need one query per folder level and page). */
  readFolder(branch: string, folder: string): Promise<FolderSnapshot> {
    return this.rest.readFolder(branch, folder);
  }

  async publish(
    base: Snapshot | FolderSnapshot,
    changes: Changes,
    message: string,
  ): Promise<PublishResult> {
    if (!base.head) return this.rest.publish(base, changes, message);
    // Through REST's ordered tree entries instead: a file written over a link or submodule
    // (createCommitOnBranch's additions keep an entry's mode), and a deletion that makes room
    // for an addition (`site` deleted, `site/index.html` added: GitHub does not say in which
    // order it applies the two lists).
    const replacesOther =
      'entries' in base &&
      [...changes].some(
        ([path, content]) =>
          content !== null && (base.entries.get(path)?.kind ?? 'file') !== 'file',
      );
    if (replacesOther || deletionMakesRoom(changes))
      return this.rest.publish(base, changes, message);
    const additions: Array<{ path: string; contents: string }> = [];
    const deletions: Array<{ path: string }> = [];
    for (const [path, content] of changes) {
      if (content === null) deletions.push({ path });
      else additions.push({ path, contents: Buffer.from(content, 'utf8').toString('base64') });
    }
    const { owner, repo } = this.client;
    const [headline = '', ...rest] = message.split('\n');
    const body = rest.join('\n').trim();
    const input = {
      branch: { repositoryNameWithOwner: `${owner}/${repo}`, branchName: base.branch },
      expectedHeadOid: base.head,
      message: body ? { headline, body } : { headline },
      fileChanges: deletions.length > 0 ? { additions, deletions } : { additions },
    };
    try {
      // No transport-level retry: a mutation whose response was lost may have landed. The
      // writer re-reads instead, and finds its records by their keys if it did.
      const data = await this.graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(
        APPEND_MUTATION,
        { input, request: { retries: 0 } },
      );
      return { status: 'published', head: data.createCommitOnBranch.commit.oid };
    } catch (error) {
      const stale = isGraphqlError(error)
        ? error.errors.find((e) => e.type === 'STALE_DATA')
        : undefined;
      if (stale) return { status: 'conflict', reason: `createCommitOnBranch: ${stale.message}` };
      throw error;
    }
  }

  checkout(branch: string, prefixes: string[]): Promise<string | null> {
    return this.rest.checkout(branch, prefixes);
  }

  listFiles(branch: string, prefixes: string[]): Promise<BranchEntry[] | null> {
    return this.rest.listFiles(branch, prefixes);
  }

  /**
   * Many small files in few requests: BLOBS_PER_QUERY blobs by oid per GraphQL query (the
   * REST API reads one blob per request). A blob whose text GraphQL cuts (over 512,000 bytes)
   * or withholds (binary) is read whole by REST.
   */
  async fetchFiles(dir: string, files: BranchEntry[]): Promise<void> {
    assertFetchBounds(files, this.client.limits);
    const { owner, repo } = this.client;
    for (let start = 0; start < files.length; start += BLOBS_PER_QUERY) {
      const group = files.slice(start, start + BLOBS_PER_QUERY);
      const data = await this.graphql<{ repository: Record<string, BlobJson | null> | null }>(
        blobsQuery(group.length),
        Object.fromEntries([
          ['owner', owner],
          ['name', repo],
          ...group.map((f, i) => [`oid${i}`, f.id]),
        ]),
      );
      for (const [i, file] of group.entries()) {
        const blob = data.repository?.[`blob${i}`] ?? null;
        if (!blob || blob.__typename !== 'Blob')
          throw new Error(`${file.path}: blob ${file.id} is missing from ${this.description}`);
        const text = blob.text ?? null;
        const whole =
          text !== null &&
          blob.isTruncated === false &&
          Buffer.byteLength(text, 'utf8') === blob.byteSize;
        await writeFetched(
          dir,
          file.path,
          whole ? text : await this.rest.blobText(blob.oid, file.path),
        );
      }
    }
  }

  close(): Promise<void> {
    return this.rest.close();
  }

  /** A file's content from its tree entry; the REST raw read when Blob.text is not all of it. */
  private async contentOf(path: string, entry: TreeEntryJson | null): Promise<string | null> {
    if (!entry) return null;
    const blob = entry.object;
    if (entry.type !== 'blob' || !blob || blob.__typename !== 'Blob') {
      throw new InputError(`${path} is not a file (it is a ${entry.type})`);
    }
    const text = blob.text ?? null;
    // Truncated text would be taken for the whole file and written back short: check it all.
    const whole =
      text !== null &&
      blob.isTruncated === false &&
      Buffer.byteLength(text, 'utf8') === blob.byteSize;
    return whole ? text : this.rest.blobText(blob.oid, path);
  }

  /** One GraphQL request; GraphQL errors other than STALE_DATA are reported in GitHub's words. */
  private async graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    try {
      return await this.client.octokit.graphql<T>(query, variables);
    } catch (error) {
      if (isGraphqlError(error)) {
        if (error.errors.some((e) => e.type === 'STALE_DATA')) throw error;
        throw graphqlProblem(error, this.description);
      }
      throw classify(error as RequestErrorLike, this.description);
    }
  }
}

/** Whether a deleted path is a folder of an added one, or an added path a folder of a deleted one. */
function deletionMakesRoom(changes: Changes): boolean {
  const added = [...changes].filter(([, c]) => c !== null).map(([p]) => p);
  const deleted = [...changes].filter(([, c]) => c === null).map(([p]) => p);
  if (deleted.length === 0) return false;
  const folders = (paths: string[]) => new Set(paths.flatMap(foldersOf));
  const addedFolders = folders(added);
  const deletedFolders = folders(deleted);
  return deleted.some((d) => addedFolders.has(d)) || added.some((a) => deletedFolders.has(a));
}

/** GraphQL answers errors with HTTP 200 and a list of typed errors: say them as GitHub did. */
function graphqlProblem(error: GraphqlErrorLike, target: string): Error {
  const said = error.errors.map((e) => (e.type ? `${e.type}: ${e.message}` : e.message));
  const text = `${target}: GitHub answered ${said.join('; ')}`;
  // "Something went wrong while executing your query" is retried by Octokit first; RATE_LIMITED
  // by its throttling. Left over, both are still worth another attempt.
  if (error.errors.some((e) => e.type === 'RATE_LIMITED' || /went wrong/i.test(e.message))) {
    return new TransientError(text);
  }
  if (error.errors.some((e) => e.type === 'FORBIDDEN' && /not accessible/i.test(e.message))) {
    return new Error(`${text}; the job needs "permissions: contents: write"`);
  }
  return new Error(text);
}

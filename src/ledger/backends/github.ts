/**
 * GitHub API backend through the Git Data API (REST; `CI_LEDGER_API=rest`). The GraphQL writer
 * (github-graphql.ts, the default) uses it for what GraphQL cannot do: creating a branch, the
 * first commit of an empty repository, and reading blobs too large for GraphQL's Blob.text.
 *   read:    GET git/ref/heads/B → GET git/commits/{head} (its tree) → GET contents/{path}?ref={head}
 *            (raw media type: any size up to GitHub's 100 MB, no base64)
 *   publish: POST git/trees (base_tree = head's tree) → POST git/commits (parent = head)
 *            → PATCH git/refs/heads/B without force (GitHub refuses a non-fast-forward: 422)
 * A missing branch is created as an orphan commit holding just the new files (POST git/refs;
 * 422 "Reference already exists" means another writer won that race). An empty repository
 * refuses Git Data writes (409), so its first file goes through the contents API.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GitHubBranchReader } from './github-tree.js';
import { unreadableFileError } from '../limits.js';
import type {
  Changes,
  FolderEntry,
  FolderSnapshot,
  LedgerBackend,
  PublishResult,
  Snapshot,
} from '../types.js';
import type { BranchEntry } from '../../files/entries.js';
import { InputError } from '../../vocabulary/index.js';
import type { BranchLimits } from '../branch-content.js';
import {
  GitHubClient,
  classify,
  isRequestError,
  isTooLargeForApi,
  type GitHubBackendOptions,
} from './github-client.js';

export type { GitHubBackendOptions } from './github-client.js';

export class GitHubBackend implements LedgerBackend {
  readonly description: string;
  private readonly client: GitHubClient;
  private readonly checkouts: string[] = [];
  /** Reads through the shared branch reader; it also knows each head's tree, for base_tree. */
  private readonly reader: GitHubBranchReader;

  constructor(options: GitHubBackendOptions | GitHubClient) {
    this.client = options instanceof GitHubClient ? options : new GitHubClient(options);
    this.description = this.client.description;
    this.reader = new GitHubBranchReader({
      octokit: this.octokit,
      owner: this.owner,
      repo: this.repo,
      call: (request) => this.call(request),
      limits: this.client.limits,
      warn: this.client.log,
      where: this.description,
    });
  }

  private get octokit() {
    return this.client.octokit;
  }
  private get owner() {
    return this.client.owner;
  }
  private get repo() {
    return this.client.repo;
  }

  async defaultBranch(): Promise<string> {
    const { data } = await this.call(() =>
      this.octokit.rest.repos.get({ owner: this.owner, repo: this.repo }),
    );
    return data.default_branch;
  }

  async read(branch: string, paths: string[]): Promise<Snapshot> {
    const head = await this.headOf(branch);
    const files = new Map<string, string | null>();
    const content = head ? await this.reader.content(head, branch) : undefined;
    const contents = await Promise.all(
      paths.map(async (path) => {
        const entry = await content?.fileEntry(path);
        if (!entry) return null;
        try {
          return await this.reader.text(entry, branch);
        } catch (error) {
          // A blob GitHub will not serve through its API: no retry can read it.
          if (isTooLargeForApi(error))
            throw unreadableFileError(path, (error as { answer?: string }).answer ?? error.message);
          throw error;
        }
      }),
    );
    paths.forEach((path, i) => files.set(path, contents[i] ?? null));
    return { branch, head, files };
  }

  /** The folder's entries: GET git/ref → GET git/commits → GET git/trees per folder on the way
   * → one recursive GET git/trees of the folder. Only shas are read, never content. */
  async readFolder(branch: string, folder: string): Promise<FolderSnapshot> {
    const head = await this.headOf(branch);
    const entries = new Map<string, FolderEntry>();
    if (head) {
      const listed = await (await this.reader.content(head, branch)).folderEntries(folder);
      for (const e of listed)
        if (e.kind !== 'directory') entries.set(e.path, { kind: e.kind, mode: e.mode, sha: e.id });
    }
    return { branch, head, folder, entries };
  }

  async publish(
    base: Snapshot | FolderSnapshot,
    changes: Changes,
    message: string,
  ): Promise<PublishResult> {
    const { owner, repo } = this;
    // Without base_tree a tree holds only the changes: never build on a head whose tree is unknown.
    if (base.head && !this.reader.treeOf(base.head))
      await this.reader.content(base.head, base.branch);
    const baseTree = base.head ? this.reader.treeOf(base.head) : undefined;
    // Deletions (sha null) first, so that a path deleted may make room for a written one.
    const ordered = [...changes].sort(([, a], [, b]) => Number(a !== null) - Number(b !== null));
    let tree: string;
    try {
      const { data } = await this.call(() =>
        this.octokit.rest.git.createTree({
          owner,
          repo,
          ...(baseTree ? { base_tree: baseTree } : {}),
          tree: ordered.map(([path, content]) =>
            content === null
              ? { path, mode: '100644' as const, type: 'blob' as const, sha: null }
              : { path, mode: '100644' as const, type: 'blob' as const, content },
          ),
        }),
      );
      tree = data.sha;
    } catch (error) {
      if (isRequestError(error) && error.status === 409 && /empty/i.test(error.message)) {
        return this.publishIntoEmptyRepository(base, changes, message);
      }
      throw error;
    }
    const { data: commit } = await this.call(() =>
      this.octokit.rest.git.createCommit({
        owner,
        repo,
        message,
        tree,
        parents: base.head ? [base.head] : [],
      }),
    );
    try {
      if (base.head) {
        await this.call(() =>
          this.octokit.rest.git.updateRef({
            owner,
            repo,
            ref: `heads/${base.branch}`,
            sha: commit.sha,
            force: false,
          }),
        );
      } else {
        await this.call(() =>
          this.octokit.rest.git.createRef({
            owner,
            repo,
            ref: `refs/heads/${base.branch}`,
            sha: commit.sha,
          }),
        );
      }
    } catch (error) {
      if (isRequestError(error) && (error.status === 422 || error.status === 409)) {
        return {
          status: 'conflict',
          reason: `${base.head ? 'ref update' : 'branch creation'} refused: ${error.message}`,
        };
      }
      throw error;
    }
    return { status: 'published', head: commit.sha };
  }

  /** The regular files under `prefixes` (chosen by the shared reader), fetched into a temp directory. */
  async checkout(branch: string, prefixes: string[]): Promise<string | null> {
    const head = await this.headOf(branch);
    if (!head) return null;
    const { files } = await (await this.reader.content(head, branch)).checkoutEntries(prefixes);
    const out = await mkdtemp(join(tmpdir(), 'ci-ledger-checkout-'));
    this.checkouts.push(out);
    for (const file of files) {
      await mkdir(dirname(join(out, file.path)), { recursive: true });
      await writeFile(join(out, file.path), await this.reader.blob(file.id), { flag: 'wx' });
    }
    return out;
  }

  /** The regular files under `prefixes`, from one recursive listing of the folder they share. */
  async listFiles(branch: string, prefixes: string[]): Promise<BranchEntry[] | null> {
    const head = await this.headOf(branch);
    if (!head) return null;
    return (await this.reader.content(head, branch)).listEntries(prefixes);
  }

  /** Each listed file by its blob sha (REST has no batch read: one request per file). */
  async fetchFiles(dir: string, files: BranchEntry[]): Promise<void> {
    assertFetchBounds(files, this.client.limits);
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const file = files[next++]!;
        await writeFetched(dir, file.path, await this.reader.blob(file.id));
      }
    };
    await Promise.all(Array.from({ length: Math.min(8, files.length) }, worker));
  }

  async close(): Promise<void> {
    for (const dir of this.checkouts.splice(0)) await rm(dir, { recursive: true, force: true });
  }

  private async headOf(branch: string): Promise<string | null> {
    try {
      const { data } = await this.call(() =>
        this.octokit.rest.git.getRef({
          owner: this.owner,
          repo: this.repo,
          ref: `heads/${branch}`,
        }),
      );
      return data.object.sha;
    } catch (error) {
      // 404: no such branch; 409: the repository has no commits at all.
      if (isRequestError(error) && (error.status === 404 || error.status === 409)) return null;
      throw error;
    }
  }

  /** GitHub refuses Git Data writes into a repository with no commits; the contents API is
   * the one way to make its first commit. One file lands; the writer re-reads and continues. */
  private async publishIntoEmptyRepository(
    base: Snapshot | FolderSnapshot,
    changes: Changes,
    message: string,
  ): Promise<PublishResult> {
    // An empty repository has nothing to delete: only what is written counts.
    const written = [...changes].filter((c): c is [string, string] => c[1] !== null);
    if (written.length === 0) return { status: 'published', head: '' };
    const [path, content] = written[0]!;
    try {
      await this.call(() =>
        this.octokit.rest.repos.createOrUpdateFileContents({
          owner: this.owner,
          repo: this.repo,
          path,
          message,
          branch: base.branch,
          content: Buffer.from(content).toString('base64'),
        }),
      );
    } catch (error) {
      if (isRequestError(error) && (error.status === 409 || error.status === 422)) {
        return {
          status: 'conflict',
          reason: `creating the first commit refused: ${error.message}`,
        };
      }
      throw error;
    }
    return written.length === 1
      ? { status: 'published', head: (await this.headOf(base.branch)) ?? '' }
      : {
          status: 'conflict',
          reason: 'the empty repository got its first commit; appending the rest',
        };
  }

  /**
   * A blob by its sha, whole (raw media type, up to GitHub's 100 MB): for files whose GraphQL
   * Blob.text is truncated. `path` names the file in messages.
   */
  async blobText(sha: string, path: string): Promise<string> {
    const response = await this.call(
      () =>
        this.octokit.rest.git.getBlob({
          owner: this.owner,
          repo: this.repo,
          file_sha: sha,
          mediaType: { format: 'raw' },
        }),
      path,
    );
    const data: unknown = response.data;
    if (typeof data === 'string') return data;
    if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
    throw new Error(`${path}: blob ${sha} came back as ${typeof data}, not its raw bytes`);
  }

  /** Maps what Octokit could not retry away to the writer's vocabulary; a blob too large for
   * the API (403 too_large) reading `file` is a refusal that no retry can change. */
  private async call<T>(request: () => Promise<T>, file?: string): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (file !== undefined && isTooLargeForApi(error)) {
        throw unreadableFileError(file, error.message);
      }
      throw classify(error, this.description);
    }
  }
}

/** A fetched branch file under `dir` (never over an existing file: paths come from one listing). */
export async function writeFetched(
  dir: string,
  path: string,
  bytes: Buffer | string,
): Promise<void> {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), bytes, { flag: 'wx' });
}

/** What one read may fetch: the checkout's bounds, applied to the files chosen. */
export function assertFetchBounds(files: BranchEntry[], limits: BranchLimits): void {
  const bytes = files.reduce((n, f) => n + (f.size ?? 0), 0);
  if (files.length > limits.checkoutFiles || bytes > limits.checkoutBytes)
    throw new InputError(
      `a report would read ${files.length} files (${bytes} bytes), over the limits of ${limits.checkoutFiles} files and ${limits.checkoutBytes} bytes (CI_LEDGER_MAX_CHECKOUT_BYTES)`,
    );
}

/**
 * The GitHub API's view of a branch for the shared reader (../branch-content.ts): trees and
 * blobs by sha through the Git Data API. The contents API is not used to read: for a path that
 * is a symbolic link GitHub answers with the content of the link's target, and its listings
 * blur what an entry is; a tree entry's mode is exact.
 */
import type { getOctokit } from '@actions/github';
import { InputError } from '../../vocabulary/index.js';
import {
  BranchContent,
  branchFileText,
  kindOfMode,
  type BranchEntry,
  type BranchLimits,
  type BranchTree,
} from '../branch-content.js';

export interface ApiTree {
  tree: Array<{ path?: string; mode?: string; type?: string; sha?: string; size?: number }>;
  truncated: boolean;
}

export function githubBranchTree(
  getTree: (sha: string, recursive: boolean) => Promise<ApiTree>,
): BranchTree {
  return {
    async list(sha, recursive) {
      const listed = await getTree(sha, recursive);
      // A truncated listing would silently hide files: refuse rather than report on part.
      if (listed.truncated)
        throw new InputError(
          `the tree ${sha} is too large for the GitHub API to list in full; nothing was read`,
        );
      const entries: BranchEntry[] = [];
      for (const e of listed.tree) {
        if (!e.path || !e.mode || !e.sha) continue;
        const entry: BranchEntry = {
          path: e.path,
          kind: kindOfMode(e.mode),
          mode: e.mode,
          id: e.sha,
        };
        if (typeof e.size === 'number') entry.size = e.size;
        entries.push(entry);
      }
      return entries;
    },
  };
}

/** A raw blob as Octokit returns it (text or binary) as bytes. */
export function rawBytes(data: unknown, what: string): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  throw new InputError(`${what}: the API did not return the raw blob`);
}

export interface GitHubBranchReaderOptions {
  octokit: ReturnType<typeof getOctokit>;
  owner: string;
  repo: string;
  /** The backend's request wrapper (maps errors to the writer's vocabulary). */
  call: <T>(request: () => Promise<T>) => Promise<T>;
  limits: BranchLimits;
  warn: (line: string) => void;
  where: string;
}

export class GitHubBranchReader {
  /** tree sha of each head read (also the base_tree of the next commit) */
  private readonly trees = new Map<string, string>();

  constructor(private readonly o: GitHubBranchReaderOptions) {}

  treeOf(head: string): string | undefined {
    return this.trees.get(head);
  }

  /** The branch at `head` for the shared reader: trees by sha, walked from the head's tree. */
  async content(head: string, branch: string): Promise<BranchContent> {
    const { octokit, owner, repo, call } = this.o;
    if (!this.trees.has(head)) {
      const { data } = await call(() =>
        octokit.rest.git.getCommit({ owner, repo, commit_sha: head }),
      );
      this.trees.set(head, data.tree.sha);
    }
    const tree = githubBranchTree(async (sha, recursive) => {
      const { data } = await call(() =>
        octokit.rest.git.getTree({
          owner,
          repo,
          tree_sha: sha,
          ...(recursive ? { recursive: 'true' } : {}),
        }),
      );
      return data;
    });
    return new BranchContent(tree, this.trees.get(head)!, this.context(branch));
  }

  async blob(sha: string): Promise<Buffer> {
    const { octokit, owner, repo, call } = this.o;
    const response = await call(() =>
      octokit.rest.git.getBlob({ owner, repo, file_sha: sha, mediaType: { format: 'raw' } }),
    );
    return rawBytes(response.data as unknown, `blob ${sha}`);
  }

  async text(entry: BranchEntry, branch: string): Promise<string> {
    return branchFileText(await this.blob(entry.id), entry.path, this.context(branch));
  }

  private context(branch: string) {
    const { limits, warn, where } = this.o;
    return { place: `on branch ${branch}`, where, limits, warn };
  }
}

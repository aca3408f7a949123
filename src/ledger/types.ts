/**
 * The ledger's own types. An append request is plain data (so it can be spooled to a
 * file and re-submitted later); backends only know how to read files at a branch head
 * and publish a new head that has the old one as its parent.
 */

/** Rows for a CSV file with a fixed header; each row maps column name → cell text. */
export interface CsvAppend {
  format: 'csv';
  path: string;
  columns: string[];
  /** Columns whose values identify a record: a row with the same key is not appended twice. */
  key: string[];
  records: Array<Record<string, string>>;
  /** Other files whose rows count as already there (the other shards that can hold a key). */
  seenIn?: string[];
}

/** Objects for a JSON Lines file; one object per line. */
export interface JsonlAppend {
  format: 'jsonl';
  path: string;
  /** Fields whose values identify a record. */
  key: string[];
  records: Array<Record<string, unknown>>;
  /** Other files whose records count as already there (the other shards that can hold a key). */
  seenIn?: string[];
}

export type FileAppend = CsvAppend | JsonlAppend;

export interface AppendRequest {
  /** Target branch; undefined means the repository's default branch. */
  branch?: string;
  /** Commit message. */
  message: string;
  /** Every file here lands in one commit, or none does. */
  files: FileAppend[];
  /**
   * Path of the file whose records identify the whole request (a batch's metrics line): when
   * they are all there already, nothing is appended to any file, so a re-run never adds
   * stray records to the others.
   */
  anchor?: string | string[];
}

/** The files of interest as they are at one head of the branch. */
export interface Snapshot {
  branch: string;
  /** Commit sha (git, API) or content version (directory); null when the branch does not exist. */
  head: string | null;
  /** path → content, null when the file does not exist at that head. */
  files: Map<string, string | null>;
}

/**
 * What is under one folder of the branch at one head, without its content: enough to tell
 * which files a replacement changes (git blob shas are compared, so an unchanged file costs no
 * upload) and which it deletes.
 */
export interface FolderSnapshot {
  branch: string;
  /** Commit sha (git, API) or a digest of the folder (directory); null when there is no branch. */
  head: string | null;
  /** '' for the branch root. */
  folder: string;
  /** Every entry under the folder but folders themselves, by path from the branch root. */
  entries: Map<string, FolderEntry>;
}

export interface FolderEntry {
  kind: 'file' | 'link' | 'submodule' | 'other';
  mode: string;
  /** git blob sha (of the file's bytes, whatever the store: directories compute it). */
  sha: string;
}

/** path → full new content, or null to delete the path. */
export type Changes = ReadonlyMap<string, string | null>;

export type PublishResult =
  { status: 'published'; head: string } | { status: 'conflict'; reason: string };

export interface LedgerBackend {
  /** Human-readable target, e.g. "GitHub API acme/infra" — used in messages. */
  readonly description: string;
  defaultBranch(): Promise<string>;
  read(branch: string, paths: string[]): Promise<Snapshot>;
  /** Optional: `read` of the repository's default branch, found in the same request. */
  readDefaultBranch?(paths: string[]): Promise<Snapshot>;
  /**
   * The entries under `folder` (a safe relative path, or '' for the root) at the branch head.
   * A folder that is a link, a file or a submodule, or lies under one, is an InputError.
   */
  readFolder(branch: string, folder: string): Promise<FolderSnapshot>;
  /**
   * Publish `changes` (path → full new content, null deletes) on top of `base.head`, only as
   * a fast-forward of that head; with no head, as the first (orphan) commit of the branch. A
   * head that moved meanwhile is a conflict, never an overwrite.
   */
  publish(
    base: Snapshot | FolderSnapshot,
    changes: Changes,
    message: string,
  ): Promise<PublishResult>;
  /**
   * Optional: the regular files under `prefixes` at the branch head (paths, blob ids, sizes),
   * from one listing, without their content: readers that need only some of them fetch those
   * with `fetchFiles`. Null when the branch does not exist.
   */
  listFiles?(branch: string, prefixes: string[]): Promise<BranchEntry[] | null>;
  /** Optional: writes the listed files' content under `dir` (same relative paths). */
  fetchFiles?(dir: string, files: BranchEntry[]): Promise<void>;
  /**
   * A local directory holding the files under `prefixes` as they are at the branch head, for
   * readers (reports) that stream whole histories. Null when the branch does not exist.
   */
  checkout(branch: string, prefixes: string[]): Promise<string | null>;
  close(): Promise<void>;
}

import type { BranchEntry } from '../files/entries.js';

/** What a write reports is shared vocabulary: summaries and outputs read it too. */
export type { AppendResult, FileOutcome } from '../vocabulary/index.js';

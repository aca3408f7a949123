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
   * Publish `changes` (path → full new content; null removes the file, as a re-lay into shards
   * does) on top of `base.head`, only as a fast-forward of that head. A head that moved
   * meanwhile is a conflict, never an overwrite.
   */
  publish(
    base: Snapshot,
    changes: Map<string, string | null>,
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

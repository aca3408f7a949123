/** An entry of a tree: a branch's (git, API) or a local folder's, with git's notion of its kind. */
export type EntryKind = 'file' | 'directory' | 'link' | 'submodule' | 'other';

export interface BranchEntry {
  /** Path relative to the tree that was listed (or, once located, to the branch root). */
  path: string;
  kind: EntryKind;
  /** git's mode as listed (e.g. 100644, 120000); for local folders the mode git would give. */
  mode: string;
  /** blob or tree sha (git, API) or the relative path (a local folder). */
  id: string;
  /** bytes, for files */
  size?: number;
}

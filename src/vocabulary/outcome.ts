/**
 * What a write reports. The ledger produces it; jobs, summaries and action outputs read it —
 * so it lives here, below all of them, rather than in the writer.
 */
export interface FileOutcome {
  path: string;
  appended: number;
  duplicates: number;
}

export interface AppendResult {
  /** 'recorded': this call's records landed; 'already-recorded': every record was there before. */
  status: 'recorded' | 'already-recorded';
  branch: string;
  /** Head after the append (the commit that holds the records, for git and the API). */
  head: string | null;
  files: FileOutcome[];
  attempts: number;
  /** The files' content at `head`, for summaries that show the history around the new records. */
  contents: Map<string, string | null>;
}

import type { DocumentRows } from './rows.js';

/**
 * The storage the importer writes through: small on purpose, so the import pipeline knows
 * nothing of SQL (the better-sqlite3 implementation is `openSqliteStore`; a bench measures
 * extraction alone through the same pipeline with `discardingStore`).
 */
export interface Store {
  /** Starts an import run (recorded for audit); returns its id. */
  beginRun(args: readonly string[]): number;
  /** Ends a run with its counts. */
  finishRun(runId: number, counts: RunCounts): void;
  /** What the store already holds for this content, or null. */
  lookup(sha256: string): StoredDocument | null;
  /**
   * Writes one document in one transaction: it is either fully in the store or not at all.
   * An existing document with the same sha256 is kept (`skipped`) unless `replace` is set and it
   * was written by an earlier run (so two copies of one file in a run are not imported twice).
   * A document stored under the same path with other content (an older version of the file)
   * is replaced.
   */
  putDocument(rows: DocumentRows, runId: number, replace: boolean): PutOutcome;
  /** Records a file that produced no table; replaces earlier failures of the same path or content. */
  putFailure(failure: FailedFile, runId: number): void;
  close(): void;
}

export interface StoredDocument {
  readonly documentId: number;
  readonly runId: number | null;
}

export type PutOutcome = 'imported' | 'replaced' | 'skipped';

export interface FailedFile {
  readonly path: string;
  readonly sha256: string | null;
  readonly errors: readonly { readonly code: string; readonly message: string }[];
  readonly recordedAt: string;
}

export interface RunCounts {
  readonly imported: number;
  readonly skipped: number;
  readonly failed: number;
}

/**
 * jixiao as a library: `import { extractDocument, importPaths, openDatabase } from 'jixiao'`.
 *
 * - `extractDocument(bytes, { file })` — the pure core: one file's bytes → its Document record
 *   (no I/O; never throws for bad input, problems are `errors` and `findings`).
 * - `DocumentSchema`, `ExtractOutputSchema` (zod) and `extractOutputJsonSchema()` — the contract.
 * - `importPaths(paths, options)` — what `jixiao import` does: files, folders, globs → SQLite.
 * - `openDatabase(path)` — a read-only connection for your own SQL; `readDocuments(db)` gives
 *   the stored records back; `openStore(path)` the writer the importer uses.
 * - `mergeDatabases(target, sources)` — what `jixiao merge` does.
 * Everything exported here is typed (`dist/index.d.ts`); what is not exported is internal.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { inProcessExtractor } from './store/import/extract-checked.js';
import { importArchive, type ProgressSnapshot } from './store/import/import-archive.js';
import type { ImportSummary } from './store/import/import-summary.js';
import { inShard, shardKey, type Shard } from './store/import/shard.js';
import { createWorkerPool } from './store/import/worker-pool.js';
import { mergeInto, type MergeCounts } from './store/merge-databases.js';
import { openReadOnly } from './store/read-only-db.js';
import { openSqliteStore } from './store/sqlite-store.js';
import { sameFile } from './store/export/safe-output.js';
import { StoreError } from './store/store-error.js';

export { extractDocument, type ExtractOptions } from './pipeline/extract-document.js';
export {
  DocumentSchema, ExtractOutputSchema, TableSchema, IndicatorSchema, FundsRowSchema, FindingSchema,
  extractOutputJsonSchema, LEVEL1, LEVEL2, TABLE_KINDS,
  type Document, type ExtractOutput, type Table, type Indicator, type FundsRow, type Finding, type ParsedValue,
  type TableKind, type Level1,
} from './schemas/record.js';
export type { Place } from './schemas/place.js';
export { FINDING_CODES, type FindingCode, type Severity } from './schemas/finding-codes.js';
export { readDocuments } from './store/export/read-documents.js';
export { openSqliteStore as openStore } from './store/sqlite-store.js';
export type { Store } from './store/store.js';
export type { ReadOnlyDb, QueryResult } from './store/read-only-db.js';
export type { ImportSummary } from './store/import/import-summary.js';
export type { ProgressSnapshot } from './store/import/import-archive.js';
export type { Shard } from './store/import/shard.js';
export type { MergeCounts } from './store/merge-databases.js';
export { StoreError };

/** A read-only connection to a jixiao database: `run(sql)` streams rows, `all(sql)` returns objects. */
export const openDatabase = (path: string) => openReadOnly(path);

export interface ImportPathsOptions {
  /** the database file; created and migrated as needed */
  readonly db: string;
  /** extraction worker threads (default CPUs − 1; 0 extracts on the calling thread) */
  readonly jobs?: number;
  /** replace documents already imported */
  readonly force?: boolean;
  /** only this part of the file list (see `jixiao import --shard`) */
  readonly shard?: Shard;
  /** called after each file */
  readonly onProgress?: (snapshot: ProgressSnapshot) => void;
  readonly signal?: AbortSignal;
}

/** Imports files, folders (recursive) and globs into a database, as `jixiao import` does. */
export async function importPaths(paths: readonly string[], options: ImportPathsOptions): Promise<ImportSummary> {
  const jobs = options.jobs ?? Math.max(1, availableParallelism() - 1);
  const store = openSqliteStore(options.db);
  const extractor = jobs === 0 ? inProcessExtractor() : createWorkerPool({ size: jobs });
  const { shard } = options;
  try {
    return await importArchive(paths, store, extractor, {
      force: options.force ?? false,
      window: jobs * 2 + 4,
      args: ['importPaths', ...paths],
      ...(options.signal && { signal: options.signal }),
      ...(shard && { select: (entry) => inShard(shardKey(entry.path, paths), shard) }),
    }, options.onProgress);
  } finally {
    await extractor.close();
    store.close();
  }
}

/** Copies into `target` every document of each source it does not hold yet (idempotent), as `jixiao merge` does. */
export function mergeDatabases(target: string, sources: readonly string[]): MergeCounts[] {
  for (const source of sources) {
    if (sameFile(source, target)) throw new StoreError('MERGE_SAME_DATABASE', `${target} is both a source and the target`);
  }
  const store = openSqliteStore(target);
  try {
    return sources.map((source) => {
      const db = openReadOnly(source);
      try {
        return mergeInto(store, db, resolve(source));
      } finally {
        db.close();
      }
    });
  } finally {
    store.close();
  }
}

import type { ReadOnlyDb } from './read-only-db.js';
import { readDocument } from './export/read-documents.js';
import type { DocumentRow } from './rows.js';
import { rowsFromDocument } from './rows-from-document.js';
import type { Store } from './store.js';

export interface MergeCounts {
  /** documents written into the target */
  readonly documents: number;
  /** documents the target already held (same sha256) */
  readonly skipped: number;
  /** failed files (no document) carried over */
  readonly failures: number;
}

const PAGE = 200;

/**
 * Copies every document of `source` that `target` does not hold (by sha256) into it, each in
 * its own transaction through the store's own writer, so the target's projects, search index
 * and counts are built as an import builds them. What the source recorded about a document —
 * path, size, imported_at, tool_version, tables, findings, errors — is kept; the documents are
 * tagged with a new import run whose arguments name the source (`["merge", path]`). Running it
 * again adds nothing: merging is idempotent.
 */
export function mergeInto(target: Store, source: ReadOnlyDb, sourceName: string): MergeCounts {
  const runId = target.beginRun(['merge', sourceName]);
  let documents = 0;
  let skipped = 0;
  for (let after = 0; ;) {
    const page = source.all<DocumentRow & { id: number }>(
      `SELECT id, sha256, path, format, encoding, size, imported_at, tool_version, table_count, indicator_count
       FROM documents WHERE id > ? ORDER BY id LIMIT ${PAGE}`, [after]);
    if (page.length === 0) break;
    for (const row of page) {
      if (target.lookup(row.sha256)) { skipped++; continue; }
      const rows = rowsFromDocument(readDocument(source, row), {
        path: row.path, sha256: row.sha256, size: row.size, importedAt: row.imported_at, toolVersion: row.tool_version,
      });
      if (target.putDocument(rows, runId, false) === 'skipped') skipped++;
      else documents++;
    }
    after = page[page.length - 1]!.id;
  }
  // failed files: one failure per path (its errors together), unless the target has the content
  const failed = source.all<{ path: string; sha256: string | null; code: string; message: string; recorded_at: string }>(
    'SELECT path, sha256, code, message, recorded_at FROM import_errors WHERE document_id IS NULL ORDER BY path, id');
  let failures = 0;
  for (let i = 0; i < failed.length;) {
    const { path, sha256, recorded_at } = failed[i]!;
    const errors: { code: string; message: string }[] = [];
    for (; i < failed.length && failed[i]!.path === path && failed[i]!.sha256 === sha256; i++) errors.push({ code: failed[i]!.code, message: failed[i]!.message });
    if (sha256 !== null && target.lookup(sha256)) continue;
    target.putFailure({ path, sha256, errors, recordedAt: recorded_at }, runId);
    failures++;
  }
  target.finishRun(runId, { imported: documents, skipped, failed: failures });
  return { documents, skipped, failures };
}

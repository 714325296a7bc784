import type { Document } from '../../schemas/record.js';
import type { ReadOnlyDb } from '../read-only-db.js';
import type { DocumentRow, ErrorRow, FindingRow, GoalRow, IndicatorRow, TableRow } from '../rows.js';
import { documentFromRows, type StoredFundsRow } from './document-from-rows.js';

const PAGE = 200;
const SOURCE = 'source_line, source_column, source_page, source_box';

/**
 * Every imported document as its record, in import order. Pages through documents by id (no
 * statement stays open between yields, so the caller may write and await freely).
 */
export function* readDocuments(db: ReadOnlyDb): Generator<Document> {
  for (let after = 0; ;) {
    const page = db.all<DocumentRow & { id: number }>(
      `SELECT id, sha256, path, format, encoding, size, imported_at, tool_version, table_count, indicator_count
       FROM documents WHERE id > ? ORDER BY id LIMIT ${PAGE}`, [after]);
    if (page.length === 0) return;
    for (const document of page) yield readDocument(db, document);
    after = page[page.length - 1]!.id;
  }
}

export function readDocument(db: ReadOnlyDb, document: DocumentRow & { id: number }): Document {
  const tables = db.all<TableRow & { id: number }>('SELECT * FROM tables WHERE document_id = ? ORDER BY ordinal', [document.id]);
  return documentFromRows({
    document,
    tables: tables.map((table) => ({
      table,
      funds: db.all<StoredFundsRow>('SELECT * FROM funds WHERE table_id = ? ORDER BY ordinal', [table.id]),
      indicators: db.all<IndicatorRow>('SELECT * FROM indicators WHERE table_id = ? ORDER BY ordinal', [table.id]),
      goals: db.all<GoalRow>("SELECT which, text FROM goals WHERE table_id = ? ORDER BY which = 'actual'", [table.id]),
      findings: db.all<FindingRow>(`SELECT code, severity, message, ${SOURCE} FROM findings WHERE table_id = ? ORDER BY id`, [table.id]),
    })),
    findings: db.all<FindingRow>(`SELECT code, severity, message, ${SOURCE} FROM findings WHERE document_id = ? AND table_id IS NULL ORDER BY id`, [document.id]),
    errors: db.all<ErrorRow>('SELECT code, message FROM import_errors WHERE document_id = ? ORDER BY id', [document.id]),
  });
}

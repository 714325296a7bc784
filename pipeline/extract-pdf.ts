import { createHash } from 'node:crypto';
import { readPdfRows } from '../extractors/pdf/read-pdf.js';
import { looksTraditional } from '../normalizers/to-simplified.js';
import { defaultSeverity } from '../schemas/finding-codes.js';
import type { Document, Finding } from '../schemas/record.js';
import { tablesFromRows } from './tables-from-rows.js';

export interface ExtractPdfOptions {
  /** the path reported in the record (as the user gave it) */
  readonly file: string;
}

/**
 * Bytes of one PDF → its Document record. The PDF is read by geometry (grid rows with
 * spans, page and box per cell) and handed to the same stages as text input.
 * Never throws for a bad file: encrypted, corrupt or scanned files become `errors`.
 */
export async function extractPdfDocument(bytes: Uint8Array, options: ExtractPdfOptions): Promise<Document> {
  const { file } = options;
  const base = {
    file,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    format: 'pdf' as const,
    encoding: null,
    size: bytes.length,
  };
  const read = await readPdfRows(bytes);
  const findings: Finding[] = read.notes.map((n) => ({
    code: n.code, severity: defaultSeverity(n.code), message: n.message,
    source: { file, line: null, column: null, page: n.page },
  }));
  if (read.errors.length) return { ...base, tables: [], errors: read.errors.map((e) => ({ code: e.code, message: `${file}: ${e.message}` })), findings };
  // Traditional or Simplified is decided once per document, as for text input
  const simplify = looksTraditional(read.rows.map((r) => r.text).join('\n'));
  const tables = tablesFromRows(read.rows, { file, simplify });
  const errors = tables.length ? [] : [{ code: 'NO_TABLE_FOUND', message: `${file}: no evaluation table found in ${read.pages} page(s)` }];
  const lost = pagesLost(findings, read.pages, new Set(read.rows.map((r) => r.page)).size, file);
  return { ...base, tables, errors, findings: lost ? [...findings, lost] : findings };
}

/**
 * A damaged (bit-rotted) PDF loses pages one by one — broken content streams read as no text
 * or fail — while the rest still gives tables: said once for the whole document when half or
 * more of its pages are lost, so a record with few tables is not mistaken for the whole file.
 */
function pagesLost(notes: readonly Finding[], pages: number, pagesWithText: number, file: string): Finding | null {
  const unreadable = notes.filter((n) => n.code === 'PDF_PAGE_UNREADABLE').length;
  const lost = pages - pagesWithText;
  if (pages === 0 || 2 * lost < pages) return null;
  return {
    code: 'PDF_MOSTLY_UNREADABLE', severity: defaultSeverity('PDF_MOSTLY_UNREADABLE'),
    message: `${file}: ${lost} of ${pages} pages gave no text (${unreadable} failed to read, the others broken or without a text layer); tables on them are missing from this record`,
    source: { file, line: null, column: null },
  };
}

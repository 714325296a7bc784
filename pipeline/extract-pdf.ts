import { createHash } from 'node:crypto';
import { readPdfRows } from '../extractors/pdf/read-pdf.js';
import { looksTraditional } from '../normalizers/to-simplified.js';
import { defaultSeverity } from '../schemas/finding-codes.js';
import type { Document, Finding } from '../schemas/record.js';
import { tablesFromRows } from './tables-from-rows.js';
import type { OcrOptions } from '../extractors/ocr/ocr-document.js';

export interface ExtractPdfOptions {
  /** the path reported in the record (as the user gave it) */
  readonly file: string;
  /** read pages without a usable text layer by OCR; default true */
  readonly ocr?: boolean;
  readonly onOcrPage?: OcrOptions['onPage'];
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
  const scanned = read.notes.filter((n) => n.code === 'PDF_PAGE_NEEDS_OCR').map((n) => n.page);
  if (options.ocr !== false && scanned.length) {
    const { withOcrPages } = await import('./extract-pdf-ocr.js');
    return withOcrPages(bytes, read, scanned, options, base);
  }
  const findings: Finding[] = read.notes.map((n) => ({
    code: n.code, severity: defaultSeverity(n.code), message: n.message,
    source: { file, line: null, column: null, page: n.page },
  }));
  if (read.errors.length) return { ...base, tables: [], errors: read.errors.map((e) => ({ code: e.code, message: `${file}: ${e.message}` })), findings };
  // Traditional or Simplified is decided once per document, as for text input
  const simplify = looksTraditional(read.rows.map((r) => r.text).join('\n'));
  const tables = tablesFromRows(read.rows, { file, simplify });
  const errors = tables.length ? [] : [{ code: 'NO_TABLE_FOUND', message: `${file}: no evaluation table found in ${read.pages} page(s)` }];
  return { ...base, tables, errors, findings };
}

import { createHash } from 'node:crypto';
import { readPdfGrid } from '../extractors/pdf/read-pdf.js';
import { looksTraditional } from '../normalizers/to-simplified.js';
import { defaultSeverity } from '../schemas/finding-codes.js';
import type { Document, Finding } from '../schemas/record.js';
import { gridText, type GridDocument } from '../schemas/grid.js';
import { tablesFromGrid } from './tables-from-grid.js';
import { documentError } from './findings.js';
import type { OcrOptions } from '../extractors/ocr/ocr-document.js';

export interface ExtractPdfOptions {
  /** the path reported in the record (as the user gave it) */
  readonly file: string;
  /** read pages without a usable text layer by OCR; default true */
  readonly ocr?: boolean;
  readonly onOcrPage?: OcrOptions['onPage'];
}

/**
 * Bytes of one PDF → its Document record. The PDF is read by geometry (a grid with spans,
 * page and box per cell) and handed to the same reader as every other source.
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
  const read = await readPdfGrid(bytes);
  const scanned = read.notes.filter((n) => n.code === 'PDF_PAGE_NEEDS_OCR').map((n) => n.page);
  if (options.ocr !== false && scanned.length) {
    const { withOcrPages } = await import('./extract-pdf-ocr.js');
    return withOcrPages(bytes, read, scanned, options, base);
  }
  const findings: Finding[] = read.notes.map((n) => ({
    code: n.code, severity: defaultSeverity(n.code), message: n.message,
    source: { file, line: null, column: null, page: n.page },
  }));
  if (read.errors.length) return { ...base, tables: [], errors: read.errors.map((e) => documentError(e.code, e.message, file)), findings };
  // Traditional or Simplified is decided once per document, as for text input
  const simplify = looksTraditional(gridText(read.grid));
  const tables = tablesFromGrid(read.grid, { file, simplify });
  const errors = tables.length ? [] : [documentError('NO_TABLE_FOUND', `no evaluation table found in ${read.pages} page(s)`, file)];
  const lost = pagesLost(findings, read.pages, pagesWithText(read.grid), file);
  return { ...base, tables, errors, findings: lost ? [...findings, lost] : findings };
}

/** Pages that gave any cell or line of text. */
function pagesWithText(grid: GridDocument): number {
  const pages = new Set<number>();
  for (const b of grid.blocks) {
    if (b.kind === 'grid') for (const p of b.rowPages ?? []) pages.add(p);
    else if (b.place.kind === 'pdf' || b.place.kind === 'scan') pages.add(b.place.page);
  }
  return pages.size;
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
    message: `${lost} of ${pages} pages gave no text (${unreadable} failed to read, the others broken or without a text layer); tables on them are missing from this record`,
    source: { file, line: null, column: null },
  };
}

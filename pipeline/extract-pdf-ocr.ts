import { ocrDocument, type OcrOptions } from '../extractors/ocr/ocr-document.js';
import { pdfPageImages } from '../extractors/ocr/pdf-page-images.js';
import type { PdfGrid } from '../extractors/pdf/read-pdf.js';
import { gridText } from '../schemas/grid.js';
import { tablesFromGrid } from './tables-from-grid.js';
import { documentError } from './findings.js';
import { looksTraditional } from '../normalizers/to-simplified.js';
import { defaultSeverity } from '../schemas/finding-codes.js';
import type { Document, Finding, Table } from '../schemas/record.js';
import { ocrFindings, tablesFromOcr } from './ocr-tables.js';

type Base = Pick<Document, 'file' | 'sha256' | 'format' | 'encoding' | 'size'>;

/**
 * A PDF some of whose pages need OCR (scans, garbled text layers): those pages are read by OCR,
 * the others by their text layer, and the tables of both come out in page order. A table
 * continued from a text page onto a scanned page is read as two tables (a known limit).
 */
export async function withOcrPages(bytes: Uint8Array, read: PdfGrid, scanned: readonly number[], options: { file: string; onOcrPage?: OcrOptions['onPage'] }, base: Base): Promise<Document> {
  const { file } = options;
  const kept: Finding[] = read.notes.filter((n) => n.code !== 'PDF_PAGE_NEEDS_OCR').map((n) => ({
    code: n.code, severity: defaultSeverity(n.code), message: n.message, source: { file, line: null, column: null, page: n.page },
  }));
  let ocr;
  try {
    ocr = await ocrDocument(pdfPageImages(bytes, scanned), scanned.length, options.onOcrPage ? { onPage: options.onOcrPage } : {});
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const textTables = read.grid.blocks.length ? tablesFromGrid(read.grid, { file, simplify: looksTraditional(gridText(read.grid)) }) : [];
    return { ...base, tables: textTables, errors: textTables.length ? [] : [documentError('OCR_UNAVAILABLE', `${scanned.length} page(s) need OCR and the OCR models could not be loaded (${why})`, file)], findings: kept };
  }
  const ocrTables = tablesFromOcr(ocr, file);
  const textTables = read.grid.blocks.length ? tablesFromGrid(read.grid, { file, simplify: looksTraditional(gridText(read.grid)) }) : [];
  const tables: Table[] = [...textTables, ...ocrTables].sort((a, b) => (a.source.page ?? 0) - (b.source.page ?? 0));
  const errors = tables.length ? [] : [documentError('NO_TABLE_FOUND', `no evaluation table found in ${read.pages} page(s) (${scanned.length} read by OCR)`, file)];
  return { ...base, tables, errors, findings: [...kept, ...ocrFindings(ocr, file)] };
}

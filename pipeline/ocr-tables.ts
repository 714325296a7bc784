import { rowsFromGrid } from '../extractors/grid-rows.js';
import type { OcrNote } from '../extractors/ocr/ocr-page.js';
import type { OcrDocument } from '../extractors/ocr/ocr-document.js';
import { looksTraditional } from '../normalizers/to-simplified.js';
import { defaultSeverity } from '../schemas/finding-codes.js';
import type { SourcePlace } from '../schemas/grid.js';
import type { Place } from '../schemas/place.js';
import type { Finding, Table } from '../schemas/record.js';
import { tablesFromRows } from './tables-from-rows.js';

/**
 * The OCR'd grid → tables. The one place the OCR front end reaches the reader: through the
 * transitional grid → rows adapter until the reader takes grids (issue 7).
 */
export function tablesFromOcr(ocr: OcrDocument, file: string): Table[] {
  const text = ocr.doc.blocks.map((b) => (b.kind === 'line' ? b.text : b.cells.map((c) => c.text).join(' '))).join('\n');
  return tablesFromRows(rowsFromGrid(ocr.doc), { file, simplify: looksTraditional(text) });
}

/** A scan place as a record place: page and pixel box. */
export function scanSourcePlace(file: string, place: SourcePlace): Place {
  if (place.kind !== 'scan') return { file, line: null, column: null };
  return { file, line: null, column: null, page: place.page, box: [...place.box], box_space: 'pixels' };
}

/** What OCR says about the file: a PAGE_OCR note per page read, repairs and doubtful cells on their place. */
export function ocrFindings(ocr: OcrDocument, file: string): Finding[] {
  const pageNotes: Finding[] = ocr.pages.map((p) => ({
    code: 'PAGE_OCR', severity: defaultSeverity('PAGE_OCR'),
    message: `page ${p.page} was read by OCR (${p.source === 'embedded' ? 'its scanned image' : p.source === 'rendered' ? 'drawn' : 'image'}${p.dpi ? ` at ${p.dpi} dpi` : ''}${p.skew ? `, turned ${p.skew.toFixed(2)}°` : ''}, ${p.boxes} text boxes)`,
    source: { file, line: null, column: null, page: p.page },
  }));
  const failed: Finding[] = ocr.failed.map((f) => ({
    code: 'PDF_PAGE_UNREADABLE', severity: defaultSeverity('PDF_PAGE_UNREADABLE'),
    message: `page ${f.page} could not be read by OCR: ${f.message}`, source: { file, line: null, column: null, page: f.page },
  }));
  const cells = ocr.notes.map((n: OcrNote): Finding => ({ code: n.code, severity: defaultSeverity(n.code), message: n.message, source: scanSourcePlace(file, n.place) }));
  return [...pageNotes, ...failed, ...cells];
}

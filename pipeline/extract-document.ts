import { createHash } from 'node:crypto';
import type { Document } from '../schemas/record.js';
import { readText, sniffFormat } from './read.js';
import { extractRows } from '../extractors/text-rows.js';
import { extractHtmlRows, looksLikeHtmlTable } from '../extractors/html-rows.js';
import { looksTraditional } from '../normalizers/to-simplified.js';
import { tablesFromRows } from './tables-from-rows.js';
import type { OcrOptions } from '../extractors/ocr/ocr-document.js';

export interface ExtractOptions {
  /** the path reported in the record (as the user gave it) */
  readonly file: string;
  /** read scans (image files, PDF pages without a text layer) by OCR; default true */
  readonly ocr?: boolean;
  /** called after each OCR'd page (progress on long files) */
  readonly onOcrPage?: OcrOptions['onPage'];
}

/**
 * The pure core: bytes of one file → its canonical Document record.
 * No fs, no process: wrappers (CLI, import workers) do the I/O.
 * Never throws for bad input: problems become `errors` / findings.
 * Async because PDF text layers are read with pdfjs, which is async.
 */
export async function extractDocument(bytes: Uint8Array, options: ExtractOptions): Promise<Document> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const base = { file: options.file, sha256, size: bytes.byteLength };
  const format = sniffFormat(bytes);
  switch (format) {
    case 'pdf': {
      const { extractPdfDocument } = await import('./extract-pdf.js');
      return { ...(await extractPdfDocument(bytes, options)), ...base };
    }
    case 'image': {
      if (options.ocr !== false) {
        const { extractImageDocument } = await import('./extract-image.js');
        return { ...(await extractImageDocument(bytes, { file: options.file, ...(options.onOcrPage ? { onPage: options.onOcrPage } : {}) })), ...base };
      }
      return { ...base, format: 'image', encoding: null, tables: [], errors: [{ code: 'IMAGE_NEEDS_OCR', message: `${options.file}: an image (scan); it has no text to read — run OCR first` }] };
    }
    case 'binary':
      if (isOfficeFile(bytes)) return { ...base, format: 'text', encoding: null, tables: [], errors: [{ code: 'UNSUPPORTED_FORMAT', message: `${options.file}: an Office document (.docx/.xlsx/.doc/.xls); export it to PDF or text first` }] };
      return { ...base, format: 'text', encoding: null, tables: [], errors: [{ code: 'FILE_BINARY', message: `${options.file}: binary content, not a text or PDF table` }] };
    case 'text':
      return extractText(bytes, options, base);
  }
}

/** ZIP (docx, xlsx) and OLE2 (doc, xls) containers. */
const isOfficeFile = (b: Uint8Array): boolean =>
  (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) || (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0);

function extractText(bytes: Uint8Array, options: ExtractOptions, base: { file: string; sha256: string; size: number }): Document {
  const read = readText(bytes);
  if (read.kind === 'error') return { ...base, format: 'text', encoding: null, tables: [], errors: [{ code: read.code, message: `${options.file}: ${read.message}` }] };
  const rows = looksLikeHtmlTable(read.text) ? extractHtmlRows(read.text) : extractRows(read.text, { pageBreaks: read.pageBreaks });
  const simplify = looksTraditional(read.text);
  const tables = tablesFromRows(rows, { file: options.file, simplify });
  const errors = tables.length === 0 ? [{ code: 'NO_TABLE_FOUND', message: `${options.file}: no evaluation table found (no title such as 绩效自评表 / 绩效目标申报表 and no indicator header)` }] : [];
  return { ...base, format: 'text', encoding: read.encoding, tables, errors };
}

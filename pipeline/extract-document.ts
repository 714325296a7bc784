import { createHash } from 'node:crypto';
import type { Document } from '../schemas/record.js';
import { readText, sniffFormat } from './read.js';
import { extractRows } from '../extractors/text-rows.js';
import { joinStackedHeaderLines } from '../extractors/text/stacked-header-lines.js';
import { extractHtmlRows, looksLikeHtmlTable } from '../extractors/html-rows.js';
import { looksTraditional } from '../normalizers/to-simplified.js';
import { tablesFromRows } from './tables-from-rows.js';
import { boundText } from './bound-text.js';
import { documentError, finding } from './findings.js';

export interface ExtractOptions {
  /** the path reported in the record (as the user gave it) */
  readonly file: string;
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
    case 'image':
      return { ...base, format: 'image', encoding: null, tables: [], errors: [documentError('IMAGE_NEEDS_OCR', 'an image (scan); it has no text to read — run OCR first', options.file)] };
    case 'binary':
      if (isOfficeFile(bytes)) return { ...base, format: 'text', encoding: null, tables: [], errors: [documentError('UNSUPPORTED_FORMAT', 'an Office document (.docx/.xlsx/.doc/.xls); export it to PDF or text first', options.file)] };
      return { ...base, format: 'text', encoding: null, tables: [], errors: [documentError('FILE_BINARY', 'binary content, not a text or PDF table', options.file)] };
    case 'text':
      return extractText(bytes, options, base);
  }
}

/** ZIP (docx, xlsx) and OLE2 (doc, xls) containers. */
const isOfficeFile = (b: Uint8Array): boolean =>
  (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) || (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0);

function extractText(bytes: Uint8Array, options: ExtractOptions, base: { file: string; sha256: string; size: number }): Document {
  const read = readText(bytes);
  if (read.kind === 'error') return { ...base, format: 'text', encoding: null, tables: [], errors: [documentError(read.code, read.message, options.file)] };
  // the documented size limits (README "Limits") before any per-cell work
  const bounded = boundText(read.text, options.file);
  const text = bounded.text;
  const rows = looksLikeHtmlTable(text) ? extractHtmlRows(text) : joinStackedHeaderLines(extractRows(text, { pageBreaks: read.pageBreaks }));
  const simplify = looksTraditional(text);
  const tables = tablesFromRows(rows, { file: options.file, simplify });
  const errors = tables.length === 0 ? [documentError('NO_TABLE_FOUND', 'no evaluation table found (no title such as 绩效自评表 / 绩效目标申报表 and no indicator header)', options.file)] : [];
  const findings = [...bounded.findings];
  if (read.undecodable > 0) {
    findings.push(finding('TEXT_UNDECODABLE', `${read.undecodable} byte sequence(s) are not valid ${read.encoding} and were replaced by U+FFFD; values near them may be wrong`, null));
  }
  return { ...base, format: 'text', encoding: read.encoding, tables, errors, ...(findings.length > 0 ? { findings } : {}) };
}

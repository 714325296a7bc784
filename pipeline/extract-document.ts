import { createHash } from 'node:crypto';
import type { Document } from '../schemas/record.js';
import { readText, sniffFormat } from './read.js';
import { extractRows } from '../extractors/text-rows.js';
import { readHtml } from '../extractors/html/read-html.js';
import { MAX_MARKUP_DEPTH, markupDepth } from '../extractors/markup-depth.js';
import { htmlOfMht, looksLikeMht } from '../extractors/html/read-mht.js';
import type { ConvertLegacy } from '../extractors/office/convert-legacy.js';
import { sniffOffice } from '../extractors/office/sniff-office.js';
import { extractOffice, fromGrid } from './extract-office.js';
import { looksTraditional } from '../normalizers/to-simplified.js';
import { tablesFromRows } from './tables-from-rows.js';

export interface ExtractOptions {
  /** the path reported in the record (as the user gave it) */
  readonly file: string;
  /**
   * Legacy .xls/.et/.doc/.wps, .ods/.odt and .xlsb → .xlsx/.docx. I/O, so supplied by the
   * wrapper (CLI and import workers pass `libreOfficeConverter()` from
   * extractors/office/libreoffice.ts); without it such files are reported with CONVERTER_MISSING.
   */
  readonly convertLegacy?: ConvertLegacy;
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
      return { ...base, format: 'image', encoding: null, tables: [], errors: [{ code: 'IMAGE_NEEDS_OCR', message: `${options.file}: an image (scan); it has no text to read — run OCR first` }] };
    case 'binary': {
      // ZIP and OLE2 containers: Office files, told apart by what they hold
      const office = sniffOffice(bytes);
      if (office) return extractOffice(bytes, office, base, options.convertLegacy);
      return { ...base, format: 'text', encoding: null, tables: [], errors: [{ code: 'FILE_BINARY', message: `${options.file}: binary content, not a text or PDF table` }] };
    }
    case 'text':
      return extractText(bytes, options, base);
  }
}

function extractText(bytes: Uint8Array, options: ExtractOptions, base: { file: string; sha256: string; size: number }): Document {
  const read = readText(bytes);
  if (read.kind === 'error') return { ...base, format: 'text', encoding: null, tables: [], errors: [{ code: read.code, message: `${options.file}: ${read.message}` }] };
  const html = htmlOf(read.text);
  if (html !== null) {
    const depth = markupDepth(html, 'html');
    if (depth > MAX_MARKUP_DEPTH) return { ...base, format: 'html', encoding: read.encoding, tables: [], errors: [{ code: 'MARKUP_TOO_DEEP', message: `${options.file}: elements nested ${depth} deep, past the ${MAX_MARKUP_DEPTH} this reader takes` }] };
    return fromGrid(readHtml(html), 'html', base, read.encoding);
  }
  const rows = extractRows(read.text, { pageBreaks: read.pageBreaks });
  const simplify = looksTraditional(read.text);
  const tables = tablesFromRows(rows, { file: options.file, simplify });
  const errors = tables.length === 0 ? [{ code: 'NO_TABLE_FOUND', message: `${options.file}: no evaluation table found (no title such as 绩效自评表 / 绩效目标申报表 and no indicator header)` }] : [];
  return { ...base, format: 'text', encoding: read.encoding, tables, errors };
}

/** HTML pages (saved web pages, MinerU/Docling output) and MHTML archives: the HTML to read, or null. */
function htmlOf(text: string): string | null {
  if (looksLikeMht(text)) return htmlOfMht(text)?.html ?? null;
  const head = text.slice(0, 2048);
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html|^\s*<html[\s>]/i.test(head)) return text;
  return /<table[\s>]/i.test(text) && /<t[dh][\s>]/i.test(text) ? text : null;
}

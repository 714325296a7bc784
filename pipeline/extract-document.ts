import { createHash } from 'node:crypto';
import type { Document } from '../schemas/record.js';
import { readText, sniffFormat } from './read.js';
import { extractRows } from '../extractors/text-rows.js';
import { joinStackedHeaderLines } from '../extractors/text/stacked-header-lines.js';
import { readHtml } from '../extractors/html/read-html.js';
import { MAX_MARKUP_DEPTH, markupDepth } from '../extractors/markup-depth.js';
import { htmlOfMht, looksLikeMht } from '../extractors/html/read-mht.js';
import type { ConvertLegacy } from '../extractors/office/convert-legacy.js';
import { sniffOffice } from '../extractors/office/sniff-office.js';
import { extractOffice, fromGrid } from './extract-office.js';
import { looksTraditional } from '../normalizers/to-simplified.js';
import { tablesFromRows } from './tables-from-rows.js';
import { boundText } from './bound-text.js';
import { documentError, finding } from './findings.js';
import type { OcrOptions } from '../extractors/ocr/ocr-document.js';

export interface ExtractOptions {
  /** the path reported in the record (as the user gave it) */
  readonly file: string;
  /**
   * Legacy .xls/.et/.doc/.wps, .ods/.odt and .xlsb → .xlsx/.docx. I/O, so supplied by the
   * wrapper (CLI and import workers pass `libreOfficeConverter()` from
   * extractors/office/libreoffice.ts); without it such files are reported with CONVERTER_MISSING.
   */
  readonly convertLegacy?: ConvertLegacy;
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
      return { ...base, format: 'image', encoding: null, tables: [], errors: [documentError('IMAGE_NEEDS_OCR', 'an image (scan); it has no text to read — run OCR first', options.file)] };
    }
    case 'binary': {
      // ZIP and OLE2 containers: Office files, told apart by what they hold
      const office = sniffOffice(bytes);
      if (office) return extractOffice(bytes, office, base, options.convertLegacy);
      return { ...base, format: 'text', encoding: null, tables: [], errors: [documentError('FILE_BINARY', 'binary content, not a text or PDF table', options.file)] };
    }
    case 'text':
      return extractText(bytes, options, base);
  }
}

function extractText(bytes: Uint8Array, options: ExtractOptions, base: { file: string; sha256: string; size: number }): Document {
  const read = readText(bytes);
  if (read.kind === 'error') return { ...base, format: 'text', encoding: null, tables: [], errors: [documentError(read.code, read.message, options.file)] };
  // the documented size limits (README "Limits") before any per-cell work
  const bounded = boundText(read.text, options.file);
  const text = bounded.text;
  const html = htmlOf(text);
  if (html !== null) {
    const depth = markupDepth(html, 'html');
    if (depth > MAX_MARKUP_DEPTH) return { ...base, format: 'html', encoding: read.encoding, tables: [], errors: [documentError('MARKUP_TOO_DEEP', `elements nested ${depth} deep, past the ${MAX_MARKUP_DEPTH} this reader takes`, options.file)] };
    return fromGrid(readHtml(html), 'html', base, read.encoding);
  }
  const rows = joinStackedHeaderLines(extractRows(text, { pageBreaks: read.pageBreaks }));
  const simplify = looksTraditional(text);
  const tables = tablesFromRows(rows, { file: options.file, simplify });
  const errors = tables.length === 0 ? [documentError('NO_TABLE_FOUND', 'no evaluation table found (no title such as 绩效自评表 / 绩效目标申报表 and no indicator header)', options.file)] : [];
  const findings = [...bounded.findings];
  if (read.undecodable > 0) {
    findings.push(finding('TEXT_UNDECODABLE', `${read.undecodable} byte sequence(s) are not valid ${read.encoding} and were replaced by U+FFFD; values near them may be wrong`, null));
  }
  return { ...base, format: 'text', encoding: read.encoding, tables, errors, ...(findings.length > 0 ? { findings } : {}) };
}

/** HTML pages (saved web pages, MinerU/Docling output) and MHTML archives: the HTML to read, or null. */
function htmlOf(text: string): string | null {
  if (looksLikeMht(text)) return htmlOfMht(text)?.html ?? null;
  const head = text.slice(0, 2048);
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html|^\s*<html[\s>]/i.test(head)) return text;
  return /<table[\s>]/i.test(text) && /<t[dh][\s>]/i.test(text) ? text : null;
}

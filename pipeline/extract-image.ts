import { documentError } from './findings.js';
import { createHash } from 'node:crypto';
import { decodeImagePages, type PageImage } from '../extractors/ocr/decode-image.js';
import { ocrDocument, type OcrOptions } from '../extractors/ocr/ocr-document.js';
import type { Document } from '../schemas/record.js';
import { ocrFindings, tablesFromOcr } from './ocr-tables.js';

export interface ExtractImageOptions extends OcrOptions {
  readonly file: string;
}

/**
 * An image file (PNG, JPEG, TIFF — every page of a multi-page TIFF; GIF, WebP) → its Document
 * record, read by OCR. Never throws: an undecodable image or missing OCR models become errors.
 */
export async function extractImageDocument(bytes: Uint8Array, options: ExtractImageOptions): Promise<Document> {
  const { file } = options;
  const base = { file, sha256: createHash('sha256').update(bytes).digest('hex'), format: 'image' as const, encoding: null, size: bytes.length };
  let pages: PageImage[];
  try {
    pages = await decodeImagePages(bytes);
  } catch (e) {
    return { ...base, tables: [], errors: [documentError('IMAGE_UNREADABLE', `the image cannot be decoded (${messageOf(e)}); PNG, JPEG, TIFF, GIF and WebP are read`, file)] };
  }
  let ocr;
  try {
    ocr = await ocrDocument(pages.map((image, k) => ({ page: k + 1, image, source: 'image' as const })), pages.length, options);
  } catch (e) {
    return { ...base, tables: [], errors: [documentError('OCR_UNAVAILABLE', `the OCR models could not be loaded (${messageOf(e)})`, file)] };
  }
  const tables = tablesFromOcr(ocr, file);
  const errors = tables.length ? [] : [documentError('NO_TABLE_FOUND', `OCR read ${ocr.pages.reduce((s, p) => s + p.boxes, 0)} text boxes in ${pages.length} page(s) but no evaluation table`, file)];
  return { ...base, tables, errors, findings: ocrFindings(ocr, file) };
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

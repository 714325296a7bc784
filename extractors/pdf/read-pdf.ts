import type { GridDocument } from '../../schemas/grid.js';
import type { FindingCode } from '../../schemas/finding-codes.js';
import type { Block } from './blocks.js';
import type { OpCodes } from './interpret-operators.js';
import { joinContinuedTables } from './join-pages.js';
import { documentOptions, loadPdfjs } from './load-pdfjs.js';
import { blocksOfPage } from './page-blocks.js';
import { dropFurniture } from './page-furniture.js';
import { readPage } from './read-page.js';
import { gridFromBlocks } from './grid-from-blocks.js';
import { judgeTextLayer } from './text-layer-quality.js';

/** A problem with the whole file: no rows come out of it. */
export interface PdfError { readonly code: FindingCode; readonly message: string }
/** A problem with one page of a file that is otherwise read. */
export interface PdfPageNote { readonly code: FindingCode; readonly message: string; readonly page: number }

export interface PdfGrid {
  /** the document's tables (spans as drawn) and free lines, pages in order */
  readonly grid: GridDocument;
  readonly pages: number;
  readonly errors: PdfError[];
  readonly notes: PdfPageNote[];
}

/**
 * PDF bytes → the grid of its tables and free lines, pages in order (the PDF front end).
 * Never throws for a bad file: encrypted, corrupt and text-less files become errors.
 */
export async function readPdfGrid(bytes: Uint8Array): Promise<PdfGrid> {
  const pdfjs = await loadPdfjs();
  let task: ReturnType<typeof pdfjs.getDocument>;
  try {
    task = pdfjs.getDocument(documentOptions(bytes));
  } catch (e) {
    return { grid: EMPTY, pages: 0, errors: [openError(e)], notes: [] };
  }
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    return { grid: EMPTY, pages: 0, errors: [openError(e)], notes: [] };
  }
  try {
    const notes: PdfPageNote[] = [];
    const pageBlocks: Block[][] = [];
    const heights: number[] = [];
    const sizes: number[] = [];
    let needOcr = 0, failed = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      try {
        const content = await readPage(doc, p, pdfjs.OPS as unknown as OpCodes);
        const verdict = judgeTextLayer(content);
        if (verdict.kind === 'image-only' || verdict.kind === 'garbled') {
          needOcr++;
          notes.push({
            code: 'PDF_PAGE_NEEDS_OCR', page: p,
            message: verdict.kind === 'image-only'
              ? `page ${p} has no text layer (an image covers ${Math.round(verdict.imageShare * 100)}% of it): it needs OCR`
              : `page ${p}: ${Math.round(verdict.garbageShare * 100)}% of its text maps to no readable character (e.g. "${verdict.sample}"): it needs OCR`,
          });
          continue;
        }
        pageBlocks.push(blocksOfPage(content));
        heights.push(content.height);
        for (let k = 0; k < content.glyphs.length; k += 7) sizes.push(content.glyphs[k]!.size); // a sample is enough
      } catch (e) {
        failed++;
        notes.push({ code: 'PDF_PAGE_UNREADABLE', page: p, message: `page ${p} could not be read: ${messageOf(e)}` });
      }
    }
    const readable = pageBlocks.some((b) => b.length > 0);
    if (!readable && needOcr > 0) {
      return { grid: EMPTY, pages: doc.numPages, notes, errors: [{ code: 'PDF_NEEDS_OCR', message: `no page has a readable text layer (${needOcr} of ${doc.numPages} need OCR)` }] };
    }
    if (!readable && failed > 0) {
      return { grid: EMPTY, pages: doc.numPages, notes, errors: [{ code: 'PDF_CORRUPT', message: `no page could be read (${failed} of ${doc.numPages} failed)` }] };
    }
    sizes.sort((a, b) => a - b);
    const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
    const blocks = joinContinuedTables(dropFurniture(pageBlocks, heights, body));
    return { grid: gridFromBlocks(blocks), pages: doc.numPages, errors: [], notes };
  } finally {
    await doc.destroy();
  }
}

const EMPTY: GridDocument = { blocks: [] };

function openError(e: unknown): PdfError {
  const name = (e as { name?: string } | null)?.name;
  if (name === 'PasswordException') return { code: 'PDF_ENCRYPTED', message: `the PDF is encrypted with a password: ${messageOf(e)}` };
  return { code: 'PDF_CORRUPT', message: `the PDF cannot be opened: ${messageOf(e)}` };
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

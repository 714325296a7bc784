import { createRequire } from 'node:module';
import type { Document } from '../schemas/record.js';
import { documentOptions, loadPdfjs } from '../extractors/pdf/load-pdfjs.js';
import { readPdfGrid } from '../extractors/pdf/read-pdf.js';
import { readText, sniffFormat } from '../pipeline/read.js';
import type { Box, Original, PdfPageView } from './review-source.js';

const require = createRequire(import.meta.url);

/** A rendered page image the site writes next to its page (or the server sends). */
export interface PageImage {
  readonly name: string;
  readonly png: Buffer;
}

export interface LoadedOriginal {
  readonly original: Original;
  readonly images: readonly PageImage[];
}

/** Page images are drawn at 1.5 × 72 dpi: cell text stays legible beside the record. */
const SCALE = 1.5;

/**
 * The original of a document as the left pane shows it: text lines, PDF pages rendered to PNG
 * with every grid cell's box, or a scan as it is. `imageName(page)` names the image files.
 */
export async function loadOriginal(bytes: Uint8Array | null, document: Document, imageName: (page: number) => string): Promise<LoadedOriginal> {
  if (!bytes) return { original: { kind: 'missing', reason: `${document.file} 不在原处` }, images: [] };
  const format = sniffFormat(bytes);
  if (format === 'pdf') return pdfOriginal(bytes, imageName);
  if (format === 'image') return imageOriginal(bytes, imageName);
  if (isZip(bytes)) return officeOriginal(bytes);
  const read = readText(bytes);
  if (read.kind === 'error') return { original: { kind: 'missing', reason: read.message }, images: [] };
  return { original: { kind: 'text', lines: read.text.split('\n') }, images: [] };
}

async function pdfOriginal(bytes: Uint8Array, imageName: (page: number) => string): Promise<LoadedOriginal> {
  const cellsByPage = new Map<number, Box[]>();
  const read = await readPdfGrid(bytes);
  for (const block of read.grid.blocks) {
    if (block.kind !== 'grid') continue;
    for (const cell of block.cells) {
      for (const place of cell.places) {
        if (place.kind === 'pdf') cellsByPage.set(place.page, [...(cellsByPage.get(place.page) ?? []), place.box]);
      }
    }
  }
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument(documentOptions(bytes));
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    return { original: { kind: 'missing', reason: `PDF 无法打开：${(error as Error).message}` }, images: [] };
  }
  try {
    const pages: PdfPageView[] = [];
    const images: PageImage[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const unit = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: SCALE });
      // pdfjs's own Node canvas factory (backed by @napi-rs/canvas); its types are DOM-only
      const factory = doc.canvasFactory as unknown as { create(w: number, h: number): { canvas: { toBuffer(mime: 'image/png'): Buffer }; context: unknown } };
      const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      await page.render({ canvasContext: context as never, canvas: canvas as never, viewport }).promise;
      images.push({ name: imageName(p), png: canvas.toBuffer('image/png') });
      pages.push({
        page: p, width: unit.width, height: unit.height,
        transform: unit.transform as unknown as PdfPageView['transform'],
        image: imageName(p), cells: cellsByPage.get(p) ?? [],
      });
      page.cleanup();
    }
    return { original: { kind: 'pdf', pages }, images };
  } finally {
    await doc.destroy();
  }
}

/** A scan: the image itself is the page; boxes are in its pixels (y down). */
async function imageOriginal(bytes: Uint8Array, imageName: (page: number) => string): Promise<LoadedOriginal> {
  try {
    const { loadImage, createCanvas } = require('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
    const image = await loadImage(Buffer.from(bytes));
    const canvas = createCanvas(image.width, image.height);
    canvas.getContext('2d').drawImage(image, 0, 0);
    return {
      original: { kind: 'pdf', pages: [{ page: 1, width: image.width, height: image.height, transform: [1, 0, 0, 1, 0, 0], image: imageName(1), cells: [] }] },
      images: [{ name: imageName(1), png: canvas.toBuffer('image/png') }],
    };
  } catch (error) {
    return { original: { kind: 'missing', reason: `图像无法读取：${(error as Error).message}` }, images: [] };
  }
}

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** An .xlsx workbook as its sheets' grids; other Office containers are named, not shown. */
async function officeOriginal(bytes: Uint8Array): Promise<LoadedOriginal> {
  try {
    const { loadSheets } = await import('./load-sheets.js');
    return { original: { kind: 'sheets', sheets: await loadSheets(bytes) }, images: [] };
  } catch (error) {
    return { original: { kind: 'missing', reason: `只能显示 .xlsx 工作表（${(error as Error).message}）` }, images: [] };
  }
}

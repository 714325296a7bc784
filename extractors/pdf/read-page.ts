import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Matrix } from './geometry.js';
import { interpretOperators, type FontMetrics, type OpCodes } from './interpret-operators.js';
import { toReadingSpace, type PageContent } from './reading-space.js';

/**
 * One page's drawing, read from pdfjs' operator list (a single pass gives glyphs with
 * their exact positions, ruling lines and images) and turned into reading space.
 * The thin async wrapper around the pure interpreter.
 */
export async function readPage(doc: PDFDocumentProxy, pageNumber: number, OPS: OpCodes): Promise<PageContent> {
  const page = await doc.getPage(pageNumber);
  try {
    const ops = await page.getOperatorList();
    const fonts = new Map<string, FontMetrics | null>();
    const fontOf = (name: string): FontMetrics | null => {
      if (!fonts.has(name)) {
        const objs = page.commonObjs as unknown as { has(n: string): boolean; get(n: string): unknown };
        const font = objs.has(name) ? (objs.get(name) as FontMetrics & { isType3Font?: boolean } | null) : null;
        fonts.set(name, font ? { fontMatrix: font.fontMatrix, vertical: font.vertical } : null);
      }
      return fonts.get(name)!;
    };
    const drawing = interpretOperators(ops.fnArray, ops.argsArray, OPS, fontOf);
    const viewport = page.getViewport({ scale: 1 });
    return toReadingSpace(pageNumber, drawing, {
      transform: viewport.transform as unknown as Matrix,
      width: viewport.width,
      height: viewport.height,
    });
  } finally {
    page.cleanup();
  }
}

import type { Block, GridDocument } from '../../schemas/grid.js';
import type { PageImage } from './decode-image.js';
import { loadOcrModels } from './ocr-models.js';
import { ocrPage, type OcrNote } from './ocr-page.js';

/** Reported after each page: long files show progress (CLI: one line per page on stderr). */
export interface OcrProgress {
  readonly page: number;
  /** how many pages of the file are OCR'd */
  readonly pages: number;
  /** the n-th OCR'd page (1-based) */
  readonly done: number;
  readonly boxes: number;
  readonly cpuSeconds: number;
}

export interface OcrOptions {
  readonly onPage?: (p: OcrProgress) => void;
}

export interface OcrPageSummary {
  readonly page: number;
  readonly source: 'image' | 'embedded' | 'rendered';
  readonly skew: number;
  readonly boxes: number;
  readonly dpi?: number;
}

export interface OcrDocument {
  readonly doc: GridDocument;
  readonly notes: readonly OcrNote[];
  readonly pages: readonly OcrPageSummary[];
  /** pages that failed (decoding or OCR), with the reason */
  readonly failed: readonly { readonly page: number; readonly message: string }[];
}

export interface PageSource { readonly page: number; readonly image: PageImage; readonly source: OcrPageSummary['source'] }

/**
 * Page images → one grid document, pages in order. The models load on the first page (once
 * per process). A page that fails is reported and the others go on; a failure to load the
 * models is thrown (every page would fail the same way).
 */
export async function ocrDocument(sources: AsyncIterable<PageSource> | Iterable<PageSource>, pages: number, options: OcrOptions = {}): Promise<OcrDocument> {
  const models = await loadOcrModels();
  const blocks: Block[] = [];
  const notes: OcrNote[] = [];
  const summaries: OcrPageSummary[] = [];
  const failed: { page: number; message: string }[] = [];
  let done = 0;
  for await (const s of sources) {
    const cpu = process.cpuUsage();
    try {
      const read = await ocrPage(models, s.image, s.page);
      blocks.push(...read.blocks);
      notes.push(...read.notes);
      summaries.push({ page: s.page, source: s.source, skew: read.skew, boxes: read.boxes, ...(s.image.dpi ? { dpi: s.image.dpi } : {}) });
      const used = process.cpuUsage(cpu);
      options.onPage?.({ page: s.page, pages, done: ++done, boxes: read.boxes, cpuSeconds: (used.user + used.system) / 1e6 });
    } catch (e) {
      failed.push({ page: s.page, message: e instanceof Error ? e.message : String(e) });
    }
  }
  return { doc: { blocks }, notes, pages: summaries, failed };
}

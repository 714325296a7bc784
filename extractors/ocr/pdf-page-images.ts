import { documentOptions, loadPdfjs } from '../pdf/load-pdfjs.js';
import { grayWithoutSeal, type PageImage } from './decode-image.js';

/** Pages drawn at this resolution when they are not one image (vector art, several images). */
const RENDER_DPI = 200;
/** A scan's own resolution is used when rendering, within these bounds. */
const MIN_DPI = 150, MAX_DPI = 300;

/** pdfjs image kinds (ImageKind): 1 bit grey, 24 bit RGB, 32 bit RGBA */
const GRAYSCALE_1BPP = 1, RGB_24BPP = 2, RGBA_32BPP = 3;

interface PdfImage { width: number; height: number; kind: number; data: Uint8Array | Uint8ClampedArray }

/**
 * The images of PDF pages for OCR. A page that is one upright image covering the page (what a
 * scanner writes) gives that image as stored, without resampling; any other page is drawn
 * with pdfjs on @napi-rs/canvas. Pages are yielded one at a time, so memory holds one page.
 */
export async function* pdfPageImages(bytes: Uint8Array, pages: readonly number[]): AsyncGenerator<{ page: number; image: PageImage; source: 'embedded' | 'rendered' }> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ ...documentOptions(bytes), isOffscreenCanvasSupported: false }).promise;
  try {
    for (const p of pages) {
      const page = await doc.getPage(p);
      try {
        const view = page.getViewport({ scale: 1 });
        const ops = await page.getOperatorList();
        const names: string[] = [];
        ops.fnArray.forEach((fn, k) => { if (fn === pdfjs.OPS.paintImageXObject) names.push(String((ops.argsArray[k] as unknown[])[0])); });
        const image = names.length === 1 ? await objectOf(page, names[0]!) : null;
        const widthInches = view.width / 72;
        if (image && page.rotate % 360 === 0 && sameShape(image, view) && image.kind !== GRAYSCALE_1BPP) {
          yield { page: p, source: 'embedded', image: { gray: grayOf(image), dpi: Math.round(image.width / widthInches) } };
          continue;
        }
        const dpi = image ? Math.min(MAX_DPI, Math.max(MIN_DPI, Math.round(Math.max(image.width, image.height) / (Math.max(view.width, view.height) / 72)))) : RENDER_DPI;
        yield { page: p, source: 'rendered', image: await render(page, dpi) };
      } finally {
        page.cleanup();
      }
    }
  } finally {
    await doc.destroy();
  }
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<Awaited<ReturnType<typeof loadPdfjs>>['getDocument']>['promise']>['getPage']>>;

function objectOf(page: PdfPage, name: string): Promise<PdfImage | null> {
  return new Promise((resolve) => {
    try {
      page.objs.get(name, (obj: unknown) => {
        const o = obj as Partial<PdfImage> | null;
        resolve(o && o.data && o.width && o.height && o.kind ? (o as PdfImage) : null);
      });
    } catch {
      resolve(null);
    }
  });
}

/** The image has the page's proportions (within 2%): it is the page, drawn upright. */
const sameShape = (img: PdfImage, view: { width: number; height: number }) =>
  Math.abs(img.width / img.height / (view.width / view.height) - 1) < 0.02;

function grayOf(img: PdfImage) {
  const channels = img.kind === RGBA_32BPP ? 4 : img.kind === RGB_24BPP ? 3 : 0;
  return grayWithoutSeal(img.data, img.width, img.height, channels);
}

async function render(page: PdfPage, dpi: number): Promise<PageImage> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const viewport = page.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // pdfjs' types want a DOM canvas; @napi-rs/canvas implements the same 2-D context
  await page.render({ canvas: canvas as never, canvasContext: ctx as never, viewport }).promise;
  const rgba = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  return { gray: grayWithoutSeal(rgba, canvas.width, canvas.height, 4), dpi };
}

import sharp from 'sharp';
import type { Gray } from './raster.js';

/** A page image as decoded: grey with red ink dropped, and the resolution when the file says it. */
export interface PageImage {
  readonly gray: Gray;
  /** dots per inch from the file's metadata (JPEG JFIF / PNG pHYs / TIFF), when plausible */
  readonly dpi?: number;
}

/** Red ink: the red channel clearly above both others (a seal, a red stamp or signature); JPEG's halved colour resolution pales a seal's edges, so the margin is modest. */
const RED_MARGIN = 24;

/**
 * RGB(A) pixels → grey, with seal ink made paper. Red ink is bright in the red channel, black
 * ink is dark in every channel, so a red pixel takes its red value (lifted by its redness): the
 * seal vanishes, black text printed under it stays black. Every other pixel takes its luminance (blue or black ink).
 */
export function grayWithoutSeal(rgb: Uint8Array | Uint8ClampedArray, width: number, height: number, channels: number): Gray {
  const data = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < data.length; i++, p += channels) {
    const r = rgb[p]!, g = rgb[p + 1]!, b = rgb[p + 2]!;
    const redness = r - Math.max(g, b);
    // seal ink also dims the red channel a little: lift it by the redness, less where the pixel
    // is dark (grey rule or text edges under the seal must stay darker than paper)
    data[i] = redness > RED_MARGIN ? Math.min(255, r + (redness * r) / 255) : (r * 299 + g * 587 + b * 114) / 1000;
  }
  return { width, height, data };
}

/** Image file bytes (PNG, JPEG, TIFF; multi-page TIFF gives one page each) → page images. */
export async function decodeImagePages(bytes: Uint8Array): Promise<PageImage[]> {
  const meta = await sharp(bytes).metadata();
  const count = meta.format === 'tiff' ? Math.max(1, meta.pages ?? 1) : 1;
  const pages: PageImage[] = [];
  for (let page = 0; page < count; page++) {
    // .rotate() without an angle applies the EXIF orientation (photographed pages)
    const { data, info } = await sharp(bytes, { page, limitInputPixels: 12_000 * 12_000 }).rotate().removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    const dpi = meta.density && meta.density >= 72 && meta.density <= 1200 ? meta.density : undefined;
    pages.push({ gray: grayWithoutSeal(data, info.width, info.height, info.channels), ...(dpi ? { dpi } : {}) });
  }
  return pages;
}

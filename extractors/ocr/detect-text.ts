import type { OcrModels } from './ocr-models.js';
import { resize, type Gray, type PixelBox } from './raster.js';

/** A text box found by the detector, in page pixels, with the detector's mean probability. */
export interface TextBox { readonly box: PixelBox; readonly score: number }

/** Settings of PaddleOCR's DB post-processing that read table cells well (see README, OCR). */
const LONG_SIDE = 1760;
const PROB_THRESHOLD = 0.3;
const BOX_SCORE = 0.5;
const UNCLIP_RATIO = 1.6;
const MEAN = [0.485, 0.456, 0.406], STD = [0.229, 0.224, 0.225];

/**
 * PP-OCR's DB detector over the whole page → axis-aligned text boxes. The page is deskewed
 * before this, so a box is a rectangle: the probability map's connected regions, grown by the
 * DB unclip distance (area × ratio / perimeter), scaled back to page pixels.
 */
export async function detectText(models: OcrModels, page: Gray): Promise<TextBox[]> {
  const scale = Math.min(1, LONG_SIDE / Math.max(page.width, page.height));
  const w = Math.max(32, Math.round((page.width * scale) / 32) * 32);
  const h = Math.max(32, Math.round((page.height * scale) / 32) * 32);
  const small = resize(page, w, h);
  const input = new Float32Array(3 * w * h);
  for (let c = 0; c < 3; c++) {
    const off = c * w * h, m = MEAN[c]!, s = STD[c]!;
    for (let i = 0; i < w * h; i++) input[off + i] = (small.data[i]! / 255 - m) / s;
  }
  const feeds = { [models.det.inputNames[0]!]: new models.ort.Tensor('float32', input, [1, 3, h, w]) };
  const out = await models.det.run(feeds);
  const prob = out[models.det.outputNames[0]!]!.data as Float32Array;
  const sx = page.width / w, sy = page.height / h;
  return regions(prob, w, h).map((r) => {
    const bw = r.x1 - r.x0 + 1, bh = r.y1 - r.y0 + 1;
    const d = (bw * bh * UNCLIP_RATIO) / (2 * (bw + bh));
    const box: PixelBox = [
      Math.max(0, (r.x0 - d) * sx), Math.max(0, (r.y0 - d) * sy),
      Math.min(page.width, (r.x1 + 1 + d) * sx), Math.min(page.height, (r.y1 + 1 + d) * sy),
    ];
    return { box, score: r.score };
  });
}

interface Region { x0: number; y0: number; x1: number; y1: number; score: number }

/** 4-connected regions of the map above the threshold, with their mean probability. */
function regions(prob: Float32Array, w: number, h: number): Region[] {
  const seen = new Uint8Array(w * h);
  const stack: number[] = [];
  const found: Region[] = [];
  for (let start = 0; start < w * h; start++) {
    if (seen[start] || prob[start]! <= PROB_THRESHOLD) continue;
    seen[start] = 1;
    stack.push(start);
    let x0 = w, y0 = h, x1 = -1, y1 = -1, sum = 0, n = 0;
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % w, y = (i - x) / w;
      sum += prob[i]!; n++;
      if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
      const next = [x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1];
      for (const j of next) if (j >= 0 && !seen[j] && prob[j]! > PROB_THRESHOLD) { seen[j] = 1; stack.push(j); }
    }
    const score = sum / n;
    if (score >= BOX_SCORE && Math.min(x1 - x0 + 1, y1 - y0 + 1) >= 2) found.push({ x0, y0, x1, y1, score });
  }
  return found;
}

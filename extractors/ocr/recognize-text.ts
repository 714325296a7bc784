import type { OcrModels } from './ocr-models.js';
import { crop, resize, type Gray, type PixelBox } from './raster.js';

/** What the recognizer read in one box: the text and its confidence (mean of the kept steps). */
export interface Reading { readonly text: string; readonly confidence: number }

const HEIGHT = 48;
/** PaddleOCR's default minimum width is 320: short cells would cost twice as much for nothing */
const MIN_WIDTH = 48;
const BATCH = 6;

/**
 * PP-OCR's CRNN recognizer over box crops → text by greedy CTC decoding. Crops are resized to
 * height 48 (aspect kept), batched by similar aspect so padding stays small; pixels x/127.5 − 1,
 * padding 0 as PaddleOCR pads.
 */
export async function recognizeBoxes(models: OcrModels, page: Gray, boxes: readonly PixelBox[]): Promise<Reading[]> {
  const crops = boxes.map((b) => crop(page, b));
  const order = crops.map((c, k) => ({ k, aspect: c.width / c.height })).sort((a, b) => a.aspect - b.aspect);
  const readings: Reading[] = new Array(boxes.length);
  for (let start = 0; start < order.length; start += BATCH) {
    const batch = order.slice(start, start + BATCH);
    const width = Math.max(MIN_WIDTH, ...batch.map((b) => Math.ceil(HEIGHT * b.aspect)));
    const input = new Float32Array(batch.length * 3 * HEIGHT * width);
    batch.forEach((b, n) => {
      const c = crops[b.k]!;
      const w = Math.min(width, Math.max(1, Math.ceil(HEIGHT * b.aspect)));
      const img: Gray = resize(c, w, HEIGHT);
      for (let ch = 0; ch < 3; ch++) {
        const off = (n * 3 + ch) * HEIGHT * width;
        for (let y = 0; y < HEIGHT; y++) for (let x = 0; x < w; x++) input[off + y * width + x] = img.data[y * w + x]! / 127.5 - 1;
      }
    });
    const feeds = { [models.rec.inputNames[0]!]: new models.ort.Tensor('float32', input, [batch.length, 3, HEIGHT, width]) };
    const out = (await models.rec.run(feeds))[models.rec.outputNames[0]!]!;
    const [, steps, classes] = out.dims as [number, number, number];
    const probs = out.data as Float32Array;
    batch.forEach((b, n) => { readings[b.k] = greedyCtc(probs, n * steps * classes, steps, classes, models.charset); });
  }
  return readings;
}

/** Best class per step; repeats collapse, blanks (class 0) drop. */
export function greedyCtc(probs: Float32Array, offset: number, steps: number, classes: number, charset: readonly string[]): Reading {
  let text = '', sum = 0, kept = 0, last = -1;
  for (let t = 0; t < steps; t++) {
    let best = 0, bestP = -1;
    const row = offset + t * classes;
    for (let c = 0; c < classes; c++) if (probs[row + c]! > bestP) { bestP = probs[row + c]!; best = c; }
    if (best !== 0 && best !== last) { text += charset[best - 1] ?? ''; sum += bestP; kept++; }
    last = best;
  }
  return { text, confidence: kept ? sum / kept : 0 };
}

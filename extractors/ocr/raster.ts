/**
 * A grey page image: one byte per pixel, 0 black … 255 white, row-major. Every OCR stage works
 * on this form; colour is only read once, to drop red seal ink (see `decode-image.ts`).
 */
export interface Gray {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** A pixel rectangle [x0, y0, x1, y1), y down. */
export type PixelBox = readonly [number, number, number, number];

/** The part of `src` inside `box` (clipped to the image). */
export function crop(src: Gray, box: PixelBox): Gray {
  const x0 = Math.max(0, Math.floor(box[0])), y0 = Math.max(0, Math.floor(box[1]));
  const x1 = Math.min(src.width, Math.ceil(box[2])), y1 = Math.min(src.height, Math.ceil(box[3]));
  const w = Math.max(1, x1 - x0), h = Math.max(1, y1 - y0);
  const data = new Uint8Array(w * h).fill(255);
  for (let y = 0; y < h && y0 + y < src.height; y++) {
    const from = (y0 + y) * src.width + x0;
    data.set(src.data.subarray(from, from + Math.min(w, src.width - x0)), y * w);
  }
  return { width: w, height: h, data };
}

/**
 * Resized copy: area averaging when shrinking by more than 1.5× (bilinear alone drops thin
 * strokes), bilinear otherwise.
 */
export function resize(src: Gray, width: number, height: number): Gray {
  let s = src;
  const k = Math.floor(Math.min(src.width / width, src.height / height));
  if (k >= 2) s = shrinkBy(src, k);
  const out = new Uint8Array(width * height);
  const fx = s.width / width, fy = s.height / height;
  for (let y = 0; y < height; y++) {
    const sy = Math.max(0, Math.min(s.height - 1, (y + 0.5) * fy - 0.5));
    const y0 = Math.floor(sy), y1 = Math.min(s.height - 1, y0 + 1), wy = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = Math.max(0, Math.min(s.width - 1, (x + 0.5) * fx - 0.5));
      const x0 = Math.floor(sx), x1 = Math.min(s.width - 1, x0 + 1), wx = sx - x0;
      const a = s.data[y0 * s.width + x0]!, b = s.data[y0 * s.width + x1]!;
      const c = s.data[y1 * s.width + x0]!, d = s.data[y1 * s.width + x1]!;
      out[y * width + x] = (a * (1 - wx) + b * wx) * (1 - wy) + (c * (1 - wx) + d * wx) * wy;
    }
  }
  return { width, height, data: out };
}

function shrinkBy(src: Gray, k: number): Gray {
  const w = Math.floor(src.width / k), h = Math.floor(src.height / k);
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let sum = 0;
      for (let dy = 0; dy < k; dy++) {
        const row = (y * k + dy) * src.width + x * k;
        for (let dx = 0; dx < k; dx++) sum += src.data[row + dx]!;
      }
      out[y * w + x] = sum / (k * k);
    }
  }
  return { width: w, height: h, data: out };
}

/** Otsu's threshold of a grey image: pixels below it are ink. */
export function otsuThreshold(img: Gray): number {
  const hist = new Float64Array(256);
  for (let i = 0; i < img.data.length; i++) hist[img.data[i]!]!++;
  const total = img.data.length;
  let sumAll = 0;
  for (let t = 0; t < 256; t++) sumAll += t * hist[t]!;
  let wB = 0, sumB = 0, best = 0, bestT = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t]!;
    const mB = sumB / wB, mF = (sumAll - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) { best = between; bestT = t; }
  }
  return bestT + 1;
}

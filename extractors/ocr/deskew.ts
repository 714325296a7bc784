import sharp from 'sharp';
import { otsuThreshold, resize, type Gray } from './raster.js';

/** Skew searched within ±2°, in 0.05° steps on a page about 1000 px wide (≈ 1 px over the width). */
const MAX_DEGREES = 2;
const STEP = 0.05;
const PROBE_WIDTH = 1000;

/**
 * The page's skew in degrees (positive: content turned clockwise, y down): the angle whose
 * shear makes the horizontal projection of ink sharpest (table rules and text lines then fall
 * into few rows). Ink is found by Otsu's threshold on a reduced copy.
 */
export function estimateSkew(page: Gray): number {
  const scale = Math.min(1, PROBE_WIDTH / page.width);
  const small = scale < 1 ? resize(page, Math.round(page.width * scale), Math.round(page.height * scale)) : page;
  const t = otsuThreshold(small);
  const xs: number[] = [], ys: number[] = [];
  for (let y = 0; y < small.height; y++) {
    for (let x = 0; x < small.width; x++) if (small.data[y * small.width + x]! < t) { xs.push(x); ys.push(y); }
  }
  if (xs.length < 50) return 0;
  const margin = Math.ceil(small.width * Math.tan((MAX_DEGREES * Math.PI) / 180)) + 1;
  const bins = new Float64Array(small.height + 2 * margin);
  let best = 0, bestScore = -1;
  for (let a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += STEP) {
    const slope = Math.tan((a * Math.PI) / 180);
    bins.fill(0);
    for (let k = 0; k < xs.length; k++) bins[Math.round(ys[k]! - xs[k]! * slope) + margin]!++;
    let score = 0;
    for (let i = 0; i < bins.length; i++) score += bins[i]! * bins[i]!;
    if (score > bestScore) { bestScore = score; best = a; }
  }
  return Math.abs(best) < STEP / 2 ? 0 : best;
}

/** A page turned upright, and how to map its pixels back to the page as scanned. */
export interface Upright {
  readonly gray: Gray;
  /** skew removed, in degrees */
  readonly degrees: number;
  /** a point of the upright page → the scanned page */
  readonly toScan: (x: number, y: number) => readonly [number, number];
}

/** Turns the page by −skew (white fills the corners); a skew under 0.1° is left alone. */
export async function deskew(page: Gray): Promise<Upright> {
  const degrees = estimateSkew(page);
  if (Math.abs(degrees) < 0.1) return { gray: page, degrees: 0, toScan: (x, y) => [x, y] };
  const { data, info } = await sharp(page.data, { raw: { width: page.width, height: page.height, channels: 1 } })
    .rotate(-degrees, { background: { r: 255, g: 255, b: 255 } })
    .extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const gray: Gray = { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
  const rad = (degrees * Math.PI) / 180, cos = Math.cos(rad), sin = Math.sin(rad);
  const cx = gray.width / 2, cy = gray.height / 2, sx = page.width / 2, sy = page.height / 2;
  // the upright page was turned by −skew about its centre: turn back by +skew
  const toScan = (x: number, y: number): readonly [number, number] => {
    const dx = x - cx, dy = y - cy;
    return [sx + dx * cos - dy * sin, sy + dx * sin + dy * cos];
  };
  return { gray, degrees, toScan };
}

import type { Glyph } from '../../extractors/pdf/reading-space.js';

/** Glyphs of a string laid out left to right in reading space (1 em wide for CJK, 0.5 em otherwise). */
export function glyphsOf(text: string, x: number, y: number, size = 10, run = 1): Glyph[] {
  const out: Glyph[] = [];
  let pen = x;
  for (const ch of text) {
    const w = /[\u2E80-\uFFEF]/.test(ch) ? size : size / 2;
    if (ch !== ' ') out.push({ text: ch, x0: pen, x1: pen + w, y0: y - 0.85 * size, y1: y + 0.15 * size, size, dir: 0, run, seq: 0 });
    pen += w;
  }
  return out;
}

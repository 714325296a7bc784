import type { Box } from './geometry.js';
import type { Glyph } from './reading-space.js';

/**
 * Chunks: glyphs painted one after another along one baseline with no gap between them.
 * A chunk is placed as a whole: text that overflows from a cell into its empty
 * neighbour (Excel prints it across the border) stays in the cell it starts in.
 */
export interface Chunk extends Box {
  readonly glyphs: readonly Glyph[];
  readonly size: number;
  readonly dir: Glyph['dir'];
}

/** A glyph's extent along its own baseline (a0..a1) and the centre across it (b). */
export function frameOf(g: Box & { dir: Glyph['dir'] }): { a0: number; a1: number; b: number } {
  switch (g.dir) {
    case 0: return { a0: g.x0, a1: g.x1, b: (g.y0 + g.y1) / 2 };
    case 1: return { a0: g.y0, a1: g.y1, b: -(g.x0 + g.x1) / 2 };
    case 2: return { a0: -g.x1, a1: -g.x0, b: -(g.y0 + g.y1) / 2 };
    case 3: return { a0: -g.y1, a1: -g.y0, b: (g.x0 + g.x1) / 2 };
  }
}

/** Gap (em) up to which the next glyph continues a chunk; cell padding on both sides of a border is wider. */
const CHUNK_GAP = 0.2;

export function chunksOf(glyphs: readonly Glyph[]): Chunk[] {
  const chunks: Chunk[] = [];
  let cur: Glyph[] = [];
  const flush = () => { if (cur.length) chunks.push(chunkOf(cur)); cur = []; };
  for (const g of glyphs) {
    const p = cur[cur.length - 1];
    if (p && continues(p, g)) cur.push(g);
    else { flush(); cur.push(g); }
  }
  flush();
  return chunks;
}

function continues(p: Glyph, g: Glyph): boolean {
  if (p.dir !== g.dir) return false;
  if (g.size > p.size * 1.4 || g.size < p.size / 1.4) return false;
  const fp = frameOf(p), fg = frameOf(g);
  if (Math.abs(fp.b - fg.b) > 0.3 * p.size) return false;
  const gap = fg.a0 - fp.a1;
  return gap >= -0.5 * p.size && gap <= CHUNK_GAP * p.size;
}

export function chunkOf(glyphs: readonly Glyph[]): Chunk {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, size = 0;
  for (const g of glyphs) {
    x0 = Math.min(x0, g.x0); y0 = Math.min(y0, g.y0); x1 = Math.max(x1, g.x1); y1 = Math.max(y1, g.y1);
    size = Math.max(size, g.size);
  }
  return { glyphs, x0, y0, x1, y1, size, dir: glyphs[0]!.dir };
}

/** The point that decides where a chunk belongs: the centre of its first glyph. */
export function anchorOf(chunk: Chunk): { x: number; y: number } {
  const g = chunk.glyphs[0]!;
  return { x: (g.x0 + g.x1) / 2, y: (g.y0 + g.y1) / 2 };
}

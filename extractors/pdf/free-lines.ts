import type { Box } from './geometry.js';
import { chunkOf, type Chunk } from './text-chunks.js';

/** A line of text outside any ruled table: its chunks left to right. */
export interface FreeLine extends Box {
  readonly chunks: readonly Chunk[];
  readonly size: number;
}

/** Chunks whose vertical centres are this close (em) are one line. */
const SAME_LINE = 0.5;

export function freeLinesOf(chunks: readonly Chunk[]): FreeLine[] {
  const sorted = [...chunks].sort((a, b) => (a.y0 + a.y1) - (b.y0 + b.y1));
  const lines: { c: number; size: number; chunks: Chunk[] }[] = [];
  for (const ch of sorted) {
    const c = (ch.y0 + ch.y1) / 2;
    // a chunk may belong to any recent line (a line's chunks arrive in y order, not grouped)
    let target: (typeof lines)[number] | undefined;
    for (let k = lines.length - 1; k >= 0 && k >= lines.length - 3; k--) {
      const l = lines[k]!;
      if (Math.abs(l.c - c) <= SAME_LINE * Math.max(l.size, ch.size)) { target = l; break; }
    }
    if (target) {
      target.chunks.push(ch);
      target.c = target.chunks.reduce((s, k) => s + (k.y0 + k.y1) / 2, 0) / target.chunks.length;
      target.size = Math.max(target.size, ch.size);
    } else lines.push({ c, size: ch.size, chunks: [ch] });
  }
  return lines
    .map((l) => {
      const ordered = l.chunks.sort((a, b) => a.x0 - b.x0);
      const all = chunkOf(ordered.flatMap((k) => k.glyphs));
      return { x0: all.x0, y0: all.y0, x1: all.x1, y1: all.y1, chunks: ordered, size: l.size };
    })
    .sort((a, b) => a.y0 - b.y0);
}

/** Gaps between a line's chunks of at least `minGapEm` em: where its text falls apart into columns. */
export function piecesOf(line: FreeLine, minGapEm: number): Chunk[][] {
  const pieces: Chunk[][] = [];
  for (const ch of line.chunks) {
    const cur = pieces[pieces.length - 1];
    const prev = cur?.[cur.length - 1];
    if (cur && prev && ch.x0 - prev.x1 < minGapEm * Math.max(prev.size, ch.size)) cur.push(ch);
    else pieces.push([ch]);
  }
  return pieces;
}

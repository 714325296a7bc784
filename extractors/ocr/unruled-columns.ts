import type { Block, GridCell } from '../../schemas/grid.js';
import { readingLines, scanPlace, type PlaceFrame, type Word } from './page-grid.js';
import type { PixelBox } from './raster.js';

/** Fewer lines than this with two or more separated chunks is prose, not a table. */
const MIN_TABLE_LINES = 3;

interface Chunk { readonly words: Word[]; readonly x0: number; readonly x1: number }

/**
 * A page without rules: text lines whose words stand in separated chunks (gaps wider than a
 * unit) form a table; its columns start where chunks of several lines start; each line is a
 * row and a chunk spans the columns that start inside it. Spans are inferred. Everything else
 * stays a line block (`lineBlocks`, made by the ruled reading).
 */
export function unruledTables(lineBlocks: readonly Block[], words: readonly Word[], unit: number, frame: PlaceFrame): Block[] {
  const lines = readingLines(words, unit).map((line) => chunksOf(line, unit));
  const regions: { from: number; to: number }[] = [];
  let start = -1, count = 0;
  const flush = (end: number) => { if (start >= 0 && count >= MIN_TABLE_LINES) regions.push({ from: start, to: end }); start = -1; count = 0; };
  lines.forEach((chunks, k) => {
    if (chunks.length >= 2) { if (start < 0) start = k; count++; }
    else if (start >= 0 && !(lines[k + 1] && lines[k + 1]!.length >= 2)) flush(k - 1);
  });
  flush(lines.length - 1);
  if (!regions.length) return [...lineBlocks];
  const out: { top: number; block: Block }[] = [];
  let k = 0;
  for (const r of regions) {
    for (; k < r.from; k++) out.push(freeLine(lines[k]!, frame));
    out.push({ top: Math.min(...lines[r.from]!.map((c) => c.words[0]!.box[1])), block: gridOf(lines.slice(r.from, r.to + 1), unit, frame) });
    k = r.to + 1;
  }
  for (; k < lines.length; k++) out.push(freeLine(lines[k]!, frame));
  return out.map((o) => o.block);
}

function chunksOf(line: readonly Word[], unit: number): Chunk[] {
  const chunks: Chunk[] = [];
  for (const w of line) {
    const last = chunks[chunks.length - 1];
    if (last && w.box[0] - last.x1 <= unit) chunks[chunks.length - 1] = { words: [...last.words, w], x0: last.x0, x1: Math.max(last.x1, w.box[2]) };
    else chunks.push({ words: [w], x0: w.box[0], x1: w.box[2] });
  }
  return chunks;
}

const textOf = (c: Chunk): string => c.words.map((w) => w.text).join('');
const boxOf = (c: Chunk): PixelBox => [c.x0, Math.min(...c.words.map((w) => w.box[1])), c.x1, Math.max(...c.words.map((w) => w.box[3]))];

function freeLine(chunks: readonly Chunk[], frame: PlaceFrame): { top: number; block: Block } {
  const all: Chunk = { words: chunks.flatMap((c) => c.words), x0: chunks[0]!.x0, x1: chunks[chunks.length - 1]!.x1 };
  const box = boxOf(all);
  return { top: box[1], block: { kind: 'line', text: chunks.map(textOf).join(' '), place: scanPlace(frame, box) } };
}

function gridOf(rows: readonly Chunk[][], unit: number, frame: PlaceFrame): Block {
  // columns start where chunks of several lines start (left edges within half a unit); a chunk
  // belongs to the last column starting at or before it and spans those starting inside it
  const near = unit * 0.5;
  const edges = rows.filter((r) => r.length >= 2).flat().map((c) => c.x0).sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const x of edges) {
    const last = clusters[clusters.length - 1];
    if (last && x - last[last.length - 1]! <= near) last.push(x);
    else clusters.push([x]);
  }
  const starts = clusters.filter((c) => c.length >= 2).map((c) => Math.min(...c));
  if (!starts.length) return { kind: 'grid', spans: 'inferred', rows: 0, cols: 0, cells: [] };
  const cols = starts.length;
  const colAt = (x: number) => Math.max(0, starts.filter((b) => b <= x + near).length - 1);
  const cells: GridCell[] = [];
  rows.forEach((chunks, row) => {
    const byCol = new Map<number, { c0: number; c1: number; chunks: Chunk[] }>();
    for (const ch of chunks) {
      const c0 = colAt(ch.x0), c1 = Math.max(c0, colAt(ch.x1 - unit));
      const hit = [...byCol.values()].find((v) => c0 <= v.c1 && v.c0 <= c1);
      if (hit) { hit.c0 = Math.min(hit.c0, c0); hit.c1 = Math.max(hit.c1, c1); hit.chunks.push(ch); }
      else byCol.set(c0, { c0, c1, chunks: [ch] });
    }
    for (const v of [...byCol.values()].sort((a, b) => a.c0 - b.c0)) {
      const ws = v.chunks.flatMap((c) => c.words);
      cells.push({
        row, col: v.c0, rowSpan: 1, colSpan: v.c1 - v.c0 + 1, text: v.chunks.map(textOf).join(' '),
        places: ws.map((w) => scanPlace(frame, w.box)), confidence: Math.min(...ws.map((w) => w.confidence)),
      });
    }
  });
  return { kind: 'grid', spans: 'inferred', rows: rows.length, cols, cells, rowPages: Array(rows.length).fill(frame.page) };
}

import type { Block, BlockCell, TableBlock } from './blocks.js';
import { textOfGlyphs } from './cell-text.js';
import { freeLinesOf } from './free-lines.js';
import { round2, transformBox, type Box } from './geometry.js';
import type { Glyph, PageContent } from './reading-space.js';
import { rulesFromSegments } from './ruling-lines.js';
import { gridsFromRules, type Grid } from './table-grids.js';
import { anchorOf, chunksOf, type Chunk } from './text-chunks.js';
import { blocksFromFreeLines } from './text-columns.js';

/**
 * One page → its blocks, top to bottom: ruled tables with every chunk of text placed in the
 * cell its first glyph falls in, tables found from text columns, and free lines.
 */
export function blocksOfPage(content: PageContent): Block[] {
  const grids = gridsFromRules(rulesFromSegments(content.segments));
  const userBox = (b: Box): readonly [number, number, number, number] => {
    const u = transformBox(content.toUser, b);
    return [round2(u.x0), round2(u.y0), round2(u.x1), round2(u.y1)];
  };
  const located = grids.map((g) => ({ grid: g, units: unitIndex(g), glyphs: g.cells.map(() => [] as Glyph[]) }));
  const free: Chunk[] = [];
  for (const chunk of chunksOf(content.glyphs)) {
    const { x, y } = anchorOf(chunk);
    const home = located.find(({ grid: { box } }) => x >= box.x0 - 1 && x <= box.x1 + 1 && y >= box.y0 - 1 && y <= box.y1 + 1);
    if (!home) { free.push(chunk); continue; }
    const r = slot(home.grid.ys, y), c = slot(home.grid.xs, x);
    home.glyphs[home.units[r]![c]!]!.push(...chunk.glyphs);
  }
  const tables: TableBlock[] = located.map(({ grid, glyphs }) => {
    const rows: BlockCell[][] = Array.from({ length: grid.ys.length - 1 }, () => []);
    grid.cells.forEach((cell, k) => {
      rows[cell.row]!.push({
        text: textOfGlyphs(glyphs[k]!),
        x0: cell.box.x0, x1: cell.box.x1, rowSpan: cell.rowSpan,
        page: content.page, box: userBox(cell.box),
        openTop: cell.openTop, openBottom: cell.openBottom,
      });
    });
    return { kind: 'table', page: content.page, box: grid.box, xs: grid.xs, rows, rowPages: rows.map(() => content.page), ruled: true };
  });
  const blocks: Block[] = [...tables, ...blocksFromFreeLines(freeLinesOf(free), content.page, userBox)];
  return blocks.sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
}

/** unit (row, col) → index of the cell covering it */
function unitIndex(grid: Grid): number[][] {
  const units = Array.from({ length: grid.ys.length - 1 }, () => new Array<number>(grid.xs.length - 1).fill(0));
  grid.cells.forEach((cell, k) => {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) for (let c = cell.col; c < cell.col + cell.colSpan; c++) units[r]![c] = k;
  });
  return units;
}

/** Index of the interval of sorted `bounds` that contains v (clamped to the first/last). */
function slot(bounds: readonly number[], v: number): number {
  let lo = 0, hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]! <= v) lo = mid; else hi = mid - 1;
  }
  return Math.max(0, Math.min(lo, bounds.length - 2));
}

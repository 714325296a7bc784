import type { Block as GridOrLine, GridBlock, GridCell, GridDocument, LineBlock as FreeLine } from '../../schemas/grid.js';
import type { Block, LineBlock, TableBlock } from './blocks.js';

/**
 * Page blocks in document order → the GridDocument the reader takes, spans intact: a table's
 * column boundaries are its lattice (a cell's `col` is the boundary nearest its left edge, its
 * colSpan reaches the boundary nearest its right edge); a merged cell appears once, on its
 * top-left row. Free lines (titles, 年度, narrative) are line blocks with their box and size.
 */
export function gridFromBlocks(blocks: readonly Block[]): GridDocument {
  const handlers: { [K in Block['kind']]: (b: Extract<Block, { kind: K }>) => GridOrLine } = {
    line: freeLine,
    table: tableGrid,
  };
  return { blocks: blocks.map((b) => (handlers[b.kind] as (x: Block) => GridOrLine)(b)) };
}

const freeLine = (b: LineBlock): FreeLine =>
  ({ kind: 'line', text: b.text, place: { kind: 'pdf', page: b.page, box: b.userBox }, size: b.size });

function tableGrid(t: TableBlock): GridBlock {
  const cols = Math.max(1, t.xs.length - 1);
  const nearest = (x: number) => {
    let best = 0;
    for (let k = 1; k < t.xs.length; k++) if (Math.abs(t.xs[k]! - x) < Math.abs(t.xs[best]! - x)) best = k;
    return best;
  };
  const rows = t.rows.length;
  const cells: GridCell[] = [];
  t.rows.forEach((row, r) => {
    for (const c of row) {
      const col = Math.min(nearest(c.x0), cols - 1);
      const colSpan = Math.max(1, Math.min(nearest(c.x1), cols) - col);
      const rowSpan = Math.max(1, Math.min(c.rowSpan, rows - r));
      cells.push({ row: r, col, rowSpan, colSpan, text: c.text, places: [{ kind: 'pdf', page: c.page, box: c.box }] });
    }
  });
  return { kind: 'grid', spans: t.ruled ? 'drawn' : 'inferred', rows, cols, cells, rowPages: t.rowPages };
}

import type { Cell, Row } from '../../schemas/cells.js';
import type { Block, LineBlock, TableBlock } from './blocks.js';

/**
 * Blocks in document order → the Row stream every extractor hands to `tablesFromRows`.
 * One Row per grid row (layout 'grid'), `line` counting rows across the document; a cell's
 * `index` is its grid column, `column` = index + 1, spans from the grid. A merged cell
 * appears once, on its top-left row; covered positions get no cell. Free lines (titles,
 * 年度, narrative) are rows with one cell at index 0 (layout 'single').
 */
export function rowsFromBlocks(blocks: readonly Block[]): Row[] {
  const rows: Row[] = [];
  const handlers: { [K in Block['kind']]: (b: Extract<Block, { kind: K }>) => void } = {
    line: (b) => rows.push(lineRow(b, rows.length + 1)),
    table: (b) => rows.push(...tableRows(b, rows.length + 1)),
  };
  for (const b of blocks) (handlers[b.kind] as (x: Block) => void)(b);
  return rows;
}

function lineRow(b: LineBlock, line: number): Row {
  const cell: Cell = { text: b.text, line, column: 1, index: 0, colSpan: 1, rowSpan: 1, page: b.page, box: b.userBox };
  return { line, text: b.text, cells: [cell], page: b.page, layout: 'single' };
}

function tableRows(t: TableBlock, firstLine: number): Row[] {
  const nearest = (x: number) => {
    let best = 0;
    for (let k = 1; k < t.xs.length; k++) if (Math.abs(t.xs[k]! - x) < Math.abs(t.xs[best]! - x)) best = k;
    return best;
  };
  return t.rows.map((cells, r) => {
    const line = firstLine + r;
    const out: Cell[] = cells.map((c) => {
      const index = nearest(c.x0);
      const colSpan = Math.max(1, nearest(c.x1) - index);
      return { text: c.text, line, column: index + 1, index, colSpan, rowSpan: c.rowSpan, page: c.page, box: c.box };
    });
    return { line, text: out.map((c) => c.text).join('\t'), cells: out, page: t.rowPages[r], layout: 'grid' };
  });
}

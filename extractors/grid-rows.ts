import type { Cell, Row } from '../schemas/cells.js';
import type { Block, GridBlock, GridDocument, LineBlock, SourcePlace } from '../schemas/grid.js';

/**
 * TRANSITIONAL: a GridDocument → the Row stream today's reader (`tablesFromRows`) takes, so
 * new front ends (Office, OCR) can be read end to end before the reader reads grids itself
 * (issue 7). One Row per grid row, layout 'grid', a cell's `index` its grid column; line blocks
 * are 'single' rows. `line` counts rows across the document unless the place is a text line.
 * Office places are reduced to a row count here: remove this file once the reader takes grids.
 */
export function rowsFromGrid(doc: GridDocument): Row[] {
  const rows: Row[] = [];
  const handlers: { [K in Block['kind']]: (b: Extract<Block, { kind: K }>) => void } = {
    line: (b) => rows.push(lineRow(b, rows.length + 1)),
    grid: (b) => rows.push(...gridRows(b, rows.length + 1)),
  };
  for (const b of doc.blocks) (handlers[b.kind] as (x: Block) => void)(b);
  return rows;
}

interface Located { line: number; column: number; page?: number; box?: readonly [number, number, number, number] }

function locate(place: SourcePlace | undefined, line: number, column: number): Located {
  if (!place) return { line, column };
  switch (place.kind) {
    case 'text': return place.page === undefined ? { line: place.line, column: place.column } : { line: place.line, column: place.column, page: place.page };
    case 'pdf':
    case 'scan': return { line, column, page: place.page, box: place.box };
    case 'office': return { line, column };
  }
}

function lineRow(b: LineBlock, line: number): Row {
  const at = locate(b.place, line, 1);
  const cell: Cell = { text: b.text, index: 0, colSpan: 1, rowSpan: 1, ...at };
  return { line: at.line, text: b.text, cells: [cell], page: at.page, layout: 'single' };
}

function gridRows(g: GridBlock, firstLine: number): Row[] {
  const byRow: Cell[][] = Array.from({ length: g.rows }, () => []);
  for (const c of g.cells) {
    const at = locate(c.places[0], firstLine + c.row, c.col + 1);
    // a text place (HTML source) keeps its line and column; others count rows and grid columns
    const where = c.places[0]?.kind === 'text' ? {} : { line: firstLine + c.row, column: c.col + 1 };
    byRow[c.row]!.push({ text: c.text, index: c.col, colSpan: c.colSpan, rowSpan: c.rowSpan, ...at, ...where });
  }
  return byRow.map((cells, r) => ({
    line: firstLine + r,
    text: cells.map((c) => c.text).join('\t'),
    cells,
    page: g.rowPages?.[r] ?? cells[0]?.page,
    layout: 'grid' as const,
  }));
}

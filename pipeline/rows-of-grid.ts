import type { Cell, Row } from '../schemas/cells.js';
import type { Block, GridBlock, GridDocument, LineBlock, SourcePlace } from '../schemas/grid.js';

/**
 * The reader's own view of a GridDocument: one row per grid row (cells keyed by their grid
 * column, spans kept, a merged cell once on its top-left row) and one single-cell row per line
 * block. Rows are numbered through the document; a cell printed in a text file keeps its source
 * line and column, other sources keep their page, box, sheet and reference for places.
 */
export function rowsOfGrid(doc: GridDocument): Row[] {
  const rows: Row[] = [];
  const handlers: { [K in Block['kind']]: (b: Extract<Block, { kind: K }>) => void } = {
    line: (b) => rows.push(lineRow(b, rows.length + 1)),
    grid: (b) => rows.push(...gridRows(b, rows.length + 1)),
  };
  for (const b of doc.blocks) (handlers[b.kind] as (x: Block) => void)(b);
  return rows;
}

type Located = Pick<Cell, 'line' | 'column' | 'page' | 'box' | 'sheet' | 'ref' | 'boxSpace'>;

/** Where a cell is, for places: text keeps line/column; other sources count rows and columns. */
function locate(place: SourcePlace | undefined, line: number, column: number): Located {
  if (!place) return { line, column };
  const handlers: { [K in SourcePlace['kind']]: (p: Extract<SourcePlace, { kind: K }>) => Located } = {
    text: (p) => (p.page === undefined ? { line: p.line, column: p.column } : { line: p.line, column: p.column, page: p.page }),
    pdf: (p) => ({ line, column, page: p.page, box: p.box }),
    scan: (p) => ({ line, column, page: p.page, box: p.box, boxSpace: 'pixels' }),
    office: (p) => ({ line, column, sheet: p.sheet, ref: p.ref }),
  };
  return (handlers[place.kind] as (p: SourcePlace) => Located)(place);
}

function lineRow(b: LineBlock, line: number): Row {
  const at = locate(b.place, line, 1);
  const cell: Cell = { text: b.text, index: 0, colSpan: 1, rowSpan: 1, ...at };
  return { line: at.line, text: b.text, cells: [cell], page: at.page, layout: 'single' };
}

function gridRows(g: GridBlock, firstLine: number): Row[] {
  const byRow: Cell[][] = Array.from({ length: g.rows }, () => []);
  // a row of a text file is numbered by the line it was printed on
  const textLine: (number | undefined)[] = new Array(g.rows);
  for (const c of g.cells) {
    const place = c.places[0];
    const at = locate(place, firstLine + c.row, c.col + 1);
    if (place?.kind === 'text') textLine[c.row] ??= place.line;
    byRow[c.row]!.push({ text: c.text, index: c.col, colSpan: c.colSpan, rowSpan: c.rowSpan, ...at });
  }
  return byRow.map((cells, r) => {
    return {
      line: textLine[r] ?? firstLine + r,
      text: cells.map((c) => c.text).join('\t'),
      cells,
      page: g.rowPages?.[r] ?? cells[0]?.page,
      layout: 'grid' as const,
    };
  });
}

import type { Block, GridBlock, GridCell, LineBlock, SourcePlace } from '../schemas/grid.js';

/**
 * A table read from a markup source (HTML, docx) → grid blocks, shared by those front ends.
 *
 * Cells arrive placed on the source's own lattice, where a span may be anything the file says
 * (`colspan="999999999"`). The lattice is compacted to the columns where some cell starts, so a
 * span covers only real columns and costs nothing; row spans stop at the last row.
 *
 * Nested tables: a table whose cells hold tables and which has one column is page layout (a
 * frame around the real table): it dissolves into its cells' text as line blocks and the nested
 * tables as grids, in reading order. Otherwise the table is a grid of its cells' own text and the
 * nested tables follow it as blocks of their own.
 */
export interface PlacedCell {
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly text: string;
  readonly places: readonly SourcePlace[];
  /** blocks of the tables nested in this cell, in order */
  readonly nested: readonly Block[];
}

export function tableBlocks(cells: readonly PlacedCell[], rows: number, spans: GridBlock['spans'] = 'drawn'): Block[] {
  if (cells.length === 0 || rows === 0) return [];
  const grid = compactGrid(cells, rows, spans);
  const nested = cells.flatMap((c) => c.nested);
  if (nested.length > 0 && grid.cols === 1) return dissolve(cells);
  const hasText = grid.cells.some((c) => c.text.trim() !== '');
  return [...(hasText ? [grid] : []), ...nested];
}

function dissolve(cells: readonly PlacedCell[]): Block[] {
  const out: Block[] = [];
  for (const c of [...cells].sort((a, b) => a.row - b.row || a.col - b.col)) {
    for (const line of c.text.split('\n')) {
      if (line.trim() && c.places[0]) out.push({ kind: 'line', text: line.trim(), place: c.places[0] } satisfies LineBlock);
    }
    out.push(...c.nested);
  }
  return out;
}

/** Columns where a cell starts become the block's columns; spans are counted in them. */
export function compactGrid(cells: readonly PlacedCell[], rows: number, spans: GridBlock['spans']): GridBlock {
  const starts = [...new Set(cells.map((c) => c.col))].sort((a, b) => a - b);
  const index = new Map(starts.map((s, k) => [s, k]));
  const covered = (from: number, to: number): number => {
    // starts are sorted: count those in [from, to) by binary search
    const lower = (x: number) => { let lo = 0; let hi = starts.length; while (lo < hi) { const m = (lo + hi) >> 1; if (starts[m]! < x) lo = m + 1; else hi = m; } return lo; };
    return lower(to) - lower(from);
  };
  const out: GridCell[] = cells
    .filter((c) => c.row < rows)
    .map((c) => ({
      row: c.row,
      col: index.get(c.col)!,
      rowSpan: Math.max(1, Math.min(c.rowSpan, rows - c.row)),
      colSpan: Math.max(1, covered(c.col, c.col + Math.max(1, c.colSpan))),
      text: c.text,
      places: c.places,
    }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return { kind: 'grid', spans, rows, cols: starts.length, cells: out };
}

/**
 * Places cells given row by row, left to right, the way HTML and Word do: a cell goes to the
 * first column of its row not covered by a cell above that spans down. Costs O(cells + rows ×
 * open spans), whatever the spans say.
 */
export class RowPlacer {
  /** cells spanning down: [col, colSpan, last row they cover] */
  private open: { col: number; colSpan: number; until: number }[] = [];
  private row = -1;
  private cursor = 0;

  nextRow(): number {
    this.row++;
    this.cursor = 0;
    this.open = this.open.filter((o) => o.until >= this.row);
    this.open.sort((a, b) => a.col - b.col);
    return this.row;
  }

  /** the column the next cell of this row starts at */
  place(colSpan: number, rowSpan: number): number {
    let col = this.cursor;
    for (const o of this.open) {
      if (o.col + o.colSpan <= col) continue;
      if (o.col > col) break;
      col = o.col + o.colSpan;
    }
    this.cursor = col + colSpan;
    if (rowSpan > 1) this.open.push({ col, colSpan, until: this.row + rowSpan - 1 });
    return col;
  }

  /** skip columns (Word's gridBefore) */
  skip(n: number): void { this.cursor += n; }
}

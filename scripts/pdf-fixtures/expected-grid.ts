import type { SheetPart, SheetSpec } from './sheet-model.js';

/**
 * The grid a correct reader must find in the PDF, derived from the spec alone: one row per
 * worksheet row of each bordered grid (a header repeated on later pages is not a row again),
 * each cell once with its spans. Column indices count the column boundaries that are drawn
 * somewhere in the grid — a boundary no border ever touches is not a column on paper.
 */
export interface ExpectedCell { readonly index: number; readonly colSpan: number; readonly rowSpan: number; readonly text: string }
export interface ExpectedGrid {
  /** per table: its rows, each the cells starting on that row */
  readonly tables: readonly (readonly (readonly ExpectedCell[])[])[];
  /** the free lines (titles, 年度) in order */
  readonly lines: readonly string[];
}

export function expectedGrid(spec: SheetSpec): ExpectedGrid {
  const tables: ExpectedCell[][][] = [];
  const lines: string[] = [];
  for (const t of spec.tables) {
    for (const part of t.parts) {
      if (part.kind === 'title') {
        for (let r = 0; r < part.rows; r++) {
          const text = part.cells.filter((c) => c.row === r).map((c) => c.text).join(' ').trim();
          if (text) lines.push(text);
        }
      } else tables.push(gridRows(part));
    }
  }
  return { tables, lines };
}

function gridRows(part: SheetPart): ExpectedCell[][] {
  const drawn = new Set<number>();
  for (const c of part.cells) { drawn.add(c.col); drawn.add(c.col + c.colSpan); }
  const bounds = [...drawn].sort((a, b) => a - b);
  const at = (x: number) => bounds.indexOf(x);
  const rows: ExpectedCell[][] = Array.from({ length: part.rows }, () => []);
  for (const c of [...part.cells].sort((a, b) => a.row - b.row || a.col - b.col)) {
    rows[c.row]!.push({ index: at(c.col), colSpan: at(c.col + c.colSpan) - at(c.col), rowSpan: c.rowSpan, text: c.text });
  }
  return rows;
}

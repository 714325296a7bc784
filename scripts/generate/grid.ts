/**
 * A table as rows of cell strings, before it is laid out as text. A cell's text may contain
 * '\n': the cell continues on the following physical lines in the same column (a wrapped
 * long cell, a label written vertically). Raw rows are printed verbatim whatever the layout.
 */

export type RowRole =
  | 'title' | 'subtitle' | 'header' | 'funds_header' | 'funds' | 'goals_label' | 'goals' | 'section'
  | 'indicator_header' | 'indicator' | 'total' | 'raw';

export type Block = 'funds' | 'goals' | 'indicators';

export interface GridRow {
  readonly role: RowRole;
  readonly cells: readonly string[];
  readonly block?: Block;
  /** index into the spec's indicators */
  readonly indicator?: number;
  /** the row keeps its meaning when its cells move sideways (content identifies each cell) */
  readonly shiftable?: boolean;
  /** raw rows: printed verbatim */
  readonly raw?: readonly string[];
}

/** What a cell holds, so perturbations can target some kinds of text and leave others alone. */
export type CellKind = 'title' | 'label' | 'level' | 'name' | 'value' | 'number' | 'field' | 'long';

/** Applied to every non-empty cell text as the grid is built (the cell-level perturbations). */
export type Decorate = (text: string, kind: CellKind) => string;

export const rawRow = (lines: readonly string[]): GridRow => ({ role: 'raw', cells: [], raw: lines });

/** Rows with single-cell text (titles, 分解目标自评) are printed as plain lines. */
export const isPlainLine = (row: GridRow): boolean => row.role === 'title' || row.role === 'subtitle' || row.role === 'section';

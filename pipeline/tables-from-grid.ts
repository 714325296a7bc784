import type { GridDocument } from '../schemas/grid.js';
import type { Table } from '../schemas/record.js';
import { rowsOfGrid } from './rows-of-grid.js';
import { tablesFromRows, type TableContext } from './tables-from-rows.js';

export type { TableContext } from './tables-from-rows.js';

/**
 * The reader's entry: one document's grid (from any front end: text, HTML, PDF, OCR, Office)
 * → validated tables. Segments the blocks into tables by their titles/structure, reads header
 * fields, funds, goals, indicators and the 总分 row, matches indicators onto the hierarchy and
 * runs the checks. Pure; never throws for odd input.
 */
export function tablesFromGrid(doc: GridDocument, ctx: TableContext): Table[] {
  return tablesFromRows(rowsOfGrid(doc), ctx);
}

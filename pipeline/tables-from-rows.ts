import type { Row } from '../schemas/cells.js';
import type { Table } from '../schemas/record.js';

export interface TableContext {
  /** the file path reported in places */
  readonly file: string;
  /** convert Traditional → Simplified (decided per document) */
  readonly simplify?: boolean;
}

/**
 * Rows of cells (from any extractor: text lines or a PDF grid) → validated tables.
 * Segments the rows into tables by their titles/structure, parses header fields, funds,
 * goals, indicators and the 总分 row, matches indicators onto the hierarchy, and runs the checks.
 */
export function tablesFromRows(rows: readonly Row[], ctx: TableContext): Table[] {
  void rows; void ctx;
  return [];
}

import type { Row } from '../schemas/cells.js';
import type { Table } from '../schemas/record.js';
import { normalizeRow, placeOf } from './norm-cell.js';
import { segmentTables, type TableBlock } from './segment.js';
import { parseTable } from './parse-table.js';
import { indicatorHeaderRoles } from './sections.js';
import { finding } from './findings.js';

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
  const simplify = ctx.simplify ?? false;
  const nrows = rows.map((r) => normalizeRow(r, simplify));
  let blocks: TableBlock[] = segmentTables(nrows);
  if (blocks.length === 0 && nrows.some((r) => indicatorHeaderRoles(r))) {
    blocks = [{ kind: 'unknown', title: null, rows: nrows.filter((r) => r.cells.length > 0) }];
  }
  return blocks.map((block) => {
    const table = parseTable(block, ctx.file);
    const notes = new Set(block.rows.flatMap((r) => r.all.flatMap((c) => c.notes)));
    const at = placeOf(ctx.file, block.rows[0]?.cells[0]);
    if (notes.has('glyphs')) table.findings.unshift(finding('GLYPHS_FOLDED', 'Kangxi radicals / compatibility ideographs were folded to unified characters', at));
    if (notes.has('traditional')) table.findings.unshift(finding('TRADITIONAL_CONVERTED', 'Traditional characters were converted to Simplified (opencc-js)', at));
    if (notes.has('duplicate_fragment')) table.findings.unshift(finding('DUPLICATE_WRAP_FRAGMENT', 'a duplicated wrap fragment was collapsed', at));
    return table;
  });
}

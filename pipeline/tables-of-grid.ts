import { rowsFromGrid } from '../extractors/grid-rows.js';
import { looksTraditional } from '../normalizers/to-simplified.js';
import type { GridDocument } from '../schemas/grid.js';
import type { Table } from '../schemas/record.js';
import { tablesFromRows } from './tables-from-rows.js';

/**
 * A grid document (from the Office and HTML front ends) → its tables. The one place these
 * front ends reach the reader: through the transitional grid → rows adapter until the reader
 * takes grids itself (issue 7), when this becomes `tablesFromGrid(doc, ctx)`.
 */
export function tablesOfGrid(doc: GridDocument, file: string): Table[] {
  const text = doc.blocks.map((b) => (b.kind === 'line' ? b.text : b.cells.map((c) => c.text).join('\n'))).join('\n');
  // Traditional or Simplified is decided once per document, as for text and PDF input
  const simplify = looksTraditional(text);
  return tablesFromRows(rowsFromGrid(doc), { file, simplify });
}

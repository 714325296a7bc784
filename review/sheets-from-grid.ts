import type { GridDocument } from '../schemas/grid.js';
import type { SheetCell, SheetView } from './review-source.js';

/**
 * The grid blocks of an Office front end (xlsx sheets, docx tables) as the review page's grids.
 * Pure. A cell's reference is its first Office place (`B7`, `T2R3C4`), the name the record's
 * places use; a grid's name is its sheet (xlsx) or null (docx tables). Cells without an Office place
 * (other front ends) are named by their lattice position.
 */
export function sheetsFromGrid(doc: GridDocument): SheetView[] {
  const sheets: SheetView[] = [];
  for (const block of doc.blocks) {
    if (block.kind !== 'grid') continue;
    const office = block.cells.flatMap((c) => c.places).find((p) => p.kind === 'office');
    const rows: SheetCell[][] = Array.from({ length: block.rows }, () => []);
    for (const cell of block.cells) {
      const place = cell.places.find((p) => p.kind === 'office');
      rows[cell.row]!.push({
        ref: place?.kind === 'office' ? place.ref : `R${cell.row + 1}C${cell.col + 1}`,
        text: cell.text, rowSpan: cell.rowSpan, colSpan: cell.colSpan,
      });
    }
    // a docx table has no sheet: its places carry sheet null, as the record's places do
    sheets.push({ name: office?.kind === 'office' ? office.sheet : null, rows, clipped: false });
  }
  return sheets;
}

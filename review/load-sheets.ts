import ExcelJS from 'exceljs';
import type { SheetCell, SheetView } from './review-source.js';

/** Bounds on what one page shows of a sheet: evaluation tables are far smaller; a huge sheet is clipped, not loaded into the page whole. */
const MAX_ROWS = 400;
const MAX_COLS = 40;

const columnName = (n: number): string => (n <= 0 ? '' : columnName(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

/** An .xlsx workbook → its sheets as grids (merged ranges as one spanning cell), for the review page. */
export async function loadSheets(bytes: Uint8Array): Promise<SheetView[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  const sheets: SheetView[] = [];
  workbook.eachSheet((ws) => {
    const rowCount = Math.min(ws.rowCount, MAX_ROWS);
    const colCount = Math.min(ws.columnCount, MAX_COLS);
    // merged ranges by their top-left cell: 'B3:D4' → rowSpan 2, colSpan 3
    const spans = new Map<string, { rowSpan: number; colSpan: number }>();
    for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
      const [from, to] = range.split(':') as [string, string];
      const a = ws.getCell(from);
      const b = ws.getCell(to);
      spans.set(a.address, { rowSpan: Number(b.row) - Number(a.row) + 1, colSpan: Number(b.col) - Number(a.col) + 1 });
    }
    const rows: SheetCell[][] = [];
    for (let r = 1; r <= rowCount; r++) {
      const row: SheetCell[] = [];
      for (let c = 1; c <= colCount; c++) {
        const cell = ws.getCell(r, c);
        if (cell.isMerged && cell.master.address !== cell.address) continue;
        const span = spans.get(cell.address) ?? { rowSpan: 1, colSpan: 1 };
        row.push({ ref: `${columnName(c)}${r}`, text: cell.text ?? '', ...span });
      }
      rows.push(row);
    }
    sheets.push({ name: ws.name, rows, clipped: ws.rowCount > MAX_ROWS || ws.columnCount > MAX_COLS });
  });
  return sheets;
}

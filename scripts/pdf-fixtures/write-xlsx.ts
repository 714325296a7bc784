import ExcelJS from 'exceljs';
import { placeSheet } from './place-sheet.js';
import type { PrintableSheet, SheetCell } from './sheet-model.js';

/**
 * The spec as an .xlsx, the way a clerk makes one in Excel/WPS: genuinely merged cells,
 * thin borders on every cell of a grid, wrapped text with row heights that fit it, A4
 * pages, manual page breaks and repeated header rows where the spec asks for them.
 */
export async function writeXlsx(spec: PrintableSheet): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao fixtures';
  const ws = wb.addWorksheet('Sheet1');
  ws.columns = spec.columns.map((width) => ({ width }));
  const placement = placeSheet(spec);
  const heights = new Array<number>(placement.rows).fill(spec.fontSize * 1.8);
  const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };

  for (const { part, top } of placement.parts) {
    for (const cell of part.cells) {
      const r = top + cell.row + 1, c = cell.col + 1;
      const x = ws.getCell(r, c);
      x.value = cell.text;
      const size = fittingSize(cell, spec, cell.style?.size ?? spec.fontSize);
      x.font = { name: cell.style?.bold ? 'Noto Sans CJK SC' : spec.fontName, size, bold: !!cell.style?.bold };
      x.alignment = { horizontal: cell.style?.align ?? 'left', vertical: 'middle', wrapText: !!cell.style?.wrap };
      if (part.kind === 'grid' && spec.borders) {
        for (let rr = r; rr < r + cell.rowSpan; rr++) {
          for (let cc = c; cc < c + cell.colSpan; cc++) ws.getCell(rr, cc).border = { top: thin, left: thin, bottom: thin, right: thin };
        }
      }
      if (cell.rowSpan > 1 || cell.colSpan > 1) ws.mergeCells(r, c, r + cell.rowSpan - 1, c + cell.colSpan - 1);
      const need = neededHeight(cell, spec, size);
      if (cell.rowSpan === 1) heights[r - 1] = Math.max(heights[r - 1]!, need);
    }
  }
  // a merged cell that spans rows needs their heights together; the last row takes the rest
  for (const { part, top } of placement.parts) {
    for (const cell of part.cells.filter((c) => c.rowSpan > 1)) {
      const first = top + cell.row;
      const have = heights.slice(first, first + cell.rowSpan).reduce((s, h) => s + h, 0);
      const need = neededHeight(cell, spec, fittingSize(cell, spec, cell.style?.size ?? spec.fontSize));
      if (need > have) heights[first + cell.rowSpan - 1]! += need - have;
    }
  }
  heights.forEach((h, k) => { ws.getRow(k + 1).height = Math.ceil(h); });
  for (const r of placement.breaksAfter) ws.getRow(r + 1).addPageBreak();

  const header = spec.repeatHeader ? placement.parts.find((p) => p.part.headerRow !== undefined) : undefined;
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: spec.orientation,
    fitToPage: spec.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(header ? { printTitlesRow: `${header.top + header.part.headerRow! + 1}:${header.top + header.part.headerRow! + 1}` } : {}),
  };
  if (spec.footer) ws.headerFooter = { oddFooter: spec.footer };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Excel rows stop at 409 pt: a text that would need more is set smaller, as clerks do ("shrink to fit"). */
function fittingSize(cell: SheetCell, spec: PrintableSheet, size: number): number {
  let s = size;
  while (s > 4 && neededHeight(cell, spec, s) > 380 * cell.rowSpan) s -= 0.5;
  return s;
}

/** Height (pt) a cell's text needs at its column width: CJK 1 em, other characters 0.6 em. */
function neededHeight(cell: SheetCell, spec: PrintableSheet, size: number): number {
  const widthUnits = spec.columns.slice(cell.col, cell.col + cell.colSpan).reduce((s, w) => s + w, 0);
  const usable = widthUnits * 5.25 - 6;
  // each line typed with a line break (Alt+Enter) wraps on its own
  let lines = 0;
  for (const piece of cell.text.split('\n')) {
    let textWidth = 0;
    for (const ch of piece) textWidth += (/[\u2E80-\uFFEF“”]/.test(ch) ? 1 : 0.6) * size;
    lines += cell.style?.wrap ? Math.max(1, Math.ceil((textWidth * 1.1) / usable)) : 1;
  }
  return lines * size * 1.5 + 4;
}

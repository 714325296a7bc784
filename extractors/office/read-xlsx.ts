import ExcelJS from 'exceljs';
import type { Block, GridCell, GridDocument, LineBlock } from '../../schemas/grid.js';
import { displayText } from './cell-display.js';
import { zipTooLarge } from './zip-entries.js';

/**
 * .xlsx → grid document (exceljs). Every visible sheet's used range, hidden rows and columns
 * left out; merged cells become spans; values as the workbook displays them. A sheet holds one
 * or several tables: bands of rows separated by empty rows, split again on empty columns (two
 * tables side by side); an empty row or column drawn with borders belongs to its table. Rows
 * above the first and below the last row that holds two or more texts are line blocks (a title, the 年度 line, 单位：万元, a signature line); the rest is the grid.
 * Places: kind 'office', the sheet name and the A1 reference of the cell (of a merge's top-left).
 */
export type XlsxRead = { readonly kind: 'grid'; readonly doc: GridDocument } | { readonly kind: 'error'; readonly message: string };

/** Sheets past this many visible positions are refused (formatting dragged to row 1,048,576 …). */
export const MAX_SHEET_POSITIONS = 4_000_000;

export async function readXlsx(bytes: Uint8Array): Promise<XlsxRead> {
  // exceljs inflates every part: refuse a zip bomb from the declared sizes first
  const tooLarge = zipTooLarge(bytes);
  if (tooLarge) return { kind: 'error', message: tooLarge };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    return { kind: 'error', message: `not a readable .xlsx workbook (${e instanceof Error ? e.message : String(e)})` };
  }
  const blocks: Block[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') continue;
    const sheet = readSheet(ws);
    if (sheet.kind === 'error') return sheet;
    blocks.push(...sheet.blocks);
  }
  return { kind: 'grid', doc: { blocks } };
}

/** A cell or merged area on the visible lattice (0-based visible rows/cols). */
interface Area {
  row: number; col: number; rowSpan: number; colSpan: number;
  readonly text: string; readonly ref: string;
  /** drawn with a border: an empty bordered cell is part of a table, not a gap between tables */
  readonly bordered: boolean;
}

function readSheet(ws: ExcelJS.Worksheet): { kind: 'blocks'; blocks: Block[] } | { kind: 'error'; message: string } {
  // the used range: the last row and column that show something
  let lastRow = 0;
  let lastCol = 0;
  ws.eachRow((row, r) => row.eachCell((cell, c) => {
    if (displayText(cell.master ?? cell).trim() !== '') { lastRow = Math.max(lastRow, r); lastCol = Math.max(lastCol, c); }
  }));
  const rows: number[] = [];
  const cols: number[] = [];
  for (let r = 1; r <= lastRow; r++) if (!ws.getRow(r).hidden) rows.push(r);
  for (let c = 1; c <= lastCol; c++) if (!ws.getColumn(c).hidden) cols.push(c);
  if (rows.length * cols.length > MAX_SHEET_POSITIONS) return { kind: 'error', message: `sheet "${ws.name}" uses ${rows.length} × ${cols.length} cells, past the ${MAX_SHEET_POSITIONS} this reader takes` };

  // each visible position → its area; merged positions share their master's area
  const areas: Area[] = [];
  const byMaster = new Map<string, Area>();
  const at: (Area | undefined)[][] = rows.map(() => new Array<Area | undefined>(cols.length));
  rows.forEach((r, vr) => cols.forEach((c, vc) => {
    const cell = ws.getCell(r, c);
    const master = cell.isMerged ? cell.master : cell;
    let area = byMaster.get(master.address);
    if (!area) {
      area = { row: vr, col: vc, rowSpan: 1, colSpan: 1, text: displayText(master), ref: master.address, bordered: hasBorder(master) };
      byMaster.set(master.address, area);
      areas.push(area);
    } else {
      area.rowSpan = Math.max(area.rowSpan, vr - area.row + 1);
      area.colSpan = Math.max(area.colSpan, vc - area.col + 1);
    }
    at[vr]![vc] = area;
  }));

  const blocks: Block[] = [];
  for (const band of bands(areas, rows.length)) {
    for (const group of columnGroups(band, areas)) blocks.push(...bandBlocks(ws.name, band, group, at));
  }
  return { kind: 'blocks', blocks };
}

interface Range { readonly from: number; readonly to: number }

const hasText = (a: Area): boolean => a.text.trim() !== '';
/** What keeps rows and columns of one table together: text, or a drawn border. */
const holds = (a: Area): boolean => hasText(a) || a.bordered;

function hasBorder(cell: ExcelJS.Cell): boolean {
  const b = cell.border;
  return !!b && [b.top, b.left, b.bottom, b.right].some((side) => !!side?.style);
}

/** Runs of rows with text or borders, kept together where a merged area spans the gap. */
function bands(areas: readonly Area[], rowCount: number): Range[] {
  const reach = new Array<number>(rowCount).fill(-1);
  for (const a of areas) if (holds(a)) reach[a.row] = Math.max(reach[a.row]!, a.row + a.rowSpan - 1);
  const out: Range[] = [];
  let start = -1;
  let until = -1;
  for (let r = 0; r < rowCount; r++) {
    if (reach[r]! >= 0) {
      if (start === -1) start = r;
      until = Math.max(until, reach[r]!);
    } else if (start !== -1 && r > until) {
      out.push({ from: start, to: until });
      start = -1;
      until = -1;
    }
  }
  if (start !== -1) out.push({ from: start, to: until });
  return out;
}

/** Within a band, runs of columns with text or borders, kept together where an area spans the gap. */
function columnGroups(band: Range, areas: readonly Area[]): Range[] {
  const inBand = areas.filter((a) => holds(a) && a.row >= band.from && a.row <= band.to);
  const width = Math.max(0, ...inBand.map((a) => a.col + a.colSpan));
  const reach = new Array<number>(width).fill(-1);
  for (const a of inBand) reach[a.col] = Math.max(reach[a.col]!, a.col + a.colSpan - 1);
  const out: Range[] = [];
  let start = -1;
  let until = -1;
  for (let c = 0; c < width; c++) {
    if (reach[c]! >= 0) {
      if (start === -1) start = c;
      until = Math.max(until, reach[c]!);
    } else if (start !== -1 && c > until) {
      out.push({ from: start, to: until });
      start = -1;
      until = -1;
    }
  }
  if (start !== -1) out.push({ from: start, to: until });
  return out;
}

/** The areas of a band × column group, title lines peeled off the top and bottom. */
function bandBlocks(sheet: string, band: Range, group: Range, at: readonly (readonly (Area | undefined)[])[]): Block[] {
  const rowAreas = (r: number): Area[] => {
    const seen = new Set<Area>();
    for (let c = group.from; c <= group.to; c++) { const a = at[r]![c]; if (a) seen.add(a); }
    return [...seen];
  };
  // rows above the first and below the last row with two or more texts are lines (a title,
  // the 年度 line, 单位：万元, a signature line): one text each, printed outside the grid
  const textAreas = (r: number): Area[] => rowAreas(r).filter(hasText);
  const tableRows: number[] = [];
  for (let r = band.from; r <= band.to; r++) if (textAreas(r).length >= 2) tableRows.push(r);
  const line = (a: Area): LineBlock => ({ kind: 'line', text: a.text, place: { kind: 'office', sheet, ref: a.ref } });
  const linesOf = (from: number, to: number): LineBlock[] => {
    const out: LineBlock[] = [];
    const seen = new Set<Area>();
    for (let r = from; r <= to; r++) for (const a of textAreas(r)) if (!seen.has(a)) { seen.add(a); out.push(line(a)); }
    return out;
  };
  if (tableRows.length === 0) return linesOf(band.from, band.to);
  // a merged area reaching into the table rows belongs to the table
  let top = tableRows[0]!;
  let bottom = tableRows[tableRows.length - 1]!;
  for (let moved = true; moved;) {
    moved = false;
    for (let r = top; r <= bottom; r++) {
      for (const a of rowAreas(r)) {
        if (a.row < top && a.row >= band.from) { top = a.row; moved = true; }
        if (a.row + a.rowSpan - 1 > bottom && a.row + a.rowSpan - 1 <= band.to) { bottom = a.row + a.rowSpan - 1; moved = true; }
      }
    }
  }
  const head = top > band.from ? linesOf(band.from, top - 1) : [];
  const tail = bottom < band.to ? linesOf(bottom + 1, band.to) : [];

  const cells: GridCell[] = [];
  const seen = new Set<Area>();
  for (let r = top; r <= bottom; r++) {
    for (let c = group.from; c <= group.to; c++) {
      const a = at[r]![c];
      if (!a || seen.has(a)) continue;
      seen.add(a);
      // an area reaching outside the block is cut to it
      const row = Math.max(a.row, top) - top;
      const col = Math.max(a.col, group.from) - group.from;
      const rowSpan = Math.min(a.row + a.rowSpan - 1, bottom) - top - row + 1;
      const colSpan = Math.min(a.col + a.colSpan - 1, group.to) - group.from - col + 1;
      cells.push({ row, col, rowSpan, colSpan, text: a.text, places: [{ kind: 'office', sheet, ref: a.ref }] });
    }
  }
  const grid: Block = { kind: 'grid', spans: 'drawn', rows: bottom - top + 1, cols: group.to - group.from + 1, cells };
  return [...head, grid, ...tail];
}

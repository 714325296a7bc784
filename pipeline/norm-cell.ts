import type { Cell, Row } from '../schemas/cells.js';
import type { Place } from '../schemas/place.js';
import { foldCell } from '../normalizers/fold-cell.js';
import { hasTraditionalMarker } from '../normalizers/to-simplified.js';
import { isPageNumber } from './page-marks.js';

/** A cell after folding: `text` is what every later stage reads, `raw` what the document printed. */
export interface NCell {
  readonly text: string;
  readonly raw: string;
  readonly index: number;
  readonly line: number;
  readonly column: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly page?: number;
  readonly box?: readonly [number, number, number, number];
  readonly boxSpace?: 'pixels';
  readonly sheet?: string | null;
  readonly ref?: string;
  readonly notes: readonly string[];
}

export interface NRow {
  readonly line: number;
  readonly text: string;
  readonly page?: number;
  /** non-empty cells only, in index order */
  readonly cells: readonly NCell[];
  /** all cells including empty ones (their indexes matter for alignment) */
  readonly all: readonly NCell[];
  readonly layout: Row['layout'];
}

export function normalizeRow(row: Row, simplify: boolean): NRow {
  // a page number printed on a table line's baseline (a footer) is no cell of that row
  const all = row.cells.filter((c) => !(row.cells.length > 1 && isPageNumber(c.text))).map((c) => normalizeCell(c, simplify));
  return { line: row.line, text: row.text, page: row.page, layout: row.layout, all, cells: all.filter((c) => c.text !== '') };
}

function normalizeCell(c: Cell, simplify: boolean): NCell {
  const folded = foldCell(c.text, { simplify: simplify || hasTraditionalMarker(c.text) });
  return {
    text: folded.text,
    raw: c.text,
    index: c.index,
    line: c.line,
    column: c.column,
    rowSpan: c.rowSpan ?? 1,
    colSpan: c.colSpan ?? 1,
    page: c.page,
    box: c.box,
    ...(c.boxSpace !== undefined ? { boxSpace: c.boxSpace } : {}),
    ...(c.sheet !== undefined ? { sheet: c.sheet } : {}),
    ...(c.ref !== undefined ? { ref: c.ref } : {}),
    notes: folded.notes.map((n) => n.kind),
  };
}

export interface Placed {
  readonly line: number; readonly column: number; readonly page?: number;
  readonly box?: readonly [number, number, number, number]; readonly boxSpace?: 'pixels';
  readonly sheet?: string | null; readonly ref?: string;
}

export function placeOf(file: string, c: Placed | null | undefined): Place | null {
  if (!c) return null;
  // Office cells have no line: the reference says where they are
  if (c.ref !== undefined) return { file, line: null, column: null, sheet: c.sheet ?? null, ref: c.ref };
  const place: Place = { file, line: c.line, column: c.column };
  if (c.page !== undefined) place.page = c.page;
  if (c.box !== undefined) place.box = [c.box[0], c.box[1], c.box[2], c.box[3]];
  if (c.boxSpace !== undefined) place.box_space = c.boxSpace;
  return place;
}

/** The row's text with all whitespace removed — for matching titles and labels split by wraps. */
export const compact = (r: NRow): string => r.cells.map((c) => c.text).join('').replace(/\s+/g, '');

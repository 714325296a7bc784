import type { NRow, NCell } from './norm-cell.js';
import { cellType } from './cell-type.js';

/**
 * Layout text (`pdftotext -layout`) prints a table row whose cells wrap as several lines, every
 * wrapped cell vertically centred on the row's main line (the line of its one-line cells: amounts,
 * 分值, 得分) — as many of its lines above the main line as below:
 *
 *                                            个别服务
 *          助餐服务                          对象反馈
 *   数量指标            ≥90%   92.5%  3.1  2.1
 *          开展场次                          意见尚未
 *                                            全部落实
 *
 * Going down the table column by column (a wrapped cell's lines start at one character position),
 * a cell's pieces between two main lines go to the upper row as far as its pieces above it
 * require, the rest to the lower row; after the last main line the same, and pieces left over
 * are rows of their own (a funds row that prints no amount) — or all the last row's (`tail`). Labels (一级/二级, a block's label) stay
 * rows of their own. Null when no line is a main line.
 */
export interface CentredRowsOptions {
  readonly isMain: (r: NRow) => boolean;
  readonly isLabelCell: (c: NCell) => boolean;
  /** pieces after the last main line: its own share and rows of their own, or all its own */
  readonly tail: 'share' | 'last';
}

export function mergeCentredRows(rows: readonly NRow[], { isMain, isLabelCell, tail }: CentredRowsOptions): NRow[] | null {
  const main = rows.map((r) => (r.layout === 'space' || r.layout === 'single') && r.cells.length > 0 && isMain(r));
  if (!main.includes(true)) return null;
  // every cell that is no label and not on a main line is a piece of a wrapped cell
  const above = new Map<number, NCell[]>(); // by main row: pieces before it, in order
  const below = new Map<number, NCell[]>();
  const abovePerColumn = new Map<number, Map<number, number>>();
  const pending = new Map<number, NCell[]>(); // by column: pieces waiting since the last main line
  const rowOf = new Map<NCell, number>();
  const leftover = new Map<number, NCell[]>(); // by row: pieces of no main line (a row without amounts)
  let lastMain = -1;
  /** Pieces since the last main line: the upper row's share, then the next main line's (m < 0: none). */
  const flushTo = (m: number) => {
    for (const [col, pieces] of pending) {
      // the upper row takes as many as it printed above itself in this column
      const need = lastMain < 0 ? 0 : m < 0 && tail === 'last' ? pieces.length : abovePerColumn.get(lastMain)?.get(col) ?? 0;
      const up = pieces.slice(0, need);
      const down = pieces.slice(need);
      if (up.length) below.set(lastMain, [...(below.get(lastMain) ?? []), ...up]);
      if (down.length && m < 0) {
        for (const p of down) { const i = rowOf.get(p)!; leftover.set(i, [...(leftover.get(i) ?? []), p]); }
      } else if (down.length) {
        above.set(m, [...(above.get(m) ?? []), ...down]);
        const per = abovePerColumn.get(m) ?? new Map<number, number>();
        per.set(col, (per.get(col) ?? 0) + down.length);
        abovePerColumn.set(m, per);
      }
    }
    pending.clear();
  };
  const kept: { row: NRow; i: number }[] = [];
  // a wrapped cell's lines start at one character position (a page break starts new positions,
  // and new cell indexes, so positions are compared, not indexes)
  const keyOf = (c: NCell): number => {
    for (const k of pending.keys()) if (Math.abs(k - c.column) <= 2) return k;
    const per = lastMain >= 0 ? abovePerColumn.get(lastMain) : undefined;
    for (const k of per?.keys() ?? []) if (Math.abs(k - c.column) <= 2) return k;
    return c.column;
  };
  rows.forEach((r, i) => {
    if (main[i]) { flushTo(i); lastMain = i; kept.push({ row: r, i }); return; }
    if (r.cells.length === 0 || !(r.layout === 'space' || r.layout === 'single')) { kept.push({ row: r, i }); return; }
    const labels = r.cells.filter(isLabelCell);
    const pieces = r.cells.filter((c) => !isLabelCell(c));
    if (labels.length) kept.push({ row: { ...r, cells: labels, all: labels }, i });
    for (const p of pieces) { const k = keyOf(p); rowOf.set(p, i); pending.set(k, [...(pending.get(k) ?? []), p]); }
  });
  flushTo(-1);
  for (const [i, cells] of leftover) {
    cells.sort((a, b) => a.column - b.column);
    kept.push({ row: { ...rows[i]!, cells, all: cells }, i });
  }
  kept.sort((a, b) => a.i - b.i);
  return kept.map(({ row, i }) => {
    if (!main[i]) return row;
    let cells = [...row.cells];
    for (const p of [...(above.get(i) ?? [])].reverse()) cells = attach(cells, p, 'before', row);
    for (const p of below.get(i) ?? []) cells = attach(cells, p, 'after', row);
    return { ...row, cells, all: cells };
  });
}

/** A piece joined to the row's cell of its column, or placed in that column when the row has none. */
function attach(cells: NCell[], p: NCell, where: 'before' | 'after', main: NRow): NCell[] {
  // the main line's cell this piece continues: the one starting where the piece starts
  const k = cells.findIndex((c) => c.line === main.line && Math.abs(c.column - p.column) <= 2 && cellType(c.text) !== 'number');
  const joinedBefore = cells.findIndex((c) => c.line !== main.line && Math.abs(c.column - p.column) <= 2);
  if (k < 0 && joinedBefore >= 0) return attachTo(cells, joinedBefore, p, where);
  if (k < 0) {
    const placed = cells.map((cell) => ({ cell, x0: cell.column - 1, x1: cell.column - 1 + cell.raw.trim().length }));
    const index = nearestIndex(placed, p.column - 1);
    return [...cells, { ...p, index }].sort((a, b) => a.index - b.index || a.column - b.column);
  }
  return attachTo(cells, k, p, where);
}

function attachTo(cells: NCell[], k: number, p: NCell, where: 'before' | 'after'): NCell[] {
  const c = cells[k]!;
  const joined = where === 'before'
    ? { ...p, text: p.text + c.text, raw: p.raw + ' ' + c.raw }
    : { ...c, text: c.text + p.text, raw: c.raw + ' ' + p.raw };
  return cells.map((x, j) => (j === k ? joined : x));
}

interface Placed { cell: NCell; x0: number; x1: number }

/** The column index a piece at character x takes when the main line has no cell there. */
function nearestIndex(placed: readonly Placed[], x: number): number {
  let left: Placed | null = null;
  for (const c of placed) if (c.x0 <= x && (!left || c.x0 > left.x0)) left = c;
  const right = placed.find((c) => c.x0 > x);
  const idx = left ? left.cell.index + 1 : 0;
  // never collide with the next cell's index: the alignment reads indexes as columns
  return right && right.cell.index <= idx ? Math.max(0, right.cell.index - 1) : idx;
}

/** The most lines one row of a table prints (its tallest wrapped cell). */
const MAX_BAND = 9;

interface Element { readonly i: number; readonly line: number; readonly pieces: readonly NCell[] }

/**
 * Tables whose rows print no one-line column (a declaration's indicators: name and 指标值 both
 * wrap): the rows are the split of the lines into bands in which every column's pieces are
 * centred on the band's centre — its first and last piece as far from the band's ends — and
 * every band prints at least two columns; of all such splits, the one with the most rows.
 * Labels stay rows of their own. Null when the lines admit no such split, or when few lines hold
 * a single piece (no wrapping to undo: a name printed without its value is then a row of its own).
 */
export function symmetricBands(rows: readonly NRow[], isLabelCell: (c: NCell) => boolean, isFurniture: (r: NRow) => boolean): NRow[] | null {
  const elements: Element[] = [];
  const kept: { row: NRow; i: number }[] = [];
  rows.forEach((r, i) => {
    if (r.cells.length === 0 || !(r.layout === 'space' || r.layout === 'single') || isFurniture(r)) { kept.push({ row: r, i }); return; }
    const labels = r.cells.filter(isLabelCell);
    const pieces = r.cells.filter((c) => !isLabelCell(c));
    if (labels.length) kept.push({ row: { ...r, cells: labels, all: labels }, i });
    if (pieces.length) elements.push({ i, line: r.line, pieces });
  });
  if (elements.length === 0) return null;
  // lines of one piece are what wrapping leaves; a table of whole lines is read line by line
  const single = elements.filter((e) => e.pieces.length === 1).length;
  if (single < 0.3 * elements.length) return null;
  const n = elements.length;
  // best[j]: the most rows the first j elements split into (-1: no valid split)
  const best = new Array<number>(n + 1).fill(-1);
  const from = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let j = 1; j <= n; j++) {
    for (let i = Math.max(0, j - MAX_BAND); i < j; i++) {
      if (best[i]! < 0 || !isBand(elements.slice(i, j))) continue;
      if (best[i]! + 1 > best[j]!) { best[j] = best[i]! + 1; from[j] = i; }
    }
  }
  if (best[n]! < 0) return null;
  for (let j = n; j > 0; j = from[j]!) {
    const band = elements.slice(from[j]!, j);
    kept.push({ row: joinBand(rows[band[0]!.i]!, band), i: band[0]!.i });
  }
  kept.sort((a, b) => a.i - b.i);
  return kept.map((k) => k.row);
}

/** A band's pieces by column: pieces starting within 2 characters of each other. */
function columnsOf(band: readonly Element[]): { line: number; cell: NCell }[][] {
  const columns: { x: number; pieces: { line: number; cell: NCell }[] }[] = [];
  for (const e of band) {
    for (const cell of e.pieces) {
      const col = columns.find((c) => Math.abs(c.x - cell.column) <= 2);
      if (col) col.pieces.push({ line: e.line, cell });
      else columns.push({ x: cell.column, pieces: [{ line: e.line, cell }] });
    }
  }
  return columns.sort((a, b) => a.x - b.x).map((c) => c.pieces);
}

function isBand(band: readonly Element[]): boolean {
  const columns = columnsOf(band);
  if (columns.length < 2) return false;
  const ends = band[0]!.line + band[band.length - 1]!.line;
  return columns.every((pieces) => {
    // one piece per line and column: two would be two cells
    if (new Set(pieces.map((p) => p.line)).size !== pieces.length) return false;
    return pieces[0]!.line + pieces[pieces.length - 1]!.line === ends;
  });
}

function joinBand(first: NRow, band: readonly Element[]): NRow {
  const cells = columnsOf(band).map((pieces) => {
    const head = pieces[0]!.cell;
    return pieces.slice(1).reduce<NCell>((c, p) => ({ ...c, text: c.text + p.cell.text, raw: c.raw + ' ' + p.cell.raw }), head);
  });
  // indexes never collide: the alignment reads them as columns
  let prev = -1;
  const indexed = cells.map((c) => { const index = Math.max(c.index, prev + 1); prev = index; return index === c.index ? c : { ...c, index }; });
  return { ...first, cells: indexed, all: indexed };
}

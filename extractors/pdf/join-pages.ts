import type { Block, BlockCell, TableBlock } from './blocks.js';
import { joinWrapped } from './cell-text.js';

/**
 * A table that ends a page and a table that starts the next one with the same columns are
 * one table continued: they are joined, the header rows the next page repeats are dropped,
 * and a merged cell cut by the page break becomes one cell again.
 */

/** Column boundaries this close (pt) are the same boundary. */
const SAME_X = 4;
/** Share of interior column boundaries two parts must share to be one table. */
const SHARED = 0.6;

export function joinContinuedTables(pages: readonly (readonly Block[])[]): Block[] {
  const out: Block[] = [];
  let open: { table: TableBlock; index: number } | null = null; // a table that ended the previous page
  for (const blocks of pages) {
    let rest = blocks;
    const first = blocks[0];
    if (open && first?.kind === 'table' && sameColumns(open.table, first)) {
      const joined = joinTables(open.table, first);
      out[open.index] = joined;
      rest = blocks.slice(1);
      if (!rest.length) { open = { table: joined, index: open.index }; continue; } // the table fills this page too
    }
    out.push(...rest);
    const last = out[out.length - 1];
    open = rest.length && last?.kind === 'table' ? { table: last, index: out.length - 1 } : null;
  }
  return out;
}

export function sameColumns(a: TableBlock, b: TableBlock): boolean {
  const near = (x: number, list: readonly number[]) => list.some((y) => Math.abs(x - y) <= SAME_X);
  if (Math.abs(a.xs[0]! - b.xs[0]!) > SAME_X || Math.abs(a.xs[a.xs.length - 1]! - b.xs[b.xs.length - 1]!) > SAME_X) return false;
  const ai = a.xs.slice(1, -1), bi = b.xs.slice(1, -1);
  if (!ai.length || !bi.length) return ai.length === bi.length;
  const [small, large] = ai.length <= bi.length ? [ai, bi] : [bi, ai];
  return small.filter((x) => near(x, large)).length >= SHARED * small.length;
}

export function joinTables(a: TableBlock, b: TableBlock): TableBlock {
  const drop = repeatedHeaderRows(a, b);
  // below a repeated header the border drawn under the header hides whether a cell was cut
  let bRows = b.rows.slice(drop).map((r, k) => (k === 0 && drop > 0 ? r.map((c) => ({ ...c, openTop: undefined })) : [...r]));
  const bPages = b.rowPages.slice(drop);
  let aRows = a.rows.map((r) => [...r]);
  if (bRows.length) ({ aRows, bRows } = mendCutCells(aRows, bRows));
  return {
    ...a,
    xs: unionBoundaries(a.xs, b.xs),
    rows: [...aRows, ...bRows],
    rowPages: [...a.rowPages, ...bPages],
  };
}

const signature = (row: readonly BlockCell[]) => row.map((c) => c.text.replace(/\s+/g, '')).join('|');
const isHeaderLike = (row: readonly BlockCell[]) =>
  row.filter((c) => c.text.trim()).length >= 2 && row.reduce((s, c) => s + c.text.trim().length, 0) >= 4;

/** How many leading rows of `b` repeat consecutive rows of `a` (a header repeated on each page). */
export function repeatedHeaderRows(a: TableBlock, b: TableBlock): number {
  const aSigs = a.rows.map(signature);
  for (let k = Math.min(4, b.rows.length - 1); k >= 1; k--) {
    const head = b.rows.slice(0, k);
    if (!head.every(isHeaderLike)) continue;
    if (head.some((row, r) => row.some((c) => r + c.rowSpan > k))) continue; // a span reaching below would be cut
    const sigs = head.map(signature);
    for (let j = 0; j + k <= aSigs.length; j++) {
      if (sigs.every((s, i) => aSigs[j + i] === s)) return k;
    }
  }
  return 0;
}

/**
 * A merged cell cut by the page break is drawn as two cells, its text in one of them or
 * split over both. A cell touching the bottom of `a` and one at the top of `b` with the same
 * columns are one cell when the border between them is missing on both pages (ruled tables),
 * or — without borders to tell — when one is empty and one of them spans rows.
 */
function mendCutCells(aRows: BlockCell[][], bRows: BlockCell[][]): { aRows: BlockCell[][]; bRows: BlockCell[][] } {
  const n = aRows.length;
  const top = bRows[0]!;
  for (let r = 0; r < n; r++) {
    aRows[r] = aRows[r]!.map((c1) => {
      if (r + c1.rowSpan !== n) return c1;
      const k = top.findIndex((c2) => Math.abs(c2.x0 - c1.x0) <= SAME_X && Math.abs(c2.x1 - c1.x1) <= SAME_X);
      if (k < 0) return c1;
      const c2 = top[k]!;
      const ruled = c1.openBottom !== undefined && c2.openTop !== undefined;
      const cut = ruled
        ? c1.openBottom && c2.openTop
        : (c1.rowSpan > 1 || c2.rowSpan > 1) && !(c1.text.trim() && c2.text.trim());
      if (!cut) return c1;
      top.splice(k, 1);
      const printed = c1.text.trim() || !c2.text.trim() ? c1 : c2;
      return {
        ...c1, rowSpan: c1.rowSpan + c2.rowSpan, text: joinWrapped(c1.text, c2.text),
        page: printed.page, box: printed.box, openBottom: c2.openBottom,
      };
    });
  }
  return { aRows, bRows };
}

function unionBoundaries(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (const x of [...a, ...b].sort((p, q) => p - q)) {
    if (!out.length || x - out[out.length - 1]! > SAME_X) out.push(x);
  }
  return out;
}

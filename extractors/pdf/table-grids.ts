import type { Box } from './geometry.js';
import { RULE_JOIN, type Rule, type Rules } from './ruling-lines.js';

/**
 * Tables from ruling lines. Rules that touch form one table; its column boundaries are the
 * x of its vertical rules, its row boundaries the y of its horizontal rules. A cell is a
 * rectangle of grid units not separated by a drawn border: that is how merged cells come
 * out with their row and column spans instead of being lost or padded with empty cells.
 */
export interface GridCell {
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly box: Box;
  /** the cell lies on the grid's top/bottom edge and no border is drawn there: a page break cut it */
  readonly openTop: boolean;
  readonly openBottom: boolean;
}

export interface Grid {
  /** column boundaries, ascending: columns = xs.length - 1 */
  readonly xs: readonly number[];
  /** row boundaries, ascending (reading space, downwards) */
  readonly ys: readonly number[];
  /** row-major, each cell once at its top-left unit */
  readonly cells: readonly GridCell[];
  readonly box: Box;
}

/** Boundaries closer than this (pt) are one boundary. */
const BOUNDARY_SNAP = 3;
/** Rules touch when they come this close (pt). */
const TOUCH = RULE_JOIN + 1;
/** A border separates two units when drawn along at least this share of their common edge. */
const DRAWN_SHARE = 0.5;

export function gridsFromRules(rules: Rules): Grid[] {
  const { horizontal: H, vertical: V } = rules;
  // union-find over rules: index < H.length are horizontal
  const parent = Array.from({ length: H.length + V.length }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const unite = (a: number, b: number) => { parent[find(a)] = find(b); };
  for (let i = 0; i < H.length; i++) {
    const h = H[i]!;
    for (let j = 0; j < V.length; j++) {
      const v = V[j]!;
      if (v.pos >= h.from - TOUCH && v.pos <= h.to + TOUCH && h.pos >= v.from - TOUCH && h.pos <= v.to + TOUCH) unite(i, H.length + j);
    }
  }
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  for (let i = 0; i < parent.length; i++) {
    const root = find(i);
    const g = groups.get(root) ?? { h: [], v: [] };
    if (i < H.length) g.h.push(H[i]!); else g.v.push(V[i - H.length]!);
    groups.set(root, g);
  }
  const all = [...groups.values()];
  const loose = all.filter((g) => g.h.length === 0).flatMap((g) => g.v);
  const grids: Grid[] = [];
  for (const { h, v } of all) {
    if (h.length < 2 || v.length < 2) continue; // underlines, three-line tables: not a ruled grid
    const grid = gridOf(h, [...v, ...fullHeightNeighbours(h, v, loose)]);
    if (grid && grid.cells.length > 1) grids.push(grid); // a single box is a frame, not a table
  }
  return grids.sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
}

/**
 * On a page that continues a table, columns of cells merged over the whole page (一级
 * labels, 绩效指标) have no horizontal rule at all: their vertical rules run from the top of
 * the table to its bottom without touching anything. Such rules beside a grid, with the
 * grid's own top and bottom, are columns of that grid.
 */
function fullHeightNeighbours(h: readonly Rule[], v: readonly Rule[], loose: readonly Rule[]): Rule[] {
  const top = Math.min(...v.map((r) => r.from)), bottom = Math.max(...v.map((r) => r.to));
  const left = Math.min(...h.map((r) => r.from)), right = Math.max(...h.map((r) => r.to));
  const reach = 0.5 * (right - left);
  return loose.filter((r) =>
    Math.abs(r.from - top) <= TOUCH && Math.abs(r.to - bottom) <= TOUCH &&
    r.pos >= left - reach && r.pos <= right + reach);
}

function gridOf(h: readonly Rule[], v: readonly Rule[]): Grid | null {
  const xs = boundaries(v.map((r) => r.pos), Math.min(...h.map((r) => r.from)), Math.max(...h.map((r) => r.to)));
  const ys = boundaries(h.map((r) => r.pos), Math.min(...v.map((r) => r.from)), Math.max(...v.map((r) => r.to)));
  const nCols = xs.length - 1, nRows = ys.length - 1;
  if (nCols < 1 || nRows < 1) return null;

  const vAt = xs.map((x) => v.filter((r) => Math.abs(r.pos - x) <= BOUNDARY_SNAP));
  const hAt = ys.map((y) => h.filter((r) => Math.abs(r.pos - y) <= BOUNDARY_SNAP));
  const drawn = (rs: readonly Rule[], from: number, to: number) => {
    let covered = 0;
    for (const r of rs) covered += Math.max(0, Math.min(r.to, to) - Math.max(r.from, from));
    return covered >= DRAWN_SHARE * (to - from);
  };
  /** is there a border at column boundary j along row r? */
  const vBorder = (j: number, r: number) => drawn(vAt[j]!, ys[r]!, ys[r + 1]!);
  /** is there a border at row boundary i along column c? */
  const hBorder = (i: number, c: number) => drawn(hAt[i]!, xs[c]!, xs[c + 1]!);

  const taken: boolean[][] = Array.from({ length: nRows }, () => new Array<boolean>(nCols).fill(false));
  const cells: GridCell[] = [];
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nCols; c++) {
      if (taken[r]![c]) continue;
      let colSpan = 1;
      while (c + colSpan < nCols && !vBorder(c + colSpan, r) && !taken[r]![c + colSpan]) colSpan++;
      let rowSpan = 1;
      for (;;) {
        const next = r + rowSpan;
        if (next >= nRows) break;
        let open = true;
        for (let k = c; k < c + colSpan && open; k++) {
          if (hBorder(next, k) || taken[next]![k]) open = false;
          if (k > c && vBorder(k, next)) open = false; // keep the cell a rectangle
        }
        if (!open) break;
        rowSpan++;
      }
      for (let rr = r; rr < r + rowSpan; rr++) for (let cc = c; cc < c + colSpan; cc++) taken[rr]![cc] = true;
      const box = { x0: xs[c]!, y0: ys[r]!, x1: xs[c + colSpan]!, y1: ys[r + rowSpan]! };
      cells.push({
        row: r, col: c, rowSpan, colSpan, box,
        openTop: r === 0 && !drawn(hAt[0]!, box.x0, box.x1),
        openBottom: r + rowSpan === nRows && !drawn(hAt[nRows]!, box.x0, box.x1),
      });
    }
  }
  return { xs, ys, cells, box: { x0: xs[0]!, y0: ys[0]!, x1: xs[nCols]!, y1: ys[nRows]! } };
}

/** Sorted, snapped boundary positions; the outer extent is added when no rule is drawn there (open sides). */
function boundaries(positions: readonly number[], lo: number, hi: number): number[] {
  const sorted = [...positions].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  const flush = () => { if (group.length) out.push(group.reduce((s, p) => s + p, 0) / group.length); group = []; };
  for (const p of sorted) {
    if (group.length && p - group[group.length - 1]! > BOUNDARY_SNAP) flush();
    group.push(p);
  }
  flush();
  if (!out.length || out[0]! - lo > BOUNDARY_SNAP) out.unshift(lo);
  if (hi - out[out.length - 1]! > BOUNDARY_SNAP) out.push(hi);
  return out;
}

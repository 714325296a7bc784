import { codePointWidth } from './display-width.js';
import type { Span } from './cell-span.js';

/**
 * Logical columns of a block of space-aligned lines (`pdftotext -layout`, hand-aligned text).
 *
 * Every cell is an interval of screen positions. A column is a run of positions that some
 * cell covers; the gutters between columns are positions no cell covers. Working on
 * intervals rather than on start positions alone keeps centred and right-aligned numbers
 * (`18` under `年初预算数`) in their header's column. Two refinements:
 * - a spanning cell (a merged header, a long label overflowing into the next column) does not
 *   cover: it would weld columns together (see spanningCells);
 * - two runs split only by a one-position gutter that never occur in the same line are one
 *   column whose cells jitter by a position.
 * A cell's index is the number of columns entirely left of its start: a cell starting in a
 * gutter belongs to the column on its right.
 */

/** How positions are counted. pdftotext and CJK editors pad in display columns (CJK = 2);
 * Chinese fonts also draw the East Asian "ambiguous" characters (“” — ≥ ①) wide; some
 * producers count characters. The block says which by how well its cells line up. */
export type WidthMetric = 'display' | 'display-ambiguous-wide' | 'code-units';
export const WIDTH_METRICS: readonly WidthMetric[] = ['display', 'display-ambiguous-wide', 'code-units'];

/** Per metric, [start0, end0, start1, end1, …] of a line's cells in that metric's positions. */
export type Extents = Readonly<Record<WidthMetric, Int32Array>>;

/** Positions of each span's start and end, under all three metrics in one walk. */
export function measureSpans(line: string, spans: readonly Span[]): Extents {
  const n = spans.length * 2;
  const narrow = new Int32Array(n);
  const wide = new Int32Array(n);
  const units = new Int32Array(n);
  let k = 0;
  let posNarrow = 0;
  let posWide = 0;
  for (let i = 0; k < n; ) {
    while (k < n && (k % 2 === 0 ? spans[k >> 1]!.from : spans[k >> 1]!.to) <= i) {
      narrow[k] = posNarrow;
      wide[k] = posWide;
      units[k] = i;
      k++;
    }
    if (k >= n || i >= line.length) break;
    let cp = line.charCodeAt(i);
    let step = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < line.length) {
      const low = line.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        step = 2;
      }
    }
    posNarrow += codePointWidth(cp, false);
    posWide += codePointWidth(cp, true);
    i += step;
  }
  // spans past the end of the line cannot happen; keep the arrays total anyway
  for (; k < n; k++) { narrow[k] = posNarrow; wide[k] = posWide; units[k] = line.length; }
  return { display: narrow, 'display-ambiguous-wide': wide, 'code-units': units };
}

/**
 * The metric under which the block's cells line up best: the number of cells whose start
 * (or end, for right-aligned numbers) equals a start (end) of a cell in another line.
 * Ties keep the earlier metric in WIDTH_METRICS.
 */
export function chooseMetric(lines: readonly Extents[]): WidthMetric {
  let best: WidthMetric = WIDTH_METRICS[0]!;
  let bestScore = -1;
  for (const metric of WIDTH_METRICS) {
    const score = alignmentScore(lines.map((l) => l[metric]));
    if (score > bestScore) { best = metric; bestScore = score; }
  }
  return best;
}

function alignmentScore(lines: readonly Int32Array[]): number {
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  for (const ext of lines) {
    for (let k = 0; k < ext.length; k += 2) starts.set(ext[k]!, (starts.get(ext[k]!) ?? 0) + 1);
    for (let k = 1; k < ext.length; k += 2) ends.set(ext[k]!, (ends.get(ext[k]!) ?? 0) + 1);
  }
  let score = 0;
  for (const ext of lines) {
    for (let k = 0; k < ext.length; k += 2) {
      if (starts.get(ext[k]!)! > 1 || ends.get(ext[k + 1]!)! > 1) score++;
    }
  }
  return score;
}

/** Columns of a block: sorted, disjoint [start, end) runs of positions. */
export interface ColumnGrid {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const cellEnd = (ext: Int32Array, j: number): number => Math.max(ext[2 * j + 1]!, ext[2 * j]! + 1);

/** Columns from the multi-cell lines of a block (their extents under one metric). */
export function findColumns(lines: readonly Int32Array[]): ColumnGrid {
  let width = 0;
  for (const ext of lines) for (let j = 0; 2 * j < ext.length; j++) width = Math.max(width, cellEnd(ext, j));
  const spans = spanningCells(lines, width);

  const delta = new Int32Array(width + 1);
  lines.forEach((ext, l) => {
    for (let j = 0; 2 * j < ext.length; j++) {
      if (spans[l]![j]) continue;
      delta[ext[2 * j]!]!++;
      delta[cellEnd(ext, j)]!--;
    }
  });
  const starts: number[] = [];
  const ends: number[] = [];
  let cover = 0;
  for (let x = 0; x < width; x++) {
    const before = cover;
    cover += delta[x]!;
    if (before === 0 && cover > 0) starts.push(x);
    else if (before > 0 && cover === 0) ends.push(x);
  }
  if (ends.length < starts.length) ends.push(width);
  return mergeJitter({ starts, ends }, lines, spans);
}

/**
 * Which cells reach over other columns, so that they must not count as covering:
 * (1) a cell with, strictly inside it, a position where cells of two or more other lines
 *     start — a long label overflowing into the next column, a merged header;
 * (2) a cell with, strictly inside it, a gap of another line (it overlaps two of that line's
 *     cells), unless a cell next to that gap is itself a case (1) — the gap that an
 *     overflowing label leaves before the next cell of its line is no evidence against the
 *     cell it overflows into.
 * Start positions of a column's centred values may lie inside its header; excluding that
 * header costs nothing, since a cell that starts in a gutter belongs to the column on its right.
 */
function spanningCells(lines: readonly Int32Array[], width: number): boolean[][] {
  const support = new Int32Array(width + 1);
  for (const ext of lines) for (let k = 0; k < ext.length; k += 2) support[ext[k]!]!++;
  // sharedBefore[x]: positions < x where two or more lines start a cell
  const sharedBefore = new Int32Array(width + 2);
  for (let x = 0; x <= width; x++) sharedBefore[x + 1] = sharedBefore[x]! + (support[x]! >= 2 ? 1 : 0);
  const overflows = lines.map((ext) => {
    const flags: boolean[] = [];
    for (let j = 0; 2 * j < ext.length; j++) flags.push(sharedBefore[cellEnd(ext, j)]! - sharedBefore[ext[2 * j]! + 1]! > 0);
    return flags;
  });

  const NONE = 0x7fffffff;
  // minGapEnd[x]: smallest end of an evidential gap (= start of the next cell) among gaps starting at ≥ x
  const minGapEnd = new Int32Array(width + 2).fill(NONE);
  lines.forEach((ext, l) => {
    for (let j = 1; 2 * j < ext.length; j++) {
      if (overflows[l]![j - 1] || overflows[l]![j]) continue;
      const gapStart = ext[2 * j - 1]!;
      const gapEnd = ext[2 * j]!;
      if (gapEnd < minGapEnd[gapStart]!) minGapEnd[gapStart] = gapEnd;
    }
  });
  for (let x = width; x >= 0; x--) if (minGapEnd[x + 1]! < minGapEnd[x]!) minGapEnd[x] = minGapEnd[x + 1]!;
  return lines.map((ext, l) => overflows[l]!.map((over, j) => over || minGapEnd[ext[2 * j]! + 1]! < cellEnd(ext, j)));
}

/**
 * Join neighbouring runs split by a one-position gutter when no line has cells in both:
 * the same column with a jittered start. Runs that share a line stay apart.
 */
function mergeJitter(grid: ColumnGrid, lines: readonly Int32Array[], spans: readonly (readonly boolean[])[]): ColumnGrid {
  const n = grid.starts.length;
  if (n < 2) return grid;
  // the lines (by number, ascending) that have a covering cell in each run
  const members: number[][] = Array.from({ length: n }, () => []);
  lines.forEach((ext, lineNo) => {
    for (let j = 0; 2 * j < ext.length; j++) {
      if (spans[lineNo]![j]) continue;
      const run = columnOf(grid, ext[2 * j]!);
      const list = members[run]!;
      if (list[list.length - 1] !== lineNo) list.push(lineNo);
    }
  });
  const starts: number[] = [grid.starts[0]!];
  const ends: number[] = [grid.ends[0]!];
  let group = members[0]!;
  for (let r = 1; r < n; r++) {
    const gutter = grid.starts[r]! - ends[ends.length - 1]!;
    if (gutter < 2 && !intersects(group, members[r]!)) {
      ends[ends.length - 1] = grid.ends[r]!;
      group = mergeSorted(group, members[r]!);
    } else {
      starts.push(grid.starts[r]!);
      ends.push(grid.ends[r]!);
      group = members[r]!;
    }
  }
  return { starts, ends };
}

function intersects(a: readonly number[], b: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return false;
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out.push(a[i++]!);
    else if (i >= a.length || b[j]! < a[i]!) out.push(b[j++]!);
    else { out.push(a[i++]!); j++; }
  }
  return out;
}

/** Index of the column a cell starting at `start` stands in: the number of columns ending at or before it. */
export function columnOf(grid: ColumnGrid, start: number): number {
  let lo = 0;
  let hi = grid.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (grid.ends[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many columns the interval [start, end) overlaps. */
export function columnsTouched(grid: ColumnGrid, start: number, end: number): number {
  let count = 0;
  for (let r = 0; r < grid.starts.length; r++) if (grid.starts[r]! < end && grid.ends[r]! > start) count++;
  return count;
}

/**
 * Indexes of one line's cells: their columns, forced strictly increasing (two cells of one line
 * that fall in one column — a badly aligned line — take the next indexes instead of colliding).
 */
export function indexesInGrid(grid: ColumnGrid, ext: Int32Array): number[] {
  const out: number[] = [];
  let prev = -1;
  for (let k = 0; k < ext.length; k += 2) {
    const index = Math.max(columnOf(grid, ext[k]!), prev + 1);
    out.push(index);
    prev = index;
  }
  return out;
}

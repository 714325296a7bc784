import type { Block, BlockCell, LineBlock, TableBlock } from './blocks.js';
import { textOfGlyphs } from './cell-text.js';
import type { Box } from './geometry.js';
import { piecesOf, type FreeLine } from './free-lines.js';
import { anchorOf, chunkOf, type Chunk } from './text-chunks.js';

/**
 * Tables without ruling lines: consecutive lines whose text falls apart at wide gaps are a
 * table; its columns are the vertical "rivers" of white space that run through all of
 * those lines (x clustering of the text itself, which also lines up with the header
 * labels). Every other free line stays a line.
 */

/** A gap of at least this (em) inside a line separates two cells. */
const COLUMN_GAP = 1.0;
/** A river must be at least this wide (em). */
const RIVER_WIDTH = 0.3;
/** Lines of a table may be this far apart (in typical line pitches) before the table ends. */
const MAX_PITCHES = 2.6;

type UserBox = (b: Box) => readonly [number, number, number, number];
/** a cell while the table is built: the extent of its text, which centring decisions need */
type TextCell = BlockCell & { readonly ext?: Box | null };

export function blocksFromFreeLines(lines: readonly FreeLine[], page: number, userBox: UserBox): Block[] {
  const multi = lines.map((l) => piecesOf(l, COLUMN_GAP).length >= 2);
  const pitch = medianPitch(lines);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const run = multi[i] ? tableRun(lines, multi, i, pitch) : null;
    const table = run ? tableFromLines(lines.slice(run.from, run.to + 1), page, userBox) : null;
    if (run && table) { blocks.push(table); i = run.to + 1; continue; }
    blocks.push(lineBlock(lines[i]!, page, userBox));
    i++;
  }
  return blocks;
}

export function lineBlock(line: FreeLine, page: number, userBox: UserBox): LineBlock {
  return {
    kind: 'line', page, box: line, size: line.size,
    text: textOfGlyphs(line.chunks.flatMap((c) => c.glyphs)),
    userBox: userBox(line),
  };
}

/** From a multi-piece line at `start`: the longest run of lines that reads as one table, or null. */
function tableRun(lines: readonly FreeLine[], multi: readonly boolean[], start: number, pitch: number): { from: number; to: number } | null {
  let end = start;
  let multiCount = 1;
  let wide = piecesOf(lines[start]!, COLUMN_GAP).length >= 3 ? 1 : 0;
  for (let k = start + 1; k < lines.length; k++) {
    if (lines[k]!.y0 - lines[k - 1]!.y1 > MAX_PITCHES * pitch) break;
    if (multi[k]) {
      end = k; multiCount++;
      if (piecesOf(lines[k]!, COLUMN_GAP).length >= 3) wide++;
      continue;
    }
    // a single-piece line belongs to the table only when a table line follows soon
    if (!multi[k + 1] && !multi[k + 2]) break;
  }
  const ok = multiCount >= 3 || (multiCount >= 2 && wide >= 2);
  return ok ? { from: start, to: end } : null;
}

function medianPitch(lines: readonly FreeLine[]): number {
  const gaps = lines.slice(1).map((l, k) => Math.max(0, l.y0 - lines[k]!.y1)).sort((a, b) => a - b);
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)] ?? 10;
  const gap = gaps[Math.floor(gaps.length / 2)] ?? size;
  return Math.max(gap, 0.5 * size);
}

function tableFromLines(lines: readonly FreeLine[], page: number, userBox: UserBox): TableBlock | null {
  // the rows with (nearly) the most pieces show the columns; header fields and long text span them
  const counts = lines.map((l) => piecesOf(l, COLUMN_GAP).length);
  const most = Math.max(...counts);
  const dense = lines.filter((_, k) => counts[k]! >= Math.max(2, Math.ceil(0.6 * most)));
  const left = Math.min(...lines.map((l) => l.x0)), right = Math.max(...lines.map((l) => l.x1));
  const size = median(lines.map((l) => l.size));
  const seps = rivers(dense, left, right, size);
  if (!seps.length) return null;
  const xs = [left, ...seps, right];
  const colOf = (x: number) => { let c = 0; while (c < seps.length && seps[c]! <= x) c++; return c; };
  const rows: TextCell[][] = lines.map((line) => {
    const byCol = new Map<number, { chunks: Chunk[]; last: number }>();
    for (const ch of line.chunks) {
      const col = colOf(anchorOf(ch).x);
      const last = Math.max(col, colOf(ch.x1 - 0.1 * ch.size));
      const cell = byCol.get(col);
      if (cell) { cell.chunks.push(ch); cell.last = Math.max(cell.last, last); } else byCol.set(col, { chunks: [ch], last });
    }
    const cells: TextCell[] = [];
    for (let c = 0; c < xs.length - 1;) {
      const found = byCol.get(c);
      let span = 1;
      if (found) {
        // a piece reaching over a river spans those columns unless they hold text of their own
        while (c + span <= found.last && !byCol.has(c + span)) span++;
      }
      const box: Box = { x0: xs[c]!, x1: xs[c + span]!, y0: line.y0, y1: line.y1 };
      cells.push({
        ext: found ? chunkOf(found.chunks.flatMap((k) => k.glyphs)) : null,
        text: found ? textOfGlyphs(found.chunks.flatMap((k) => k.glyphs)) : '',
        x0: box.x0, x1: box.x1, rowSpan: 1, page, box: userBox(box),
      });
      c += span;
    }
    return cells;
  });
  const centres = lines.map((l) => (l.y0 + l.y1) / 2);
  const { rows: merged, kept } = mergeCentredLabels(rows, centres, median(lines.map((l) => l.y1 - l.y0)));
  const lineOf = (r: number) => lines[kept[r]!]!;
  const widened = widenCentredHeaders(merged, (r, x0, x1) => userBox({ x0, x1, y0: lineOf(r).y0, y1: lineOf(r).y1 }));
  const out: BlockCell[][] = widened.map((row) => row.map(({ ext: _ext, ...cell }) => cell));
  const box: Box = { x0: left, x1: right, y0: lines[0]!.y0, y1: lines[lines.length - 1]!.y1 };
  return { kind: 'table', page, box, xs, rows: out, rowPages: out.map(() => page), ruled: false };
}

/**
 * Header alignment: without borders, a header centred over a merged range (预期目标 over the
 * goal text) lands in one column of it. When the next row has a wider cell under the whole
 * header text, and the header row has no other text over that cell, the header spans it too.
 */
export function widenCentredHeaders<C extends TextCell>(
  rows: readonly (readonly C[])[],
  userBoxOf: (row: number, x0: number, x1: number) => BlockCell['box'],
): C[][] {
  const out = rows.map((r) => [...r]);
  for (let r = 0; r + 1 < rows.length; r++) {
    const below = rows[r + 1]!;
    for (const c of rows[r]!) {
      if (!c.ext || !c.text.trim()) continue;
      const d = below.find((d) => !!d.ext && d.x1 - d.x0 > c.x1 - c.x0 + 1 && d.x0 <= c.ext!.x0 && d.x1 >= c.ext!.x1);
      if (!d) continue;
      const inside = (x: C) => x.x0 >= d.x0 - 0.5 && x.x1 <= d.x1 + 0.5;
      if (out[r]!.some((x) => x !== c && inside(x) && x.text.trim())) continue; // other text in the range: not a centred header
      const widened: C = { ...c, x0: d.x0, x1: d.x1, box: userBoxOf(r, d.x0, d.x1) };
      out[r] = out[r]!.filter((x) => x === c || !inside(x)).map((x) => (x === c ? widened : x));
    }
  }
  return out;
}

/**
 * Without borders, a label merged over an even number of rows (项目资金(万元), 年度总体目标)
 * is printed on a line of its own between them, vertically centred on its block. Such a
 * line — one cell, nothing else — becomes what it was drawn as: a cell on the block's first
 * row spanning the block. The block starts after the last text above in that column and ends
 * where the label is its centre.
 */
export function mergeCentredLabels<C extends BlockCell>(rows: readonly (readonly C[])[], centres: readonly number[], lineHeight: number): { rows: C[][]; kept: number[] } {
  const out = rows.map((r) => [...r]);
  const drop = new Set<number>();
  const holds = (r: number, x0: number) => out[r]!.some((c) => c.text.trim() && c.x0 <= x0 + 0.5 && c.x1 > x0 + 0.5);
  const claimed = new Map<number, number>(); // column → last row a moved label covers
  for (let r = 0; r < out.length; r++) {
    const filled = out[r]!.filter((c) => c.text.trim());
    if (filled.length !== 1) continue;
    const label = filled[0]!;
    const key = Math.round(label.x0);
    let top = r - 1;
    while (top >= 0 && !holds(top, label.x0) && top > (claimed.get(key) ?? -1)) top--;
    top++;
    if (top >= r) continue;
    const target = 2 * centres[r]! - centres[top]!;
    let bottom = r + 1;
    while (bottom + 1 < out.length && !holds(bottom + 1, label.x0) && Math.abs(centres[bottom + 1]! - target) < Math.abs(centres[bottom]! - target)) bottom++;
    if (bottom >= out.length || holds(bottom, label.x0) || Math.abs(centres[bottom]! - target) > lineHeight) continue;
    // the label moves up to the block's first row, where an empty cell held its place
    out[top] = out[top]!.map((c) => (Math.abs(c.x0 - label.x0) < 0.5 && !c.text.trim() ? { ...label, x0: c.x0, x1: c.x1, box: c.box, rowSpan: bottom - top } : c));
    drop.add(r);
    claimed.set(key, bottom);
  }
  const kept = out.map((_, r) => r).filter((r) => !drop.has(r));
  return { rows: kept.map((r) => out[r]!), kept };
}

/**
 * Vertical white-space rivers through the table's dense lines: x ranges covered by (almost)
 * no text in those lines, at least RIVER_WIDTH em wide. Returns their middles.
 */
export function rivers(lines: readonly FreeLine[], left: number, right: number, size: number): number[] {
  const step = 0.5;
  const n = Math.max(1, Math.ceil((right - left) / step));
  const cover = new Uint16Array(n);
  for (const line of lines) {
    const seen = new Uint8Array(n);
    for (const ch of line.chunks) {
      const a = Math.max(0, Math.floor((ch.x0 - left) / step)), b = Math.min(n - 1, Math.ceil((ch.x1 - left) / step));
      for (let k = a; k <= b; k++) seen[k] = 1;
    }
    for (let k = 0; k < n; k++) cover[k]! += seen[k]!;
  }
  const allowed = Math.floor(0.1 * lines.length);
  const out: number[] = [];
  let start = -1;
  for (let k = 0; k <= n; k++) {
    const open = k < n && cover[k]! <= allowed;
    if (open && start < 0) start = k;
    if (!open && start >= 0) {
      const width = (k - start) * step;
      const inner = start > 0 && k < n; // the margins left and right of the table are not rivers
      if (inner && width >= RIVER_WIDTH * size) out.push(left + ((start + k) / 2) * step);
      start = -1;
    }
  }
  return out;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 10;
}

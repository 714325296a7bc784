import type { Block, GridCell, LineBlock, SourcePlace } from '../../schemas/grid.js';
import type { LatticeTable } from './lattice-cells.js';
import type { PixelBox } from './raster.js';

/** A box of text read on the upright page. */
export interface Word {
  readonly box: PixelBox;
  readonly text: string;
  readonly confidence: number;
}

/** How to write places: page number, dpi, and the map from the upright page back to the scan. */
export interface PlaceFrame {
  readonly page: number;
  readonly dpi?: number;
  readonly toScan: (x: number, y: number) => readonly [number, number];
}

const centre = (b: PixelBox): [number, number] => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
const inside = (p: readonly [number, number], b: readonly [number, number, number, number]) => p[0] >= b[0] && p[0] < b[2] && p[1] >= b[1] && p[1] < b[3];

/** A box of the upright page as a place on the scan (the box of its four turned corners). */
export function scanPlace(frame: PlaceFrame, b: PixelBox): SourcePlace {
  const corners = [frame.toScan(b[0], b[1]), frame.toScan(b[2], b[1]), frame.toScan(b[0], b[3]), frame.toScan(b[2], b[3])];
  const xs = corners.map((c) => c[0]), ys = corners.map((c) => c[1]);
  const box = [Math.floor(Math.min(...xs)), Math.floor(Math.min(...ys)), Math.ceil(Math.max(...xs)), Math.ceil(Math.max(...ys))] as const;
  return frame.dpi ? { kind: 'scan', page: frame.page, box, dpi: frame.dpi } : { kind: 'scan', page: frame.page, box };
}

/**
 * Words in reading order: lines top to bottom (a word belongs to a line when its centre is
 * within half a unit of the line's), words left to right within a line.
 */
export function readingLines(words: readonly Word[], unit: number): Word[][] {
  const lines: { cy: number; words: Word[] }[] = [];
  for (const w of [...words].sort((a, b) => centre(a.box)[1] - centre(b.box)[1])) {
    const cy = centre(w.box)[1];
    const line = lines.find((l) => Math.abs(l.cy - cy) <= unit * 0.5);
    if (line) { line.words.push(w); line.cy = line.words.reduce((s, x) => s + centre(x.box)[1], 0) / line.words.length; }
    else lines.push({ cy, words: [w] });
  }
  return lines.sort((a, b) => a.cy - b.cy).map((l) => l.words.sort((a, b) => a.box[0] - b.box[0]));
}

/** One line's words as printed: adjacent words touch, a wide gap is a space. */
export function lineText(line: readonly Word[], unit: number): string {
  let text = '';
  line.forEach((w, k) => { text += (k > 0 && w.box[0] - line[k - 1]!.box[2] > unit * 0.8 ? ' ' : '') + w.text; });
  return text;
}

/**
 * One page's words and ruled tables → grid blocks (a word goes to the cell holding its centre;
 * a cell's lines are joined with '\n') and line blocks for the words outside every table,
 * in the order they stand on the page.
 */
export function pageBlocks(words: readonly Word[], tables: readonly LatticeTable[], unit: number, frame: PlaceFrame): Block[] {
  const placed: { top: number; block: Block }[] = [];
  const free: Word[] = [];
  const perTable = tables.map(() => new Map<number, Word[]>());
  for (const w of words) {
    const c = centre(w.box);
    const t = tables.findIndex((tb) => inside(c, [tb.xs[0]!, tb.ys[0]!, tb.xs[tb.xs.length - 1]!, tb.ys[tb.ys.length - 1]!]));
    const k = t < 0 ? -1 : tables[t]!.cells.findIndex((cell) => inside(c, cell.box));
    if (k < 0) { free.push(w); continue; }
    const bucket = perTable[t]!;
    bucket.set(k, [...(bucket.get(k) ?? []), w]);
  }
  tables.forEach((tb, t) => {
    const cells: GridCell[] = tb.cells.map((cell, k) => {
      const inCell = perTable[t]!.get(k) ?? [];
      const lines = readingLines(inCell, unit);
      const ordered = lines.flat();
      return {
        row: cell.row, col: cell.col, rowSpan: cell.rowSpan, colSpan: cell.colSpan,
        text: lines.map((l) => lineText(l, unit)).join('\n'),
        places: ordered.length ? ordered.map((w) => scanPlace(frame, w.box)) : [scanPlace(frame, cell.box)],
        ...(ordered.length ? { confidence: Math.min(...ordered.map((w) => w.confidence)) } : {}),
      };
    });
    const rows = tb.ys.length - 1;
    placed.push({ top: tb.ys[0]!, block: { kind: 'grid', spans: 'drawn', rows, cols: tb.xs.length - 1, cells, rowPages: Array(rows).fill(frame.page) } });
  });
  for (const line of readingLines(free, unit)) {
    const box: PixelBox = [Math.min(...line.map((w) => w.box[0])), Math.min(...line.map((w) => w.box[1])), Math.max(...line.map((w) => w.box[2])), Math.max(...line.map((w) => w.box[3]))];
    const block: LineBlock = { kind: 'line', text: lineText(line, unit), place: scanPlace(frame, box) };
    placed.push({ top: box[1], block });
  }
  return placed.sort((a, b) => a.top - b.top).map((p) => p.block);
}

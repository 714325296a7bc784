/**
 * Grid rows → text lines, in the three layouts extractors meet: `tab` (OCR/Excel exports, like the
 * seeds), `space` (pdftotext -layout: cells padded to column positions, CJK two columns wide, at
 * least two spaces between cells) and `pipe` (`| a | b |`).
 */
import type { Rng } from './prng.js';
import { type GridRow, isPlainLine } from './grid.js';

export type Layout = 'tab' | 'space' | 'pipe';
export const LAYOUTS: readonly Layout[] = ['tab', 'space', 'pipe'];

export interface RenderedTable {
  readonly lines: readonly string[];
  /** per grid row: index (in `lines`) of its first line */
  readonly rowLines: readonly number[];
}

/** East Asian Wide/Fullwidth code points take two columns; everything else one. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const wide = (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff)
      || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf)
      || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f)
      || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

/**
 * Column widths fit every cell except free text wider than this (goals, duties), which overflows
 * its column and pushes the next cell right, as long paragraphs do in pdftotext output. Goals
 * rows never widen a column: their two texts are told apart by order, not position.
 */
const MAX_COLUMN_WIDTH = 80;

/** One physical line per continuation fragment: line k holds fragment k of every cell. */
function physicalLines(cells: readonly string[]): string[][] {
  const split = cells.map((c) => c.split('\n'));
  const n = Math.max(1, ...split.map((s) => s.length));
  return Array.from({ length: n }, (_, k) => split.map((s) => s[k] ?? ''));
}

interface LineWriter {
  /** the cells of one physical line → its text */
  cells(cells: readonly string[]): string;
  /** a title-like single text */
  plain(text: string): string;
}

function tabWriter(rng: Rng): LineWriter {
  const trailing = rng.chance(0.3) ? rng.int(1, 7) : 0;
  return { cells: (c) => c.join('\t'), plain: (t) => t + '\t'.repeat(trailing) };
}

function pipeWriter(): LineWriter {
  return { cells: (c) => `| ${c.join(' | ')} |`, plain: (t) => t };
}

function spaceWriter(rng: Rng, rows: readonly GridRow[]): LineWriter {
  const gap = rng.int(2, 4);
  const widths: number[] = [];
  for (const row of rows) {
    if (row.role === 'raw' || row.role === 'goals' || isPlainLine(row)) continue;
    for (const line of physicalLines(row.cells)) {
      line.forEach((c, i) => {
        const w = displayWidth(c);
        if (w <= MAX_COLUMN_WIDTH) widths[i] = Math.max(widths[i] ?? 0, w);
      });
    }
  }
  const starts: number[] = [];
  let x = 0;
  for (let i = 0; i < Math.max(widths.length, 16); i++) {
    starts.push(x);
    x += (widths[i] ?? 0) + gap;
  }
  const indent = rng.int(0, 12);
  return {
    cells: (cells) => {
      let out = '';
      let width = 0;
      cells.forEach((c, i) => {
        if (c === '') return;
        const at = width === 0 ? starts[i] ?? width : Math.max(starts[i] ?? 0, width + 2);
        out += ' '.repeat(at - width) + c;
        width = at + displayWidth(c);
      });
      return out;
    },
    plain: (t) => ' '.repeat(indent) + t,
  };
}

export function renderTable(rows: readonly GridRow[], layout: Layout, rng: Rng): RenderedTable {
  const writer = layout === 'tab' ? tabWriter(rng) : layout === 'pipe' ? pipeWriter() : spaceWriter(rng, rows);
  const lines: string[] = [];
  const rowLines: number[] = [];
  for (const row of rows) {
    rowLines.push(lines.length);
    if (row.role === 'raw') lines.push(...row.raw!);
    else if (isPlainLine(row)) lines.push(writer.plain(row.cells.join('')));
    else for (const line of physicalLines(row.cells)) lines.push(writer.cells(line));
  }
  return { lines, rowLines };
}

import type { DrawnLine, DrawnPage, DrawnText } from './draw-pdf.js';

/**
 * A sheet laid out straight onto PDF pages (no office program): title lines and ruled grids
 * with merged cells, text wrapped by the cell width one glyph at a time (so a narrow cell breaks
 * numbers and words where real exports do), rows flowing over page breaks, an optional header
 * repeated on every page. A merged cell cut by a page break prints its text on the first part
 * only, unless `repeatMerged` is set (then every part prints it, as some exports do).
 */
export interface DCell {
  readonly col: number;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  /** `\n` forces a line break */
  readonly text: string;
  readonly align?: 'left' | 'center';
  /** a merged cell cut by a page break: its lines flow from part to part instead of printing in the first */
  readonly flow?: boolean;
}
export interface DRow { readonly cells: readonly DCell[] }
export type DBlock =
  | { readonly kind: 'line'; readonly text: string; readonly size?: number; readonly align?: 'left' | 'center' | 'right' }
  | {
    readonly kind: 'grid'; readonly widths: readonly number[]; readonly rows: readonly DRow[]; readonly headerRows?: number; readonly repeatMerged?: boolean;
    /** rows after which the page breaks even when the next row would fit (to cut a merged cell where a case needs it) */
    readonly breakAfter?: readonly number[];
  }
  | { readonly kind: 'page-break' };
export interface DSheet {
  readonly width: number;
  readonly height: number;
  readonly margin: number;
  readonly fontSize: number;
  readonly blocks: readonly DBlock[];
  /** printed at the bottom of every page; `{n}` is the page number */
  readonly footer?: string;
}

export const A4_PORTRAIT = { width: 595, height: 842 } as const;
export const A4_LANDSCAPE = { width: 842, height: 595 } as const;

const PAD = 2;
const lineHeight = (size: number) => size * 1.25;

/** Text broken into lines of at most `perLine` glyphs (every glyph is one em wide). */
export function wrapText(text: string, perLine: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    const chars = [...para];
    if (chars.length === 0) { out.push(''); continue; }
    for (let i = 0; i < chars.length; i += Math.max(1, perLine)) out.push(chars.slice(i, i + Math.max(1, perLine)).join(''));
  }
  return out;
}

class Pages {
  readonly done: DrawnPage[] = [];
  texts: DrawnText[] = [];
  lines: DrawnLine[] = [];
  y: number;
  constructor(private readonly sheet: DSheet) { this.y = sheet.height - sheet.margin; }
  get bottom() { return this.sheet.margin + (this.sheet.footer ? 14 : 0); }
  newPage(): void {
    this.flush();
    this.y = this.sheet.height - this.sheet.margin;
  }
  flush(): void {
    if (this.texts.length === 0 && this.lines.length === 0) return;
    const n = this.done.length + 1;
    if (this.sheet.footer) {
      const f = this.sheet.footer.replace('{n}', String(n));
      this.texts.push({ x: (this.sheet.width - [...f].length * 9) / 2, y: this.sheet.margin / 2, size: 9, text: f });
    }
    this.done.push({ width: this.sheet.width, height: this.sheet.height, texts: this.texts, lines: this.lines });
    this.texts = [];
    this.lines = [];
  }
  text(x: number, y: number, size: number, text: string): void { if (text) this.texts.push({ x, y, size, text }); }
  rect(x0: number, top: number, x1: number, bottom: number): void {
    this.lines.push({ x1: x0, y1: top, x2: x1, y2: top }, { x1: x0, y1: bottom, x2: x1, y2: bottom }, { x1: x0, y1: top, x2: x0, y2: bottom }, { x1, y1: top, x2: x1, y2: bottom });
  }
}

function cellLines(cell: DCell, xs: readonly number[], size: number): string[] {
  const w = xs[cell.col + (cell.colSpan ?? 1)]! - xs[cell.col]! - 2 * PAD;
  return wrapText(cell.text, Math.floor(w / size));
}

function drawCellText(p: Pages, cell: DCell, xs: readonly number[], top: number, bottom: number, size: number, only?: readonly string[]): void {
  const lines = only ?? cellLines(cell, xs, size);
  const lh = lineHeight(size);
  const x0 = xs[cell.col]!;
  const x1 = xs[cell.col + (cell.colSpan ?? 1)]!;
  const blockTop = top - Math.max(PAD, ((top - bottom) - lines.length * lh) / 2);
  lines.forEach((line, i) => {
    const w = [...line].length * size;
    const x = cell.align === 'center' ? x0 + (x1 - x0 - w) / 2 : x0 + PAD;
    p.text(x, blockTop - (i + 1) * lh + (lh - size) / 2 + 1, size, line);
  });
}

function layoutGrid(p: Pages, sheet: DSheet, block: Extract<DBlock, { kind: 'grid' }>): void {
  const size = sheet.fontSize;
  const usable = sheet.width - 2 * sheet.margin;
  const total = block.widths.reduce((a, b) => a + b, 0);
  const scale = total > usable ? usable / total : 1;
  const xs = [sheet.margin];
  for (const w of block.widths) xs.push(xs[xs.length - 1]! + w * scale);
  // row heights: single-row cells first, then merged cells stretch their last row
  const heights = block.rows.map((r) => Math.max(size * 1.6, ...r.cells.filter((c) => (c.rowSpan ?? 1) === 1).map((c) => cellLines(c, xs, size).length * lineHeight(size) + 2 * PAD)));
  block.rows.forEach((r, ri) => {
    for (const c of r.cells) {
      const span = c.rowSpan ?? 1;
      if (span === 1) continue;
      const need = cellLines(c, xs, size).length * lineHeight(size) + 2 * PAD;
      const have = heights.slice(ri, ri + span).reduce((a, b) => a + b, 0);
      if (need > have) heights[ri + span - 1]! += need - have;
    }
  });
  const header = block.rows.slice(0, block.headerRows ?? 0);
  // the top of every row on its page, page by page
  const tops: { page: number; top: number }[] = [];
  let page = p.done.length;
  const drawHeader = () => {
    let y = p.y;
    header.forEach((r, k) => {
      for (const c of r.cells) {
        const bottom = y - heights.slice(k, k + (c.rowSpan ?? 1)).reduce((a, b) => a + b, 0);
        p.rect(xs[c.col]!, y, xs[c.col + (c.colSpan ?? 1)]!, bottom);
        drawCellText(p, c, xs, y, bottom, size);
      }
      y -= heights[k]!;
    });
    p.y = y;
  };
  block.rows.forEach((_, ri) => {
    if (p.y - heights[ri]! < p.bottom || (block.breakAfter ?? []).includes(ri - 1)) {
      p.newPage();
      page = p.done.length;
      if (ri >= header.length && header.length) drawHeader();
    }
    tops.push({ page, top: p.y });
    p.y -= heights[ri]!;
  });
  // draw cells: each merged cell split into its per-page parts
  const pageOfRow = (ri: number) => tops[ri]!.page;
  const byPage = new Map<number, Array<() => void>>();
  const later = (pg: number, f: () => void) => { if (!byPage.has(pg)) byPage.set(pg, []); byPage.get(pg)!.push(f); };
  block.rows.forEach((r, ri) => {
    for (const c of r.cells) {
      const last = ri + (c.rowSpan ?? 1) - 1;
      let start = ri;
      let first = true;
      const flowing = c.flow === true ? cellLines(c, xs, size) : null;
      let used = 0;
      while (start <= last) {
        let end = start;
        while (end + 1 <= last && pageOfRow(end + 1) === pageOfRow(start)) end++;
        const top = tops[start]!.top;
        const bottom = tops[end]!.top - heights[end]!;
        const isLast = end === last;
        const fits = Math.max(1, Math.floor((top - bottom - 2 * PAD) / lineHeight(size)));
        const part = flowing ? flowing.slice(used, isLast ? undefined : used + fits) : undefined;
        used += part?.length ?? 0;
        const printText = flowing !== null || first || block.repeatMerged === true;
        later(pageOfRow(start), () => { p.rect(xs[c.col]!, top, xs[c.col + (c.colSpan ?? 1)]!, bottom); if (printText) drawCellText(p, c, xs, top, bottom, size, part); });
        first = false;
        start = end + 1;
      }
    }
  });
  // rows were placed first (to know where the pages break); cells of pages already closed are added to them now
  for (const [pg, fs] of byPage) {
    if (pg === p.done.length) { fs.forEach((f) => f()); continue; }
    const saved = { texts: p.texts, lines: p.lines };
    p.texts = [...p.done[pg]!.texts];
    p.lines = [...p.done[pg]!.lines];
    fs.forEach((f) => f());
    p.done[pg] = { ...p.done[pg]!, texts: p.texts, lines: p.lines };
    p.texts = saved.texts;
    p.lines = saved.lines;
  }
}

export function layoutSheet(sheet: DSheet): DrawnPage[] {
  const p = new Pages(sheet);
  for (const block of sheet.blocks) {
    switch (block.kind) {
      case 'page-break': p.newPage(); break;
      case 'line': {
        const size = block.size ?? sheet.fontSize;
        const h = lineHeight(size) + 4;
        if (p.y - h < p.bottom) p.newPage();
        const w = [...block.text].length * size;
        const x = block.align === 'right' ? sheet.width - sheet.margin - w : block.align === 'left' ? sheet.margin : (sheet.width - w) / 2;
        p.text(x, p.y - size - 2, size, block.text);
        p.y -= h;
        break;
      }
      case 'grid': layoutGrid(p, sheet, block); break;
    }
  }
  p.flush();
  return p.done;
}

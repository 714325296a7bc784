import type { NRow, NCell } from './norm-cell.js';
import type { IndicatorRole } from './labels.js';
import { labelFragment, level1Of, level2Of, SECTION_LABEL } from './labels.js';
import { cellType } from './cell-type.js';
import { mergeCentredRows, symmetricBands } from './centred-rows.js';
import { isPageLine } from './page-marks.js';

/**
 * In space-aligned text (`pdftotext -layout`) a wrapped cell prints its lines above and below
 * the row's main line, which carries the one-line cells (vertically centred, as in the PDF):
 *
 *                社区学校12所社区学校教师40人专职管理
 *       数量指标                              52人     52人    15    15
 *                员2人
 *
 * Lines without any amount are fragments; each joins the nearest main line (the previous one on
 * a tie), its cells appended to — or, above the main line, put before — the cell of the same
 * column. Tab and pipe layouts keep their own continuation rule (parseIndicatorRow).
 */
export function mergeWrappedLines(rows: readonly NRow[], roles: ReadonlyMap<IndicatorRole, number>): NRow[] {
  if (!rows.some((r) => r.layout === 'space')) return [...rows];
  const banded = indicatorBands(rows, roles) ?? (roles.has('weight') || roles.has('score') ? null : symmetricBands(rows, (c) => isLabelCell(c) || SECTION_LABEL.test(c.text.replace(/\s+/g, '')), (r) => isPageLine(r.cells.map((c) => c.text).join(''))));
  if (banded) return banded;
  const nameCol = roles.get('name') ?? 0;
  const kinds = rows.map((r) => kindOf(r, nameCol));
  if (!kinds.includes('main')) return [...rows];
  const above = new Map<number, NRow[]>();
  const below = new Map<number, NRow[]>();
  // the nearest main line before and after each line, in one pass each way
  const prevMain: (number | undefined)[] = [];
  const nextMain: (number | undefined)[] = [];
  for (let i = 0, last: number | undefined; i < rows.length; i++) { prevMain[i] = last; if (kinds[i] === 'main') last = i; }
  for (let i = rows.length - 1, last: number | undefined; i >= 0; i--) { nextMain[i] = last; if (kinds[i] === 'main') last = i; }
  kinds.forEach((k, i) => {
    if (k !== 'fragment') return;
    const prev = prevMain[i];
    const next = nextMain[i];
    const dPrev = prev === undefined ? Infinity : rows[i]!.line - rows[prev]!.line;
    const dNext = next === undefined ? Infinity : rows[next]!.line - rows[i]!.line;
    // on a tie, the main line with nothing where the fragment starts is the one it completes
    const x = rows[i]!.cells[0]!.column;
    const covers = (m: number) => rows[m]!.cells.some((c) => Math.abs(c.column - x) <= 4);
    const toNext = dNext < dPrev || (dNext === dPrev && next !== undefined && prev !== undefined && covers(prev) && !covers(next));
    if (toNext) above.set(next!, [...(above.get(next!) ?? []), rows[i]!]);
    else if (prev !== undefined) below.set(prev, [...(below.get(prev) ?? []), rows[i]!]);
  });
  const out: NRow[] = [];
  kinds.forEach((k, i) => {
    if (k === 'fragment') return;
    if (k !== 'main' || (!above.has(i) && !below.has(i))) { out.push(rows[i]!); return; }
    let cells = [...rows[i]!.cells];
    for (const f of above.get(i) ?? []) cells = join(rows[i]!, cells, f, 'before');
    for (const f of below.get(i) ?? []) cells = join(rows[i]!, cells, f, 'after');
    out.push({ ...rows[i]!, cells, all: cells });
  });
  return out;
}

type LineKind = 'main' | 'fragment' | 'other';

/** A piece of a label cut by a wrap (绩效指 / 标, 服务对象满意度指 / 标). */
const isLabelPiece = (text: string): boolean => labelFragment(text) !== null;

function kindOf(row: NRow, nameCol: number): LineKind {
  if (row.cells.length === 0) return 'other';
  if (row.layout !== 'space' && row.layout !== 'single') return 'other';
  const labelOnly = row.cells.every((c) => level1Of(c.text) || level2Of(c.text) || isLabelPiece(c.text));
  if (labelOnly) return 'other';
  const amounts = row.cells.filter((c) => c.index > nameCol && cellType(c.text) !== 'short_text' && cellType(c.text) !== 'long_text');
  const content = row.cells.filter((c) => !level1Of(c.text) && !level2Of(c.text) && !isLabelPiece(c.text));
  // a wrapped cell's extra line holds that one cell's text and nothing else
  return amounts.length === 0 && content.length === 1 ? 'fragment' : 'main';
}

/**
 * Where a cell starts and ends in its line. pdftotext pads by characters, not by display
 * width, so character columns are what lines up across a wrapped cell's lines.
 */
function span(_lineText: string, c: NCell): [number, number] {
  const x = c.column - 1;
  return [x, x + c.raw.trim().length];
}

interface Placed { cell: NCell; x0: number; x1: number }

function join(main: NRow, cells: NCell[], fragment: NRow, where: 'before' | 'after'): NCell[] {
  const placed: Placed[] = cells.map((cell) => {
    const [x0, x1] = span(cell.line === main.line ? main.text : fragment.text, cell);
    return { cell, x0, x1 };
  });
  for (const p of fragment.cells) {
    if (level1Of(p.text) || level2Of(p.text) || isLabelPiece(p.text)) continue;
    const [px0, px1] = span(fragment.text, p);
    // the cell this piece continues: one whose column the piece starts in
    let k = -1; let best = Infinity;
    placed.forEach((c, j) => {
      if (cellType(c.cell.text) === 'number') return;
      const d = Math.abs(px0 - c.x0);
      const startsInside = px0 >= c.x0 - 4 && px0 <= Math.max(c.x1, c.x0 + 4);
      if (startsInside && d < best) { k = j; best = d; }
    });
    if (k < 0) {
      const index = nearestIndex(placed, px0);
      placed.push({ cell: { ...p, index }, x0: px0, x1: px1 });
      placed.sort((a, b) => a.x0 - b.x0);
      continue;
    }
    const c = placed[k]!.cell;
    placed[k] = { ...placed[k]!, cell: where === 'before' ? { ...c, text: p.text + c.text, raw: p.raw + ' ' + c.raw } : { ...c, text: c.text + p.text, raw: c.raw + ' ' + p.raw }, x1: Math.max(placed[k]!.x1, px1) };
  }
  return placed.map((p) => p.cell);
}

/** The column index a piece at display x takes when the main line has no cell there. */
function nearestIndex(placed: readonly Placed[], x: number): number {
  let left: Placed | null = null;
  for (const c of placed) if (c.x0 <= x && (!left || c.x0 > left.x0)) left = c;
  const right = placed.find((c) => c.x0 > x);
  const idx = left ? left.cell.index + 1 : 0;
  // never collide with the next cell's index: the alignment reads indexes as columns
  return right && right.cell.index <= idx ? Math.max(0, right.cell.index - 1) : idx;
}

const isLabelCell = (c: NCell): boolean => !!(level1Of(c.text) || level2Of(c.text) || isLabelPiece(c.text));

/**
 * Self-evaluation tables: the 分值 and 得分 never wrap, so the line that prints them is the row's
 * main line (see mergeCentredRows). Null when the table has no 分值/得分 column.
 */
function indicatorBands(rows: readonly NRow[], roles: ReadonlyMap<IndicatorRole, number>): NRow[] | null {
  const numberCols = [roles.get('weight'), roles.get('score')].filter((x): x is number => x !== undefined);
  if (numberCols.length === 0) return null;
  const firstNumberCol = Math.min(...numberCols);
  // (a page break starts new column positions: two plain numbers still mark the main line)
  const isMain = (r: NRow) => r.cells.some((c) => c.index >= firstNumberCol - 1 && cellType(c.text) === 'number')
    || r.cells.filter((c, k) => k > 0 && cellType(c.text) === 'number').length >= 2;
  return mergeCentredRows(rows, { isMain, isLabelCell, tail: 'last' });
}

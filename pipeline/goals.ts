import type { NRow, NCell } from './norm-cell.js';
import { foldCell } from '../normalizers/fold-cell.js';
import { isLabelPiece, withoutLeadingPiece, type LabelPieces } from './label-pieces.js';
import { goalSideOf as sideOf, type GoalSide } from '../vocabulary/column-words.js';

/** Row labels of the goals block, also when a wrap split them over lines (年度 / 总体 / 目标). */
const GOAL_LABEL = /^(年度|总体|目标|年度总体目标|总体目标|年度总体|项目概述|项目总体目标.*|年度目标|分解目标自评|绩效指标|绩效目标)$/;
const ENDS_SENTENCE = /[。！？；.!?;)）”]$/;

/** The goals row label as a text export cuts it down the first column (年度总 / 体目标). */
const GOAL_PIECES: LabelPieces = { forms: ['年度总体目标', '项目总体目标', '总体目标'], minLength: 2 };
const isGoalPiece = (text: string): boolean => isLabelPiece(text, GOAL_PIECES) && text.replace(/\s+/g, '').length < 6;
/** Layout text glues the label (or its piece) to the goal: the longest label head is dropped. */
const withoutLabelHead = (text: string): string => {
  for (let n = Math.min(6, text.length); n >= 2; n--) if (isLabelPiece(text.slice(0, n), GOAL_PIECES)) return text.slice(n);
  return text;
};

export interface Goals { readonly expected: string | null; readonly actual: string | null; readonly cells: NCell[] }

/**
 * The goals block. Tabbed rows put each text under the nearest column header; orphan
 * paragraphs (text continued after a page break, without cell separators) continue the cell
 * that was cut mid-sentence, or open the first empty side.
 */
export function parseGoals(header: NRow, body: readonly NRow[]): Goals {
  const split = splitLayoutColumns(header, body);
  if (split) return split;
  const columns = header.cells.map((c) => ({ side: sideOf(c.text), index: c.index, column: c.column })).filter((c) => c.side) as { side: GoalSide; index: number; column: number }[];
  const parts: Record<GoalSide, string[]> = { expected: [], actual: [] };
  const cells: NCell[] = [];
  let last: { side: GoalSide; fresh: boolean } | null = null;
  // nearest header column by cell index; on a tie (layout text), by character position
  const sideFor = (cell: NCell): GoalSide => {
    if (columns.length === 0) return 'expected';
    let best = columns[0]!;
    for (const c of columns) {
      const d = Math.abs(c.index - cell.index) - Math.abs(best.index - cell.index);
      if (d < 0 || (d === 0 && Math.abs(c.column - cell.column) < Math.abs(best.column - cell.column))) best = c;
    }
    return best.side;
  };
  const other = (s: GoalSide): GoalSide => (s === 'expected' ? 'actual' : 'expected');
  const unfinished = (s: GoalSide) => parts[s].length > 0 && !ENDS_SENTENCE.test(parts[s][parts[s].length - 1]!);
  // a goal row carries its own text after the label (年度总体目标 | 完成站点改造…)
  const own = header.cells.filter((c) => sideOf(c.text) === null && !GOAL_LABEL.test(c.text.replace(/\s+/g, '')) && c.text.length >= 2);
  if (own.length > 0) {
    for (const c of own) { const side = columns.length ? sideFor(c) : 'expected'; parts[side].push(c.text); cells.push(c); last = { side, fresh: true }; }
  }
  for (const row of body) {
    const texts = row.cells.map((c) => withoutLeadingPiece(c, GOAL_PIECES)).filter((c) => c.text !== '' && !GOAL_LABEL.test(c.text.replace(/\s+/g, '')) && !isGoalPiece(c.text) && sideOf(c.text) === null);
    if (texts.length === 0) continue;
    const orphan = row.layout === 'single' || (row.cells.length === 1 && row.cells[0]!.index === 0 && columns.every((c) => c.index > 0) && texts[0]!.text.length > 20 && last !== null);
    for (const c of texts) {
      let side: GoalSide;
      if (orphan && last) {
        if (parts.expected.length === 0) side = 'expected';
        else if (last.fresh && unfinished(other(last.side))) side = other(last.side);
        else side = last.side;
      } else if (orphan) {
        side = parts.expected.length === 0 ? 'expected' : 'actual';
      } else side = sideFor(c);
      const fresh: boolean = parts[side].length === 0;
      parts[side].push(c.text);
      cells.push(c);
      last = { side, fresh };
    }
  }
  const join = (xs: string[]) => (xs.length ? xs.join('') : null);
  return { expected: join(parts.expected), actual: join(parts.actual), cells };
}

/**
 * Layout text (pdftotext -layout) prints the two goal columns side by side, often with a single
 * space between them where the left text runs up to the right one. The right column starts at
 * the same character position on every line, so that position — the most common start of a
 * second text on a line — cuts each line in two: left is 预期目标, right is 实际完成情况.
 */
function splitLayoutColumns(header: NRow, body: readonly NRow[]): Goals | null {
  const sides = header.cells.map((c) => sideOf(c.text));
  if (header.layout !== 'space' || !sides.includes('expected') || !sides.includes('actual')) return null;
  const rows = body.filter((r) => r.cells.length > 0 && (r.layout === 'space' || r.layout === 'single'));
  const starts = new Map<number, number>();
  // where texts start right of the 预期目标 heading: the second text on a line, or a line that
  // only continues the right column
  const expectedAt = header.cells.find((c) => sideOf(c.text) === 'expected')!.column;
  for (const r of rows) {
    const texts = r.cells.filter((c) => !GOAL_LABEL.test(c.text.replace(/\s+/g, '')) && !isGoalPiece(c.text));
    texts.forEach((c, k) => {
      if ((k > 0 && c.column > 10) || c.column > expectedAt + 10) starts.set(c.column, (starts.get(c.column) ?? 0) + 1);
    });
  }
  if (starts.size === 0) return null;
  const cut = [...starts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0] - 1;
  const left: string[] = [];
  const right: string[] = [];
  const cells: NCell[] = [];
  for (const r of rows) {
    // the cut must fall between words: where a line's left text runs a little past the column
    // (a PDF cell's text is not clipped in layout text), cut at the nearest space instead
    let at = cut;
    if (r.text.length > cut && r.text[cut - 1] !== ' ' && r.text[cut] !== ' ') {
      let best = -1;
      for (let p = Math.max(1, cut - 8); p <= Math.min(r.text.length - 1, cut + 8); p++) {
        if (r.text[p - 1] === ' ' && r.text[p] !== ' ' && (best < 0 || Math.abs(p - cut) < Math.abs(best - cut))) best = p;
      }
      if (best < 0) return null;
      at = best;
    }
    const l = r.text.slice(0, at);
    const rt = r.text.slice(at);
    const lt = withoutLabelHead(foldCell(l, { simplify: true }).text);
    const rr = foldCell(rt, { simplify: true }).text;
    if (lt && !GOAL_LABEL.test(lt)) left.push(lt);
    if (rr && !GOAL_LABEL.test(rr)) right.push(rr);
    cells.push(...r.cells);
  }
  return { expected: left.length ? left.join('') : null, actual: right.length ? right.join('') : null, cells };
}

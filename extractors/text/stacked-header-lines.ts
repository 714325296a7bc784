import type { Cell, Row } from '../../schemas/cells.js';
import { foldCell } from '../../normalizers/fold-cell.js';
import { isColumnWord } from '../../vocabulary/column-words.js';

/** The most lines a header cell is stacked over (3 words, centred single characters between). */
const MAX_LINES = 6;

/**
 * Layout text (`pdftotext -layout`) prints a header row whose labels wrap as several lines, each
 * holding a piece of every label (`年度` / `指标值`, `分` / `值`, `实际` / `完成值`; a single
 * character centred on a line of its own between them):
 *
 *        一级     年度       实际      分     偏差原因分析
 *        指标     指标值     完成值    值     及改进措施
 *
 * Consecutive lines whose pieces, joined down the columns they overlap, all read as column
 * header words of one section become one row of those words — the window of lines that yields the
 * most such words (the longer on a tie: its extra line only completes words), when that is more
 * than any one of its lines prints on its own. A label wrapped
 * round a one-line header row (a piece above and below it) is joined the same way.
 */
export function joinStackedHeaderLines(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; ) {
    const best = bestWindow(rows, i);
    if (best) { out.push(best.row); i += best.lines; continue; }
    out.push(rows[i]!);
    i++;
  }
  return out;
}

interface Piece { readonly cell: Cell; readonly row: number; readonly from: number; readonly to: number; readonly indexed: boolean }
interface Window { readonly row: Row; readonly lines: number; readonly words: number }

const isCandidate = (r: Row | undefined): r is Row =>
  r !== undefined && (r.layout === 'space' || r.layout === 'single') && r.cells.length > 0
  // header pieces are short words: no amounts, years or sentences
  && r.cells.every((c) => c.text.trim().length <= 12 && !/[\d%]/.test(foldCell(c.text).text));

const wordsOf = (r: Row): number => r.cells.filter((c) => isColumnWord(foldCell(c.text).text)).length;

function bestWindow(rows: readonly Row[], at: number): Window | null {
  if (!isCandidate(rows[at])) return null;
  let best: Window | null = null;
  let single = wordsOf(rows[at]!);
  for (let k = 2; k <= MAX_LINES; k++) {
    const last = rows[at + k - 1];
    if (!isCandidate(last) || last.line !== rows[at + k - 2]!.line + 1) break;
    single = Math.max(single, wordsOf(last));
    const joined = joinWindow(rows.slice(at, at + k));
    if (joined && joined.words >= 2 && joined.words > single && (!best || joined.words >= best.words)) best = joined;
  }
  return best;
}

/** The window's pieces clustered by horizontal overlap; null unless every cluster is a header word. */
function joinWindow(window: readonly Row[]): Window | null {
  const pieces: Piece[] = window.flatMap((r, k) => r.cells.map((cell) => {
    const text = cell.text.trimEnd();
    return { cell, row: k, from: cell.column - 1, to: cell.column - 1 + text.length, indexed: r.layout === 'space' };
  }));
  // clusters: pieces whose character extents overlap (centred pieces overlap their neighbours)
  const clusters: Piece[][] = [];
  for (const p of [...pieces].sort((a, b) => a.from - b.from)) {
    const hit = clusters.filter((c) => c.some((q) => q.row !== p.row && q.from < p.to && p.from < q.to));
    if (hit.length === 0) { clusters.push([p]); continue; }
    const merged = [...hit.flat(), p];
    for (const h of hit) clusters.splice(clusters.indexOf(h), 1);
    clusters.push(merged);
  }
  clusters.sort((a, b) => Math.min(...a.map((p) => p.from)) - Math.min(...b.map((p) => p.from)));
  const cells: Cell[] = [];
  let prevIndex = -1;
  for (const cluster of clusters) {
    const ordered = [...cluster].sort((a, b) => a.row - b.row || a.from - b.from);
    // two pieces on one line in one cluster are two words, not one stacked label
    if (new Set(ordered.map((p) => p.row)).size !== ordered.length) return null;
    const text = ordered.map((p) => p.cell.text.trim()).join('\n');
    if (!isColumnWord(foldCell(text).text)) return null;
    const indexes = ordered.filter((p) => p.indexed).map((p) => p.cell.index);
    const index = Math.max(prevIndex + 1, indexes.length ? Math.min(...indexes) : prevIndex + 1);
    prevIndex = index;
    // placed where its first piece is printed
    cells.push({ ...ordered[0]!.cell, text, index });
  }
  const main = window.reduce((a, b) => (b.cells.length > a.cells.length ? b : a));
  const firstLine = window[0]!;
  const row: Row = { ...main, line: firstLine.line, text: main.text, cells, layout: 'space' };
  return { row, lines: window.length, words: cells.length };
}

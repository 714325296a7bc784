import { isBlankLine, isPadding, type Span } from './cell-span.js';
import { isRuleLine, pipePositions, pipeSpans } from './pipe-cells.js';
import { planSpacedRun, type SpacedLine } from './space-blocks.js';
import { spaceSpans } from './space-cells.js';
import { tabSpans } from './tab-cells.js';

/** The layouts a text line can have (Row['layout'] without the PDF-only 'grid'). */
export type TextLayout = 'tab' | 'pipe' | 'space' | 'single' | 'blank';

/** What one line looks like on its own, before its neighbours are consulted. */
type LineShape =
  | { readonly kind: 'blank' }
  | { readonly kind: 'rule' }
  | { readonly kind: 'tab' }
  | { readonly kind: 'pipe'; readonly bars: readonly number[]; readonly weak: boolean }
  | { readonly kind: 'spaced' };

/** A cell position decided by the layout: its span in the line and its logical column. */
export interface PlannedCell extends Span {
  readonly index: number;
}

export interface LinePlan {
  readonly layout: TextLayout;
  readonly cells: readonly PlannedCell[];
}

/**
 * Tab wins (exports from spreadsheets), then rules, then bars: two or more bars make a pipe
 * row, and so does one bar at the edge of the line (a border); one bar with text on both
 * sides is a weak pipe row that needs a pipe neighbour.
 */
function shapeOf(line: string): LineShape {
  if (isBlankLine(line)) return { kind: 'blank' };
  if (line.includes('\t')) return { kind: 'tab' };
  if (isRuleLine(line)) return { kind: 'rule' };
  const bars = pipePositions(line);
  if (bars.length >= 2) return { kind: 'pipe', bars, weak: false };
  if (bars.length === 1) {
    const before = hasTextBetween(line, 0, bars[0]!);
    const after = hasTextBetween(line, bars[0]! + 1, line.length);
    // `a | b` may be prose; a bar at the edge of a line (`100 |`, OCR of a table border) is not
    if (before && after) return { kind: 'pipe', bars, weak: true };
    if (before || after) return { kind: 'pipe', bars, weak: false };
  }
  return { kind: 'spaced' };
}

function hasTextBetween(line: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isPadding(line.charCodeAt(i))) return true;
  return false;
}

const pipeLike = (s: LineShape | undefined): boolean => s !== undefined && (s.kind === 'pipe' || s.kind === 'rule');

const indexed = (spans: readonly Span[]): PlannedCell[] => spans.map((s, index) => ({ from: s.from, to: s.to, index }));
const BLANK: LinePlan = { layout: 'blank', cells: [] };

/** Lines whose layout is decided on their own; 'spaced' lines wait for their run. */
const planAlone: Record<Exclude<LineShape['kind'], 'spaced'>, (line: string, shape: LineShape) => LinePlan> = {
  blank: () => BLANK,
  rule: () => BLANK, // a drawn rule carries no cells
  tab: (line) => ({ layout: 'tab', cells: indexed(tabSpans(line)) }),
  pipe: (line, shape) => ({ layout: 'pipe', cells: indexed(pipeSpans(line, shape.kind === 'pipe' ? shape.bars : undefined)) }),
};

/**
 * Layout and cells of every line. Lines are decided with their neighbours: a weak pipe row
 * (`a | b`) is a pipe row only next to another pipe row or rule; runs of space-aligned lines
 * get shared column indexes (see planSpacedRun). Tab and pipe lines end a run; blank lines
 * and rules do not.
 */
export function planLayout(lines: readonly string[]): LinePlan[] {
  const shapes = lines.map(shapeOf);
  // a weak pipe row without a pipe neighbour is ordinary text
  const resolved = shapes.map((s, i): LineShape =>
    s.kind === 'pipe' && s.weak && !pipeLike(shapes[i - 1]) && !pipeLike(shapes[i + 1]) ? { kind: 'spaced' } : s,
  );
  const plans: LinePlan[] = new Array(lines.length);
  let run: number[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const spaced: SpacedLine[] = run.map((i) => ({ text: lines[i]!, spans: spaceSpans(lines[i]!) }));
    const decided = planSpacedRun(spaced);
    run.forEach((lineIndex, k) => {
      const d = decided[k]!;
      const spans = spaced[k]!.spans;
      plans[lineIndex] = d.layout === 'space'
        ? { layout: 'space', cells: spans.map((s, j) => ({ from: s.from, to: s.to, index: d.indexes[j]! })) }
        : { layout: 'single', cells: [{ from: spans[0]!.from, to: spans[spans.length - 1]!.to, index: 0 }] };
    });
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const shape = resolved[i]!;
    if (shape.kind === 'spaced') { run.push(i); continue; }
    if (shape.kind === 'tab' || shape.kind === 'pipe') flush();
    plans[i] = planAlone[shape.kind](lines[i]!, shape);
  }
  flush();
  return plans;
}

/** The layout of each line (see planLayout). */
export function detectLayouts(lines: readonly string[]): TextLayout[] {
  return planLayout(lines).map((p) => p.layout);
}

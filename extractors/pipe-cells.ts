import { isPadding, trimSpan, type Span } from './cell-span.js';

/** Vertical bars that separate cells: ASCII |, full-width ｜ (OCR), box drawing │ ┃ ║. */
export function isPipe(code: number): boolean {
  return code === 0x7c || code === 0xff5c || code === 0x2502 || code === 0x2503 || code === 0x2551;
}

/** Horizontal strokes of table rules: - = _ and the box-drawing block (minus its vertical bars). */
function isRuleStroke(code: number): boolean {
  return code === 0x2d || code === 0x3d || code === 0x5f || (code >= 0x2500 && code <= 0x257f && !isPipe(code));
}

/**
 * A rule line draws the table instead of holding cells: markdown `|---|:--:|`, ASCII
 * `+----+----+`, box drawing `├────┼────┤`. Every character is a stroke, a bar, a corner `+`,
 * an alignment colon or padding, and there is a run of at least 3 strokes (so `-  -  -`, three
 * null cells, is not a rule).
 */
export function isRuleLine(line: string): boolean {
  let run = 0;
  let longest = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isRuleStroke(c)) {
      run++;
      if (run > longest) longest = run;
      continue;
    }
    run = 0;
    if (!(isPipe(c) || c === 0x2b || c === 0x3a || isPadding(c))) return false;
  }
  return longest >= 3;
}

/** Positions of the bars in a line. */
export function pipePositions(line: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < line.length; i++) if (isPipe(line.charCodeAt(i))) at.push(i);
  return at;
}

/**
 * Cells between bars. The empty edge pieces that leading/trailing bars produce are dropped
 * (`| a | b |` is two cells); empty inner pieces are kept as '' cells.
 */
export function pipeSpans(line: string, bars: readonly number[] = pipePositions(line)): Span[] {
  const pieces: Span[] = [];
  let start = 0;
  for (const bar of bars) {
    pieces.push(trimSpan(line, start, bar));
    start = bar + 1;
  }
  pieces.push(trimSpan(line, start, line.length));
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const lo = first.from === first.to ? 1 : 0;
  const hi = pieces.length > 1 && last.from === last.to ? pieces.length - 1 : pieces.length;
  return pieces.slice(lo, Math.max(lo, hi));
}

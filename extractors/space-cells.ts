import { isPadding, type Span } from './cell-span.js';

/**
 * Cells of a `pdftotext -layout` style line: a run of two or more padding characters
 * separates cells, a single one is a wrap space inside a cell (`完成率 100%`, `绩　效`).
 * Leading and trailing padding is not a cell. One pass, no regex.
 */
export function spaceSpans(line: string): Span[] {
  const spans: Span[] = [];
  let cellStart = -1; // first char of the current cell
  let lastText = -1; // last non-padding char seen
  let padRun = 0;
  for (let i = 0; i < line.length; i++) {
    if (isPadding(line.charCodeAt(i))) {
      padRun++;
      continue;
    }
    if (cellStart === -1) cellStart = i;
    else if (padRun >= 2) {
      spans.push({ from: cellStart, to: lastText + 1 });
      cellStart = i;
    }
    padRun = 0;
    lastText = i;
  }
  if (cellStart !== -1) spans.push({ from: cellStart, to: lastText + 1 });
  return spans;
}

import type { Span } from './cell-span.js';
import { chooseMetric, columnsTouched, findColumns, indexesInGrid, measureSpans, type ColumnGrid, type Extents, type WidthMetric } from './space-columns.js';

/** A non-blank line of a run of space-aligned text, with its cells split on runs of ≥2 spaces. */
export interface SpacedLine {
  readonly text: string;
  readonly spans: readonly Span[];
}

/** What a spaced line became: a row of a space table (cells with column indexes) or a single-cell line. */
export type SpacedPlan =
  | { readonly layout: 'space'; readonly indexes: readonly number[] }
  | { readonly layout: 'single' };

/**
 * Decide the lines of one run (consecutive spaced lines; blank lines between them do not end
 * the run, since pdftotext often leaves a blank line between table rows).
 *
 * - A line with two or more cells is a table row ('space').
 * - A one-cell line between two table rows of the run that stays inside one column (a wrapped
 *   continuation such as `指标` under 一级指标, or a lone value) is a table row too, indexed by
 *   its column. Other one-cell lines (titles, narrative, lines before the first or after the
 *   last row) are 'single' and split the run: the columns of the table above and of the table
 *   below are found separately.
 */
export function planSpacedRun(lines: readonly SpacedLine[]): SpacedPlan[] {
  const extents = lines.map((l) => measureSpans(l.text, l.spans));
  const multi = lines.map((l) => l.spans.length >= 2);
  const first = multi.indexOf(true);
  const plans: SpacedPlan[] = lines.map(() => ({ layout: 'single' }));
  if (first === -1) return plans;
  const last = multi.lastIndexOf(true);

  const metric = chooseMetric(extents.filter((_, i) => multi[i]));
  const runGrid = gridOf(extents, multi, metric, 0, lines.length);
  const joins = (i: number): boolean => {
    if (multi[i]) return true;
    if (i < first || i > last) return false;
    const ext = extents[i]![metric];
    return columnsTouched(runGrid, ext[0]!, Math.max(ext[1]!, ext[0]! + 1)) <= 1;
  };
  const member = lines.map((_, i) => joins(i));

  // sub-blocks: maximal stretches of member lines
  for (let start = 0; start < lines.length; ) {
    if (!member[start]) { start++; continue; }
    let end = start;
    while (end < lines.length && member[end]) end++;
    const hasMulti = multi.slice(start, end).includes(true);
    const grid = hasMulti && !(start <= first && end > last) ? gridOf(extents, multi, metric, start, end) : runGrid;
    for (let i = start; i < end; i++) plans[i] = { layout: 'space', indexes: indexesInGrid(grid, extents[i]![metric]) };
    start = end;
  }
  return plans;
}

function gridOf(extents: readonly Extents[], multi: readonly boolean[], metric: WidthMetric, from: number, to: number): ColumnGrid {
  const rows: Int32Array[] = [];
  for (let i = from; i < to; i++) if (multi[i]) rows.push(extents[i]![metric]);
  return findColumns(rows);
}

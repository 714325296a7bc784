import { trimSpan, type Span } from './cell-span.js';

/**
 * Cells of a tab-separated line: every tab separates two cells, so `a\t\tb` is a, '', b and a
 * leading tab puts the first printed cell at index 1. Empty cells are kept (their index is the
 * column they stand in); trailing empties too, as the source printed them.
 */
export function tabSpans(line: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (;;) {
    const tab = line.indexOf('\t', start);
    const end = tab === -1 ? line.length : tab;
    spans.push(trimSpan(line, start, end));
    if (tab === -1) return spans;
    start = tab + 1;
  }
}

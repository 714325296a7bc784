import type { Place } from './place.js';

/**
 * A cell as an extractor saw it: the printed text (raw) and where it starts.
 * Text extractors leave spans at 1; the PDF extractor fills rowSpan/colSpan from the grid.
 */
export interface Cell {
  readonly text: string;
  /** 1-based line in the file (text) or row index on the page (PDF) */
  readonly line: number;
  /** 1-based character column of the cell's first character in that line */
  readonly column: number;
  /** 0-based index of the cell in its row, after the extractor's layout decision */
  readonly index: number;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  readonly page?: number;
  readonly box?: readonly [number, number, number, number];
  /** scans measure boxes in pixels (y down); PDF text layers in user space */
  readonly boxSpace?: 'pixels';
  /** Office files: sheet name (xlsx; null for docx) and cell reference */
  readonly sheet?: string | null;
  readonly ref?: string;
}

/** One printed row. `text` is the whole source line (for narrative and titles). */
export interface Row {
  readonly line: number;
  readonly text: string;
  readonly cells: readonly Cell[];
  readonly page?: number;
  /** which layout the extractor decided for this line */
  readonly layout: 'tab' | 'pipe' | 'space' | 'single' | 'blank' | 'grid';
}

/**
 * The one intermediate form every front end (text, HTML, PDF, OCR, Office) hands to the reader.
 *
 * A document is a list of blocks in reading order. A grid block is a table: cells placed on a
 * row/column lattice with spans. A line block is free text between tables (a title, a 年度 line,
 * a narrative paragraph, a goal paragraph printed outside any table).
 *
 * Invariants (tests in test/schemas/grid.test.ts hold every front end to them):
 * - `row` and `col` are 0-based positions on the block's own lattice; `col` means the same
 *   column for every row of the block, whatever the source (character positions, PDF rules,
 *   spreadsheet columns, OCR boxes).
 * - A merged cell appears once, at its top-left position; the positions it covers hold no cell.
 * - `row + rowSpan <= rows` and `col + colSpan <= cols`; no two cells cover the same position.
 * - Cells keep the printed text (no folding): normalizers run after the front end.
 * - Every cell says where it came from (`places`, at least one; a cell joined from pieces
 *   printed on several lines or boxes has one place per piece, in reading order).
 */

/** Where a piece of text is in the source file. */
export type SourcePlace =
  /** text: 1-based line and 1-based UTF-16 column of the first character, before folding */
  | { readonly kind: 'text'; readonly line: number; readonly column: number; readonly page?: number }
  /** a PDF text layer: 1-based page, box in PDF user space [x0, y0, x1, y1] (y up) */
  | { readonly kind: 'pdf'; readonly page: number; readonly box: Box }
  /** a scan (image file or image-only PDF page): 1-based page, box in pixels [x0, y0, x1, y1] (y down) */
  | { readonly kind: 'scan'; readonly page: number; readonly box: Box; readonly dpi?: number }
  /** an Office file: sheet name (xlsx) or null (docx), and a reference: `B7` (xlsx) or `T2R3C4` (docx: table 2, row 3, cell 4, 1-based) */
  | { readonly kind: 'office'; readonly sheet: string | null; readonly ref: string };

export type Box = readonly [number, number, number, number];

export type SourcePlaceKind = SourcePlace['kind'];

export interface GridCell {
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** the printed text; pieces of one cell printed on several lines are joined with '\n' */
  readonly text: string;
  readonly places: readonly SourcePlace[];
  /** OCR only: the recognizer's confidence in [0, 1] (the lowest of the cell's boxes) */
  readonly confidence?: number;
}

export interface GridBlock {
  readonly kind: 'grid';
  /** spans drawn by the source (PDF rules, HTML, Office merges) or inferred (text, unruled PDF) */
  readonly spans: 'drawn' | 'inferred';
  readonly rows: number;
  readonly cols: number;
  /** in row-major order of their top-left position */
  readonly cells: readonly GridCell[];
  /** 1-based page of each row, when the source has pages (a table continued over pages) */
  readonly rowPages?: readonly number[];
}

export interface LineBlock {
  readonly kind: 'line';
  readonly text: string;
  readonly place: SourcePlace;
  /** PDF: em size of the line's largest glyph (titles are larger) */
  readonly size?: number;
}

export type Block = GridBlock | LineBlock;
export type BlockKind = Block['kind'];

/** What a front end hands over: blocks, and notes on the document (pages that need OCR …). */
export interface GridDocument {
  readonly blocks: readonly Block[];
}

/** The cell at a lattice position, or the merged cell covering it (null when none). */
export function cellAt(block: GridBlock, row: number, col: number): GridCell | null {
  for (const c of block.cells) {
    if (row >= c.row && row < c.row + c.rowSpan && col >= c.col && col < c.col + c.colSpan) return c;
  }
  return null;
}

/**
 * The violations of the invariants above, as readable strings (empty when the block is sound).
 * Front-end tests assert `gridProblems(block)` is empty.
 */
export function gridProblems(block: GridBlock): string[] {
  const problems: string[] = [];
  const taken = new Map<number, GridCell>();
  let last = -1;
  for (const c of block.cells) {
    const at = `cell (${c.row},${c.col}) "${c.text.slice(0, 20)}"`;
    if (!Number.isInteger(c.row) || !Number.isInteger(c.col) || c.row < 0 || c.col < 0) problems.push(`${at}: position is not a non-negative integer`);
    if (!Number.isInteger(c.rowSpan) || !Number.isInteger(c.colSpan) || c.rowSpan < 1 || c.colSpan < 1) problems.push(`${at}: span below 1`);
    if (c.row + c.rowSpan > block.rows || c.col + c.colSpan > block.cols) problems.push(`${at}: spans past the block (${block.rows}×${block.cols})`);
    if (c.places.length === 0) problems.push(`${at}: no place`);
    const order = c.row * block.cols + c.col;
    if (order <= last) problems.push(`${at}: cells not in row-major order`);
    last = order;
    for (let r = c.row; r < Math.min(block.rows, c.row + c.rowSpan); r++) {
      for (let k = c.col; k < Math.min(block.cols, c.col + c.colSpan); k++) {
        const key = r * block.cols + k;
        const other = taken.get(key);
        if (other) problems.push(`${at}: overlaps cell (${other.row},${other.col}) at (${r},${k})`);
        else taken.set(key, c);
      }
    }
  }
  if (block.rowPages && block.rowPages.length !== block.rows) problems.push(`rowPages has ${block.rowPages.length} entries for ${block.rows} rows`);
  return problems;
}

/** Every text of the document, blocks in order (for document-wide decisions such as the script). */
export function gridText(doc: GridDocument): string {
  return doc.blocks.map((b) => (b.kind === 'line' ? b.text : b.cells.map((c) => c.text).join('\t'))).join('\n');
}

import type { Box } from './geometry.js';

/**
 * What a page is made of, top to bottom: tables (rows of cells) and free lines of text.
 * Cells keep their horizontal extent in reading space so tables continued on the next
 * page can share one set of column indices.
 */
export interface BlockCell {
  readonly text: string;
  /** horizontal extent in reading space (the grid boundaries for ruled tables) */
  readonly x0: number;
  readonly x1: number;
  readonly rowSpan: number;
  readonly page: number;
  /** PDF user space [x0, y0, x1, y1] */
  readonly box: readonly [number, number, number, number];
  /** ruled tables: no border drawn on the table's top/bottom edge along this cell (cut by a page break) */
  readonly openTop?: boolean;
  readonly openBottom?: boolean;
}

export interface TableBlock {
  readonly kind: 'table';
  readonly page: number;
  /** reading space */
  readonly box: Box;
  /** column boundaries in reading space, ascending */
  readonly xs: readonly number[];
  /** rows[r]: the cells whose top-left unit is in row r, left to right */
  readonly rows: readonly (readonly BlockCell[])[];
  /** page of each row (a table continued over pages has rows from several) */
  readonly rowPages: readonly number[];
  /** drawn grid, or columns found from the text's own positions */
  readonly ruled: boolean;
}

export interface LineBlock {
  readonly kind: 'line';
  readonly page: number;
  readonly box: Box;
  readonly text: string;
  /** em size of the line's largest glyph */
  readonly size: number;
  readonly userBox: readonly [number, number, number, number];
}

export type Block = TableBlock | LineBlock;

import type { Table } from '../../schemas/record.js';

/**
 * The spec a PDF fixture is made from: tables laid out on one worksheet, each as its
 * title lines and its bordered grid, exactly as an office user builds them (merged cells,
 * wrapped text, borders). The xlsx, the expected records and the expected grid all come
 * from this spec — never from the extractor.
 */
export interface CellStyle {
  readonly bold?: boolean;
  /** font size in pt */
  readonly size?: number;
  readonly align?: 'left' | 'center' | 'right';
  readonly wrap?: boolean;
}

/** A cell of a part; row and col are relative to the part's top-left corner. */
export interface SheetCell {
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly text: string;
  readonly style?: CellStyle;
}

/** Title lines (no borders) or a grid (every cell bordered). */
export interface SheetPart {
  readonly kind: 'title' | 'grid';
  readonly rows: number;
  readonly cells: readonly SheetCell[];
  /** relative row that is printed again on every page when the sheet repeats headers */
  readonly headerRow?: number;
}

/** One table of the sheet: its parts top to bottom, and the record it prints. */
export interface SheetTable {
  readonly record: Table;
  readonly parts: readonly SheetPart[];
}

export interface SheetSpec {
  /** column widths in Excel character units */
  readonly columns: readonly number[];
  readonly orientation: 'portrait' | 'landscape';
  readonly tables: readonly SheetTable[];
  /** start every table on a new page */
  readonly pageBreakBetweenTables: boolean;
  /** repeat each grid's header row at the top of every page (Excel "rows to repeat") */
  readonly repeatHeader: boolean;
  /** draw cell borders (false: a table whose columns exist only in the text positions) */
  readonly borders: boolean;
  /** empty rows between two tables */
  readonly gapRows: number;
  /** scale the sheet to the page width */
  readonly fitToWidth: boolean;
  readonly fontName: string;
  readonly fontSize: number;
  /** page footer in Excel header/footer syntax (&P page, &N pages) */
  readonly footer?: string;
}

/** What printing needs of a sheet: its layout and the parts of each table (not the records). */
export type PrintableSheet = Omit<SheetSpec, 'tables'> & { readonly tables: ReadonlyArray<Pick<SheetTable, 'parts'>> };

/** Builder for the cells of a part, row by row. */
export class PartBuilder {
  private readonly cells: SheetCell[] = [];
  private row = 0;
  private header?: number;

  constructor(private readonly kind: SheetPart['kind']) {}

  /** adds a cell on the current row */
  cell(col: number, text: string, opts: { rowSpan?: number; colSpan?: number; style?: CellStyle } = {}): this {
    this.cells.push({ row: this.row, col, rowSpan: opts.rowSpan ?? 1, colSpan: opts.colSpan ?? 1, text, style: opts.style });
    return this;
  }

  markHeader(): this { this.header = this.row; return this; }

  nextRow(): this { this.row++; return this; }

  build(): SheetPart {
    const rows = Math.max(this.row, ...this.cells.map((c) => c.row + c.rowSpan));
    return { kind: this.kind, rows, cells: this.cells, headerRow: this.header };
  }
}

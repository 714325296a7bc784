import type { Document } from '../schemas/record.js';
import type { Correction, Verification } from '../store/corrections.js';

/** One document as the review site shows it: the record, the original, what reviewers said. */
export interface ReviewSource {
  /** stable within one site: the database id, or the position among the files given */
  readonly id: string;
  readonly document: Document;
  readonly original: Original;
  /** the corrections that apply now (latest per key) */
  readonly corrections: readonly Correction[];
  /** the latest verified mark per table ordinal */
  readonly verified: ReadonlyMap<number, Verification>;
}

/** What the left pane shows: the page images of a PDF, the lines of a text file, or why there is none. */
export type Original =
  | { readonly kind: 'text'; readonly lines: readonly string[] }
  | { readonly kind: 'pdf'; readonly pages: readonly PdfPageView[] }
  | { readonly kind: 'sheets'; readonly sheets: readonly SheetView[] }
  | { readonly kind: 'missing'; readonly reason: string };

/** One worksheet of an Office file as a grid; places name its cells by sheet and reference (`B7`). */
export interface SheetView {
  readonly name: string | null;
  /** rows of cells in reading order; a merged range is one cell with its spans, the cells it covers are left out */
  readonly rows: readonly (readonly SheetCell[])[];
  /** the sheet had more rows or columns than are shown */
  readonly clipped: boolean;
}

export interface SheetCell {
  readonly ref: string;
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
}

export type Box = readonly [number, number, number, number];

export interface PdfPageView {
  readonly page: number;
  /** page size in PDF points as displayed (after /Rotate) */
  readonly width: number;
  readonly height: number;
  /** PDF user space → displayed points (top-left origin): pdfjs's viewport transform at scale 1 */
  readonly transform: readonly [number, number, number, number, number, number];
  /** the rendered page, relative to the page that shows it */
  readonly image: string;
  /** every grid cell the PDF reader found on this page, in user space */
  readonly cells: readonly Box[];
}

/** A user-space box → [left, top, width, height] in displayed points. */
export function displayRect(box: Box, t: PdfPageView['transform']): [number, number, number, number] {
  const apply = (x: number, y: number): [number, number] => [t[0] * x + t[2] * y + t[4], t[1] * x + t[3] * y + t[5]];
  const [ax, ay] = apply(box[0], box[1]);
  const [bx, by] = apply(box[2], box[3]);
  return [Math.min(ax, bx), Math.min(ay, by), Math.abs(bx - ax), Math.abs(by - ay)];
}

import type { Cell, Row } from '../schemas/cells.js';
import { planLayout } from './layout.js';

export interface ExtractRowsOptions {
  /** line number of the text's first line (default 1), for text cut out of a larger file */
  readonly firstLine?: number;
  /**
   * Line numbers (in the same numbering as Row.line) where a new page starts, as readText
   * returns them; when given, rows and cells carry their 1-based page.
   */
  readonly pageBreaks?: readonly number[];
}

/**
 * Split on LF, CRLF or lone CR (readText already normalised; callers may pass raw text).
 * A final line terminator ends the last line rather than starting an empty one.
 */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Text → one Row per source line. Blank lines (and drawn table rules) are rows with layout
 * 'blank' and no cells. A cell's text is trimmed of padding; its column is the 1-based UTF-16
 * offset of its first character in the line (of the place right after its separator when the
 * cell is empty); index is its logical column. Space rows may skip indexes (a row that leaves
 * columns empty does not get '' cells for them); tab and pipe rows keep their empty cells.
 */
export function extractRows(text: string, options: ExtractRowsOptions = {}): Row[] {
  const lines = splitLines(text);
  const firstLine = options.firstLine ?? 1;
  const breaks = options.pageBreaks ? [...options.pageBreaks].sort((a, b) => a - b) : undefined;
  const plans = planLayout(lines);
  const rows: Row[] = new Array(lines.length);
  let page = 1;
  let nextBreak = 0;
  for (let i = 0; i < lines.length; i++) {
    const lineText = lines[i]!;
    const line = firstLine + i;
    if (breaks) while (nextBreak < breaks.length && breaks[nextBreak]! <= line) { page++; nextBreak++; }
    const plan = plans[i]!;
    const cells: Cell[] = plan.cells.map((c) => breaks
      ? { text: lineText.slice(c.from, c.to), line, column: c.from + 1, index: c.index, page }
      : { text: lineText.slice(c.from, c.to), line, column: c.from + 1, index: c.index });
    rows[i] = breaks ? { line, text: lineText, cells, layout: plan.layout, page } : { line, text: lineText, cells, layout: plan.layout };
  }
  return rows;
}

import type { QueryResult } from '../read-only-db.js';
import type { SqlValue } from '../rows.js';
import { csvLine } from './csv.js';
import { padToWidth, textWidth, truncateToWidth } from './text-width.js';

export const OUTPUT_FORMATS = ['table', 'csv', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface RenderOptions {
  /** table output: show at most this many rows (0: all) */
  readonly maxRows: number;
  /** table output: widest cell in columns */
  readonly maxCellWidth: number;
  /** table output: the terminal's width; the widest columns are narrowed until a row fits (0: no limit) */
  readonly maxWidth?: number;
}

const GAP = 2;
const MIN_COLUMN = 4;

/**
 * Narrows the widest column, one column at a time, until the row (with gaps) fits `maxWidth` or
 * every column is down to MIN_COLUMN (then the terminal wraps; nothing is hidden).
 */
export function fitWidths(widths: readonly number[], maxWidth: number): number[] {
  const fitted = [...widths];
  if (maxWidth <= 0) return fitted;
  let total = fitted.reduce((a, b) => a + b, 0) + GAP * Math.max(0, fitted.length - 1);
  while (total > maxWidth) {
    let widest = 0;
    for (let i = 1; i < fitted.length; i++) if (fitted[i]! > fitted[widest]!) widest = i;
    if (fitted[widest]! <= MIN_COLUMN) break;
    const cut = Math.min(total - maxWidth, fitted[widest]! - Math.max(MIN_COLUMN, secondWidest(fitted, widest)));
    fitted[widest] = fitted[widest]! - Math.max(1, cut);
    total -= Math.max(1, cut);
  }
  return fitted;
}
const secondWidest = (widths: readonly number[], except: number): number =>
  Math.max(0, ...widths.filter((_, i) => i !== except));

export type Write = (text: string) => void | Promise<void>;
type Renderer = (result: QueryResult, write: Write, options: RenderOptions) => Promise<number>;

const cellText = (value: SqlValue): string => (value === null ? '' : String(value).replace(/\s+/g, ' '));

/** Aligned columns for a terminal; numbers right-aligned. Holds the shown rows to size the columns. */
const table: Renderer = async ({ columns, rows }, write, { maxRows, maxCellWidth, maxWidth = 0 }) => {
  const shown: SqlValue[][] = [];
  let more = false;
  for (const row of rows) {
    if (maxRows > 0 && shown.length >= maxRows) { more = true; break; }
    shown.push(row);
  }
  const full = shown.map((row) => row.map((v) => truncateToWidth(cellText(v), maxCellWidth)));
  const widths = fitWidths(columns.map((c, i) => Math.max(textWidth(c), ...full.map((r) => textWidth(r[i]!)))), maxWidth);
  const cells = full.map((row) => row.map((v, i) => truncateToWidth(v, widths[i]!)));
  const heads = columns.map((c, i) => truncateToWidth(c, widths[i]!));
  const numeric = columns.map((_, i) => shown.length > 0 && shown.every((r) => r[i] === null || typeof r[i] === 'number' || typeof r[i] === 'bigint'));
  const line = (values: readonly string[]) => values.map((v, i) => padToWidth(v, widths[i]!, numeric[i])).join('  ').trimEnd() + '\n';
  await write(line(heads));
  await write(line(widths.map((w) => '─'.repeat(w))));
  for (const row of cells) await write(line(row));
  await write(`(${shown.length} row${shown.length === 1 ? '' : 's'}${more ? `; more not shown: use --limit 0, --csv or --json` : ''})\n`);
  return shown.length;
};

/** CSV streams every row (no BOM on stdout: pipes and scripts read it; `export` writes files with one). */
const csv: Renderer = async ({ columns, rows }, write) => {
  let n = 0;
  await write(csvLine(columns));
  for (const row of rows) { await write(csvLine(row)); n++; }
  return n;
};

/** A JSON array of objects keyed by column, streamed row by row. */
const json: Renderer = async ({ columns, rows }, write) => {
  let n = 0;
  await write('[');
  for (const row of rows) {
    const object = Object.fromEntries(columns.map((c, i) => [c, typeof row[i] === 'bigint' ? Number(row[i]) : row[i]]));
    await write((n++ === 0 ? '\n' : ',\n') + JSON.stringify(object));
  }
  await write(n === 0 ? ']\n' : '\n]\n');
  return n;
};

export const RENDERERS: Record<OutputFormat, Renderer> = { table, csv, json };

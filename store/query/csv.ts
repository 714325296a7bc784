import type { SqlValue } from '../rows.js';

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
export function csvField(value: SqlValue | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (values: readonly (SqlValue | undefined)[]): string => values.map(csvField).join(',') + '\r\n';

/**
 * Excel and WPS evaluate a CSV cell starting with `=`, `+`, `-` or `@` (and tab/CR) as a
 * formula: `+100%` becomes 1, `=HYPERLINK(…)` runs. A text cell starting so gets a leading `'`,
 * which the spreadsheet shows as plain text. Numbers — stored numbers and plain decimal text such
 * as `-12.50` — stay as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;
export function spreadsheetSafe(value: SqlValue | undefined): SqlValue | undefined {
  if (typeof value !== 'string' || !FORMULA_START.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}

export const spreadsheetCsvLine = (values: readonly (SqlValue | undefined)[]): string => csvLine(values.map(spreadsheetSafe));

/** Excel and WPS read a CSV as UTF-8 only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

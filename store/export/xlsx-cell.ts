import type { SqlValue } from '../rows.js';
import { VALUE_LABELS, type ColumnType } from './export-columns.js';

/** A value as XLSX writes it: a number, date or text, and the number format that shows it. */
export interface XlsxCell {
  readonly value: string | number | Date | null;
  readonly numFmt: string | null;
}

type Convert = (value: Exclude<SqlValue, null>) => XlsxCell;

const asNumber = (v: Exclude<SqlValue, null>): number | null => {
  const n = typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : null;
};
const numeric = (numFmt: string | null): Convert => (v) => {
  const n = asNumber(v);
  // a value that is not a number after all is shown as stored, never lost
  return n === null ? { value: String(v), numFmt: null } : { value: n, numFmt };
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

const CONVERT: Record<ColumnType, Convert> = {
  text: (v) => ({ value: String(v), numFmt: null }),
  integer: numeric(null),
  number: numeric(null),
  fen: numeric('#,##0'),
  yuan: numeric('#,##0.00'),
  rate: numeric('0.00%'),
  // Excel dates have no time zone: the stored UTC date/time is shown as it reads
  date: (v) => (typeof v === 'string' && DATE.test(v) ? { value: new Date(`${v}T00:00:00Z`), numFmt: 'yyyy-mm-dd' } : { value: String(v), numFmt: null }),
  datetime: (v) => (typeof v === 'string' && DATETIME.test(v) ? { value: new Date(v), numFmt: 'yyyy-mm-dd hh:mm:ss' } : { value: String(v), numFmt: null }),
  label: (v) => ({ value: VALUE_LABELS[String(v)] ?? String(v), numFmt: null }),
};

export const xlsxCell = (type: ColumnType, value: SqlValue): XlsxCell =>
  value === null ? { value: null, numFmt: null } : CONVERT[type](value);

import type ExcelJS from 'exceljs';
import { BUILTIN_DATE, formatNumber } from './number-format.js';

/**
 * The text a spreadsheet cell shows: numbers and dates through the cell's number format, rich
 * text joined, formulas as their cached result, errors as printed (#DIV/0!), booleans as
 * TRUE/FALSE. Strings as typed (an in-cell line break stays '\n').
 */
export function displayText(cell: ExcelJS.Cell): string {
  return shown(cell.value, numFmtOf(cell));
}

/** exceljs names built-in formats by their US codes; Chinese Excel/WPS show them this way. */
const BUILTIN_AS_SHOWN: Record<string, string> = {
  'mm-dd-yy': BUILTIN_DATE,
  'm/d/yy h:mm': `${BUILTIN_DATE} h:mm`,
  'd-mmm-yy': BUILTIN_DATE,
  'd-mmm': 'm月d日',
  'mmm-yy': 'yyyy年m月',
};

function numFmtOf(cell: ExcelJS.Cell): string | undefined {
  const f = cell.numFmt;
  return f ? BUILTIN_AS_SHOWN[f] ?? f : undefined;
}

const MS_PER_DAY = 86_400_000;
/** Days from Excel's 1900 epoch to 1970-01-01 (the serial number formats count in). */
const UNIX_EPOCH_SERIAL = 25569;

function shown(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, numFmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatNumber(value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL, numFmt ?? BUILTIN_DATE);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) return shown((value as { result?: ExcelJS.CellValue }).result ?? null, numFmt);
  if ('text' in value) return typeof value.text === 'string' ? value.text : shown(value.text as ExcelJS.CellValue, numFmt);
  return '';
}

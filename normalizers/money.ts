import { decimalInRange, decimalToNumber, shiftDecimal } from './decimal.js';
import { parseNumber, type NumberResult } from './parse-number.js';

/** The unit printed in a funds header; null when none is printed. */
export type MoneyUnit = '元' | '万元';

/** Decimal places between the printed unit and 元. */
const PLACES_TO_YUAN: Readonly<Record<MoneyUnit, number>> = { 元: 0, 万元: 4 };

/**
 * CONVENTIONS "Money": an amount in 元, exactly (`44.32` 万元 → 443200, `0.48` 万元 → 4800).
 * A null unit means "as printed".
 */
export function toYuan(raw: string, unit: MoneyUnit | null): NumberResult {
  const printed = parseNumber(raw);
  if (printed.kind !== 'number' || unit === null) return printed;
  const decimal = shiftDecimal(printed.decimal, PLACES_TO_YUAN[unit]);
  if (!decimalInRange(decimal)) return { kind: 'out_of_range', text: raw.trim() };
  return { kind: 'number', value: decimalToNumber(decimal), decimal };
}

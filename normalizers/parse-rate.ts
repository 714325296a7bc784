import { decimalInRange, decimalToNumber, shiftDecimal, type Decimal } from './decimal.js';
import { foldWidth } from './fold-width.js';
import { isAbsentMark } from './absent-mark.js';
import { isOverlongNumber, plainDecimal } from './parse-number.js';

/**
 * How the rate was printed: with `%`, as a fraction (`0.983`), or as a bare number too large
 * to be a fraction (`98.3`, read as percent — the caller may want to note that assumption).
 */
export type RateForm = 'percent' | 'fraction' | 'assumed_percent';

/** Same shape as NumberResult; `value` is a fraction (98.30% → 0.983). */
export type RateResult =
  | { readonly kind: 'absent' }
  | { readonly kind: 'number'; readonly value: number; readonly decimal: Decimal; readonly form: RateForm }
  | { readonly kind: 'unparsed'; readonly text: string }
  | { readonly kind: 'out_of_range'; readonly text: string };

/** Bare numbers up to this are fractions (a rate may exceed 100% a little); above, percents. */
export const MAX_BARE_FRACTION = 1.5;

const PERCENT_SUFFIX = /\s*%$/;

/** CONVENTIONS "Rates": `98.30%` → 0.983, `48%` → 0.48, `100.00%` → 1, exact (the point moves, nothing multiplies). */
export function parseRate(raw: string): RateResult {
  const text = foldWidth(raw).trim();
  if (isAbsentMark(text)) return { kind: 'absent' };
  const percent = PERCENT_SUFFIX.test(text);
  const body = text.replace(PERCENT_SUFFIX, '');
  if (isOverlongNumber(body)) return { kind: 'out_of_range', text };
  const printed = plainDecimal(body);
  if (printed === null) return { kind: 'unparsed', text };
  if (!decimalInRange(printed)) return { kind: 'out_of_range', text };
  const form: RateForm = percent ? 'percent' : Math.abs(decimalToNumber(printed)) <= MAX_BARE_FRACTION ? 'fraction' : 'assumed_percent';
  const decimal = form === 'fraction' ? printed : shiftDecimal(printed, -2);
  return { kind: 'number', value: decimalToNumber(decimal), decimal, form };
}

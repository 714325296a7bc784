import { decimalInRange, decimalToNumber, parseDecimal, type Decimal } from './decimal.js';
import { foldWidth } from './fold-width.js';
import { isAbsentMark } from './absent-mark.js';

/** A printed number: nothing printed, a value (with its exact decimal), or text that is not one. */
export type NumberResult =
  | { readonly kind: 'absent' }
  | { readonly kind: 'number'; readonly value: number; readonly decimal: Decimal }
  | { readonly kind: 'unparsed'; readonly text: string }
  /** a number too large for a record (NUMBER_LIMIT): reported, never Infinity or a rounded value */
  | { readonly kind: 'out_of_range'; readonly text: string };

/**
 * Thousands separators only in well-formed groups (`2,977,291.16`), so a list like `20,30` or an
 * OCR slip `29,77` is reported instead of silently becoming 2030.
 */
const PLAIN_NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?$/;
/** A score cell may print its unit: `9.83分`. */
const SCORE_SUFFIX = /\s*分$/;

/**
 * A printed number longer than this is damage or an attack, not a value (amounts under 10^15 with
 * grouping and decimals fit in 30): out of range without building a BigInt of it, whose parsing
 * grows faster than its length (`1.` + 200,000 zeros took seconds).
 */
export const MAX_NUMBER_LENGTH = 64;

/** A plain number (the shape plainDecimal reads) longer than MAX_NUMBER_LENGTH. */
export const isOverlongNumber = (text: string): boolean => text.length > MAX_NUMBER_LENGTH && PLAIN_NUMBER.test(text.replace('−', '-'));

/** The digits of a printed number as an exact decimal, or null. Input already folded and trimmed. */
export function plainDecimal(text: string): Decimal | null {
  const m = PLAIN_NUMBER.exec(text.replace('−', '-'));
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  return parseDecimal(m[1]! + (m[2] ?? '').replaceAll(',', '') + (m[3] ?? ''));
}

/**
 * CONVENTIONS "Numbers": `2,977,291.16` → 2977291.16, `05532462` → 5532462, full-width digits,
 * surrounding spaces; dashes, `/`, `无` and blank are absent. `98%` is not a plain number
 * (use parseRate); anything else that does not parse is `unparsed` (NUMBER_UNPARSED).
 */
export function parseNumber(raw: string): NumberResult {
  const text = foldWidth(raw).trim();
  if (isAbsentMark(text)) return { kind: 'absent' };
  const body = text.replace(SCORE_SUFFIX, '');
  if (isOverlongNumber(body)) return { kind: 'out_of_range', text };
  const decimal = plainDecimal(body);
  if (decimal === null) return { kind: 'unparsed', text };
  if (!decimalInRange(decimal)) return { kind: 'out_of_range', text };
  return { kind: 'number', value: decimalToNumber(decimal), decimal };
}

import type { ParsedValue } from '../schemas/record.js';
import { compareDecimal, decimalInRange, decimalToNumber, parseDecimal, type Decimal } from './decimal.js';
import { foldCell, type FoldOptions } from './fold-cell.js';
import { isAbsentMark } from './absent-mark.js';
import { comparatorAfter, comparatorBefore, SUFFIX_COMPARATOR_WORDS, type Comparator } from './value-comparators.js';
import { isUnitWord, leadingUnitWord } from './value-units.js';

// ─── target / actual text ──────────────────────────────────────────────────────────────────

/** Parenthesised words right after a number that are not units: `95(含)以上` keeps its brackets. */
const NOT_UNITS = new Set(['含', '约', '注', '暂', '估', '计', '共']);
const PARENTHESISED_AFTER_NUMBER = /(\d)\s?\(([^()\d\s]{1,6})\)/gu;
const SINGLE_LETTER = /^\p{L}$/u;

function isParenthesisedUnit(word: string): boolean {
  if (NOT_UNITS.has(word)) return false;
  return word === '%' || word === '‰' || isUnitWord(word) || SINGLE_LETTER.test(word);
}

/** `90.00(%)` → `90.00%`, `70.00 (人)` → `70.00人`; `2(绿化养护)` is a note, not a unit: only words that name a unit are unwrapped. */
const unwrapUnits = (s: string): string =>
  s.replace(PARENTHESISED_AFTER_NUMBER, (m, digit: string, word: string) => (isParenthesisedUnit(word) ? digit + word : m));

const asciiComparatorsToSymbols = (s: string): string => s.replace(/>=|=>/g, '≥').replace(/<=|=</g, '≤');

/**
 * A decimal number standing alone (not part of `2023.10.01` or `V1.0`): its trailing zeros
 * go, and the point when nothing remains. `4,483,000.00` → `4,483,000`.
 */
const DECIMAL_IN_TEXT = /(?<![\d.A-Za-z])(\d+)\.(\d+)(?![\d.])/g;
const dropTrailingZeros = (s: string): string =>
  s.replace(DECIMAL_IN_TEXT, (_m, whole: string, fraction: string) => {
    const kept = fraction.replace(/0+$/, '');
    return kept === '' ? whole : `${whole}.${kept}`;
  });

/**
 * CONVENTIONS "Values": the canonical `target`/`actual` string. Folds the cell first (wrap
 * spaces, full width), then `>=` → `≥`, `<=` → `≤`, unwraps `(unit)` after a number, drops
 * trailing decimal zeros; a leading `+` is kept. `—`, `-`, `/`, `无` and blank → null.
 * `≧`/`≦` are kept as printed (the conventions do not fold them); parseValue reads them.
 */
export function normalizeValueText(raw: string, options: FoldOptions = {}): string | null {
  const text = foldCell(raw, options).text;
  if (isAbsentMark(text)) return null;
  return dropTrailingZeros(unwrapUnits(asciiComparatorsToSymbols(text)));
}

// ─── parsed value ──────────────────────────────────────────────────────────────────────────

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;
/** Letters and unit symbols directly after a number: the unit candidate. */
const UNIT_CANDIDATE = /^[\p{L}%‰℃㎡]+(?:\/\p{L}+)?/u;
/** An unlisted unit longer than this is running text, not a unit (`3号楼东侧通道改造` → no unit). */
const MAX_UNLISTED_UNIT = 3;
/** Between the two numbers of a range: `95%-100%`, `95～100%`, `1至3天`. */
const RANGE_CONNECTOR = /^\s*[-–—~〜至到]\s*/;
const RANGE_WORDS = ['至', '到'];
/** A minus sign, not a hyphen: at the start or after a comparator, space or bracket. */
const MINUS_BEFORE = /(?:^|[\s(≥≤<>=≧≦≈:])[-−]$/;

const noValue = (): ParsedValue => ({ comparator: null, value: null, value_max: null, unit: null });

interface Unit {
  readonly unit: string | null;
  /** where the text after the unit starts */
  readonly end: number;
}

/**
 * The unit printed right after a number, kept as printed. The longest listed unit word that
 * starts the letters after the number wins (`12月中旬` → `月`, `1万人` → `万人`); otherwise the
 * letters up to a comparator word (`3栋以上` → `栋`, `100MB` → `MB`) if at most 3 characters
 * long — longer runs are the sentence going on (`3号楼东侧通道改造` → no unit).
 */
function unitAt(text: string, from: number): Unit {
  const candidate = UNIT_CANDIDATE.exec(text.slice(from))?.[0] ?? '';
  const listed = leadingUnitWord(candidate);
  if (listed !== null) return { unit: listed, end: from + listed.length };
  if (RANGE_WORDS.some((w) => candidate.startsWith(w))) return { unit: null, end: from };
  const stops = SUFFIX_COMPARATOR_WORDS.map((w) => candidate.indexOf(w)).filter((i) => i >= 0);
  const unlisted = candidate.slice(0, Math.min(candidate.length, ...stops));
  const length = [...unlisted].length;
  return length > 0 && length <= MAX_UNLISTED_UNIT ? { unit: unlisted, end: from + unlisted.length } : { unit: null, end: from };
}

const decimalOf = (printed: string, negative: boolean): Decimal => {
  const d = parseDecimal(printed.replaceAll(',', ''))!;
  return negative ? { digits: -d.digits, scale: d.scale } : d;
};

/** `95%-100%` → the upper bound and its unit, when the text after the first number is a range. */
function rangeAfter(text: string, from: number, low: Decimal): { max: Decimal; unit: string | null } | null {
  const connector = RANGE_CONNECTOR.exec(text.slice(from));
  if (!connector) return null;
  const start = from + connector[0].length;
  NUMBER.lastIndex = start;
  const second = NUMBER.exec(text);
  if (!second || second.index !== start) return null;
  const max = decimalOf(second[0], false);
  // `2023-01-01` is a date, not a range: a range goes up
  if (compareDecimal(max, low) < 0) return null;
  return { max, unit: unitAt(text, start + second[0].length).unit };
}

/**
 * CONVENTIONS "target_parsed / actual_parsed": comparator, the first number, the upper bound of
 * a range, and the unit as printed. Accepts raw or normalized text (it normalizes first).
 * Comparators: symbols and words right before the number (`≥`, `不低于`, `不超过`, `低于` …),
 * else words right after it (`90%以上` ≥, `3天内` ≤); a leading `+` gives none.
 * Text without an Arabic number → all four null.
 */
export function parseValue(text: string): ParsedValue {
  const normalized = normalizeValueText(text);
  if (normalized === null) return noValue();
  NUMBER.lastIndex = 0;
  const first = NUMBER.exec(normalized);
  if (!first) return noValue();

  let before = normalized.slice(0, first.index);
  const negative = MINUS_BEFORE.test(before);
  if (negative) before = before.slice(0, -1);
  const explicitPlus = before.endsWith('+');
  const low = decimalOf(first[0], negative);
  const { unit, end } = unitAt(normalized, first.index + first[0].length);

  const range = rangeAfter(normalized, end, low);
  let comparator: Comparator | null = explicitPlus ? null : comparatorBefore(before);
  if (comparator === null && !explicitPlus && range === null) comparator = comparatorAfter(normalized.slice(end), unit);

  return {
    comparator,
    // a number too large for a record is kept as printed in the text only
    value: decimalInRange(low) ? decimalToNumber(low) : null,
    value_max: range && decimalInRange(range.max) ? decimalToNumber(range.max) : null,
    unit: range ? (unit ?? range.unit) : unit,
  };
}

export { foldWidth } from './fold-width.js';
export { foldGlyphs } from './fold-glyphs.js';
export { RADICAL_SUPPLEMENT_TO_UNIFIED } from './radical-supplement-table.js';
export { toSimplified, looksTraditional, TRADITIONAL_MARKERS, SIMPLIFIED_COUNTERPARTS } from './to-simplified.js';
export { stripMarkup } from './strip-markup.js';
export { repairWraps, MIN_DUPLICATE_FRAGMENT } from './repair-wraps.js';
export { isCjkCodePoint, isAsciiDigit } from './cjk-chars.js';
export { foldCell, FOLD_NOTE_CODE, type FoldNote, type FoldNoteKind, type FoldOptions } from './fold-cell.js';
export {
  parseDecimal, shiftDecimal, trimDecimal, decimalToNumber, decimalToString, addDecimal, compareDecimal, type Decimal,
} from './decimal.js';
export { isAbsentMark } from './absent-mark.js';
export { parseNumber, plainDecimal, type NumberResult } from './parse-number.js';
export { parseRate, MAX_BARE_FRACTION, type RateResult, type RateForm } from './parse-rate.js';
export { toYuan, type MoneyUnit } from './money.js';
export { normalizeValueText, parseValue } from './normalize-value.js';
export { UNIT_WORDS, TIME_UNIT_WORDS, leadingUnitWord, isUnitWord } from './value-units.js';
export { comparatorBefore, comparatorAfter, SUFFIX_COMPARATOR_WORDS, type Comparator } from './value-comparators.js';

import type { ParsedValue } from '../schemas/record.js';
import { TIME_UNIT_WORDS } from './value-units.js';

export type Comparator = NonNullable<ParsedValue['comparator']>;

/**
 * Words and symbols printed right before a number that compare it (`≥90%`, `不低于90%`).
 * Checked longest first, so `不少于` is not read as `少于` and `大于等于` not as `等于`.
 */
const PREFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['大于或等于', '≥'], ['大于等于', '≥'], ['不低于', '≥'], ['不少于', '≥'], ['不小于', '≥'], ['至少', '≥'],
  ['>=', '≥'], ['=>', '≥'], ['≥', '≥'], ['≧', '≥'],
  ['小于或等于', '≤'], ['小于等于', '≤'], ['不高于', '≤'], ['不超过', '≤'], ['不大于', '≤'], ['不多于', '≤'],
  ['至多', '≤'], ['最多', '≤'], ['<=', '≤'], ['=<', '≤'], ['≤', '≤'], ['≦', '≤'],
  ['大于', '>'], ['高于', '>'], ['超过', '>'], ['多于', '>'], ['>', '>'],
  ['小于', '<'], ['低于', '<'], ['少于', '<'], ['<', '<'],
  ['等于', '='], ['=', '='],
  ['≈', '≈'], ['约', '≈'],
];
const PREFIX_BY_LENGTH = [...PREFIX_COMPARATORS].sort((a, b) => b[0].length - a[0].length);

/**
 * Words printed right after a number (and its unit) that compare it: `90%以上` is ≥ 90%
 * (以上/以下/以内 include the number in Chinese official usage), `3天内` is ≤ 3 天.
 */
const SUFFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['及以上', '≥'], ['以上', '≥'], ['及以下', '≤'], ['以下', '≤'], ['以内', '≤'], ['之内', '≤'], ['左右', '≈'],
];

/** The comparator that `before` (the text in front of a number) ends with. */
export function comparatorBefore(before: string): Comparator | null {
  const hit = PREFIX_BY_LENGTH.find(([word]) => before.endsWith(word));
  return hit ? hit[1] : null;
}

/** The comparator that `after` (the text behind a number and its unit) starts with. */
export function comparatorAfter(after: string, unit: string | null): Comparator | null {
  const hit = SUFFIX_COMPARATORS.find(([word]) => after.startsWith(word));
  if (hit) return hit[1];
  return unit !== null && TIME_UNIT_WORDS.has(unit) && after.startsWith('内') ? '≤' : null;
}

/** Words that end a unit even when it is not a listed unit word (`3栋以上` → `栋`). */
export const SUFFIX_COMPARATOR_WORDS: readonly string[] = SUFFIX_COMPARATORS.map(([w]) => w);

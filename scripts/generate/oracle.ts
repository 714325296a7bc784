/**
 * The generator's own small implementation of CONVENTIONS.md, used to derive expected values
 * from the printed strings of a spec. Independent of `normalizers/` on purpose: it only has to
 * handle the printed forms the generator itself produces, which keeps it short and obviously right.
 * Rules 2 (radicals), 3 (Traditional) and 6 (duplicated fragments) are not needed: those are
 * perturbations applied after the spec, and a spec string never contains them.
 */

export interface ParsedValue {
  readonly comparator: '≥' | '≤' | '>' | '<' | '=' | null;
  readonly value: number | null;
  readonly value_max: number | null;
  readonly unit: string | null;
}

const isIdeograph = (c: string): boolean => /[\u3400-\u9fff\uf900-\ufaff]/.test(c);
/** CJK and full-width punctuation (checked before full-width folding would turn some into ASCII). */
const isCjkPunct = (c: string): boolean => /[\u3000-\u303f\uff00-\uffef“”‘’—…·]/.test(c);
const isCjk = (c: string): boolean => isIdeograph(c) || isCjkPunct(c);

/** Rule 1: U+FF01–U+FF5E → ASCII, U+3000 → space. */
export function foldWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xff01 && cp <= 0xff5e) out += String.fromCodePoint(cp - 0xfee0);
    else if (cp === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Rule 4: HTML remnants. */
export const stripMarkup = (s: string): string => s.replace(/<\/?p>|<br\s*\/?>|&nbsp;/g, '');

/**
 * Rule 5 on the un-folded string (so `，` still counts as CJK punctuation next to a space):
 * whitespace next to CJK, or between a digit and `%`, goes; other runs become one space.
 */
export function repairWraps(s: string): string {
  const t = s.trim();
  let out = '';
  let i = 0;
  while (i < t.length) {
    const m = /^\s+/.exec(t.slice(i));
    if (!m) { out += t[i]; i++; continue; }
    const left = t[i - 1] ?? '';
    const right = t[i + m[0].length] ?? '';
    const tight = isCjk(left) || isCjk(right) || (/\d/.test(left) && right === '%');
    if (!tight) out += ' ';
    i += m[0].length;
  }
  return out;
}

/** Rules 1, 4, 5: what every printed cell becomes. Blank → ''. */
export const foldText = (printed: string): string => foldWidth(repairWraps(stripMarkup(printed)));

/** A text field (name, goal, deviation): folded, blank → null. */
export function canonicalText(printed: string): string | null {
  const t = foldText(printed);
  return t === '' ? null : t;
}

const NULL_MARKS = new Set(['', '—', '-', '/', '无']);

/** Drop trailing zeros of every decimal (`90.00` → `90`, `98.30` → `98.3`); integers keep theirs. */
const trimDecimals = (s: string): string => s.replace(/(\d)\.(\d+)/g, (_, d: string, frac: string) => {
  const kept = frac.replace(/0+$/, '');
  return kept === '' ? d : `${d}.${kept}`;
});

/** target / actual strings (CONVENTIONS "Values"). */
export function canonicalValue(printed: string): string | null {
  let t = foldText(printed);
  if (NULL_MARKS.has(t)) return null;
  t = t.replace(/>=|=>/g, '≥').replace(/<=|=</g, '≤');
  t = t.replace(/(\d)\(([^()\d\s]{1,3})\)/g, '$1$2');
  return trimDecimals(t);
}

/** target_parsed / actual_parsed from the canonical string. */
export function parseValue(canonical: string | null): ParsedValue | null {
  if (canonical === null) return null;
  const m = /^(≥|≤|>|<|=)?(\+)?([^\d]*?)(\d+(?:\.\d+)?)([^\d-]*)(?:-(\d+(?:\.\d+)?)([^\d]*))?$/.exec(canonical);
  if (!m) return { comparator: null, value: null, value_max: null, unit: null };
  const [, comparator, , , value, unit, max, maxUnit] = m;
  return {
    comparator: (comparator as ParsedValue['comparator']) ?? null,
    value: Number(value),
    value_max: max === undefined ? null : Number(max),
    unit: (unit || maxUnit || '') === '' ? null : (unit || maxUnit)!,
  };
}

/** Plain numbers (weights, scores, totals): `2,977,291.16` → 2977291.16; `—`, blank → null. */
export function canonicalNumber(printed: string): number | null {
  const t = foldText(printed).replace(/,/g, '');
  if (NULL_MARKS.has(t)) return null;
  if (!/^[+-]?\d+(\.\d+)?$/.test(t)) throw new Error(`generator printed a number the oracle cannot read: ${printed}`);
  return Number(t);
}

/** Move the decimal point of a plain decimal string `shift` places right (negative: left), exactly. */
export function shiftDecimal(plain: string, shift: number): string {
  const negative = plain.startsWith('-');
  const body = negative ? plain.slice(1) : plain;
  const [intPart, frac = ''] = body.split('.') as [string, string?];
  let digits = intPart + frac;
  let point = intPart.length + shift;
  if (point < 0) { digits = '0'.repeat(-point) + digits; point = 0; }
  if (point > digits.length) digits = digits + '0'.repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const rest = digits.slice(point).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${rest ? '.' + rest : ''}`;
}

/** Money in 元: 万元 amounts shifted four places exactly (`44.32` → 443200). */
export function canonicalMoney(printed: string, unit: '元' | '万元' | null): number | null {
  const t = foldText(printed).replace(/,/g, '');
  if (NULL_MARKS.has(t)) return null;
  return Number(shiftDecimal(t, unit === '万元' ? 4 : 0));
}

/** Rates as fractions: `98.30%` → 0.983. */
export function canonicalRate(printed: string): number | null {
  const t = foldText(printed).replace(/%$/, '');
  if (NULL_MARKS.has(t)) return null;
  return Number(shiftDecimal(t, -2));
}

// Wrap repair as it was before issue 9 (quadratic in a cell's length): the reference the linear version must agree with.
import { isAsciiDigit, isCjkCodePoint } from '../../normalizers/cjk-chars.js';

/** Symbols written right after a number: whitespace between a digit and one of these is a wrap. */
const UNIT_SYMBOLS = new Set(['%', '‰', '℃']);
/** Whitespace never belongs right inside a bracket… */
const OPENING = new Set(['(', '[', '{']);
const CLOSING = new Set([')', ']', '}']);
/** …nor next to a comparator (`≥ 90%` is `≥90%`). */
const COMPARATORS = new Set(['<', '>', '=', '≥', '≤', '≧', '≦', '≠', '≈']);

/** The shortest fragment that counts as a duplicated wrap (CONVENTIONS rule 6). */
export const MIN_DUPLICATE_FRAGMENT = 3;

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

const isLowSurrogate = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};

const codePointBefore = (s: string, i: number): string => s.slice(isLowSurrogate(s, i - 1) ? i - 2 : i - 1, i);

/**
 * The nearest character from `i` in direction `step` that is not ASCII punctuation, without
 * crossing whitespace: the text a punctuation mark is attached to (`1月 - 2023` → `月`).
 */
function attachedText(s: string, i: number, step: 1 | -1): number | null {
  for (let k = i; k >= 0 && k < s.length; k += step) {
    const ch = s[k]!;
    if (/\s/.test(ch)) return null;
    if (!ASCII_PUNCTUATION.test(ch)) return s.codePointAt(step === -1 && isLowSurrogate(s, k) ? k - 1 : k)!;
  }
  return null;
}

/**
 * Whether a run of whitespace between `joined` (the cell so far, wraps already decided) and
 * `rest[at…]` is a wrap to remove (CONVENTIONS rule 5). Removed next to CJK text and CJK
 * punctuation — also across ASCII punctuation attached to it (`1月 - 2023年`, `完成率: 100%`) —
 * between a digit and `%`, inside brackets and around comparators; otherwise (Latin words,
 * numbers: `Wi Fi`, `100% 100%`) one space stays.
 */
function isWrap(joined: string, rest: string, at: number): boolean {
  const left = codePointBefore(joined, joined.length);
  const right = String.fromCodePoint(rest.codePointAt(at)!);
  const l = attachedText(joined, joined.length - 1, -1);
  const r = attachedText(rest, at, 1);
  if ((l !== null && isCjkCodePoint(l)) || (r !== null && isCjkCodePoint(r))) return true;
  if (isAsciiDigit(left.codePointAt(0)!) && UNIT_SYMBOLS.has(right)) return true;
  if (OPENING.has(left) || CLOSING.has(right)) return true;
  return COMPARATORS.has(left) || COMPARATORS.has(right);
}

interface Joined {
  readonly text: string;
  /** offsets in `text` where a whitespace run was removed (a wrap point) */
  readonly wraps: readonly number[];
}

function joinWraps(s: string): Joined {
  const trimmed = s.trim();
  const wraps: number[] = [];
  let text = '';
  let last = 0;
  for (const m of trimmed.matchAll(/\s+/g)) {
    const start = m.index;
    text += trimmed.slice(last, start);
    last = start + m[0].length;
    if (isWrap(text, trimmed, last)) wraps.push(text.length);
    else text += ' ';
  }
  text += trimmed.slice(last);
  return { text, wraps };
}

/**
 * CONVENTIONS rule 6: `P + Q` with `Q` starting with `P` (|P| ≥ 3) is `Q`. It fires only when a
 * wrap was removed inside the duplicated region (0 < wrap < 2|P|), so printed repetitions
 * without a wrap (`党员党员大会`, `社区学校12所社区学校教师40人`) are never touched.
 * The shortest such P wins: it removes the least text.
 */
function dropDuplicatedPrefix({ text, wraps }: Joined): string | null {
  if (wraps.length === 0) return null;
  // candidate split points: where the first character occurs again
  for (let p = text.indexOf(text[0]!, 1); p > 0 && 2 * p <= text.length; p = text.indexOf(text[0]!, p + 1)) {
    if (isLowSurrogate(text, p)) continue;
    if ([...text.slice(0, p)].length < MIN_DUPLICATE_FRAGMENT) continue;
    if (!text.startsWith(text.slice(0, p), p)) continue;
    if (wraps.some((w) => w > 0 && w < 2 * p)) return text.slice(p);
  }
  return null;
}

/** Rules 5 and 6 of CONVENTIONS.md on one cell's text. */
export function repairWraps(s: string): { text: string; duplicateFragment: boolean } {
  const joined = joinWraps(s);
  const deduplicated = dropDuplicatedPrefix(joined);
  return deduplicated === null
    ? { text: joined.text, duplicateFragment: false }
    : { text: deduplicated, duplicateFragment: true };
}

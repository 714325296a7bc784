import { isAsciiDigit, isCjkCodePoint } from './cjk-chars.js';

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

const isHighSurrogate = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
};

const codePointBefore = (s: string, i: number): string => s.slice(isLowSurrogate(s, i - 1) ? i - 2 : i - 1, i);

/**
 * The nearest character from `i` onwards that is not ASCII punctuation, without crossing
 * whitespace: the text a punctuation mark is attached to (`1月 - 2023` → `2`).
 */
function attachedAfter(s: string, i: number): number | null {
  for (let k = i; k < s.length; k++) {
    const ch = s[k]!;
    if (/\s/.test(ch)) return null;
    if (!ASCII_PUNCTUATION.test(ch)) return s.codePointAt(k)!;
  }
  return null;
}

/** The last character of a piece that is not ASCII punctuation, or undefined when it is all punctuation. */
function lastAttached(piece: string): number | undefined {
  for (let k = piece.length - 1; k >= 0; k--) {
    if (!ASCII_PUNCTUATION.test(piece[k]!)) return piece.codePointAt(isLowSurrogate(piece, k) ? k - 1 : k)!;
  }
  return undefined;
}

/**
 * Whether a run of whitespace between the cell so far (wraps already decided; `left` its last
 * character, `l` the text its trailing punctuation is attached to) and `rest[at…]` is a wrap to
 * remove (CONVENTIONS rule 5). Removed next to CJK text and CJK punctuation — also across ASCII
 * punctuation attached to it (`1月 - 2023年`, `完成率: 100%`) — between a digit and `%`, inside
 * brackets and around comparators; otherwise (Latin words, numbers: `Wi Fi`, `100% 100%`) one
 * space stays.
 */
function isWrap(left: string, l: number | null, rest: string, at: number): boolean {
  const right = String.fromCodePoint(rest.codePointAt(at)!);
  const r = attachedAfter(rest, at);
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

/**
 * Linear in the cell's length (issue 9): the text is collected in pieces and what the next
 * decision needs about its end — last character, attached text — is carried along, never
 * looked up in the growing string (a 20,000-character cell took seconds).
 */
function joinWraps(s: string): Joined {
  const trimmed = s.trim();
  const wraps: number[] = [];
  const pieces: string[] = [];
  let length = 0;
  let left = '';
  let attached: number | null = null;
  const append = (piece: string) => {
    if (piece === '') return;
    pieces.push(piece);
    length += piece.length;
    left = codePointBefore(piece, piece.length);
    // a space ends what punctuation can attach to; a piece of punctuation only extends it
    attached = piece === ' ' ? null : lastAttached(piece) ?? attached;
  };
  let last = 0;
  for (const m of trimmed.matchAll(/\s+/g)) {
    const start = m.index;
    append(trimmed.slice(last, start));
    last = start + m[0].length;
    if (isWrap(left, attached, trimmed, last)) wraps.push(length);
    else append(' ');
  }
  append(trimmed.slice(last));
  return { text: pieces.join(''), wraps };
}

/** Z-array: z[i] is the length of the longest common prefix of `s` and `s.slice(i)` (z[0] = 0). */
function zArray(s: string): Int32Array {
  const n = s.length;
  const z = new Int32Array(n);
  for (let i = 1, l = 0, r = 0; i < n; i++) {
    let k = i < r ? Math.min(r - i, z[i - l]!) : 0;
    while (i + k < n && s.charCodeAt(k) === s.charCodeAt(i + k)) k++;
    z[i] = k;
    if (i + k > r) { l = i; r = i + k; }
  }
  return z;
}

/**
 * CONVENTIONS rule 6: `P + Q` with `Q` starting with `P` (|P| ≥ 3) is `Q`. It fires only when a
 * wrap was removed inside the duplicated region (0 < wrap < 2|P|), so printed repetitions
 * without a wrap (`党员党员大会`, `社区学校12所社区学校教师40人`) are never touched.
 * The shortest such P wins: it removes the least text. Linear: "Q starts with P" is z[p] ≥ p.
 */
function dropDuplicatedPrefix({ text, wraps }: Joined): string | null {
  let firstWrap = Infinity;
  for (const w of wraps) if (w > 0 && w < firstWrap) firstWrap = w;
  if (firstWrap === Infinity) return null;
  const z = zArray(text);
  let pairs = 0; // surrogate pairs inside text[0, p)
  for (let p = 1; 2 * p <= text.length; p++) {
    if (isLowSurrogate(text, p - 1) && p >= 2 && isHighSurrogate(text, p - 2)) pairs++;
    if (z[p]! < p || isLowSurrogate(text, p)) continue;
    if (p - pairs < MIN_DUPLICATE_FRAGMENT) continue;
    if (firstWrap < 2 * p) return text.slice(p);
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

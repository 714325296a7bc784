/**
 * Where one cell's text sits in its source line: UTF-16 offsets [from, to), trimmed of padding.
 * An empty cell has from === to at the place the cell would start (right after its separator),
 * so its column still says where it is.
 */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/**
 * Padding around cell text: space, ideographic space (U+3000), no-break space, and stray
 * tab/VT/FF/CR. Folding U+3000 to a space happens later; here it only must not count as text.
 */
export function isPadding(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0xa0 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0x0d;
}

/** line[from, to) with padding trimmed off both ends; an all-padding slice is the empty span at `from`. */
export function trimSpan(line: string, from: number, to: number): Span {
  let a = from;
  let b = to;
  while (a < b && isPadding(line.charCodeAt(a))) a++;
  if (a === b) return { from, to: from };
  while (b > a && isPadding(line.charCodeAt(b - 1))) b--;
  return { from: a, to: b };
}

/** True when the line holds nothing but padding (tabs included). */
export function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isPadding(line.charCodeAt(i))) return false;
  return true;
}

/**
 * How a printed cell is set in the sheet the layout-text PDFs are made from: wrapped by hand
 * (Alt+Enter in Excel/WPS) at points CONVENTIONS rule 5 joins back without a trace, and the
 * full-width forms some offices type (rule 1 folds them back). Both change only the print,
 * never the canonical value the expected record holds.
 */

/** CJK ideographs and CJK / full-width punctuation: a wrap next to one of them leaves no space. */
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F“”‘’]/;

const width = (ch: string): number => (WIDE.test(ch) ? 2 : 1);

/** Display width as pdftotext counts it: CJK and full-width characters two columns. */
export const displayWidth = (s: string): number => [...s].reduce((n, ch) => n + width(ch), 0);

/**
 * Where a line may end before index `i` so that wrap repair restores the text exactly: one
 * side is wide (rule 5), neither side is whitespace, and the next piece does not start with
 * the previous one (rule 6 would drop it as a duplicated fragment).
 */
function canBreak(chars: readonly string[], i: number, lineStart: number): boolean {
  const before = chars[i - 1]!, after = chars[i]!;
  if (/\s/.test(before) || /\s/.test(after)) return false;
  if (!WIDE.test(before) && !WIDE.test(after)) return false;
  const prev = chars.slice(lineStart, i).join('');
  const rest = chars.slice(i).join('');
  return !(prev.length >= 3 && rest.startsWith(prev));
}

/**
 * Breaks `text` into lines of at most `maxWidth` display columns (greedy, at allowed points
 * only; a piece with no allowed point stays longer). Returns the lines joined by `\n`.
 */
export function wrapText(text: string, maxWidth: number): string {
  const chars = [...text];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let used = 0, end = start, lastBreak = -1;
    while (end < chars.length && used + width(chars[end]!) <= maxWidth) {
      used += width(chars[end]!);
      end++;
      if (end < chars.length && canBreak(chars, end, start)) lastBreak = end;
    }
    if (end >= chars.length) { lines.push(chars.slice(start).join('')); break; }
    const cut = lastBreak > start ? lastBreak : nextBreak(chars, end, start);
    lines.push(chars.slice(start, cut).join(''));
    start = cut;
  }
  return lines.join('\n');
}

function nextBreak(chars: readonly string[], from: number, lineStart: number): number {
  for (let i = Math.max(from, lineStart + 1); i < chars.length; i++) if (canBreak(chars, i, lineStart)) return i;
  return chars.length;
}

/** ASCII `!`–`~` → full-width (U+FF01–U+FF5E), as typed with a full-width input method. */
export const toFullWidth = (s: string): string =>
  s.replace(/[\u0021-\u007E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

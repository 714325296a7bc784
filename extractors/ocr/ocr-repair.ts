/**
 * The recognizer's typical confusions, repaired only where the cell's type says what the
 * glyph must be: in a number cell a letter o/O/D is a zero and l/I/| a one (PP-OCR reads a lone
 * `0` as `o`); before a number, `二` is an equals sign and `>二`/`<二` are ≥/≤. Text cells are
 * never touched: `o` and `二` are real characters there. A number ending in a point (`10.`) lost
 * a speck, not a digit: the point goes.
 */
export interface Repair { readonly text: string; readonly from: string }

const NUMBER_LIKE = /^[+-]?[\doODlI|.,]+%?$/;
const CONFUSABLE_DIGITS: Readonly<Record<string, string>> = { o: '0', O: '0', D: '0', l: '1', I: '1', '|': '1' };
const COMPARATOR = /^([>＞<＜]?)二(?=\s*[\d.])/;

export function repairCell(text: string): Repair | null {
  const t = text.trim();
  if (NUMBER_LIKE.test(t) && /[oODlI|]/.test(t) && (/\d/.test(t) || /^[oO]$/.test(t))) {
    return { text: t.replace(/[oODlI|]/g, (ch) => CONFUSABLE_DIGITS[ch]!), from: text };
  }
  // a number never ends in a point: a speck after the last digit
  if (/^[+-]?\d[\d,]*(\.\d+)?%?[.·]$/.test(t)) return { text: t.slice(0, -1), from: text };
  const m = COMPARATOR.exec(t);
  if (m) {
    const sign = m[1] === '' ? '=' : /[>＞]/.test(m[1]!) ? '≥' : '≤';
    return { text: sign + t.slice(m[0].length), from: text };
  }
  return null;
}

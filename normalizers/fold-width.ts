/** Offset between a full-width ASCII form (U+FF01–U+FF5E) and its ASCII counterpart. */
const FULL_WIDTH_OFFSET = 0xfee0;
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;

/**
 * CONVENTIONS rule 1: full-width ASCII forms → ASCII, U+3000 ideographic space → space.
 * Other Chinese punctuation (、。“”《》【】—…) is not in that block and stays.
 */
export function foldWidth(s: string): string {
  return s.replace(FULL_WIDTH, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET)));
}

/**
 * Test helper: build a space-aligned line by placing each text at a display column, the way
 * pdftotext -layout pads (CJK and full-width characters two columns wide). The width rule is
 * written out here independently of extractors/display-width.ts.
 */
export function wide(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff)
    || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000;
}

/** East Asian ambiguous characters that Chinese fonts draw wide (for the `ambiguousWide` option). */
const AMBIGUOUS = new Set(['“', '”', '‘', '’', '—', '…', '≥', '≤', '①', '②', '○', '×']);

export function widthOf(s: string, ambiguousWide = false): number {
  let w = 0;
  for (const ch of s) w += wide(ch) || (ambiguousWide && AMBIGUOUS.has(ch)) ? 2 : 1;
  return w;
}

/** `[[0, '一级指标'], [12, '二级指标']]` → the line with each text starting at that display column (0-based). */
export function aligned(cells: readonly (readonly [number, string])[], ambiguousWide = false): string {
  let line = '';
  for (const [col, text] of cells) {
    const pad = col - widthOf(line, ambiguousWide);
    if (pad < (line === '' ? 0 : 2)) throw new Error(`aligned: "${text}" at ${col} collides with "${line}"`);
    line += ' '.repeat(pad) + text;
  }
  return line;
}

/** Where a text starts in a line, 1-based — what a cell's column must say. */
export const columnOfText = (line: string, text: string, from = 0): number => line.indexOf(text, from) + 1;

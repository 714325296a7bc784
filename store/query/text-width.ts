/**
 * Terminal columns a string takes: East Asian wide and full-width characters (汉字, full-width
 * punctuation) take two, combining marks none. Enough to align Chinese tables in a terminal.
 */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60],
  [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

const isWide = (cp: number): boolean => WIDE.some(([lo, hi]) => cp >= lo && cp <= hi);
const isZeroWidth = (cp: number): boolean => (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || (cp >= 0xfe00 && cp <= 0xfe0f);

export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    width += isZeroWidth(cp) ? 0 : isWide(cp) ? 2 : 1;
  }
  return width;
}

/** Cuts text to at most `max` columns, ending with … when cut. */
export function truncateToWidth(text: string, max: number): string {
  if (textWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const ch of text) {
    const w = textWidth(ch);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return out + '…';
}

export const padToWidth = (text: string, width: number, alignRight = false): string => {
  const pad = ' '.repeat(Math.max(0, width - textWidth(text)));
  return alignRight ? pad + text : text + pad;
};

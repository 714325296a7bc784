/**
 * Which code points count as "CJK" for wrap repair: ideographs, radicals, kana/bopomofo, CJK
 * symbols and punctuation, the CJK/full-width form blocks, and the general-punctuation marks
 * Chinese text uses (— ― ‘ ’ “ ” … · ⸺).
 */
const CJK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x2e80, 0x2fdf], // radicals supplement, Kangxi radicals
  [0x2ff0, 0x303f], // ideographic description, CJK symbols and punctuation (、。《》【】〜)
  [0x3040, 0x31ff], // kana, bopomofo, strokes
  [0x3200, 0x33ff], // enclosed CJK, CJK compatibility (㈠ ㎡)
  [0x3400, 0x4dbf], // extension A
  [0x4e00, 0x9fff], // unified ideographs
  [0xf900, 0xfaff], // compatibility ideographs
  [0xfe10, 0xfe1f], // vertical forms
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xffef], // half/full-width forms left after width folding (｡ ｢ ￥)
  [0x20000, 0x3ffff], // extensions B…
];

const CHINESE_PUNCTUATION = new Set([0x00b7, 0x2014, 0x2015, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x2e3a, 0x2e3b]);

export function isCjkCodePoint(cp: number): boolean {
  if (cp < 0x2e80) return CHINESE_PUNCTUATION.has(cp);
  for (const [lo, hi] of CJK_RANGES) if (cp >= lo && cp <= hi) return true;
  return false;
}

export const isAsciiDigit = (cp: number): boolean => cp >= 0x30 && cp <= 0x39;

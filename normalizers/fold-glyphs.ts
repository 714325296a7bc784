import { RADICAL_SUPPLEMENT_TO_UNIFIED } from './radical-supplement-table.js';

/**
 * Characters that look like ordinary ideographs but are not: CJK Radicals Supplement,
 * Kangxi radicals, and the two CJK compatibility ideograph blocks.
 */
const LOOK_ALIKE_IDEOGRAPH = /[\u{2E80}-\u{2EF3}\u{2F00}-\u{2FD5}\u{F900}-\u{FAFF}\u{2F800}-\u{2FA1F}]/gu;

function unifiedOf(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp <= 0x2ef3) return RADICAL_SUPPLEMENT_TO_UNIFIED.get(cp) ?? ch;
  // NFKC per character only: on a whole string it would also rewrite ①, ㎡, ½ … which we keep.
  return ch.normalize('NFKC');
}

/** CONVENTIONS rule 2: look-alike radicals and compatibility ideographs → unified ideographs (`⽬` → `目`). */
export function foldGlyphs(s: string): { text: string; changed: boolean } {
  let changed = false;
  const text = s.replace(LOOK_ALIKE_IDEOGRAPH, (ch) => {
    const u = unifiedOf(ch);
    if (u !== ch) changed = true;
    return u;
  });
  return { text, changed };
}

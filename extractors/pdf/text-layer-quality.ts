import type { PageContent } from './reading-space.js';

/**
 * Is a page's text layer good enough to read? A scanned page has no text (only an image);
 * a font without a usable ToUnicode map yields private-use code points, control
 * characters, U+FFFD or GBK bytes read as Latin-1 ("¸ßÐÂ"). Such a page needs OCR and is
 * never parsed into nonsense.
 */
export type PageVerdict =
  | { readonly kind: 'readable' }
  | { readonly kind: 'blank' }
  | { readonly kind: 'image-only'; readonly imageShare: number }
  | { readonly kind: 'garbled'; readonly garbageShare: number; readonly sample: string };

/** Share of unmappable characters from which a text layer is garbage. */
const GARBAGE_SHARE = 0.3;
/** Share of the page an image must cover for a text-less page to be a scan. */
const SCAN_SHARE = 0.25;
/** Fewer glyphs than this on an image page: the text is a stamp or page number, not the content. */
const FEW_GLYPHS = 20;

/**
 * Characters a Chinese budget table does not contain but broken font maps produce: private
 * use, specials, controls, the Latin-1 letters that GBK bytes turn into, and the alphabets
 * (Latin Extended, Greek, Cyrillic … Indic) that raw CIDs land in when read as code points.
 */
const GARBAGE = /[\uE000-\uF8FF\uFFF0-\uFFFF\u0000-\u001F\u007F-\u009F\u00A1-\u00AF\u00B8-\u00BF\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u1FFF]|[\uDB80-\uDBFF][\uDC00-\uDFFF]/u;

export function judgeTextLayer(content: PageContent): PageVerdict {
  let chars = content.unmapped, garbage = content.unmapped;
  let sample = '';
  for (const g of content.glyphs) {
    for (const ch of g.text) {
      chars++;
      if (GARBAGE.test(ch)) { garbage++; if (sample.length < 12) sample += ch; }
    }
  }
  if (chars >= 8 && garbage / chars >= GARBAGE_SHARE) return { kind: 'garbled', garbageShare: garbage / chars, sample };
  const pageArea = content.width * content.height;
  const imageArea = content.images.reduce((s, b) => s + Math.max(0, Math.min(b.x1, content.width) - Math.max(b.x0, 0)) * Math.max(0, Math.min(b.y1, content.height) - Math.max(b.y0, 0)), 0);
  const imageShare = pageArea > 0 ? Math.min(1, imageArea / pageArea) : 0;
  if (chars < FEW_GLYPHS && imageShare >= SCAN_SHARE) return { kind: 'image-only', imageShare };
  if (chars === 0) return { kind: 'blank' };
  return { kind: 'readable' };
}

import type { Block, LineBlock } from './blocks.js';

/**
 * Page furniture: page numbers and running headers/footers in the top and bottom margins.
 * They are not part of any table and would sit between the two halves of a table that
 * continues on the next page, so they are dropped. Titles are kept even when every page
 * repeats them: running heads are set smaller than the body text, titles are not.
 */

/** Share of the page height at the top and at the bottom that counts as margin. */
const BAND = 0.1;

const PAGE_NUMBER = [
  /^第\d+页([,，]?共\d+页)?$/,
  /^共\d+页[,，]?第\d+页$/,
  /^[-—–]?\d{1,3}[-—–]?$/,
  /^\d{1,3}[/／]\d{1,3}$/,
  /^page\d+(of\d+)?$/i,
];

export function isPageNumber(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return PAGE_NUMBER.some((re) => re.test(t));
}

/**
 * @param heights page heights in reading space
 * @param body the document's body text size (median glyph size)
 */
export function dropFurniture(pages: readonly (readonly Block[])[], heights: readonly number[], body: number): Block[][] {
  const inBand = (b: LineBlock, h: number) => b.box.y1 <= BAND * h || b.box.y0 >= (1 - BAND) * h;
  // text seen in the margin bands, by the number of pages it appears on
  const seen = new Map<string, Set<number>>();
  pages.forEach((blocks, p) => {
    for (const b of blocks) {
      if (b.kind !== 'line' || !inBand(b, heights[p] ?? Infinity)) continue;
      const key = b.text.replace(/\s+/g, '');
      const set = seen.get(key) ?? new Set<number>();
      set.add(p);
      seen.set(key, set);
    }
  });
  return pages.map((blocks, p) => blocks.filter((b) => {
    if (b.kind !== 'line' || !inBand(b, heights[p] ?? Infinity)) return true;
    if (isPageNumber(b.text)) return false;
    const running = (seen.get(b.text.replace(/\s+/g, ''))?.size ?? 0) >= 2 && b.size < 0.9 * body;
    return !running;
  }));
}

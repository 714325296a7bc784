import type { Glyph } from './reading-space.js';
import { frameOf } from './text-chunks.js';

/**
 * The text of the glyphs that make one cell (or one free line), in reading order:
 * glyphs grouped into lines along their baseline, lines top to bottom, glyphs left to right.
 * A visible gap inside a line becomes one space; wrapped lines are joined with nothing
 * between CJK characters and one space otherwise (the normalizers repair wrap spaces anyway).
 */

/** A gap wider than this (em) between two glyphs of one line is a space. */
const SPACE_GAP = 0.25;

const CJK = /[\u2E80-\u2FDF\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/;
export const isCjk = (ch: string | undefined): boolean => !!ch && CJK.test(ch);

export function textOfGlyphs(glyphs: readonly Glyph[]): string {
  if (!glyphs.length) return '';
  const byDir = new Map<Glyph['dir'], Glyph[]>();
  for (const g of glyphs) {
    const list = byDir.get(g.dir);
    if (list) list.push(g); else byDir.set(g.dir, [g]);
  }
  // the page's main direction first, then rotated labels (e.g. a 90° 一级指标 label)
  return [0, 1, 3, 2]
    .map((d) => byDir.get(d as Glyph['dir']))
    .filter((list): list is Glyph[] => !!list)
    .map(linesText)
    .reduce(joinWrapped, '');
}

export function linesOf(glyphs: readonly Glyph[]): Glyph[][] {
  const framed = glyphs.map((g) => ({ g, f: frameOf(g) })).sort((a, b) => a.f.b - b.f.b);
  const lines: { b: number; size: number; items: typeof framed }[] = [];
  for (const item of framed) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(item.f.b - line.b) <= 0.45 * Math.max(line.size, item.g.size)) {
      line.items.push(item);
      line.b = line.items.reduce((s, i) => s + i.f.b, 0) / line.items.length;
    } else lines.push({ b: item.f.b, size: item.g.size, items: [item] });
  }
  return lines.map((l) => l.items.sort((a, b) => a.f.a0 - b.f.a0).map((i) => i.g));
}

function linesText(glyphs: readonly Glyph[]): string {
  return linesOf(glyphs).map(lineText).reduce(joinWrapped, '');
}

export function lineText(line: readonly Glyph[]): string {
  let out = '';
  let prevEnd = -Infinity;
  for (const g of line) {
    const f = frameOf(g);
    if (out && f.a0 - prevEnd > SPACE_GAP * g.size && !out.endsWith(' ')) out += ' ';
    out += g.text;
    prevEnd = Math.max(prevEnd, f.a1);
  }
  return out;
}

/** Joins two wrapped pieces: nothing between CJK on both sides, one space otherwise. */
export function joinWrapped(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return isCjk(a[a.length - 1]) && isCjk(b[0]) ? a + b : `${a} ${b}`;
}

import { describe, expect, it } from 'vitest';
import { joinWrapped, textOfGlyphs } from '../../extractors/pdf/cell-text.js';
import type { Glyph } from '../../extractors/pdf/reading-space.js';
import { chunksOf } from '../../extractors/pdf/text-chunks.js';
import { glyphsOf } from './make-glyphs.js';

describe('textOfGlyphs', () => {
  it('reads wrapped lines top to bottom, left to right, whatever the paint order', () => {
    const glyphs = [...glyphsOf('管理机制健全性', 10, 40), ...glyphsOf('长效', 10, 26)].reverse();
    expect(textOfGlyphs(glyphs)).toBe('长效管理机制健全性');
  });
  it('joins wrapped Latin words and numbers with one space', () => {
    expect(textOfGlyphs([...glyphsOf('Total', 0, 20), ...glyphsOf('score', 0, 34)])).toBe('Total score');
  });
  it('keeps a visible gap inside a line as one space', () => {
    expect(textOfGlyphs([...glyphsOf('完成率', 0, 20), ...glyphsOf('100%', 35, 20)])).toBe('完成率 100%');
  });
  it('puts a label rotated a quarter turn after the upright text, in its own reading order', () => {
    const rotated: Glyph[] = [...'产出'].map((ch, k) => ({ text: ch, x0: 0, x1: 10, y0: 10 * k, y1: 10 * k + 10, size: 10, dir: 1, run: 2, seq: 0 }));
    expect(textOfGlyphs([...rotated, ...glyphsOf('指标', 20, 50)])).toBe('指标产出');
  });
  it('joinWrapped: nothing between CJK, one space otherwise', () => {
    expect(joinWrapped('偏差原因分析及改', '进措施')).toBe('偏差原因分析及改进措施');
    expect(joinWrapped('完成率', '100%')).toBe('完成率 100%');
    expect(joinWrapped('', 'x')).toBe('x');
  });
});

describe('chunksOf', () => {
  it('keeps glyphs painted edge to edge together and splits at cell padding', () => {
    const cell1 = glyphsOf('3,560,000.00', 0, 20), cell2 = glyphsOf('12个', 64, 20);
    expect(chunksOf([...cell1, ...cell2]).map((c) => c.glyphs.map((g) => g.text).join(''))).toEqual(['3,560,000.00', '12个']);
  });
  it('splits at a change of line', () => {
    expect(chunksOf([...glyphsOf('上', 0, 20), ...glyphsOf('下', 10, 34)])).toHaveLength(2);
  });
});

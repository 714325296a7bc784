import { describe, expect, it } from 'vitest';
import { codePointWidth, displayWidth } from '../../extractors/display-width.js';

const cp = (s: string): number => s.codePointAt(0)!;

describe('displayWidth', () => {
  it('counts ASCII as 1 and CJK ideographs, kana, hangul as 2', () => {
    for (const ch of ['a', '1', '%', ' ', '(']) expect(codePointWidth(cp(ch))).toBe(1);
    for (const ch of ['绩', '效', '財', 'あ', 'ア', '한', '㐀']) expect(codePointWidth(cp(ch))).toBe(2);
  });

  it('counts full-width forms, CJK punctuation and the ideographic space as 2', () => {
    for (const ch of ['％', '（', '）', '：', '１', '，', '。', '、', '《', '【', '\u3000']) expect(codePointWidth(cp(ch))).toBe(2);
  });

  it('counts characters outside the BMP by code point (𠀀 is 2, 😀 is 2), not by UTF-16 unit', () => {
    expect(displayWidth('𠀀')).toBe(2);
    expect(displayWidth('😀')).toBe(2);
    expect(displayWidth('a𠀀b')).toBe(4);
  });

  it('gives combining marks and zero-width characters no width', () => {
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('a\u200bb')).toBe(2);
    expect(displayWidth('\ufeff')).toBe(0);
  });

  it('keeps East Asian ambiguous characters narrow unless asked to draw them wide', () => {
    for (const ch of ['“', '”', '—', '…', '≥', '≤', '①', '○', '×']) {
      expect(codePointWidth(cp(ch))).toBe(1);
      expect(codePointWidth(cp(ch), true)).toBe(2);
    }
    expect(codePointWidth(cp('a'), true)).toBe(1);
    expect(codePointWidth(cp('中'), true)).toBe(2);
  });

  it('sums a mixed string', () => {
    expect(displayWidth('完成率 100%')).toBe(3 * 2 + 1 + 4);
    expect(displayWidth('“两新”≥90％', true)).toBe(2 + 4 + 2 + 2 + 2 + 2);
    expect(displayWidth('“两新”≥90％')).toBe(1 + 4 + 1 + 1 + 2 + 2);
  });
});

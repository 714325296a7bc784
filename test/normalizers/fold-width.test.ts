import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../normalizers/fold-width.js';

describe('foldWidth', () => {
  it('folds full-width digits and ASCII punctuation', () => {
    expect(foldWidth('０１２３４５６７８９')).toBe('0123456789');
    expect(foldWidth('％（）：，；＜＞＝＋－')).toBe('%():,;<>=+-');
    expect(foldWidth('ＡＢＣａｂｃ')).toBe('ABCabc');
    expect(foldWidth('完成率≥９８．３０％')).toBe('完成率≥98.30%');
  });

  it('maps the ideographic space to a plain space', () => {
    expect(foldWidth('产出\u3000指标')).toBe('产出 指标');
  });

  it('folds the whole block, both ends included', () => {
    expect(foldWidth('\uFF01')).toBe('!');
    expect(foldWidth('\uFF5E')).toBe('~');
    // every code point of the block lands on ASCII 0x21–0x7E
    for (let cp = 0xff01; cp <= 0xff5e; cp++) expect(foldWidth(String.fromCharCode(cp)).charCodeAt(0)).toBe(cp - 0xfee0);
  });

  it('keeps Chinese punctuation outside the block', () => {
    const chinese = '、。“”《》【】—…';
    expect(foldWidth(chinese)).toBe(chinese);
  });

  it('keeps characters just outside the block and half-width forms', () => {
    expect(foldWidth('\uFF00\uFF5F\uFF61\uFFE5')).toBe('\uFF00\uFF5F\uFF61\uFFE5');
    expect(foldWidth('abc 123 项目')).toBe('abc 123 项目');
    expect(foldWidth('')).toBe('');
  });
});

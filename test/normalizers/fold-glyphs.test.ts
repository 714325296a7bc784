import { describe, expect, it } from 'vitest';
import { foldGlyphs } from '../../normalizers/fold-glyphs.js';
import { RADICAL_SUPPLEMENT_TO_UNIFIED } from '../../normalizers/radical-supplement-table.js';

const isUnified = (ch: string): boolean => {
  const cp = ch.codePointAt(0)!;
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp <= 0x3ffff);
};

describe('foldGlyphs', () => {
  it('folds Kangxi radicals in real OCR strings', () => {
    // ⽬ U+2F6C, ⽀ U+2F40, ⾃ U+2F83 are Kangxi radicals, not 目 支 自
    const ocr = '项\u2F6C\u2F40出绩效\u2F83评表';
    expect(ocr).not.toBe('项目支出绩效自评表');
    expect(foldGlyphs(ocr)).toEqual({ text: '项目支出绩效自评表', changed: true });
    expect(foldGlyphs('\u2F00\u2F08\u2FD5')).toEqual({ text: '一人龠', changed: true });
  });

  it('folds the radicals-supplement forms OCR emits as whole characters', () => {
    const cases: Array<[number, string]> = [
      [0x2ea0, '民'], [0x2ed3, '长'], [0x2ed4, '门'], [0x2edc, '飞'], [0x2ee2, '马'], [0x2ec5, '见'],
      [0x2ecb, '车'], [0x2eda, '页'], [0x2edb, '风'], [0x2ec9, '贝'], [0x2edd, '食'], [0x2ec4, '西'],
      [0x2e9f, '母'], [0x2ed8, '青'], [0x2eec, '齐'], [0x2ee9, '黄'], [0x2ef3, '龟'],
    ];
    for (const [cp, unified] of cases) expect(foldGlyphs(String.fromCodePoint(cp)).text).toBe(unified);
    expect(foldGlyphs('市\u2EA0政局\u2ED3效管理').text).toBe('市民政局长效管理');
  });

  it('maps every table entry to a unified ideograph and agrees with NFKC where NFKC maps', () => {
    for (const [cp, unified] of RADICAL_SUPPLEMENT_TO_UNIFIED) {
      expect(cp).toBeGreaterThanOrEqual(0x2e80);
      expect(cp).toBeLessThanOrEqual(0x2ef3);
      expect([...unified]).toHaveLength(1);
      expect(isUnified(unified)).toBe(true);
      const nfkc = String.fromCodePoint(cp).normalize('NFKC');
      if (nfkc !== String.fromCodePoint(cp)) expect(unified).toBe(nfkc);
    }
  });

  it('folds CJK compatibility ideographs (both blocks)', () => {
    // U+F900 豈 → U+8C48, U+F9DC 隆 → U+9686, U+2F800 → U+4E3D
    expect(foldGlyphs('\uF900\uF9DC')).toEqual({ text: '\u8C48\u9686', changed: true });
    expect(foldGlyphs('\u{2F800}').text).toBe('\u4E3D');
  });

  it('leaves compatibility-block characters that are themselves unified (U+FA0E 﨎)', () => {
    expect(foldGlyphs('\uFA0E')).toEqual({ text: '\uFA0E', changed: false });
  });

  it('leaves radical forms without a unified equivalent', () => {
    expect(foldGlyphs('\u2E80\u2E8C')).toEqual({ text: '\u2E80\u2E8C', changed: false });
  });

  it('does not touch what NFKC on the whole string would change', () => {
    const keep = '①㎡½ｍ²™ℌ ﬁ 项目支出 ⅫⅣ';
    expect(foldGlyphs(keep)).toEqual({ text: keep, changed: false });
  });

  it('reports no change on ordinary text and keeps surrogate pairs intact', () => {
    expect(foldGlyphs('项目支出绩效自评表')).toEqual({ text: '项目支出绩效自评表', changed: false });
    expect(foldGlyphs('𠀀\u2F6C𠀀').text).toBe('𠀀目𠀀');
  });
});

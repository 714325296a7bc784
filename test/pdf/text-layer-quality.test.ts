import { describe, expect, it } from 'vitest';
import type { PageContent } from '../../extractors/pdf/reading-space.js';
import { judgeTextLayer } from '../../extractors/pdf/text-layer-quality.js';
import { glyphsOf } from './make-glyphs.js';

const page = (text: string, opts: Partial<PageContent> = {}): PageContent => ({
  page: 1, width: 600, height: 800, glyphs: glyphsOf(text, 10, 100), segments: [], images: [],
  toUser: [1, 0, 0, 1, 0, 0], turned: 0, overprinted: 0, unmapped: 0, ...opts,
});

describe('judgeTextLayer', () => {
  it('reads a Chinese table page with numbers and punctuation', () => {
    expect(judgeTextLayer(page('项目名称：区域人才服务经费 年度资金总额 18 18 0 10 0% ≥90.00(%)')).kind).toBe('readable');
  });
  it('private-use code points (ToUnicode into the PUA) need OCR', () => {
    expect(judgeTextLayer(page('\uE001\uE002\uE003\uE004\uE005\uE006\uE007\uE008\uE009\uE00A')).kind).toBe('garbled');
  });
  it('GBK bytes read as Latin-1 need OCR', () => {
    expect(judgeTextLayer(page('ÏîÄ¿Ãû³Æ Çø ÓòÈË²Å·þÎñ¾­·Ñ')).kind).toBe('garbled');
  });
  it('raw CIDs landing in other alphabets need OCR', () => {
    expect(judgeTextLayer(page('ҖӒԉԊՁՂ؃ؠहक')).kind).toBe('garbled');
  });
  it('glyphs that map to no character at all need OCR', () => {
    expect(judgeTextLayer(page('', { unmapped: 40 })).kind).toBe('garbled');
  });
  it('a page covered by an image with (almost) no text is a scan', () => {
    const v = judgeTextLayer(page('1', { images: [{ x0: 0, y0: 0, x1: 600, y1: 800 }] }));
    expect(v).toMatchObject({ kind: 'image-only' });
  });
  it('a page with a logo and plenty of text is read', () => {
    expect(judgeTextLayer(page('财政项目支出绩效自评表项目名称主管部门实施单位年度总体目标', { images: [{ x0: 0, y0: 0, x1: 600, y1: 300 }] })).kind).toBe('readable');
  });
  it('an empty page is blank, not a scan', () => {
    expect(judgeTextLayer(page('')).kind).toBe('blank');
  });
});

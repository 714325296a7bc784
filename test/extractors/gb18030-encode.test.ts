import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../../scripts/gb18030-encode.js';

const decode = (b: Uint8Array): string => new TextDecoder('gb18030', { fatal: true }).decode(b);

describe('encodeGb18030', () => {
  it('gives the GB2312 codes of common characters and ASCII as one byte', () => {
    // 中 = D6D0, 国 = B9FA in GB2312/GBK
    expect([...encodeGb18030('中国A1')]).toEqual([0xd6, 0xd0, 0xb9, 0xfa, 0x41, 0x31]);
  });

  it('round-trips table text, full-width forms and Chinese punctuation through the decoder', () => {
    const text = '绩效指标\t一级指标\t年度指标值\n满意度≥90％（万元）、“两新”—…《》【】\u300012,345.67';
    expect(decode(encodeGb18030(text))).toBe(text);
  });

  it('round-trips Traditional characters (they have GBK codes)', () => {
    const text = '財政項目支出績效自評表';
    expect(decode(encodeGb18030(text))).toBe(text);
  });

  it('encodes characters outside the BMP with four bytes', () => {
    const bytes = encodeGb18030('𠀀');
    expect([...bytes]).toEqual([0x95, 0x32, 0x82, 0x36]);
    expect(decode(bytes)).toBe('𠀀');
  });

  it('throws a clear error for a BMP character without a two-byte code', () => {
    expect(() => encodeGb18030('ab\u00c0')).toThrow(/U\+00C0.*index 2/);
  });
});

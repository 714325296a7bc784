import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../normalizers/parse-number.js';

const value = (raw: string) => {
  const r = parseNumber(raw);
  if (r.kind !== 'number') throw new Error(`${raw} → ${r.kind}`);
  return r.value;
};

describe('parseNumber', () => {
  it('parses plain and grouped numbers', () => {
    expect(value('2,977,291.16')).toBe(2977291.16);
    expect(value('05532462')).toBe(5532462);
    expect(value('4764200.00')).toBe(4764200);
    expect(value('0')).toBe(0);
    expect(value('9.83')).toBe(9.83);
    expect(value('-3.5')).toBe(-3.5);
    expect(value('+2')).toBe(2);
  });

  it('keeps the exact printed decimal', () => {
    const r = parseNumber('4,483,000.00');
    expect(r).toEqual({ kind: 'number', value: 4483000, decimal: { digits: 448300000n, scale: 2 } });
  });

  it('folds full-width digits and trims spaces', () => {
    expect(value('１２３．５')).toBe(123.5);
    expect(value('  15 ')).toBe(15);
    expect(value('\u300010\u3000')).toBe(10);
    expect(value('２，９７７')).toBe(2977);
  });

  it('accepts a trailing 分 on scores', () => {
    expect(value('9.83分')).toBe(9.83);
    expect(value('5 分')).toBe(5);
  });

  it('reads dashes, slash, 无 and blank as absent', () => {
    for (const raw of ['', '   ', '—', '——', '–', '-', '--', '－', '/', '／', '无', ' — ']) expect(parseNumber(raw)).toEqual({ kind: 'absent' });
  });

  it('reports anything else as unparsed with its text', () => {
    expect(parseNumber('98%')).toEqual({ kind: 'unparsed', text: '98%' });
    expect(parseNumber(' 十五 ')).toEqual({ kind: 'unparsed', text: '十五' });
    for (const raw of ['20,30', '29,77,291', '1,0000', '1 000', '12元', '1.2.3', '无数据', 'N/A', '.', '+', '5分分']) {
      expect(parseNumber(raw).kind).toBe('unparsed');
    }
  });
});

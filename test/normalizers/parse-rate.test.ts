import { describe, expect, it } from 'vitest';
import { parseRate } from '../../normalizers/parse-rate.js';

const rate = (raw: string) => {
  const r = parseRate(raw);
  if (r.kind !== 'number') throw new Error(`${raw} → ${r.kind}`);
  return r;
};

describe('parseRate', () => {
  it('reads percentages as exact fractions', () => {
    expect(rate('98.30%').value).toBe(0.983);
    expect(rate('48%').value).toBe(0.48);
    expect(rate('100.00%').value).toBe(1);
    expect(rate('0%').value).toBe(0);
    expect(rate('99.77%').value).toBe(0.9977);
    expect(rate('57%').value).toBe(0.57);
    expect(rate('105.5%').value).toBe(1.055);
    expect(rate('98.30%').form).toBe('percent');
  });

  it('is exact where dividing doubles is not', () => {
    expect(99.77 / 100).not.toBe(0.9977);
    expect(rate('99.77%').value).toBe(0.9977);
    expect(56.7 / 100).not.toBe(0.567);
    expect(rate('56.7%').value).toBe(0.567);
    expect(rate('0.57%').value).toBe(0.0057);
    expect(rate('99.62%').decimal).toEqual({ digits: 9962n, scale: 4 });
  });

  it('folds width and spaces around the sign', () => {
    expect(rate('９８．３０％').value).toBe(0.983);
    expect(rate(' 98.30 % ').value).toBe(0.983);
  });

  it('reads a bare number up to 1.5 as a printed fraction', () => {
    expect(rate('0.983')).toMatchObject({ value: 0.983, form: 'fraction' });
    expect(rate('1')).toMatchObject({ value: 1, form: 'fraction' });
    expect(rate('1.5')).toMatchObject({ value: 1.5, form: 'fraction' });
  });

  it('reads a larger bare number as a percent and says so', () => {
    expect(rate('98.3')).toMatchObject({ value: 0.983, form: 'assumed_percent' });
    expect(rate('1.51')).toMatchObject({ value: 0.0151, form: 'assumed_percent' });
  });

  it('reads blank and dashes as absent', () => {
    for (const raw of ['', ' ', '—', '-', '/', '无']) expect(parseRate(raw)).toEqual({ kind: 'absent' });
  });

  it('reports text that is not a rate', () => {
    expect(parseRate('约98%')).toEqual({ kind: 'unparsed', text: '约98%' });
    for (const raw of ['%', '98%%', '九成', '98.3%以上']) expect(parseRate(raw).kind).toBe('unparsed');
  });
});

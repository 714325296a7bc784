import { describe, expect, it } from 'vitest';
import {
  addDecimal, compareDecimal, decimalToNumber, decimalToString, parseDecimal, shiftDecimal, trimDecimal, type Decimal,
} from '../../normalizers/decimal.js';

const d = (s: string): Decimal => {
  const r = parseDecimal(s);
  if (r === null) throw new Error(`not a decimal: ${s}`);
  return r;
};

describe('parseDecimal', () => {
  it('keeps the printed digits and scale', () => {
    expect(d('44.32')).toEqual({ digits: 4432n, scale: 2 });
    expect(d('2.00')).toEqual({ digits: 200n, scale: 2 });
    expect(d('05532462')).toEqual({ digits: 5532462n, scale: 0 });
    expect(d('-0.5')).toEqual({ digits: -5n, scale: 1 });
    expect(d('+7')).toEqual({ digits: 7n, scale: 0 });
    expect(d('.5')).toEqual({ digits: 5n, scale: 1 });
    expect(d('3.')).toEqual({ digits: 3n, scale: 0 });
  });

  it('handles numbers beyond double precision exactly', () => {
    expect(d('12345678901234567890.123456789').digits).toBe(12345678901234567890123456789n);
  });

  it('rejects anything that is not a plain decimal literal', () => {
    for (const s of ['', '.', '-', '1,000', '1e5', ' 1', '1 ', '1.2.3', '98%', 'abc', '１']) expect(parseDecimal(s)).toBeNull();
  });
});

describe('shiftDecimal', () => {
  it('converts 万元 to 元 exactly', () => {
    expect(decimalToString(shiftDecimal(d('44.32'), 4))).toBe('443200');
    expect(decimalToNumber(shiftDecimal(d('44.32'), 4))).toBe(443200);
    expect(decimalToNumber(shiftDecimal(d('0.48'), 4))).toBe(4800);
    expect(decimalToNumber(shiftDecimal(d('20.33'), 4))).toBe(203300);
    expect(decimalToString(shiftDecimal(d('0.00001'), 4))).toBe('0.1');
  });

  it('is exact where floating multiplication is not', () => {
    expect(20.33 * 10000).not.toBe(203300); // why the module exists
    expect(decimalToNumber(shiftDecimal(d('20.33'), 4))).toBe(203300);
    expect(4.35 * 100).not.toBe(435);
    expect(decimalToNumber(shiftDecimal(d('4.35'), 2))).toBe(435);
  });

  it('divides with negative places', () => {
    expect(decimalToNumber(shiftDecimal(d('98.30'), -2))).toBe(0.983);
    expect(decimalToNumber(shiftDecimal(d('100.00'), -2))).toBe(1);
    expect(decimalToString(shiftDecimal(d('5'), -3))).toBe('0.005');
  });

  it('keeps a value by shifting zero places and refuses fractional places', () => {
    expect(shiftDecimal(d('2977291.16'), 0)).toEqual(d('2977291.16'));
    expect(decimalToNumber(d('2977291.16'))).toBe(2977291.16);
    expect(() => shiftDecimal(d('1'), 1.5)).toThrow(RangeError);
  });
});

describe('decimalToString / decimalToNumber', () => {
  it('prints without exponent and trims trailing zeros', () => {
    expect(decimalToString(d('90.00'))).toBe('90');
    expect(decimalToString(d('98.30'))).toBe('98.3');
    expect(decimalToString(d('100'))).toBe('100');
    expect(decimalToString(d('0.000001'))).toBe('0.000001');
    expect(decimalToString(d('-0.50'))).toBe('-0.5');
    expect(decimalToString(d('-0.00'))).toBe('0');
    expect(decimalToString(shiftDecimal(d('1'), 25))).toBe('1' + '0'.repeat(25));
  });

  it('trimDecimal keeps the value', () => {
    expect(trimDecimal(d('2.500'))).toEqual({ digits: 25n, scale: 1 });
    expect(trimDecimal(d('0.00'))).toEqual({ digits: 0n, scale: 0 });
    expect(trimDecimal(d('10'))).toEqual({ digits: 10n, scale: 0 });
  });
});

describe('addDecimal / compareDecimal', () => {
  it('adds exactly across scales', () => {
    expect(decimalToString(addDecimal(d('0.1'), d('0.2')))).toBe('0.3');
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(decimalToString(addDecimal(d('88.25'), d('-0.25')))).toBe('88');
  });

  it('compares by value', () => {
    expect(compareDecimal(d('2.00'), d('2'))).toBe(0);
    expect(compareDecimal(d('1.9'), d('2'))).toBe(-1);
    expect(compareDecimal(d('-1'), d('-2'))).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { parseDecimal, trimDecimal, type Decimal } from '../../normalizers/decimal.js';
import { parseNumber } from '../../normalizers/parse-number.js';
import { mulberry32 } from '../../scripts/generate/prng.js';
import { cpuGrowth } from './growth.js';

/** The trim as it was: one BigInt division per trailing zero (quadratic in the zeros). */
function referenceTrim(d: Decimal): Decimal {
  let { digits, scale } = d;
  while (scale > 0 && digits % 10n === 0n) { digits /= 10n; scale--; }
  return { digits, scale };
}

// (a growth test of trimDecimal itself would measure V8's BigInt text conversion, which grows
// faster than linearly on 100,000-digit numbers; the parsers never hand it such numbers)
describe('trailing zeros are dropped without a division per zero, exactly as before', () => {
  it('agrees with one division per zero on 5,000 random decimals (signs, zero, zeros in the integer part)', () => {
    const rng = mulberry32(63);
    for (let t = 0; t < 5000; t++) {
      const whole = rng.pick(['', '0', '1', '10', '100', '2500', String(rng.int(0, 1e6))]);
      const fraction = rng.pick(['', '0', '00', '5', '50', '500', '0500']) + '0'.repeat(rng.int(0, 5));
      const literal = `${rng.pick(['', '-'])}${whole}${fraction ? '.' + fraction : ''}`;
      const d = parseDecimal(literal);
      if (d) expect(trimDecimal(d), literal).toEqual(referenceTrim(d));
    }
  });

  it('a printed number over 64 characters is out of range, decided without reading it as a BigInt', () => {
    expect(parseNumber(`1.${'0'.repeat(62)}`)).toMatchObject({ kind: 'number', value: 1 });
    expect(parseNumber(`1.${'0'.repeat(63)}`)).toEqual({ kind: 'out_of_range', text: `1.${'0'.repeat(63)}` });
    const small = `1.${'0'.repeat(20_000)}`;
    const large = `1.${'0'.repeat(200_000)}`;
    expect(cpuGrowth(() => parseNumber(small), () => parseNumber(large), { repeats: 3 })).toBeLessThan(12);
  });
});

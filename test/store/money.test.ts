import { describe, expect, it } from 'vitest';
import { fenToYuan, yuanToFen } from '../../store/money.js';

/** A deterministic stream of pseudo-random integers (no Math.random: failures must reproduce). */
function* integers(seed: number, count: number, max: number): Generator<number> {
  let s = seed;
  for (let i = 0; i < count; i++) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    yield s % max;
  }
}

describe('yuanToFen', () => {
  it('shifts any 元 amount with up to two decimals to the exact integer 分 its decimal text says', () => {
    const digits = [...integers(7, 2000, 10 ** 9)];
    for (const [i, whole] of digits.entries()) {
      const cents = i % 100;
      const text = `${i % 3 === 0 ? '-' : ''}${whole}.${String(cents).padStart(2, '0')}`;
      const expected = BigInt(text.replace('.', ''));
      expect(yuanToFen(Number(text)), text).toEqual({ fen: expected, exact: true });
    }
  });

  it('is exact where float multiplication is not', () => {
    // 1.005 * 100 = 100.49999999999999 in floating point; 4.35 * 100 = 434.99999999999994
    expect(yuanToFen(4.35)).toEqual({ fen: 435n, exact: true });
    expect(yuanToFen(2977291.16)).toEqual({ fen: 297729116n, exact: true });
    expect(yuanToFen(443200)).toEqual({ fen: 44320000n, exact: true });
  });

  it('reads exponent notation', () => {
    expect(yuanToFen(1e21)).toEqual({ fen: 10n ** 23n, exact: true });
    expect(yuanToFen(5e-7)).toEqual({ fen: 0n, exact: false });
  });

  it('rounds digits below 1 分 half away from zero and says so', () => {
    expect(yuanToFen(1.005)).toEqual({ fen: 101n, exact: false });
    expect(yuanToFen(1.004)).toEqual({ fen: 100n, exact: false });
    expect(yuanToFen(-0.125)).toEqual({ fen: -13n, exact: false });
  });

  it('gives null for values that are not amounts', () => {
    expect(yuanToFen(Number.NaN)).toBeNull();
    expect(yuanToFen(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('comes back to the same number through fenToYuan', () => {
    for (const n of integers(11, 1000, 10 ** 12)) {
      const yuan = n / 100;
      const fen = yuanToFen(yuan);
      expect(fen?.exact).toBe(true);
      expect(fenToYuan(fen!.fen)).toBe(yuan);
    }
  });
});

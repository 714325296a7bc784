/**
 * Amounts are stored as integer 分 (1/100 元). The record carries 元 as a JS number whose
 * shortest decimal form (String(x)) is what the normalizer computed exactly; we shift that
 * decimal text by two places with BigInt, never multiplying floats.
 */
export interface Fen {
  readonly fen: bigint;
  /** false when the amount had digits below 1 分 and was rounded half away from zero */
  readonly exact: boolean;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

export function yuanToFen(yuan: number): Fen | null {
  if (!Number.isFinite(yuan)) return null;
  const m = DECIMAL.exec(String(yuan));
  if (!m) return null;
  const [, sign, int, frac = '', exp = '0'] = m;
  // digits × 10^(shift) where shift counts the 分 places and the exponent
  const digits = BigInt(int + frac);
  const shift = 2 + Number(exp) - frac.length;
  let fen: bigint;
  let exact = true;
  if (shift >= 0) {
    fen = digits * 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    fen = digits / divisor;
    const rest = digits % divisor;
    if (rest !== 0n) {
      exact = false;
      if (rest * 2n >= divisor) fen += 1n;
    }
  }
  return { fen: sign === '-' ? -fen : fen, exact };
}

/** 分 back to the 元 number the record carries (integer ÷ 100 rounds to the same double as the decimal text). */
export const fenToYuan = (fen: number | bigint): number => Number(fen) / 100;
